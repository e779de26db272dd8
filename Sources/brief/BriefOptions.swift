import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

extension PaperSize: ExpressibleByArgument {}

/// Options every brief-writing command shares.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the PDF (default: a file named after the brief in the current directory).", valueName: "PATH"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A template name from Templates/, a .mustache file, or a folder of templates; its style.yaml is used when beside it.", valueName: "NAME|PATH"))
    var template: String?

    @Option(name: .long, help: "Paper: letter or a4 (default: the style's, letter).")
    var pageSize: PaperSize?

    /// The output path, refusing a folder or a missing parent before any work.
    func path(default name: String) throws -> String {
        let p = output ?? name
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
            Terminal.error("\(p) is a folder; give a file name such as \(p)/\(name)")
            throw ExitCode.failure
        }
        let parent = (p as NSString).deletingLastPathComponent
        let dir = parent.isEmpty ? "." : parent
        if !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) || !isDir.boolValue {
            Terminal.error("cannot write \(p): folder \(dir) does not exist; create it or choose another -o path")
            throw ExitCode.failure
        }
        if !FileManager.default.isWritableFile(atPath: dir) {
            Terminal.error("cannot write \(p): folder \(dir) is not writable")
            throw ExitCode.failure
        }
        return p
    }
}

/// Runs a brief-producing closure, turning library errors into clear messages and exit 1.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do { return try body() }
    catch let e as BriefError { Terminal.error(e.description); throw ExitCode.failure }
    catch let e as CorpusError { Terminal.error(e.description); throw ExitCode.failure }
    catch let e as TypesettingError { Terminal.error(e.description); throw ExitCode.failure }
}

/// "--from/--to" as partial dates.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only documents dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var from: String?
    @Option(name: .long, help: ArgumentHelp("Only documents dated on or before this.", valueName: "DATE"))
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
