import CCmark

/// Inline Markdown content.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case code(String)
    case link(destination: String, [MarkdownInline])
    case softBreak
    case lineBreak
}

/// Block Markdown content: what the Briefs layer typesets.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case paragraph([MarkdownInline])
    case heading(level: Int, [MarkdownInline])
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case blockQuote([MarkdownBlock])
    case code(String)
    case thematicBreak
}

/// What a parse noticed that `brief check` reports: links (with the line
/// they are on, counted in the parsed text), raw HTML blocks, inline HTML
/// tags, and where nesting went past `Markdown.deepestNesting`.
public struct MarkdownNotes: Sendable {
    public var links: [(destination: String, line: Int)] = []
    public var htmlLines: [Int] = []
    /// Lines holding inline HTML (`<script>`, `<a href=…>`): dropped like block HTML.
    public var inlineHTMLLines: [Int] = []
    /// The first line of each container (list, quote, emphasis) whose
    /// nesting was cut at `Markdown.deepestNesting`.
    public var flattenedLines: [Int] = []
}

/// CommonMark parsing with libcmark: the only place that touches the C
/// parser. The C tree is walked once and freed; an immutable Swift tree
/// comes out. Raw HTML markup is dropped (a brief never renders it), but
/// the text of an HTML block is kept as a paragraph.
///
/// Nesting is input: a body can open 50,000 quotes. The Swift tree is cut at
/// `deepestNesting` levels — what lies deeper is walked without recursion
/// (cmark's own iterator) and set at the deepest level, its text kept — so
/// every later walk over the tree (typesetting, plain text, equality, even
/// freeing it) recurses at most that deep. `notes.flattenedLines` says where.
public enum Markdown {
    /// Container levels kept (lists, quotes, emphasis inside emphasis): far
    /// more than a page can show (the typesetter stops indenting after a few
    /// levels), and few enough that a recursive walk stays small on any stack.
    public static let deepestNesting = 32

    public static func parse(_ text: String) -> [MarkdownBlock] { parseNoting(text).blocks }

    public static func parseNoting(_ text: String) -> (blocks: [MarkdownBlock], notes: MarkdownNotes) {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let root else { return ([], MarkdownNotes()) }
        defer { cmark_node_free(root) }
        var walker = Walker()
        return (walker.blocks(of: root), walker.notes)
    }
}

/// One walk over cmark's tree, collecting notes on the way.
private struct Walker {
    var notes = MarkdownNotes()
    /// The start line of the block being walked: inline nodes may have none.
    private var blockLine = 1

    private func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var c = cmark_node_first_child(node)
        while let n = c { out.append(n); c = cmark_node_next(n) }
        return out
    }

    fileprivate func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The blocks inside `node`, a document, list item or quote `depth` levels deep.
    mutating func blocks(of node: OpaquePointer, depth: Int = 0) -> [MarkdownBlock] {
        if depth >= Markdown.deepestNesting { return flattened(node) }
        var out: [MarkdownBlock] = []
        for child in children(node) { if let b = block(child, depth: depth) { out.append(b) } }
        return out
    }

    /// The leaf blocks (paragraphs, headings, code, rules) under `node` in
    /// reading order, its containers dropped: cmark's iterator, no recursion.
    private mutating func flattened(_ node: OpaquePointer) -> [MarkdownBlock] {
        let line = Int(cmark_node_get_start_line(node))
        notes.flattenedLines.append(line > 0 ? line : blockLine)
        var out: [MarkdownBlock] = []
        guard let iter = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter), n != node else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE: continue
            default:
                if let b = block(n, depth: Markdown.deepestNesting) { out.append(b) }
                cmark_iter_reset(iter, n, CMARK_EVENT_EXIT)
            }
        }
        return out
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let line = Int(cmark_node_get_start_line(node))
        if line > 0 { blockLine = line }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: return .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))
        case CMARK_NODE_LIST:
            var items: [[MarkdownBlock]] = []
            for item in children(node) { items.append(blocks(of: item, depth: depth + 1)) }
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), items: items)
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote(blocks(of: node, depth: depth + 1))
        case CMARK_NODE_CODE_BLOCK: return .code(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_HTML_BLOCK:
            notes.htmlLines.append(blockLine)
            let text = HTMLText.strip(literal(node))
            return text.isEmpty ? nil : .paragraph([.text(text)])
        default: return nil
        }
    }

    private mutating func inlines(of node: OpaquePointer, depth: Int = 0) -> [MarkdownInline] {
        if depth >= Markdown.deepestNesting { return [.text(plainText(node))] }
        var out: [MarkdownInline] = []
        for n in children(node) {
            let inline: MarkdownInline?
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT: inline = .text(literal(n))
            case CMARK_NODE_SOFTBREAK: inline = .softBreak
            case CMARK_NODE_LINEBREAK: inline = .lineBreak
            case CMARK_NODE_CODE: inline = .code(literal(n))
            case CMARK_NODE_EMPH: inline = .emphasis(inlines(of: n, depth: depth + 1))
            case CMARK_NODE_STRONG: inline = .strong(inlines(of: n, depth: depth + 1))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(n).map { String(cString: $0) } ?? ""
                let line = Int(cmark_node_get_start_line(n))
                notes.links.append((url, line > 0 ? line : blockLine))
                inline = .link(destination: url, inlines(of: n, depth: depth + 1))
            case CMARK_NODE_HTML_INLINE:
                let line = Int(cmark_node_get_start_line(n))
                let at = line > 0 ? line : blockLine
                if notes.inlineHTMLLines.last != at { notes.inlineHTMLLines.append(at) }
                inline = nil
            default: inline = nil
            }
            if let inline { out.append(inline) }
        }
        return out
    }
}

extension Walker {
    /// The text under an inline node (markup dropped), by cmark's iterator:
    /// what lies past the deepest kept level.
    fileprivate mutating func plainText(_ node: OpaquePointer) -> String {
        notes.flattenedLines.append(blockLine)
        var out = ""
        guard let iter = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += literal(n)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }
}

extension MarkdownInline {
    /// The text a reader sees, markup removed.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .link(_, let c): return c.map(\.plainText).joined()
        case .softBreak, .lineBreak: return " "
        }
    }
}

extension MarkdownBlock {
    public var plainText: String {
        switch self {
        case .paragraph(let i), .heading(_, let i): return i.map(\.plainText).joined()
        case .list(_, _, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .blockQuote(let b): return b.map(\.plainText).joined(separator: "\n")
        case .code(let s): return s
        case .thematicBreak: return ""
        }
    }
}
