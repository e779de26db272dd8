/// Where a page may not break, as a print designer states it, and the
/// decisions that follow from it. One set for the whole document
/// (`DocumentStyle`, read from `style.yaml`'s `keep:`).
///
/// The rules are decided here and nowhere else; the flow writes the
/// decisions into the vertical list as penalties and keep markers
/// (`BlockFlow`, `TableLayout`), and the paginator obeys those markers
/// without knowing why they are there (`Paginator.run`):
/// - lines of a paragraph: `penaltyBetweenLines` (widows and orphans, with
///   the paragraph's `minimumLinesAtBreak`);
/// - a heading, a kept paragraph, a table's group row: `afterHeading`,
///   `afterKeptParagraph`, `keepAfterGroupRow`;
/// - a group kept together (a quote, a figure with its caption):
///   `softened`;
/// - a table's rows: `TableBreaks`.
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

extension KeepRules {
    /// A `minimum` for lines that never break across pages (a caption).
    static let neverBreaks = Int.max

    /// The break between line `after` and the next of a paragraph of `count`
    /// lines: TeX's \clubpenalty and \widowpenalty made absolute, so no
    /// break leaves fewer than `minimum` lines on either side.
    func penaltyBetweenLines(after: Int, of count: Int, minimum: Int) -> Double {
        after >= minimum && count - after >= minimum ? 0 : Penalty.never
    }

    /// A break inside a group kept together: taken only when keeping the
    /// group whole would leave a page more than half empty.
    func softened(_ penalty: Double) -> Double {
        penalty > Penalty.always ? max(penalty, Penalty.soft) : penalty
    }

    /// A group row is a heading inside a table: it keeps rows after it, no
    /// more than its group has, so the keep ends with the group.
    func keepAfterGroupRow(groupSize: Int) -> Int { min(afterGroupRow, groupSize) }

    /// Whether a table with this many body rows may split whatever its height.
    func tableIsLong(bodyRows: Int) -> Bool { bodyRows > shortTableRows }
}

/// Where a table may break between rows (`KeepRules`' table rules).
///
/// A short table is never split, unless its rows are so tall that it would
/// take more than the minimum page fill, when moving it whole could leave a
/// page mostly empty: then it splits like a long one. A table that splits
/// leaves at least `rowsAtTableBreak` body rows on each side of a break (a
/// totals row does not count, so it never starts a page alone); closer to
/// an end the break is soft, taken only when group keeps and tall rows
/// would otherwise leave a page half empty.
struct TableBreaks {
    let bodyRows: Int
    let splits: Bool
    private let atBreak: Int

    /// `bodyHeight` is needed only for a table short by its count (`tableIsLong`).
    init(rules: KeepRules, bodyRows: Int, bodyHeight: Double?, pageHeight: Double) {
        self.bodyRows = bodyRows
        splits = rules.tableIsLong(bodyRows: bodyRows) || (bodyHeight ?? 0) > pageHeight * rules.minimumPageFill
        atBreak = min(rules.rowsAtTableBreak, max(1, bodyRows / 2))
    }

    /// The break after the row that brings the body rows set so far to `done`.
    func penalty(afterBodyRows done: Int) -> Double {
        let margins = done >= atBreak && bodyRows - done >= atBreak
        let nearEnd = done >= 1 && bodyRows - done >= 1
        return splits && margins ? 0 : splits && nearEnd ? Penalty.soft : Penalty.never
    }
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
