/// The look of a document: page, margins, the type of each block kind.
/// The Briefs layer fills it from a template's style file.
public struct DocumentStyle: Sendable {
    public var pageSize: Size
    public var margins: EdgeInsets
    public var body: TextStyle
    public var paragraph: ParagraphStyle
    /// Heading text styles and spacing by level (1-based; the last repeats).
    public var headings: [HeadingStyle]
    public var listIndent: Double
    public var listItemSpacing: Double
    public var quoteIndent: Double
    public var quoteText: TextStyle
    public var quoteRule: Color?
    /// Nested lists and quotes indent only while the text keeps at least
    /// this share of the content width; deeper levels are set at the
    /// deepest legible indent instead of running off the page (a quote
    /// nested 40 deep, a list 500 deep).
    public var minimumNestedMeasureShare: Double = 0.5
    /// Where pages may not break.
    public var keeps = KeepRules()
    /// Space around lists, quotes, figures, rules and the contents.
    public var spacing = BlockSpacing()
    public var attribution: TextStyle
    public var tocEntry: TextStyle
    public var caption: TextStyle
    public var header: PageFurniture?
    public var footer: PageFurniture?

    public init(
        pageSize: Size = PaperSize.letter.size,
        margins: EdgeInsets = EdgeInsets(top: 72, right: 72, bottom: 72, left: 72),
        body: TextStyle = TextStyle(), paragraph: ParagraphStyle = ParagraphStyle(),
        headings: [HeadingStyle] = HeadingStyle.defaults, listIndent: Double = 16,
        listItemSpacing: Double = 2, quoteIndent: Double = 18,
        quoteText: TextStyle = TextStyle(italic: true, size: 10),
        quoteRule: Color? = Color(gray: 0.6), attribution: TextStyle = TextStyle(size: 9),
        tocEntry: TextStyle = TextStyle(size: 10), caption: TextStyle = TextStyle(family: "sans", size: 8),
        header: PageFurniture? = nil, footer: PageFurniture? = nil
    ) {
        self.pageSize = pageSize; self.margins = margins; self.body = body; self.paragraph = paragraph
        self.headings = headings; self.listIndent = listIndent; self.listItemSpacing = listItemSpacing
        self.quoteIndent = quoteIndent; self.quoteText = quoteText; self.quoteRule = quoteRule
        self.attribution = attribution; self.tocEntry = tocEntry; self.caption = caption
        self.header = header; self.footer = footer
    }

    public var contentWidth: Double { pageSize.width - margins.left - margins.right }
    public var contentHeight: Double { pageSize.height - margins.top - margins.bottom }

    public func heading(level: Int) -> HeadingStyle {
        headings[max(0, min(level - 1, headings.count - 1))]
    }
}

public struct HeadingStyle: Sendable, Hashable {
    public var text: TextStyle
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var ruleBelow: Color?
    public init(text: TextStyle, spaceBefore: Double, spaceAfter: Double, ruleBelow: Color? = nil) {
        self.text = text; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.ruleBelow = ruleBelow
    }
    public static let defaults = [
        HeadingStyle(text: TextStyle(family: "sans", bold: true, size: 18), spaceBefore: 18, spaceAfter: 8),
        HeadingStyle(text: TextStyle(family: "sans", bold: true, size: 13), spaceBefore: 14, spaceAfter: 6),
        HeadingStyle(text: TextStyle(family: "sans", bold: true, size: 11), spaceBefore: 10, spaceAfter: 4),
    ]
}

/// A running header or footer: text on the left, centre and right, with
/// `{page}`, `{pages}` and `{title}` replaced on each page.
public struct PageFurniture: Sendable, Hashable {
    public var left: String
    public var center: String
    public var right: String
    public var style: TextStyle
    /// A hairline between the furniture and the body.
    public var rule: Color?
    /// Distance of the baseline from the page edge (top for a header, bottom for a footer).
    public var offset: Double
    /// Leave the first page bare (a title page).
    public var skipFirstPage: Bool
    public init(
        left: String = "", center: String = "", right: String = "", style: TextStyle = TextStyle(size: 8),
        rule: Color? = nil, offset: Double = 36, skipFirstPage: Bool = false
    ) {
        self.left = left; self.center = center; self.right = right; self.style = style
        self.rule = rule; self.offset = offset; self.skipFirstPage = skipFirstPage
    }
}
