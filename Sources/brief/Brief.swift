import ArgumentParser
import CCleanup
import Foundation
import Typesetting

/// `brief`: comparative briefing PDFs from a corpus of advocacy documents.
@main
struct Brief: ParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        // Each command names itself: otherwise argument-parser derives the name from the type with
        // String(describing:), whose protocol-conformance lookups cost every run about 2 ms.
        commandName: "brief",
        abstract: "Compose printable, comparative briefs from a corpus of advocacy documents.",
        discussion: """
            Examples:
              brief generate --issue detainees          issue brief → detainees.pdf
              brief generate --meeting trump-putin-call-2025
              brief check                               validate ./Corpus
              brief list issues                         what the corpus holds
            The corpus is --corpus DIR, else $BRIEF_CORPUS, else the corpus the current
            folder is in, else ./Corpus. `brief init DIR` starts a new one.
            """,
        version: version,
        subcommands: [
            Generate.self, Watch.self, Batch.self, Check.self, List.self, Init.self, IngestCommand.self, Accept.self,
            Serve.self, Specimen.self, Bench.self,
        ])

    /// The environment variable by which `batch --mode processes` tells a
    /// worker its parent's pid, so that the worker dies with its parent.
    static let parentVariable = "BRIEF_BATCH_PARENT"

    /// Before any command: signal cleanup (no temporary file or worker
    /// outlives an interrupted run), a strict `SOURCE_DATE_EPOCH`, and the
    /// command line's words and flags (`CommandLinePreflight`), and a brief's
    /// reading begun meanwhile (`EarlyStart`).
    static func main() {
        brief_cleanup_install()
        StandardOutput.checkOnExit()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `brief --version` alone is answered here with the line argument-parser prints for it (and still prints
        // for `brief list --version`): the parser reflects every command's options first, half of such a run.
        if arguments == ["--version"] {
            print(version)
            Foundation.exit(0)
        }
        if let parent = ProcessEnvironment.value(parentVariable).flatMap({ Int32($0) }),
            brief_cleanup_follow_parent(parent) != 0
        {
            Foundation.exit(143)  // the batch that started this worker is already gone
        }
        do { _ = try SourceDateEpoch.fromEnvironment() } catch {
            Terminal.error("\(error)")
            Foundation.exit(ExitCode.failure.rawValue)
        }
        EarlyStart.begin(arguments)
        CommandLinePreflight.run(arguments, root: Brief.self)
    }
}
