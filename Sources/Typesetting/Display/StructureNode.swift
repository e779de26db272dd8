/// One element of a tagged PDF's structure tree: what a piece of content
/// is (a paragraph, a table cell, a figure), so that a screen reader can
/// follow the document. The flow gives every block its node; fragments
/// carry them to the painter as `DrawItem.structure` marks, and content
/// drawn under no mark is decoration (an artifact).
///
/// Nodes are immutable and name their parent; a node with no parent
/// belongs to the document element. The painter numbers them in the order
/// it meets them, which is reading order.
public final class StructureNode: @unchecked Sendable {
    /// Whether a header cell heads its column or its row (/Scope).
    public enum Scope: String, Sendable, Hashable { case column = "Column", row = "Row" }

    /// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) this engine writes.
    public enum Role: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        case list, listItem, label, listBody
        case blockQuote
        case table, tableRow, headerCell(Scope), cell
        case caption
        case contents, contentsItem
        case link
        case figure
        /// A passage inside a paragraph, used for a change of language.
        case span

        /// The PDF name of the structure type.
        public var pdfName: String {
            switch self {
            case .heading(let level): return "H\(max(1, min(level, 6)))"
            case .paragraph: return "P"
            case .list: return "L"
            case .listItem: return "LI"
            case .label: return "Lbl"
            case .listBody: return "LBody"
            case .blockQuote: return "BlockQuote"
            case .table: return "Table"
            case .tableRow: return "TR"
            case .headerCell: return "TH"
            case .cell: return "TD"
            case .caption: return "Caption"
            case .contents: return "TOC"
            case .contentsItem: return "TOCI"
            case .link: return "Link"
            case .figure: return "Figure"
            case .span: return "Span"
            }
        }
    }

    public let role: Role
    public let parent: StructureNode?
    /// Alternative text (/Alt): what a figure shows, in words.
    public let alternative: String?
    /// BCP 47 language of this element's text when it differs from its parent's (/Lang).
    public let language: String?

    /// The element this node became in the PDF being written, and which
    /// recorder numbered it. Written and read only by `StructureRecorder` on
    /// the painting thread, after the flow has handed the node over (the
    /// reason for `@unchecked Sendable`); the recorder's own number tells a
    /// stale entry from another writer apart.
    var element: (recorder: Int, index: Int32) = (0, -1)

    public init(_ role: Role, parent: StructureNode?, alternative: String? = nil, language: String? = nil) {
        self.role = role; self.parent = parent; self.alternative = alternative; self.language = language
    }

    /// The language in force here: this node's, else the nearest ancestor's.
    public var effectiveLanguage: String? {
        var node: StructureNode? = self
        while let n = node { if let l = n.language { return l }; node = n.parent }
        return nil
    }

    /// This node or its nearest ancestor with `role`.
    func nearest(_ match: (Role) -> Bool) -> StructureNode? {
        var node: StructureNode? = self
        while let n = node { if match(n.role) { return n }; node = n.parent }
        return nil
    }
}
