import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// The development set (`DevSet/`, scored by `DevSet/score.py`; figures in
/// docs/ingest.md): against the set's taxonomy and the tune half's records,
/// every page gives a draft whose quotes are exact excerpts and no
/// placeholder organization, and every held-out draft (both held-out sets)
/// is accepted into the corpus as written, with the proposals beside it.
@Suite struct DevelopmentSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/DevSet"

    /// The page names listed under `## name` in SPLIT.md.
    static func half(_ name: String) throws -> [String] {
        let text = try String(contentsOfFile: root + "/SPLIT.md", encoding: .utf8)
        var current = "", out: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces); continue
            }
            if current == name, line.hasPrefix("- "), let ext = line.split(separator: ".").last,
                ["txt", "html", "pdf"].contains(ext)
            {
                out.append(String(line.dropFirst(2)))
            }
        }
        return out
    }

    /// The tune half: the first split's and session 9's (`## tune`, `## tune2`).
    static func tune() throws -> [String] { try half("tune") + half("tune2") }
    /// The held-out sets: the first split's, set C and set D (`## heldout`, `## setc`, `## setd`).
    static func heldOut() throws -> [String] { try half("heldout") + half("setc") + half("setd") }

    /// Sets E to BC (`## sete` … `## setbc`) are listed here only: no test drafts their pages, so that
    /// nobody tuning the rules sees a draft of them before the lead scores each set once
    /// (`score.py sete` … `score.py setbc`, SPLIT.md). A rule's test may read a page of a spent set
    /// (PageFurnitureRulesTests reads two PDFs of sets I and M).
    @Test func theSplitHoldsEveryPageOnceInFiftySixLists() throws {
        let lists = try [
            "tune", "heldout", "tune2", "setc", "setd", "sete", "setf", "setg", "seth", "seti", "setj", "setk",
            "setl", "setm", "setn", "seto", "setp", "setq", "setr", "sets", "sett", "setu", "setv", "setw", "setx",
            "sety", "setz", "setaa", "setab", "setac", "setad", "setae", "setaf", "setag", "setah", "setai",
            "setaj", "setak", "setal", "setam", "setan", "setao", "setap", "setaq", "setar", "setas", "setat",
            "setau", "setav", "setaw", "setax", "setay", "setaz", "setba", "setbb", "setbc",
        ]
        .map(Self.half)
        #expect(
            lists.map(\.count) == [
                24, 24, 10, 9, 10, 16, 16, 18, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
                20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
                20, 20, 20, 20, 20, 16,
            ])
        let all = lists.flatMap { $0 }
        #expect(Set(all).count == all.count)
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/pages").filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(pages) == Set(all))
    }

    @Test func everyDraftPassesCheckWithItsQuotesExact() throws {
        let dir = ScratchDirectory.make("devset")
        try FileManager.default.createDirectory(atPath: dir + "/documents", withIntermediateDirectories: true)
        for f in ["organizations.yaml", "issues.yaml", "events.yaml"] {
            try FileManager.default.copyItem(atPath: Self.root + "/corpus/" + f, toPath: dir + "/" + f)
        }
        for page in try Self.tune() {
            let id = (page as NSString).deletingPathExtension
            try FileManager.default.copyItem(
                atPath: Self.root + "/corpus/documents/\(id).md", toPath: dir + "/documents/\(id).md")
        }
        let corpus = try CorpusLoader(root: dir).loadValid().0
        // Every page's quotes are exact excerpts.
        let pages = try (Self.tune() + Self.heldOut()).map { Self.root + "/pages/" + $0 }
        for (page, result) in zip(pages, Ingester(corpus: corpus).draftAll(pages)) {
            let d = try result.get()
            #expect(!d.fields.organizations.contains("unknown"))
            for a in d.fields.asks {
                #expect(TextNormalization.isExcerpt(a.quote ?? "", of: d.body), "\(page): \(a.quote ?? "")")
            }
        }
        // The held-out drafts (whose text the corpus does not hold), written and accepted unedited with their proposals.
        let heldout = try Self.heldOut().map { Self.root + "/pages/" + $0 }
        let drafts = try Ingester(corpus: corpus).draftAll(heldout).map { try $0.get() }
        let run = try DraftFolder(path: dir + "-drafts").write(drafts, failures: [], corpus: corpus)
        #expect(run.drafts.count == heldout.count && run.duplicates.isEmpty)
        for (page, draft) in run.drafts.sorted(by: { $0.key < $1.key }) {
            #expect(throws: Never.self, "\(page)") { try DraftAcceptance(corpus: dir).accept(draft: draft) }
        }
        #expect(try CorpusLoader(root: dir).loadValid().0.documents.count == 77)
    }
}
