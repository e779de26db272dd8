import Corpus
import Foundation
import Typesetting

/// A computed block named in a template as a paragraph of its own:
/// `::name` on the first line, optional text lines after it.
public struct Directive: Sendable {
    public var name: String
    public var lines: [String]

    /// The count its first line gives (`::key-quotes` then `3`), or
    /// `defaultCount` when it gives none; a negative or non-numeric count is
    /// an error the typesetter locates in the template.
    func count(default defaultCount: Int) throws -> Int {
        guard let first = lines.first, !first.isEmpty else { return defaultCount }
        guard let n = Int(first), n >= 0 else {
            throw DirectiveError(
                reason: "'::\(name)' takes a count of 0 or more on its next line, not '\(Quoted.cut(first))'")
        }
        return n
    }
}

/// A directive's value is wrong; the typesetter adds where the directive is.
struct DirectiveError: Error { var reason: String }

/// Turns Markdown (a rendered template, or a document body) into engine
/// blocks in the brief's style; paragraphs that are directives are replaced
/// by the blocks their handler computes.
struct MarkdownTypesetter {
    let style: BriefStyle
    var directives: [String: (Directive) throws -> [Block]] = [:]
    /// Where the Markdown came from, for error messages.
    var origin = "template"
    /// The origin's line where a directive is written, for error messages.
    var directiveLine: (String) -> Int? = { _ in nil }
    /// Whether `::name` paragraphs are directives. Not in document bodies:
    /// there a line `::matrix` is text the document's author wrote.
    var allowsDirectives = true
    /// Heading level added to Markdown headings (a document body nests under a section).
    var headingOffset = 0
    private var anchors = AnchorNames()

    init(style: BriefStyle) { self.style = style }

    mutating func blocks(_ markdown: [MarkdownBlock]) throws -> [Block] {
        var out: [Block] = []
        for b in markdown { out += try blocks(b, text: style.body, paragraph: style.paragraph) }
        return out
    }

    private mutating func blocks(_ b: MarkdownBlock, text: TextStyle, paragraph: ParagraphStyle) throws -> [Block] {
        switch b {
        case .paragraph(let inlines):
            if allowsDirectives, let d = directive(inlines) {
                guard let handler = directives[d.name] else {
                    throw BriefError.unknownDirective(
                        d.name, template: origin, line: directiveLine(d.name), known: directives.keys.sorted())
                }
                do { return try handler(d) } catch let e as DirectiveError {
                    throw BriefError.directiveInvalid(template: origin, line: directiveLine(d.name), reason: e.reason)
                }
            }
            return [.paragraph(runs(inlines, text), paragraph)]
        case .heading(let level, let inlines):
            let runs = runs(inlines, style.body)
            let title = runs.map(\.text).joined()
            return [.heading(Heading(level: level + headingOffset, runs: runs, anchor: anchors.make(title)))]
        case let .list(ordered, start, items):
            var converted: [[Block]] = []
            for item in items {
                var blocks: [Block] = []
                for sub in item {
                    blocks += try self.blocks(
                        sub, text: text, paragraph: paragraph.with { $0.spaceAfter = style.bodySpacing.listItem })
                }
                converted.append(blocks)
            }
            return [.list(ListBlock(marker: ordered ? .number(start: start) : .bullet, items: converted))]
        case .blockQuote(let inner):
            var blocks: [Block] = []
            for sub in inner {
                blocks += try self.blocks(
                    sub, text: style.quote,
                    paragraph: style.paragraph.with { $0.spaceAfter = style.bodySpacing.blockQuote })
            }
            return [.quote(blocks, attribution: nil)]
        case .code(let s):
            let pieces = Self.codePieces(s)
            return pieces.indices.map { i in
                .paragraph(
                    [TextRun(pieces[i], style: style.small)],
                    paragraph.with {
                        $0.alignment = .left; $0.hyphenate = false
                        // One block to the eye: the space around it only before the first piece and after the last.
                        if i > 0 { $0.spaceBefore = 0 }
                        if i < pieces.count - 1 { $0.spaceAfter = 0 }
                    })
            }
        case .thematicBreak:
            return [.rule(color: style.palette.rule, width: 0.5)]
        }
    }

    /// The most lines of a code block set as one paragraph. The engine composes a paragraph whole
    /// before cutting it into pages, so a block set as one paragraph held every line of it at once:
    /// a 10 MB block of 400,000 lines took 1.27 GB. In pieces, pages are cut as they fill.
    static let codeLinesPerParagraph = 50

    /// A code block's text in pieces of at most `codeLinesPerParagraph` lines, cut between two
    /// lines that hold text, so that no piece starts or ends with an empty line (which a paragraph
    /// would drop).
    static func codePieces(_ code: String) -> [String] {
        let lines = code.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        guard lines.count > codeLinesPerParagraph else { return [code] }
        let blank = { (i: Int) in lines[i].allSatisfy(\.isWhitespace) }
        var pieces: [String] = []
        var start = 0
        while start < lines.count {
            var end = min(start + codeLinesPerParagraph, lines.count)
            while end < lines.count && end > start + 1 && (blank(end) || blank(end - 1)) { end -= 1 }
            pieces.append(lines[start..<end].joined(separator: "\n"))
            start = end
        }
        return pieces
    }

    /// `::name` as the whole first line of a paragraph.
    private func directive(_ inlines: [MarkdownInline]) -> Directive? {
        guard case .text(let first)? = inlines.first, first.hasPrefix("::") else { return nil }
        var lines: [String] = [""]
        for i in inlines {
            switch i {
            case .softBreak, .lineBreak: lines.append("")
            default: lines[lines.count - 1] += i.plainText
            }
        }
        let name = String(lines[0].dropFirst(2)).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        return Directive(name: name, lines: Array(lines.dropFirst()).map { $0.trimmingCharacters(in: .whitespaces) })
    }

    func runs(_ inlines: [MarkdownInline], _ base: TextStyle) -> [TextRun] {
        var out: [TextRun] = []
        for i in inlines {
            switch i {
            case .text(let s): out.append(TextRun(s, style: base))
            case .code(let s): out.append(TextRun(s, style: base.with { $0.family = style.small.family }))
            case .softBreak: out.append(TextRun(" ", style: base))
            case .lineBreak: out.append(TextRun("\n", style: base))
            case .emphasis(let c): out += runs(c, base.with { $0.italic = !base.italic })
            case .strong(let c): out += runs(c, base.with { $0.bold = true })
            case .link(let dest, let c):
                // Unsafe or relative addresses are set as text: no colour, no link.
                guard let target = LinkTargets.target(for: dest) else { out += runs(c, base); continue }
                out += runs(
                    c,
                    base.with {
                        $0.color = style.palette.link; $0.link = target
                    })
            }
        }
        return out
    }
}

/// Unique, valid anchor names derived from heading text.
///
/// Each base name remembers the next number to try, so 50,000 headings of
/// one title take one step each rather than counting up from 2 every time.
struct AnchorNames {
    private var used: Set<String> = []
    private var nextNumber: [String: Int] = [:]
    mutating func make(_ title: String) -> String {
        let base = Slug.make(title)
        var name = base, n = nextNumber[base] ?? 2
        while used.contains(name) { name = "\(base)-\(n)"; n += 1 }
        nextNumber[base] = n
        used.insert(name)
        return name
    }
}
