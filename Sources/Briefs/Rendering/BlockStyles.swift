import Typesetting

/// The tables the briefs draw, each as `style.yaml`'s `tables:` gives it.
/// Every table has a shaded header (`colors.shade`) and rules in `colors.rule`.
public struct BriefTables: Sendable {
    /// The issue brief's organizations × demands matrix.
    public var matrix: TableStyle
    /// The annual summary's organizations × issues matrix.
    public var annualMatrix: TableStyle
    /// The meeting brief's demands going in.
    public var asks: TableStyle
    /// The meeting brief's earlier engagements.
    public var priorEngagements: TableStyle
    /// The annual summary's figures and documents tables.
    public var listing: TableStyle
    /// The timeline's key of engagements.
    public var engagementKey: TableStyle

    /// Each table's style from its key under `tables:`.
    init(reading read: (String) throws -> TableStyle) throws {
        matrix = try read("matrix")
        annualMatrix = try read("annual-matrix")
        asks = try read("asks")
        priorEngagements = try read("prior-engagements")
        listing = try read("listing")
        engagementKey = try read("engagement-key")
    }
}

/// Space after a body paragraph in particular places (`body-spacing:`); the
/// paragraph is otherwise the body's.
public struct BodySpacing: Sendable {
    public var listItem, blockQuote, quotedAsk, digestAsk, positionLine, jointNote: Double

    init(reading read: (String) throws -> Double) throws {
        listItem = try read("list-item")
        blockQuote = try read("block-quote")
        quotedAsk = try read("quoted-ask")
        digestAsk = try read("digest-ask")
        positionLine = try read("position-line")
        jointNote = try read("joint-note")
    }
}

/// The paragraphs the briefs set themselves (table cells, labels, notes,
/// the title block), each as `style.yaml`'s `paragraphs:` gives it. Body
/// text uses `BriefStyle.paragraph` (`body:`).
public struct BriefParagraphs: Sendable {
    /// The title block: kicker line, title and subtitle lines.
    public var kicker: ParagraphStyle
    public var title: ParagraphStyle
    public var subtitle: ParagraphStyle
    /// A cell of the annual summary's tables.
    public var tableCell: ParagraphStyle
    /// A cell of the meeting brief's tables.
    public var meetingCell: ParagraphStyle
    /// The issue matrix: a mark or a count, a column head, an organization's name, the totals row's label.
    public var matrixCell: ParagraphStyle
    public var matrixHead: ParagraphStyle
    public var matrixRowHead: ParagraphStyle
    public var matrixTotalLabel: ParagraphStyle
    /// "Demands 1–8 of 12" above each part of a split issue matrix (the first has no space before).
    public var matrixPart: ParagraphStyle
    /// "Issues 1–6 of 9" above each part of a split annual matrix.
    public var annualMatrixPart: ParagraphStyle
    /// The line under the annual matrix saying what its cells count.
    public var annualMatrixLegend: ParagraphStyle
    /// A cell of the timeline's key of engagements.
    public var keyCell: ParagraphStyle
    /// A note under a table ("The 5 most recent of 9 earlier engagements…").
    public var tableNote: ParagraphStyle
    /// An entry of the numbered list of sources.
    public var sourceEntry: ParagraphStyle
    /// The annual digest's line under each document's heading (who, kind, date).
    public var digestLine: ParagraphStyle

    /// Each paragraph style from its key under `paragraphs:`.
    init(reading read: (String) throws -> ParagraphStyle) throws {
        kicker = try read("kicker")
        title = try read("title")
        subtitle = try read("subtitle")
        tableCell = try read("table-cell")
        meetingCell = try read("meeting-cell")
        matrixCell = try read("matrix-cell")
        matrixHead = try read("matrix-head")
        matrixRowHead = try read("matrix-row-head")
        matrixTotalLabel = try read("matrix-total-label")
        matrixPart = try read("matrix-part")
        annualMatrixPart = try read("annual-matrix-part")
        annualMatrixLegend = try read("annual-matrix-legend")
        keyCell = try read("key-cell")
        tableNote = try read("table-note")
        sourceEntry = try read("source-entry")
        digestLine = try read("digest-line")
    }
}
