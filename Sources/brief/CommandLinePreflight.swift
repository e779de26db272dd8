import ArgumentParser
import Corpus
import Foundation

/// What the command line is checked for before argument-parser runs a
/// command, so that `brief` answers as its peers do:
/// - a mistyped command gets a suggestion (`brief genrate` → "did you mean
///   'generate'?"), and so does `brief help genrate`, which fails instead of
///   printing the general help;
/// - an unknown flag is reported as such before a command's own checks
///   (argument-parser runs `validate()` before it looks for left-over
///   arguments, so `--isue detainees` would otherwise be told to give one of
///   --issue, --meeting or --year).
enum CommandLinePreflight {
    /// Whether commands' `validate()` should check: off during the first,
    /// parse-only pass. Set on the main thread before any command runs.
    nonisolated(unsafe) static var validating = true

    /// Ends the process with the parser's message when the command line is
    /// malformed in any way but a command's own rules; returns otherwise.
    static func check(_ arguments: [String], root: ParsableCommand.Type) {
        if let message = unknownCommand(arguments, root: root) {
            Terminal.error(message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        validating = false
        defer { validating = true }
        do { _ = try root.parseAsRoot(arguments) } catch {
            validating = true
            root.exit(withError: error)
        }
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
