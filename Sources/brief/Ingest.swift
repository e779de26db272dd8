import ArgumentParser
import Corpus
import Foundation
import Ingest

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read raw pages (.txt, .html, .pdf) and write draft documents to review.",
        discussion: """
            Drafts go to DIR/documents/ID.md (default DIR: CORPUS/drafts), marked \
            `review: pending`, with a review file listing every field, its evidence \
            and confidence (low first; the command prints its name), and \
            organizations.yaml and events.yaml proposing the organizations and \
            engagements the corpus lacks. A page whose text the corpus or a waiting \
            draft already holds is reported and not drafted again. The corpus's own \
            files are never modified: `brief accept DRAFT` moves a reviewed draft in. \
            Exit 0 when every page gave a draft (or was already held). A page named \
            - is read from standard input. --evaluate writes nothing: it scores each \
            page against the corpus without the document made from it \
            (leave-one-out), or with --answers against a person's records.
              brief ingest page.txt letter.pdf statement.html
              brief ingest pages/*.txt --out drafts --json
              curl -s URL | brief ingest -
              brief ingest --evaluate seeds/*.txt
              brief ingest --evaluate pages/* --answers records/
            """)

    @Argument(help: ArgumentHelp("Pages to read.", valueName: "PAGE"))
    var pages: [String]
    @OptionGroup var corpus: CorpusOptions
    @Option(name: .long, help: ArgumentHelp("Folder for the drafts (default: CORPUS/drafts).", valueName: "DIR"))
    var out: String?
    @Flag(name: .long, help: "Print [{input, draft, warnings}] as JSON.")
    var json = false
    @Flag(
        name: .long,
        help:
            "Write nothing: ingest each page against the corpus without the document made from it, and print field-by-field scores."
    )
    var evaluate = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --evaluate: a corpus folder holding the records a person made from the pages (its documents; its taxonomy may be the corpus's).",
            valueName: "DIR"))
    var answers: String?

    func run() throws {
        let loaded = try corpus.loadValid()
        if evaluate {
            let records = try answers.map { try CorpusLoader(root: $0).loadValid().0 }
            print(
                IngestEvaluation.report(IngestEvaluation.run(pages: pages, corpus: loaded, answers: records)),
                terminator: "")
            return
        }
        let ingester = Ingester(corpus: loaded)
        var drafts: [Draft] = []
        var failures: [(String, String)] = []
        var results: [DraftFolder.Result] = []
        for (page, result) in zip(pages, ingester.draftAll(pages)) {
            switch result {
            case .success(let d): drafts.append(d)
            case .failure(let error):
                failures.append((page, "\(error)"))
                if !json { Terminal.error("\(error)") }
            }
        }
        let folder = DraftFolder(path: out ?? (corpus.path as NSString).appendingPathComponent("drafts"))
        let run: DraftFolder.Written
        do { run = try folder.write(drafts, failures: failures, corpus: loaded) } catch let e as DraftFolder.WriteError
        {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
        let written = run.drafts
        for page in pages {
            if let held = run.duplicates[page] {
                let note = "its text is already held by \(held): not drafted again"
                results.append(.init(input: page, draft: nil, warnings: [note]))
                if !json { Terminal.note("\(page): \(note)") }
            } else if let d = drafts.first(where: { $0.input == page }) {
                results.append(
                    .init(
                        input: page, draft: written[page],
                        warnings: d.warnings + (written[page] == nil ? ["a file named \(d.id).md exists"] : [])))
            } else {
                results.append(.init(input: page, draft: nil, warnings: failures.filter { $0.0 == page }.map(\.1)))
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            for r in results where r.draft != nil { print(r.draft!) }
            print(
                "\(results.filter { $0.draft != nil }.count) of \(pages.count) pages drafted; review \(run.review), then `brief accept` each draft"
            )
        }
        // A page already held is not a failure: it was read, and said so.
        if results.contains(where: { $0.draft == nil && run.duplicates[$0.input] == nil }) { throw ExitCode.failure }
    }
}
