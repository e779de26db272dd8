import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

/// `brief generate`'s reading begun before its command line is parsed: the
/// corpus, and the template, style and fonts (`Generate.Ahead`), each on a
/// thread of its own while the main thread parses.
///
/// argument-parser's reflection of the command's options is the longest
/// step of a small brief before any reading can start, and on a machine
/// with a second core the reading need not wait for it. What to read is
/// guessed from the words of the command line (`Guess`); `Generate` uses
/// the reading only when the parsed command asks for the same corpus and
/// the same template, style and paper, and reads afresh otherwise. A guess
/// is therefore only ever a matter of speed. A problem met while reading
/// ahead is kept and reported where `generate` would have met it, so an
/// unknown flag is still reported before a broken corpus.
final class EarlyStart {
    /// What `generate` reads before it composes: the corpus folder, and what its template and style
    /// depend on (`BriefRequest.designInputs`).
    struct Key: Equatable {
        var corpus: String
        var design: BriefRequest.DesignInputs

        init(corpus: String, request: BriefRequest) {
            self.corpus = corpus
            design = request.designInputs
        }
    }

    let key: Key
    let ahead: Concurrent<Generate.Ahead>
    let corpus: Concurrent<Corpus>

    private init(key: Key, request: BriefRequest) {
        self.key = key
        ahead = Generate.Ahead.read(for: request, corpus: key.corpus)
        corpus = Concurrent { [corpus = key.corpus] in try CorpusOptions.load(path: corpus) }
    }

    /// The reading begun by `begin`, until `generate` takes it.
    nonisolated(unsafe) private static var started: EarlyStart?
    /// Reading begun for another brief than the parsed command's, left to finish.
    nonisolated(unsafe) private static var unused: EarlyStart?

    /// Begins reading for a `generate` command line whose brief and options can be told from
    /// its words; does nothing for any other. Called on the main thread before the parse.
    static func begin(_ arguments: [String]) {
        guard let guess = Guess(arguments) else { return }
        started = EarlyStart(key: Key(corpus: guess.corpus, request: guess.request), request: guess.request)
    }

    /// The reading begun for `key`, or nil when none was begun or it was for another brief,
    /// corpus, template or paper (then it is left to finish, and `settle` waits for it).
    static func take(for key: Key) -> EarlyStart? {
        let taken = started?.key == key ? started : nil
        if ProcessEnvironment.value(traceVariable) != nil {
            Terminal.note(
                "early start: "
                    + (taken != nil ? "used" : started != nil ? "read again (another corpus or design)" : "none"))
        }
        if taken == nil { unused = started }
        started = nil
        return taken
    }

    /// Whether reading begun early may still be under way, not taken by `generate`.
    static var mayBeReading: Bool { started != nil || unused != nil }

    /// Waits for reading begun early and not taken, so that the process does not end under a
    /// thread still reading fonts or files: the C libraries free what they hold as the process
    /// exits. Called on the main thread before it exits.
    static func settle() {
        for early in [started, unused].compactMap({ $0 }) {
            _ = early.ahead.result
            _ = early.corpus.result
        }
        started = nil
        unused = nil
    }

    /// Set, `take` says on standard error whether the reading begun early was used: for the
    /// tests (`CommandLineTests`) and for anyone measuring a run.
    static let traceVariable = "BRIEF_TRACE_EARLY_START"

    /// The brief a `generate` command line asks for, read from its words as argument-parser reads
    /// them (`--name value` or `--name=value`) — only for lines simple enough to tell: exactly
    /// one of --issue, --meeting or --year, each option once. Only what reading needs is read:
    /// a period or a lookback changes the content, not what is read, so it is not looked for.
    struct Guess {
        var request: BriefRequest
        var corpus: String

        init?(_ arguments: [String]) {
            guard arguments.first == Generate.configuration.commandName else { return nil }
            var values: [String: String] = [:]
            var words = arguments.dropFirst()[...]
            while let word = words.popFirst() {
                guard word.hasPrefix("--"), word.count > 2 else { continue }
                let name: String
                let value: String?
                if let equals = word.firstIndex(of: "=") {
                    name = String(word[word.index(word.startIndex, offsetBy: 2)..<equals])
                    value = String(word[word.index(after: equals)...])
                } else {
                    name = String(word.dropFirst(2))
                    value = Self.options.contains(name) ? words.popFirst() : nil
                }
                guard Self.options.contains(name) else { continue }
                guard let value, values[name] == nil else { return nil }
                values[name] = value
            }
            let subject: BriefRequest.Subject
            switch (values["issue"], values["meeting"], values["year"].flatMap { Int($0) }) {
            case (let issue?, nil, nil): subject = .issue(issue, DateRange(from: nil, to: nil))
            case (nil, let meeting?, nil): subject = .meeting(meeting, lookback: MeetingBrief.defaultLookback)
            case (nil, nil, let year?): subject = .year(year)
            default: return nil
            }
            var paper: PaperSize?
            if let given = values["page-size"] {
                guard let read = PaperSize(argument: given) else { return nil }
                paper = read
            }
            request = BriefRequest(subject: subject, template: values["template"], paper: paper)
            corpus = CorpusOptions.path(given: values["corpus"])
        }

        /// The options read, by their long names (`Generate`, `CorpusOptions`, `OutputOptions`).
        static let options: Set<String> = ["issue", "meeting", "year", "corpus", "template", "page-size"]
    }
}
