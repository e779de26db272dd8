/// The engine's input: a tree of blocks. It knows nothing of what the
/// blocks mean; the Briefs layer builds them.
public indirect enum Block: Sendable {
    case heading(Heading)
    case paragraph([TextRun], ParagraphStyle)
    case list(ListBlock)
    /// Indented quotation, optionally followed by an attribution line.
    case quote([Block], attribution: [TextRun]?)
    /// A horizontal rule across the measure.
    case rule(color: Color, width: Double)
    case spacer(Double)
    case pageBreak
    case table(Table)
    case figure(Figure)
    /// A table of contents listing headings up to `depth`, with page numbers.
    case tableOfContents(title: String, depth: Int)
    /// Blocks that must share one page (e.g. a caption and its figure).
    case keepTogether([Block])
    /// A named destination at this point, kept with the block after it;
    /// `description` tells a screen reader where links to it lead
    /// ("Source 3: …").
    case anchor(String, description: String? = nil)
}

/// A section heading: shown in the outline and the table of contents, and
/// an anchor internal links can point to.
public struct Heading: Sendable {
    public var level: Int
    public var runs: [TextRun]
    public var anchor: String
    /// Text for the outline and contents (defaults to the runs' text).
    public var title: String
    public var inOutline: Bool
    public var inContents: Bool
    public init(
        level: Int, runs: [TextRun], anchor: String, title: String? = nil,
        inOutline: Bool = true, inContents: Bool = true
    ) {
        self.level = level; self.runs = runs; self.anchor = anchor
        self.title = title ?? runs.map(\.text).joined()
        self.inOutline = inOutline; self.inContents = inContents
    }
}

public struct ListBlock: Sendable {
    public enum Marker: Sendable, Hashable { case bullet, number(start: Int) }
    public var marker: Marker
    public var items: [[Block]]
    public init(marker: Marker, items: [[Block]]) { self.marker = marker; self.items = items }
}

/// A figure: vector content of a fixed size, drawn by the caller's elements.
public struct Figure: Sendable {
    public enum Element: Sendable {
        case fill(Path, Color)
        case stroke(Path, Color, width: Double, dash: [Double])
        /// A single-line label; `anchor` says which point of the text sits at `at`
        /// (x: 0 left, 0.5 centre, 1 right; y is the baseline).
        case text(String, TextStyle, at: Point, anchorX: Double)
        case link(Rect, LinkTarget)
    }
    public var size: Size
    public var elements: [Element]
    /// Shown below the figure, set as a paragraph.
    public var caption: [TextRun]?
    /// Space above and below; nil for the document's (`BlockSpacing.aroundFigure`).
    /// A symbol in a table cell wants none.
    public var spaceAround: Double?
    /// What the figure shows, in words (the tagged PDF's /Alt), written from
    /// the data; nil for a purely decorative figure.
    public var alternative: String?
    public init(
        size: Size, elements: [Element], caption: [TextRun]? = nil, spaceAround: Double? = nil,
        alternative: String? = nil
    ) {
        self.size = size; self.elements = elements; self.caption = caption; self.spaceAround = spaceAround
        self.alternative = alternative
    }
}
