import ArgumentParser
import Corpus
import Foundation

/// `--corpus DIR`, defaulting to $BRIEF_CORPUS or ./Corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Corpus folder (default: $BRIEF_CORPUS, else ./Corpus).", valueName: "DIR"))
    var corpus: String?

    var path: String {
        if let corpus { return corpus }
        if let env = ProcessInfo.processInfo.environment["BRIEF_CORPUS"], !env.isEmpty { return env }
        return "Corpus"
    }

    /// Loads the corpus; errors end the program with the `brief check` messages.
    func loadValid() throws -> Corpus {
        do {
            return try CorpusLoader(root: path).loadValid().0
        } catch let e as CorpusError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
    }
}

/// Messages to standard error, coloured only on a terminal without NO_COLOR.
enum Terminal {
    static let colour: Bool = {
        isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }()
    static func error(_ message: String) {
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
        FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    }
}
