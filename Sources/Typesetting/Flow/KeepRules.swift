/// Where a page may not break, as a print designer states it. The flow
/// turns these into the vertical list's keep markers and penalties; the
/// paginator obeys them. One set for the whole document (`DocumentStyle`).
public struct KeepRules: Sendable, Hashable {
    /// A heading is followed on its page by at least this many boxes of
    /// what comes next (lines, or table rows after the header).
    public var afterHeading = 2
    /// The same for a paragraph marked `keepWithNext` (a caption, a label
    /// above a table) and for a table's group row.
    public var afterKeptParagraph = 2
    public var afterGroupRow = 2
    /// A table with at most this many body rows is never split.
    public var shortTableRows = 6
    /// A longer table leaves at least this many body rows on each page it
    /// spans (totals rows do not count).
    public var rowsAtTableBreak = 3
    /// A page ends no earlier than this share of its height while a softer
    /// break (inside a kept-together group) would fill it further.
    public var minimumPageFill = 0.5
    public init() {}
}

/// Vertical space around block kinds, in points (paragraphs and headings
/// carry their own).
public struct BlockSpacing: Sendable, Hashable {
    /// Above a list (half a paragraph space: the list continues the text).
    public var beforeList = 3.0
    /// Below a list, around a quote, a figure and a table of contents entry list.
    public var afterList = 6.0
    public var aroundQuote = 6.0
    public var aroundFigure = 6.0
    public var aroundRule = 6.0
    /// Between a figure and its caption.
    public var captionGap = 4.0
    /// Below a table of contents.
    public var afterContents = 12.0
    /// Between contents entries.
    public var contentsEntryGap = 2.0
    /// Between a quote and its attribution.
    public var attributionGap = 2.0
    public init() {}
}
