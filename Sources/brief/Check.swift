import ArgumentParser
import Corpus

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the corpus and report every problem as path:line:column.",
        discussion: "Exits 0 when there is no error (warnings allowed), 1 otherwise.")

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let (loaded, diagnostics): (Corpus, [Diagnostic])
        do {
            (loaded, diagnostics) = try CorpusLoader(root: corpus.path).load()
        } catch let e as CorpusError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
        for d in diagnostics { print(d.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        print("\(corpus.path): \(loaded.documents.count) documents, \(loaded.organizations.count) organizations, "
              + "\(loaded.issues.count) issues, \(loaded.events.count) events — "
              + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}
