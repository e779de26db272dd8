import Corpus
import Typesetting

/// Errors a user can cause while composing a brief, each with its fix.
public enum BriefError: Error, CustomStringConvertible {
    case unknownIssue(String, known: [String])
    case unknownEvent(String, known: [String])
    case nothingInPeriod(what: String, range: DateRange)
    case noDocumentsInYear(Int, years: [Int])
    case resourcesMissing(searched: [String])
    case templateMissing(String, searched: [String])
    case templateInvalid(path: String, line: Int?, column: Int?, reason: String)
    case styleInvalid(path: String, line: Int, reason: String)
    case unknownDirective(String, template: String, line: Int?, known: [String])
    case directiveInvalid(template: String, line: Int?, reason: String)
    case badOutput(path: String, reason: String)
    case layout(TypesettingError)

    public var description: String {
        switch self {
        case let .unknownIssue(id, known):
            return
                "no issue '\(Quoted.cut(id))' in the corpus\(Suggestions.hint(id, known)). Known issues: \(known.joined(separator: ", ")) (see `brief list issues`)"
        case let .unknownEvent(id, known):
            return
                "no event '\(Quoted.cut(id))' in events.yaml\(Suggestions.hint(id, known)). Known events: \(known.joined(separator: ", ")) (see `brief list events`)"
        case let .nothingInPeriod(what, range):
            let from = range.from?.description ?? "the beginning", to = range.to?.description ?? "today"
            return
                "no organization raised \(what) between \(from) and \(to): nothing to brief, no file written. Widen --from/--to or check the corpus."
        case let .noDocumentsInYear(y, years):
            return
                "the corpus has no document dated \(y); years with documents: \(years.map(String.init).joined(separator: ", "))"
        case let .resourcesMissing(searched):
            return
                "cannot find brief's Fonts/ and Templates/ folders (looked in \(searched.joined(separator: ", "))); install brief with scripts/install, or set BRIEF_HOME to the folder that holds them"
        case let .templateMissing(t, searched):
            return
                "no template '\(t)' (looked for \(searched.joined(separator: ", "))); pass --template with a .mustache file or a name from Templates/"
        case let .templateInvalid(path, line, column, reason):
            let place = line.map { ":\($0):\(column ?? 1)" } ?? ""
            return "\(path)\(place): error: template does not parse: \(reason)"
        case let .styleInvalid(path, line, reason):
            return "\(path):\(line):1: error: \(reason)"
        case let .unknownDirective(d, t, line, known):
            return
                "\(t)\(line.map { ":\($0):1" } ?? ""): error: unknown directive '::\(d)'\(Suggestions.hint(d, known)); this brief offers \(known.map { "::" + $0 }.joined(separator: ", "))"
        case let .directiveInvalid(t, line, reason):
            return "\(t)\(line.map { ":\($0):1" } ?? ""): error: \(reason)"
        case let .badOutput(path, reason):
            return "cannot write \(path): \(reason)"
        case let .layout(e):
            return e.description
        }
    }
}
