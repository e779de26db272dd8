import ArgumentParser
import Corpus
import Foundation

/// What the command line is checked for around argument-parser, so that
/// `brief` answers as its peers do:
/// - a mistyped command gets a suggestion (`brief genrate` → "did you mean
///   'generate'?"), and so does `brief help genrate`, which fails instead of
///   printing the general help;
/// - an unknown flag is reported as such before a command's own checks
///   (argument-parser runs `validate()` before it looks for left-over
///   arguments, so `--isue detainees` would otherwise be told to give one of
///   --issue, --meeting or --year).
enum CommandLinePreflight {
    /// Whether commands' `validate()` should check: off while a failed
    /// command line is parsed again to find what the parser says of it.
    /// Set on the main thread before any command runs.
    nonisolated(unsafe) static var validating = true

    /// Parses the command line and runs its command, as argument-parser's
    /// `main` does; ends the process. A command line that fails is parsed
    /// once more with the commands' own checks off, and a fault the parser
    /// finds then (an unknown flag, a missing value) is the one reported.
    /// A line that parses (most runs) is parsed once: the parser's reflection
    /// of the commands' options is a fifth of a small brief's time.
    static func run(_ arguments: [String], root: ParsableCommand.Type) -> Never {
        if let message = unknownCommand(arguments, root: root) {
            Terminal.error(message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        var command: ParsableCommand
        do { command = try root.parseAsRoot(arguments) } catch {
            validating = false
            do { _ = try root.parseAsRoot(arguments) } catch let parserError { exit(root, withError: parserError) }
            validating = true
            exit(root, withError: error)
        }
        do { try command.run() } catch { exit(root, withError: error) }
        EarlyStart.settle()
        Foundation.exit(ExitCode.success.rawValue)
    }

    /// argument-parser's `exit(withError:)`: its message, on standard output for help and
    /// standard error otherwise, and its exit status; with `generate`'s reading begun early
    /// (`EarlyStart`) waited for between the two, so that the message is not held up by it.
    static func exit(_ root: ParsableCommand.Type, withError error: any Error) -> Never {
        guard EarlyStart.mayBeReading else { root.exit(withError: error) }
        let text = root.fullMessage(for: error)
        let status = root.exitCode(for: error)
        if !text.isEmpty {
            if status == .success {
                print(text)
            } else {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
        EarlyStart.settle()
        Foundation.exit(status.rawValue)
    }

    /// "unknown command …" for a first word (or a word after `help`) that
    /// names no command; nil when every command word is known.
    static func unknownCommand(_ arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var words = arguments[...]
        var path = [root._commandName]
        let askingHelp = words.first == "help"
        if askingHelp { words = words.dropFirst() }
        for word in words {
            if word.hasPrefix("-") { break }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty { break }  // the command's own arguments begin
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                let names = subcommands.map { $0._commandName }
                let hint = Suggestions.closest(to: word, in: names).map { " Did you mean '\($0)'?" } ?? ""
                return "unknown command '\(Quoted.cut(word))' for '\(path.joined(separator: " "))'.\(hint) "
                    + "Commands: \(names.joined(separator: ", ")) (see '\(path.joined(separator: " ")) --help')."
            }
            command = next
            path.append(word)
        }
        return nil
    }
}
