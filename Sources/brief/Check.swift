import ArgumentParser
import Briefs
import Corpus
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the corpus and report every problem as path:line:column.",
        discussion: "Exits 0 when there is no error (warnings allowed), 1 otherwise.")

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false
    @Flag(
        name: .long,
        help:
            "Print the result as JSON: {corpus, errors, warnings, diagnostics: [{path, line, column, severity, message}]}."
    )
    var json = false

    func run() throws {
        let (loaded, found): (Corpus, [Diagnostic])
        do {
            (loaded, found) = try CorpusLoader(root: corpus.path).load()
        } catch let e as CorpusError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
        var diagnostics = found
        // Text the default style's fonts cannot show (a flag emoji, CJK).
        if let resources = try? Resources.locate(corpus: corpus.path),
            let template = try? BriefTemplate(
                nameOrPath: nil, default: IssueBrief.defaultTemplate, resources: resources),
            let style = try? BriefStyle.load(path: template.stylePath, pageSize: nil, kind: IssueBrief.defaultTemplate),
            let fonts = try? BriefRenderer(resources: resources).fonts(for: style)
        {
            diagnostics += GlyphCoverage.diagnostics(for: loaded, fonts: fonts)
            diagnostics.sort(by: Diagnostic.inReportOrder)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if json {
            let report = Report(
                corpus: corpus.path, errors: errors, warnings: warnings, diagnostics: diagnostics.map(Report.Entry.init)
            )
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            for d in Diagnostic.capped(diagnostics) { print(d.description) }
            print(
                "\(corpus.path): \(loaded.documents.count) documents, \(loaded.organizations.count) organizations, "
                    + "\(loaded.issues.count) issues, \(loaded.events.count) events — "
                    + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }

    /// What `check --json` prints.
    struct Report: Encodable {
        var corpus: String
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]

        /// One diagnostic, located as `path:line:column` is in the text output.
        struct Entry: Encodable {
            var path: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            init(_ d: Diagnostic) {
                path = d.location.file; line = d.location.line; column = d.location.column
                severity = d.severity.rawValue; message = d.message
            }
        }
    }
}
