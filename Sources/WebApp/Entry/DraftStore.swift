import Corpus
import Foundation
import Ingest

/// The drafts waiting for review, in the corpus's `drafts/` folder — the
/// folder `brief ingest` writes to: `drafts/documents/ID.md` as Ingest
/// drafts them, and beside them `drafts/pages/ID.txt`, the page's text as
/// read, for the review screen. Drafts are found by id, never by path.
final class DraftStore: @unchecked Sendable {
    // @unchecked: every read-compare-write happens under `lock`.
    let folder: String
    private let lock = NSLock()

    init(corpus: String) { folder = (corpus as NSString).appendingPathComponent("drafts") }

    var documents: String { (folder as NSString).appendingPathComponent("documents") }
    var pages: String { (folder as NSString).appendingPathComponent("pages") }

    func path(_ id: String) -> String { (documents as NSString).appendingPathComponent("\(id).md") }
    func pagePath(_ id: String) -> String { (pages as NSString).appendingPathComponent("\(id).txt") }

    /// Ids of the drafts, sorted.
    func list() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.filter(CorpusFiles.isDocumentName)
            .sorted()
    }

    /// A draft's text and its version (a hash of its bytes), or nil when there is none.
    func read(_ id: String) -> (text: String, version: String)? {
        guard CorpusFiles.isDocumentName(id), let text = CorpusFiles.read("drafts/documents/\(id).md", root: corpusRoot)
        else { return nil }
        return (text, Self.version(of: text))
    }

    func page(_ id: String) -> String? {
        guard CorpusFiles.isDocumentName(id) else { return nil }
        return CorpusFiles.read("drafts/pages/\(id).txt", root: corpusRoot)
    }

    var corpusRoot: String { (folder as NSString).deletingLastPathComponent }

    static func version(of text: String) -> String { FNV1a.hex(of: text.utf8) }

    /// The draft as it is now, when it is not the version the form was made from.
    struct Stale: Error { let current: String }
    struct Missing: Error {}

    /// Saves a reviewed draft if it is still the version the person
    /// started from, with the files of the records made for it (`NewRecords`,
    /// written first, each whole); otherwise nothing is written and the
    /// current text is returned in `Stale`.
    func save(_ id: String, text: String, expecting version: String, records: [(path: String, text: String)] = [])
        throws
    {
        lock.lock(); defer { lock.unlock() }
        guard let current = read(id) else { throw Missing() }
        guard current.version == version else { throw Stale(current: current.text) }
        for r in records { try DraftFile.replace(r.path, with: Array(r.text.utf8)) }
        try DraftFile.replace(path(id), with: Array(text.utf8))
    }

    /// What `brief check` would say on accepting the draft (`DraftAcceptance.check`), paths shown inside the corpus.
    func check(_ id: String) -> [String] {
        do {
            return try DraftAcceptance(corpus: corpusRoot).check(draft: path(id)).map { shown($0.description) }
        } catch {
            return [shown("\(error)")]
        }
    }

    /// A message with the corpus folder's own path left out (paths are shown inside it).
    func shown(_ message: String) -> String {
        message.replacingOccurrences(of: corpusRoot + "/", with: "").replacingOccurrences(
            of: corpusRoot, with: "the corpus folder")
    }

    /// The last acceptances, by document id, for the page the browser is sent to next.
    private var accepted: [String: DraftAcceptance.Accepted] = [:]
    private var acceptedOrder: [String] = []
    /// Acceptances remembered for their result page.
    static let acceptancesKept = 32

    func acceptance(of document: String) -> DraftAcceptance.Accepted? {
        lock.lock(); defer { lock.unlock() }
        return accepted[document]
    }

    /// Accepts a draft into the corpus through `DraftAcceptance` — the rule
    /// `brief accept` follows, the only one — if it is still the version
    /// the person reviewed; its page goes with it.
    func accept(_ id: String, expecting version: String) throws -> DraftAcceptance.Accepted {
        lock.lock(); defer { lock.unlock() }
        guard let current = read(id) else { throw Missing() }
        guard current.version == version else { throw Stale(current: current.text) }
        let result = try DraftAcceptance(corpus: corpusRoot).accept(draft: path(id))
        unlink(pagePath(id))
        accepted[result.id] = result
        acceptedOrder.append(result.id)
        if acceptedOrder.count > Self.acceptancesKept { accepted[acceptedOrder.removeFirst()] = nil }
        return result
    }

    /// Discards a draft, if it is still the version shown, through
    /// `DraftRejection` (the records proposed only for it go with it), and its page.
    func remove(_ id: String, expecting version: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard let current = read(id) else { throw Missing() }
        guard current.version == version else { throw Stale(current: current.text) }
        _ = try DraftRejection(corpus: corpusRoot).reject(draft: path(id))
        unlink(pagePath(id))
    }

    /// What one uploaded or pasted page gave.
    struct Outcome: Sendable {
        let name: String
        let draft: String?
        let problem: String?
    }

    /// Drafts pages through Ingest as `brief ingest` does (`Ingester`,
    /// `DraftFolder`), from a temporary folder named after the uploads; the
    /// page's text is kept beside each draft.
    func ingest(_ uploads: [(name: String, data: [UInt8])], corpus: Corpus) throws -> [Outcome] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "brief-serve-upload-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var paths: [String] = []
        var used = Set<String>()
        for (i, u) in uploads.enumerated() {
            var name = Self.safeName(u.name, index: i)
            while !used.insert(name).inserted { name = "\(i + 1)-" + name }
            let p = (scratch as NSString).appendingPathComponent(name)
            try Data(u.data).write(to: URL(fileURLWithPath: p))
            paths.append(p)
        }
        let results = Ingester(corpus: corpus).draftAll(paths)
        var drafts: [Draft] = [], failures: [(String, String)] = []
        for (p, r) in zip(paths, results) {
            switch r {
            case .success(let d): drafts.append(d)
            case .failure(let e):
                failures.append(
                    ((p as NSString).lastPathComponent, "\(e)".replacingOccurrences(of: scratch + "/", with: "")))
            }
        }
        lock.lock(); defer { lock.unlock() }
        // Never over a draft of the same id (DraftFolder skips it too): a new id instead.
        let taken = Set(list())
        for i in drafts.indices where taken.contains(drafts[i].id) {
            let base = drafts[i].id
            var n = 2
            while taken.contains("\(base)-\(n)") || drafts.contains(where: { $0.id == "\(base)-\(n)" }) { n += 1 }
            drafts[i].id = "\(base)-\(n)"
        }
        let result = try DraftFolder(path: folder).write(drafts, failures: failures, corpus: corpus)
        let written = result.drafts
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        var out: [Outcome] = []
        for (p, r) in zip(paths, results) {
            let name = (p as NSString).lastPathComponent
            if case .success = r, let d = drafts.first(where: { $0.input == p }), written[p] != nil {
                if let page = try? PageText.load(p) {
                    try DraftFile.replace(pagePath(d.id), with: Array(page.lines.joined(separator: "\n").utf8))
                }
                out.append(Outcome(name: name, draft: d.id, problem: nil))
            } else if let place = result.duplicates[p] {
                let shown =
                    place.hasPrefix(corpusRoot + "/")
                    ? String(place.dropFirst(corpusRoot.count + 1)) : (place as NSString).lastPathComponent
                out.append(
                    Outcome(name: name, draft: nil, problem: "its text is already in \(shown); not drafted again"))
            } else {
                out.append(
                    Outcome(name: name, draft: nil, problem: failures.first { $0.0 == name }?.1 ?? "not drafted"))
            }
        }
        return out
    }

    /// Page formats Ingest reads, by extension.
    static let formats = ["txt", "text", "html", "htm", "pdf"]

    /// A file name that is only a name: the last component, letters, digits,
    /// dots, hyphens and underscores, with an extension Ingest reads (else `.txt`).
    static func safeName(_ given: String, index: Int) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(
            last.unicodeScalars.filter {
                CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0)
            }
            .map(Character.init)
        ).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if name.isEmpty { name = "page-\(index + 1).txt" }
        if !formats.contains((name as NSString).pathExtension.lowercased()) { name += ".txt" }
        return String(name.suffix(100))
    }
}
