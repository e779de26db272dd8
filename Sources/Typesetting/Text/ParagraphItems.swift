/// The horizontal list of paragraph layout: Knuth and Plass's boxes, glue
/// and penalties, built by `ParagraphCollector` and broken by `KnuthPlass`.

/// One element of the horizontal list.
struct ParagraphItem {
    enum Kind: UInt8 { case box, glue, penalty }
    var kind: Kind
    var width: Double
    var stretch: Double = 0
    var shrink: Double = 0
    var penalty: Double = 0
    /// A flagged penalty is a hyphen break (explicit or discretionary).
    var flagged = false
    /// A discretionary break from hyphenation patterns (skipped in the first pass).
    var discretionary = false
    /// What the item shows, packed in 4 bytes (items are the breaker's
    /// hot array): a box's index into `pieces`, a glue's or hyphen
    /// penalty's index into `styles`, or -1 for nothing. Read it through
    /// `piece` and `glyphStyle`, which decode it in one place.
    private var ref: Int32 = -1

    /// The box's piece of text; nil for an empty box (an indent) and for glue and penalties.
    var piece: Int? { kind == .box && ref >= 0 ? Int(ref) : nil }
    /// The style of the glyph a glue (a space) or a hyphen penalty shows; nil when it shows none.
    var glyphStyle: Int? { kind != .box && ref >= 0 ? Int(ref) : nil }

    static func box(_ width: Double, piece: Int) -> ParagraphItem {
        ParagraphItem(kind: .box, width: width, ref: Int32(piece))
    }
    static func glue(_ width: Double, stretch: Double, shrink: Double, style: Int) -> ParagraphItem {
        ParagraphItem(kind: .glue, width: width, stretch: stretch, shrink: shrink, ref: Int32(style))
    }
    static func penalty(_ value: Double, width: Double = 0, flagged: Bool = false, style: Int = -1) -> ParagraphItem {
        ParagraphItem(kind: .penalty, width: width, penalty: value, flagged: flagged, ref: Int32(style))
    }
}

/// Text of one box: a slice of a shaped word.
struct BoxPiece {
    var style: Int
    var shaped: ShapedGlyphs
    var glyphs: Range<Int>
    /// The piece's text and the byte offset where it starts in the shaped word.
    var text: Substring
    var byteOffset: UInt32
}

/// A run style resolved to a face, with its scale from font units to points.
struct ResolvedStyle {
    var style: TextStyle
    var font: FontID
    var scale: Double
    var spaceWidth: Double
    var hyphenWidth: Double
}

/// Penalty values, in TeX's units; 10000 means "never", -10000 "always".
enum Penalty {
    static let never = 10000.0
    static let always = -10000.0
    /// A page break only to avoid leaving a page more than half empty
    /// (inside a group kept together): the paginator takes it only then.
    static let soft = 5000.0
    /// TeX's \exhyphenpenalty: a break after a hyphen the text has. (The
    /// penalty of a pattern hyphen is `LineBreakingParameters.hyphenPenalty`.)
    static let explicitHyphen = 50.0
    /// Cost of an emergency break inside an overlong token (a URL): worse
    /// than a hyphen so that real break points win when they exist.
    static let emergency = 150.0
    /// Filler stretch of the last line; large enough to behave as infinite.
    static let fil = 1.0e6
}

struct ParagraphItems {
    var items: [ParagraphItem] = []
    var pieces: [BoxPiece] = []
    var styles: [ResolvedStyle] = []
}
