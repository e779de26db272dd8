import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

/// `--corpus DIR`; without it `$BRIEF_CORPUS`, else the corpus folder the
/// current directory is in (or below), else `./Corpus`.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Corpus folder (default: $BRIEF_CORPUS, else the corpus the current folder is in, else ./Corpus).",
            valueName: "DIR"),
        completion: .directory)
    var corpus: String?

    var path: String { Self.path(given: corpus) }

    /// The corpus folder for a `--corpus` value or none.
    static func path(given corpus: String?) -> String {
        if let corpus { return corpus }
        if let env = ProcessEnvironment.value("BRIEF_CORPUS"), !env.isEmpty { return env }
        return CorpusDiscovery.enclosing(FileManager.default.currentDirectoryPath) ?? "Corpus"
    }

    /// Fonts and templates, with this corpus's own `Templates/` when it has one.
    func resources() throws -> Resources {
        do { return try Resources.locate(corpus: path) } catch let e as BriefError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
    }

    /// Loads the corpus; errors end the program with the `brief check` messages.
    func loadValid() throws -> Corpus { try Self.reporting { try Self.load(path: path) } }

    /// Loads the corpus at `path`, its problems thrown as `CorpusError`.
    static func load(path: String) throws -> Corpus { try CorpusLoader(root: path).loadValid().0 }

    /// A loaded corpus, or its problems told with the `brief check` messages and the program ended.
    static func reporting(_ load: () throws -> Corpus) throws -> Corpus {
        do { return try load() } catch let e as CorpusError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
    }
}

/// Messages to standard error, coloured only on a terminal without NO_COLOR.
enum Terminal {
    static let colour: Bool = {
        isatty(2) != 0 && ProcessEnvironment.value("NO_COLOR") == nil && ProcessEnvironment.value("TERM") != "dumb"
    }()
    static func error(_ message: String) {
        let message = inert(message)
        // A located message ("path:4:7: error: …") already says what it is.
        if located(message) {
            FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
            return
        }
        let prefix = colour ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: "
        FileHandle.standardError.write((prefix + message + "\n").data(using: .utf8)!)
    }
    /// Whether a message starts with `path:line[:column]: error:` or `path: error:`.
    static func located(_ message: String) -> Bool {
        guard let r = message.range(of: ": error: ") else { return false }
        let head = message[..<r.lowerBound]
        if head.isEmpty || head.contains("\n") { return false }
        let parts = head.split(separator: ":", omittingEmptySubsequences: false)
        let numbers = parts.reversed().prefix { !$0.isEmpty && $0.allSatisfy(\.isNumber) }.count
        return numbers > 0 || !head.contains(" ")
    }

    static func note(_ message: String) {
        FileHandle.standardError.write((inert(message) + "\n").data(using: .utf8)!)
    }

    /// A message with its line breaks kept and every other control character (an escape
    /// sequence in a file name or an id given on the command line) shown, not obeyed.
    static func inert(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { Quoted.printable(String($0)) }
            .joined(separator: "\n")
    }
}

/// Finding the corpus a command is run in.
enum CorpusDiscovery {
    /// The nearest folder at or above `start` that holds `organizations.yaml`,
    /// `issues.yaml` and `documents/`, as `brief init` writes them.
    static func enclosing(_ start: String) -> String? {
        let fm = FileManager.default
        var dir = (start as NSString).standardizingPath
        while true {
            var isDir: ObjCBool = false
            func has(_ name: String) -> Bool { fm.fileExists(atPath: (dir as NSString).appendingPathComponent(name)) }
            if has("organizations.yaml") && has("issues.yaml"),
                fm.fileExists(atPath: (dir as NSString).appendingPathComponent("documents"), isDirectory: &isDir),
                isDir.boolValue
            {
                return dir
            }
            let up = (dir as NSString).deletingLastPathComponent
            if up == dir || up.isEmpty { return nil }
            dir = up
        }
    }
}
