import Foundation
import Typesetting

/// The ids a document refers to, with where each is written: checked
/// against the corpus even when the document itself has errors.
struct DocumentReferences: Sendable {
    var organizations: [(id: String, location: SourceLocation)] = []
    var event: (id: String, location: SourceLocation)? = nil
    var demands: [(id: String, location: SourceLocation)] = []
}

/// What parsing one file yields.
struct ParsedDocument: Sendable {
    var document: Document?
    var references = DocumentReferences()
    var diagnostics: [Diagnostic] = []
}

/// Reads one `documents/*.md` file: YAML front matter between `---` lines,
/// then the Markdown body. Reports problems with the file's own line numbers.
struct DocumentParser {
    static let knownKeys = [
        "title", "organizations", "date", "kind", "to", "signatories", "event", "source", "asks", "language",
        ReviewMark.key,
    ]
    static let askKeys = ["demand", "text", "quote"]

    let path: String

    func parse(_ data: Data) -> ParsedDocument {
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var (text, diagnostics) = TextHygiene.text(of: data, file: path)
        if !Slug.isValid(id) {
            diagnostics.append(
                .error(
                    SourceLocation(file: path),
                    "file name '\(Quoted.cut(id))' is not a valid document id: rename it to '\(Quoted.cut(Slug.make(id))).md'"
                ))
        } else if id.count > FieldLimits.characters(for: "id") {
            diagnostics.append(
                .error(
                    SourceLocation(file: path),
                    "the document id (its file name) is \(id.count) characters long; at most \(FieldLimits.characters(for: "id")) fit a brief's anchors and references: rename the file"
                ))
        }
        // Find the front matter's fences on UTF-8 bytes (splitting a long body
        // into Swift Strings line by line costs more than parsing the YAML).
        guard let split = FrontMatter.split(text) else {
            diagnostics.append(
                .error(
                    SourceLocation(file: path),
                    "document does not start with front matter: its first line must be '---'"))
            return ParsedDocument(diagnostics: diagnostics)
        }
        guard let (yaml, body, closeLine) = split else {
            diagnostics.append(
                .error(
                    SourceLocation(file: path), "front matter is never closed: add a line '---' after the last field"))
            return ParsedDocument(diagnostics: diagnostics)
        }
        let reader = YAMLReader(file: path, lineOffset: 1)
        guard let root = reader.compose(yaml) else {
            return ParsedDocument(diagnostics: diagnostics + reader.diagnostics)
        }
        guard let f = reader.fields(root, what: "front matter", known: Self.knownKeys) else {
            return ParsedDocument(diagnostics: diagnostics + reader.diagnostics)
        }
        let what = "document"
        let title = reader.string(f, "title", what: what, required: true)
        let orgs = reader.strings(f, "organizations", what: what, required: true)
        let date = reader.date(f, "date", what: what)
        let kind: DocumentKind? = reader.enumeration(f, "kind", what: what)
        let to = reader.string(f, "to", what: what)
        let signatories = reader.strings(f, "signatories", what: what) ?? []
        let event = reader.string(f, "event", what: what)
        let source = reader.string(f, "source", what: what)
        let language = reader.string(f, "language", what: what)
        if let language, !LanguageTag.isValid(language) {
            reader.error(
                f.values["language"], "language '\(Quoted.cut(language))' is not a BCP 47 tag such as en, ru or uk")
        }
        reader.checkLink(f, "source", source)
        // A draft not yet accepted: whatever its value, it is not to be read as reviewed.
        if let mark = f.values[ReviewMark.key] { reader.error(mark, ReviewMark.message) }
        var asks: [Ask] = []
        if let node = reader.node(f, "asks") {
            if case .sequence(let seq) = node {
                for item in seq {
                    guard let af = reader.fields(item, what: "an ask", known: Self.askKeys) else { continue }
                    guard let demand = reader.string(af, "demand", what: "an ask", required: true) else { continue }
                    let text = reader.string(af, "text", what: "an ask", required: true) ?? ""
                    let quote = reader.string(af, "quote", what: "an ask")
                    asks.append(
                        Ask(
                            demand: demand, text: text, quote: quote,
                            location: reader.location(af.values["demand"] ?? item)))
                }
            } else {
                reader.error(node, "'asks' must be a list of `- demand: …` entries")
            }
        }
        diagnostics += reader.diagnostics
        var refs = DocumentReferences()
        refs.organizations = (orgs ?? []).map { ($0, reader.location(f.values["organizations"])) }
        refs.event = event.map { ($0, reader.location(f.values["event"])) }
        refs.demands = asks.map { ($0.demand, $0.location) }
        guard let title, let orgs, let date, let kind else {
            return ParsedDocument(references: refs, diagnostics: diagnostics)
        }
        let (markdown, notes) = Markdown.parseNoting(body)
        for (destination, line) in notes.links {
            guard let (severity, message) = SafeLink.problem(destination) else { continue }
            diagnostics.append(Diagnostic(severity, SourceLocation(file: path, line: closeLine + line), message))
        }
        for line in notes.htmlLines {
            diagnostics.append(
                .warning(
                    SourceLocation(file: path, line: closeLine + line),
                    "raw HTML in the body: its tags are dropped and its text kept; write it as Markdown"))
        }
        for line in notes.inlineHTMLLines {
            diagnostics.append(
                .warning(
                    SourceLocation(file: path, line: closeLine + line),
                    "inline HTML in the body: its tags (and any script or link in them) are dropped; write it as Markdown"
                ))
        }
        // The engine's own rule (`CombiningMarkRuns`): the warning says exactly where a brief drops marks.
        if let line = CombiningMarkRuns.firstLongRun(in: body) {
            let most = CombiningMarkRuns.longestRun
            diagnostics.append(
                .warning(
                    SourceLocation(file: path, line: closeLine + line),
                    "a letter here carries more than \(most) combining marks: a brief sets the first \(most); remove the rest"
                ))
        }
        if let line = notes.flattenedLines.first {
            diagnostics.append(
                .warning(
                    SourceLocation(file: path, line: closeLine + line),
                    "lists, quotes or emphasis nested more than \(Markdown.deepestNesting) levels deep: the deeper ones are set at that level, their text kept"
                ))
        }
        let doc = Document(
            id: id, title: title, organizations: orgs, date: date, kind: kind, to: to,
            signatories: signatories, event: event, source: source, asks: asks, body: body,
            markdown: markdown, location: SourceLocation(file: path, line: 1, column: 1),
            fieldLocations: f.values.mapValues { reader.location($0) }, bodyLine: closeLine + 1,
            language: language.flatMap { LanguageTag.isValid($0) ? $0 : nil })
        // Quotes must be exact excerpts of the body (whitespace and typographic quotes aside).
        if asks.contains(where: { $0.quote != nil }) {
            // The raw body first; the rendered text (markup removed) only when needed.
            // A body without inline markup or entities reads the same rendered: one form suffices.
            let raw = NormalizedText(body)
            let hasMarkup = body.utf8.contains { [0x2A, 0x5F, 0x5B, 0x60, 0x5C, 0x26, 0x3C, 0x23, 0x3E].contains($0) }
            var plain: NormalizedText? = nil
            for ask in asks {
                guard let q = ask.quote, !TextNormalization.isExcerpt(q, of: raw) else { continue }
                if hasMarkup && plain == nil {
                    plain = NormalizedText(markdown.map(\.plainText).joined(separator: "\n"))
                }
                if !(plain.map { TextNormalization.isExcerpt(q, of: $0) } ?? false) {
                    diagnostics.append(
                        .warning(
                            ask.location,
                            "the quote for '\(Quoted.cut(ask.demand))' is not an exact excerpt of the document's text"))
                }
            }
        }
        return ParsedDocument(document: doc, references: refs, diagnostics: diagnostics)
    }
}

/// Splits `---` front matter from a Markdown body.
enum FrontMatter {
    /// nil when the text does not open with `---`; `.some(nil)` when the
    /// front matter is never closed; otherwise the YAML, the body and the
    /// 1-based line of the closing fence.
    static func split(_ text: String) -> (yaml: String, body: String, closeLine: Int)?? {
        let bytes = Array(text.utf8)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        func lineEnd(_ i: Int) -> Int { var j = i; while j < bytes.count && bytes[j] != 0x0A { j += 1 }; return j }
        func isFence(_ a: Int, _ b: Int) -> Bool {
            var e = b
            while e > a && (bytes[e - 1] == 0x0D || bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
            return e - a == 3 && bytes[a] == 0x2D && bytes[a + 1] == 0x2D && bytes[a + 2] == 0x2D
        }
        let firstEnd = lineEnd(start)
        guard isFence(start, firstEnd) else { return nil }
        var line = 2
        var i = firstEnd + 1
        while i <= bytes.count {
            let e = lineEnd(i)
            if i < bytes.count
                && (isFence(i, e) || (e - i == 3 && bytes[i] == 0x2E && bytes[i + 1] == 0x2E && bytes[i + 2] == 0x2E))
            {
                let yaml = String(decoding: bytes[(firstEnd + 1)..<i], as: UTF8.self)
                let body = e < bytes.count ? String(decoding: bytes[(e + 1)...], as: UTF8.self) : ""
                return .some((yaml, body, line))
            }
            if e >= bytes.count { break }
            i = e + 1
            line += 1
        }
        return .some(nil)
    }
}
