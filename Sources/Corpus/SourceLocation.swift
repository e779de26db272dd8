/// Where a value came from: a file of the corpus, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path as given to the loader (relative to the working directory when the corpus path is).
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file; self.line = line; self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
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
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
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
            return "no corpus folder at \(p): run brief inside a corpus folder, pass --corpus DIR or set BRIEF_CORPUS to a folder holding organizations.yaml, issues.yaml, events.yaml and documents/ (brief init DIR starts one)"
        case .notACorpus(let p):
            return "\(p) holds no corpus files (organizations.yaml, issues.yaml, events.yaml or documents/*.md): is this the right folder?"
        case .invalid(let d):
            let errors = d.filter { $0.severity == .error }
            return errors.map(\.description).joined(separator: "\n")
                + "\n\(errors.count) error\(errors.count == 1 ? "" : "s") in the corpus; run `brief check` for the full report"
        }
    }
}
