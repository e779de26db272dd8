import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

extension PaperSize: ExpressibleByArgument {}

/// Options every brief-writing command shares.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Where to write the PDF (default: a file named after the brief in the current directory); - for standard output.",
            valueName: "PATH"),
        completion: .file(extensions: ["pdf"]))
    var output: String?

    /// `-o -`: the PDF goes to standard output, and what is said about it to standard error.
    var toStandardOutput: Bool { output == "-" }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A template name (from the corpus's Templates/, else the installed ones), a .mustache file, or a folder of templates; its style.yaml is used when beside it.",
            valueName: "NAME|PATH"),
        completion: .file(extensions: ["mustache"]))
    var template: String?

    @Option(name: .long, help: ArgumentHelp("Paper (default: the style's).", valueName: "letter|a4"))
    var pageSize: PaperSize?

    /// The output path, checked before any work (`OutputFile.problem`): not
    /// a folder, a `.pdf` name (devices and pipes aside), and a parent that
    /// is a writable folder or can be created.
    func path(default name: String) throws -> String {
        if toStandardOutput {
            if isatty(1) != 0 {
                Terminal.error(
                    "-o - writes the PDF to standard output, which is a terminal; redirect it (> brief.pdf) or pipe it")
                throw ExitCode.failure
            }
            return "/dev/stdout"
        }
        let p = output ?? name
        // The same rule as --data's, and as the writer's (`OutputFile`): devices and pipes need no .pdf.
        if let problem = OutputFile.problem(writing: p, extensions: ["pdf"]) {
            Terminal.error(problem)
            throw ExitCode.failure
        }
        return p
    }
}

/// Runs a brief-producing closure, turning library errors into clear messages and exit 1.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as BriefError {
        Terminal.error(e.description); throw ExitCode.failure
    } catch let e as CorpusError { Terminal.error(e.description); throw ExitCode.failure } catch let e
        as TypesettingError
    { Terminal.error(e.description); throw ExitCode.failure }
}

/// "--from/--to" as partial dates.
struct PeriodOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --issue: only documents whose whole date lies on or after this (YYYY, YYYY-MM or YYYY-MM-DD).",
            valueName: "DATE"))
    var from: String?
    @Option(
        name: .long,
        help: ArgumentHelp("With --issue: only documents whose whole date lies on or before this.", valueName: "DATE"))
    var to: String?

    func range() throws -> DateRange {
        func parse(_ s: String?, _ flag: String) throws -> PartialDate? {
            guard let s else { return nil }
            guard let d = PartialDate(s) else {
                throw ValidationError("\(flag) '\(s)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return d
        }
        let r = DateRange(from: try parse(from, "--from"), to: try parse(to, "--to"))
        if let a = r.from, let b = r.to, b < a { throw ValidationError("--to \(b) is before --from \(a)") }
        return r
    }
}
