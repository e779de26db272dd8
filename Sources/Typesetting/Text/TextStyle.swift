/// Where a piece of text leads when clicked.
public enum LinkTarget: Hashable, Sendable {
    /// An external address (`https://…`, `mailto:…`).
    case uri(String)
    /// A named destination inside the document (a heading's anchor).
    case destination(String)
}

/// The look of a run of text. Families are the names a `FontLibrary` was
/// built with ("serif", "sans").
public struct TextStyle: Hashable, Sendable {
    public var family: String
    public var bold: Bool
    public var italic: Bool
    public var size: Double
    public var color: Color
    public var link: LinkTarget?
    /// BCP 47 language: chooses hyphenation patterns and HarfBuzz's language,
    /// which is set explicitly so output never depends on the locale.
    public var language: String

    public init(
        family: String = "serif", bold: Bool = false, italic: Bool = false, size: Double = 10,
        color: Color = .black, link: LinkTarget? = nil, language: String = "en"
    ) {
        self.family = family; self.bold = bold; self.italic = italic; self.size = size
        self.color = color; self.link = link; self.language = language
    }

    public var variant: FontVariant { FontVariant(bold: bold, italic: italic) }

    public func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self; change(&copy); return copy
    }
}

/// A piece of text in one style: the unit of rich text.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    /// Text enters the engine with at most 30 marks on a letter
    /// (`CombiningMarkRuns`): thousands of marks cannot make shaping quadratic;
    /// and without noncharacters, which cairo refuses (`Noncharacters`).
    public init(_ text: String, style: TextStyle) {
        self.text = CombiningMarkRuns.limit(Noncharacters.replaced(text))
        self.style = style
    }
}
