/// A table: rows of cells holding blocks. Header rows repeat on every page
/// the table continues on.
public struct Table: Sendable {
    public enum Width: Sendable, Hashable {
        /// Exactly this many points.
        case fixed(Double)
        /// A share of the width left after fixed and content-sized columns.
        case fraction(Double)
        /// As wide as its content wants, between its widest word and its
        /// longest line, shrunk proportionally when the table is too wide.
        case auto
    }
    public struct Cell: Sendable {
        public var blocks: [Block]
        public var background: Color?
        /// Columns this cell spans.
        public var span: Int
        /// A body cell that heads its row (the tagged PDF's TH with /Scope
        /// /Row); cells of header rows head their columns anyway.
        public var isRowHeader: Bool
        public init(_ blocks: [Block], background: Color? = nil, span: Int = 1, isRowHeader: Bool = false) {
            self.blocks = blocks; self.background = background; self.span = span; self.isRowHeader = isRowHeader
        }
    }
    public struct Row: Sendable {
        /// What a row is, for page breaking: a group row (a heading inside
        /// the table) keeps the rows after it; a totals row stays with the
        /// rows above and does not count as a body row.
        public enum Role: Sendable, Hashable { case body, group, total }
        public var cells: [Cell]
        public var background: Color?
        public var role: Role
        public init(_ cells: [Cell], background: Color? = nil, role: Role = .body) {
            self.cells = cells; self.background = background; self.role = role
        }
    }

    public var columns: [Width]
    public var header: [Row]
    public var rows: [Row]
    public var style: TableStyle
    /// Text for the tagged/accessible summary and error messages.
    public var name: String

    public init(
        columns: [Width], header: [Row] = [], rows: [Row], style: TableStyle = TableStyle(), name: String = "table"
    ) {
        self.columns = columns; self.header = header; self.rows = rows; self.style = style; self.name = name
    }
}

public struct TableStyle: Sendable, Hashable {
    public var padding: EdgeInsets
    public var headerBackground: Color?
    /// Background of every other body row (zebra striping); nil for none.
    public var stripe: Color?
    public var ruleColor: Color
    /// Hairline between body rows; 0 for none.
    public var rowRuleWidth: Double
    /// Heavier rules above the table, under the header and below the table (booktabs).
    public var frameRuleWidth: Double
    public var verticalRules: Bool
    public var spaceBefore: Double
    public var spaceAfter: Double
    public init(
        padding: EdgeInsets = EdgeInsets(vertical: 3, horizontal: 4), headerBackground: Color? = nil,
        stripe: Color? = Color(gray: 0.95), ruleColor: Color = Color(gray: 0.55),
        rowRuleWidth: Double = 0.3, frameRuleWidth: Double = 0.8, verticalRules: Bool = false,
        spaceBefore: Double = 4, spaceAfter: Double = 10
    ) {
        self.padding = padding; self.headerBackground = headerBackground; self.stripe = stripe
        self.ruleColor = ruleColor; self.rowRuleWidth = rowRuleWidth; self.frameRuleWidth = frameRuleWidth
        self.verticalRules = verticalRules; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }
}
