import Corpus
import Foundation
import Mustache

/// A brief's template: Mustache over Markdown with `::directive` paragraphs.
/// Found by name in the corpus's own `Templates/`, then the installed
/// `Templates/`, or given as a path; the style file beside it (`style.yaml`)
/// is used when present, else the corpus's, else the installed one.
public struct BriefTemplate: Sendable {
    public let path: String
    public let stylePath: String
    private let template: MustacheTemplate
    /// The template's text, for locating a directive named in an error.
    private let source: String

    /// Sections (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`) open at once: the
    /// Mustache library parses and renders sections recursively, so a deeper
    /// template is refused, with its line, before it reaches the library. A
    /// brief's template nests three or four levels.
    public static let deepestSections = 64

    /// The longest template read (bytes): the Mustache library measures the
    /// rest of the template at each tag it reads, so parsing grows with the
    /// square of the template's length (550 KB took 100 s). The shipped
    /// templates are under 2 KB; at this bound parsing takes about a second.
    public static let longestTemplate = 64 * 1024

    /// `name` is a template name (`issue-brief`), a `.mustache` file, or a
    /// folder holding `DEFAULT.mustache`.
    public init(nameOrPath name: String?, default defaultName: String, resources: Resources) throws {
        _ = MarkdownContentType.register
        let fm = FileManager.default
        var candidates: [String] = []
        let chosen = name ?? defaultName
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: chosen, isDirectory: &isDir) {
            candidates.append(
                isDir.boolValue ? (chosen as NSString).appendingPathComponent("\(defaultName).mustache") : chosen)
        }
        if let own = resources.corpusTemplates {
            candidates.append((own as NSString).appendingPathComponent("\(chosen).mustache"))
        }
        candidates.append((resources.templates as NSString).appendingPathComponent("\(chosen).mustache"))
        guard let found = candidates.first(where: { fm.fileExists(atPath: $0) }) else {
            throw BriefError.templateMissing(chosen, searched: candidates)
        }
        let data: Data
        switch FileReading.contents(of: found) {
        case .success(let d): data = d
        case .failure(let problem):
            throw BriefError.templateInvalid(
                path: found, line: nil, column: nil, reason: "cannot read it: \(problem.reason)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw BriefError.templateInvalid(path: found, line: nil, column: nil, reason: "not readable UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark is no text of the brief
        if text.utf8.count > Self.longestTemplate {
            throw BriefError.templateInvalid(
                path: found, line: nil, column: nil,
                reason:
                    "it is \(text.utf8.count / 1024) KB long; a template is at most \(Self.longestTemplate / 1024) KB: "
                    + "keep the brief's text in the corpus, not in the template")
        }
        let scan = Self.scan(text)
        if let (line, column) = scan.tooDeep {
            throw BriefError.templateInvalid(
                path: found, line: line, column: column,
                reason: "sections nested more than \(Self.deepestSections) deep; close some with {{/name}}")
        }
        do { template = try MustacheTemplate(string: text) } catch {
            let (line, column, reason) = Self.explain(error, scan: scan)
            throw BriefError.templateInvalid(path: found, line: line, column: column, reason: reason)
        }
        source = text
        path = found
        let folder = (found as NSString).deletingLastPathComponent
        let installed = (resources.templates as NSString).appendingPathComponent("style.yaml")
        // The style beside the template, else the corpus's own, else the installed one. The
        // installed style is beside the installed templates: a corpus's own style came after it,
        // and was never read with them.
        let beside =
            (folder as NSString).standardizingPath == (resources.templates as NSString).standardizingPath
            ? [] : [(folder as NSString).appendingPathComponent("style.yaml")]
        let styles =
            beside + (resources.corpusTemplates.map { [($0 as NSString).appendingPathComponent("style.yaml")] } ?? [])
        stylePath = styles.first(where: { fm.fileExists(atPath: $0) }) ?? installed
    }

    /// The 1-based line of the template where `::name` opens a line, if any.
    public func line(ofDirective name: String) -> Int? {
        var n = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let t = line.drop { $0 == " " || $0 == "\t" }
            guard t.hasPrefix("::\(name)") else { continue }
            let after = t.dropFirst(name.count + 2).first
            if after == nil || after == " " || after == "\r" || after == "\t" { return n }
        }
        return nil
    }

    /// What one pass over the tags (default `{{ }}` delimiters) finds:
    /// where nesting first passes `deepestSections`, the first `{{` never
    /// closed, and the outermost section left open (each line, column and,
    /// for a section, its name). The library's own errors stop at the end of
    /// the text; these say where the mistake was written.
    struct TagScan {
        var tooDeep: (line: Int, column: Int)?
        var unclosedTag: (line: Int, column: Int)?
        var openSection: (line: Int, column: Int, name: String)?
    }

    static func scan(_ text: String) -> TagScan {
        let bytes = Array(text.utf8)
        var result = TagScan()
        var open: [(line: Int, column: Int, name: String)] = []
        var line = 1, lineStart = 0, i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            guard bytes[i] == 0x7B, bytes[i + 1] == 0x7B else { i += 1; continue }
            let column = i - lineStart + 1
            var j = i + 2
            while j + 1 < bytes.count && !(bytes[j] == 0x7D && bytes[j + 1] == 0x7D) { j += 1 }
            guard j + 1 < bytes.count else { result.unclosedTag = (line, column); break }
            let inner = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            let sigil = inner.first
            let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
            if sigil == "#" || sigil == "^" || sigil == "$" || sigil == "<" {
                open.append((line, column, name))
                if open.count > deepestSections && result.tooDeep == nil { result.tooDeep = (line, column) }
            } else if sigil == "/" {
                if !open.isEmpty { open.removeLast() }
            }
            for b in bytes[i..<j] where b == 0x0A { line += 1 }
            if let nl = bytes[i..<j].lastIndex(of: 0x0A) { lineStart = nl + 1 }
            i = j + 2
        }
        result.openSection = open.first
        return result
    }

    /// A parse error as (line, column, what is wrong and how to fix it).
    static func explain(_ error: Error, scan: TagScan) -> (Int?, Int?, String) {
        let e = error as? MustacheTemplate.ParserError
        switch e?.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return (
                e?.context.lineNumber, e?.context.columnNumber,
                "the section closed here is not the one open; close the innermost section first"
            )
        case .unfinishedName?:
            if let (l, c) = scan.unclosedTag { return (l, c, "a tag is not closed: end it with }}") }
            return (e?.context.lineNumber, e?.context.columnNumber, "a tag is not closed: end it with }}")
        case .invalidSetDelimiter?:
            return (e?.context.lineNumber, e?.context.columnNumber, "a delimiter change {{=…=}} is malformed")
        case .unrecognisedConfigVariable?, .invalidConfigVariableSyntax?:
            return (
                e?.context.lineNumber, e?.context.columnNumber,
                "a {{% … }} setting is not one the template engine knows"
            )
        case .expectedSectionEnd?, nil:
            if let (l, c) = scan.unclosedTag { return (l, c, "a tag is not closed: end it with }}") }
            if let (l, c, name) = scan.openSection {
                return (l, c, "the section opened here is never closed: add {{/\(name)}}")
            }
            return (
                e?.context.lineNumber, e?.context.columnNumber,
                "a tag or section is not closed before the end of the template"
            )
        case .some:
            return (
                e?.context.lineNumber, e?.context.columnNumber,
                "a partial's inherited section holds something it may not"
            )
        }
    }

    /// The Markdown the template produces for a brief's typed context.
    public func render<Context: Encodable>(_ context: Context) -> String {
        template.render(TemplateObject(reflecting: context))
    }

    /// The Markdown of the engine reading `context` by itself, reflecting it at every tag: what
    /// `render` must equal (tests).
    func renderReflectingEachTag<Context: Encodable>(_ context: Context) -> String {
        template.render(context)
    }
}
