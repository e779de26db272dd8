/// Where a value came from: a file of the corpus, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path as given to the loader (relative to the working directory when the corpus path is).
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file; self.line = line; self.column = column
    }
    /// The file name shown inert: a name holding an escape sequence or a line break must
    /// not move the terminal's cursor or forge another message.
    public var description: String { "\(Quoted.printable(file)):\(line):\(column)" }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in the corpus, printed as `path:line:column: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Messages stay legible whatever the input: one that quotes a huge
    /// value somewhere is cut (values are also cut where they are quoted).
    public static let longestMessage = 1_000

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity; self.location = location
        self.message = message.count > Self.longestMessage ? String(message.prefix(Self.longestMessage)) + "…" : message
    }
    public static func error(_ l: SourceLocation, _ m: String) -> Diagnostic { Diagnostic(.error, l, m) }
    public static func warning(_ l: SourceLocation, _ m: String) -> Diagnostic { Diagnostic(.warning, l, m) }
    public var description: String { "\(location): \(severity.rawValue): \(Quoted.printable(message))" }

    /// How many times one message is printed for one file before the rest
    /// are counted: an 800 KB file repeating one mistake 200,000 times
    /// reports it a few times and says how many more there are.
    public static let repeatsShown = 10

    /// The diagnostics to print: each (file, severity, message) at most
    /// `repeatsShown` times, followed by one line counting the rest, at the
    /// first of those left out. Order is kept.
    public static func capped(_ diagnostics: [Diagnostic], repeats: Int = repeatsShown) -> [Diagnostic] {
        struct Key: Hashable { var file: String; var severity: Severity; var message: String }
        var counts: [Key: Int] = [:]
        for d in diagnostics {
            counts[Key(file: d.location.file, severity: d.severity, message: d.message), default: 0] += 1
        }
        guard counts.values.contains(where: { $0 > repeats }) else { return diagnostics }
        var seen: [Key: Int] = [:]
        var out: [Diagnostic] = []
        for d in diagnostics {
            let key = Key(file: d.location.file, severity: d.severity, message: d.message)
            let n = seen[key, default: 0] + 1
            seen[key] = n
            if n <= repeats {
                out.append(d)
            } else if n == repeats + 1 {
                let more = counts[key]! - repeats
                out.append(
                    Diagnostic(
                        d.severity, d.location,
                        "\(more) more time\(more == 1 ? "" : "s") in this file, from here on: \(d.message)"))
            }
        }
        return out
    }
}

/// A corpus that cannot be used at all, explained in one sentence.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    case folderMissing(String)
    case notACorpus(String)
    /// The corpus loaded but has errors; `brief check` lists them.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .folderMissing(let p):
            return
                "no corpus folder at \(p): run brief inside a corpus folder, pass --corpus DIR or set BRIEF_CORPUS to a folder holding organizations.yaml, issues.yaml, events.yaml and documents/ (brief init DIR starts one)"
        case .notACorpus(let p):
            return
                "\(p) holds no corpus files (organizations.yaml, issues.yaml, events.yaml or documents/*.md): is this the right folder?"
        case .invalid(let d):
            let errors = d.filter { $0.severity == .error }
            return Diagnostic.capped(errors).map(\.description).joined(separator: "\n")
                + "\n\(errors.count) error\(errors.count == 1 ? "" : "s") in the corpus; run `brief check` for the full report"
        }
    }
}

extension Diagnostic {
    /// The corpus's lists in the order a report gives their problems: the
    /// lists other files name come first, so that a cause (an invalid entry
    /// of organizations.yaml) is read before its knock-on errors (documents
    /// naming an organization the list no longer holds).
    public static let listsReportedFirst = ["organizations.yaml", "issues.yaml", "events.yaml", "outcomes.yaml"]

    /// The order of every report (`check`, `check --json`, the web application's check page):
    /// the lists first, in the order above, then every other file; within a file, by line,
    /// column and message.
    public static func inReportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let (ra, rb) = (reportRank(a.location.file), reportRank(b.location.file))
        return ra != rb ? ra < rb : (a.location, a.message) < (b.location, b.message)
    }

    static func reportRank(_ file: String) -> Int {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return listsReportedFirst.firstIndex(of: name) ?? listsReportedFirst.count
    }
}
