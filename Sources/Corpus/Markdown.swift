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

/// CommonMark parsing with libcmark: the only place that touches the C
/// parser. The C tree is walked once and freed; an immutable Swift tree
/// comes out. Raw HTML is dropped (a brief never renders it).
public enum Markdown {
    public static func parse(_ text: String) -> [MarkdownBlock] {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return blocks(of: root)
    }

    private static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var c = cmark_node_first_child(node)
        while let n = c { out.append(n); c = cmark_node_next(n) }
        return out
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func blocks(of node: OpaquePointer) -> [MarkdownBlock] {
        children(node).compactMap(block)
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: return .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))
        case CMARK_NODE_LIST:
            let items = children(node).map { blocks(of: $0) }
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), items: items)
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote(blocks(of: node))
        case CMARK_NODE_CODE_BLOCK: return .code(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return nil
        }
    }

    private static func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        children(node).compactMap { n in
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT: return .text(literal(n))
            case CMARK_NODE_SOFTBREAK: return .softBreak
            case CMARK_NODE_LINEBREAK: return .lineBreak
            case CMARK_NODE_CODE: return .code(literal(n))
            case CMARK_NODE_EMPH: return .emphasis(inlines(of: n))
            case CMARK_NODE_STRONG: return .strong(inlines(of: n))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(n).map { String(cString: $0) } ?? ""
                return .link(destination: url, inlines(of: n))
            default: return nil
            }
        }
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
        case .list(_, _, let items): return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .blockQuote(let b): return b.map(\.plainText).joined(separator: "\n")
        case .code(let s): return s
        case .thematicBreak: return ""
        }
    }
}
