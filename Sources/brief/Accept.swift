import ArgumentParser
import Corpus
import Foundation
import Ingest

/// `brief accept DRAFT...`: reviewed drafts enter the corpus (the rule is
/// `DraftAcceptance`, shared with the web application).
struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract:
            "Move reviewed drafts into the corpus, with the organizations, engagements and demands proposed for them.",
        discussion: """
            Each draft is checked as the corpus would be with it; a draft that would \
            not pass `brief check` is refused with its problems (file:line:column) and \
            nothing is written. An accepted draft gets the id its final fields give, \
            loses its `review: pending` line, is written to CORPUS/documents/ID.md and \
            removed from the drafts; the proposals it names (organizations.yaml, \
            events.yaml and demands.yaml beside the drafts) are added to the corpus, \
            a proposed demand to its issue in issues.yaml. Exit 0 when every \
            draft was accepted.
              brief accept Corpus/drafts/documents/2025-03-hrw-engagement-must.md
              brief accept drafts/documents/*.md --corpus Corpus
            """)

    @Argument(help: ArgumentHelp("Reviewed drafts (as `brief ingest` wrote them).", valueName: "DRAFT"))
    var drafts: [String]
    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "Print [{draft, id, document, organizations, events, demands, warnings}] as JSON.")
    var json = false

    func run() throws {
        let acceptance = DraftAcceptance(corpus: corpus.path)
        var accepted: [DraftAcceptance.Accepted] = []
        var failed = 0
        for draft in drafts {
            do {
                let a = try acceptance.accept(draft: draft)
                accepted.append(a)
                if !json {
                    for w in a.warnings { FileHandle.standardError.write((w + "\n").data(using: .utf8)!) }
                    let merged =
                        a.organizations.map { "organization \($0)" } + a.events.map { "event \($0)" }
                        + a.demands.map { "demand \($0)" }
                    print(
                        "\(draft) → \(a.document)" + (merged.isEmpty ? "" : " (with \(merged.joined(separator: ", ")))")
                    )
                }
            } catch {
                failed += 1
                Terminal.error("\(error)")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            print(String(decoding: try encoder.encode(accepted), as: UTF8.self))
        } else if drafts.count > 1 {
            print("\(accepted.count) of \(drafts.count) drafts accepted")
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
