/// The vertical list the flow builds and the paginator breaks into pages,
/// after TeX's: boxes of fixed height, glue (space that vanishes at a page
/// break) and penalties (the cost of breaking there).

/// Something the paginator notes the page of: a heading.
public struct HeadingMark: Sendable, Hashable {
    public var level: Int
    public var title: String
    public var anchor: String
    public var inOutline: Bool
    public var inContents: Bool
}

/// A box on the vertical list: a fragment placed `x` points from the left margin.
struct VBox {
    var fragment: Fragment
    var x: Double
    var marks: [HeadingMark] = []
    /// For table rows: which table, and whether this row is part of its header.
    var table: Int? = nil
    var isTableHeader = false
    /// Splits a box taller than a page: returns the part that fits in the
    /// given height and the rest, or nil if not even one line fits.
    var split: ((Double) -> (VBox, VBox)?)? = nil
    var height: Double { fragment.height }
    /// A short description for error messages.
    var what: String = "a block"
}

enum VItem {
    case box(VBox)
    case glue(Double)
    case penalty(Double)
}
