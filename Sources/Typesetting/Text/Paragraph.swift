/// How lines of a paragraph sit within the measure.
public enum TextAlignment: String, Sendable, Hashable {
    /// Flush left and right (the default), glue stretched by Knuth–Plass.
    case justified
    /// Ragged right, broken by Knuth–Plass's ragged setting.
    case left
    case center
    case right
}

/// Paragraph-level settings.
public struct ParagraphStyle: Sendable, Hashable {
    public var alignment: TextAlignment
    /// Baseline-to-baseline distance as a multiple of the largest run's size.
    public var leading: Double
    public var firstLineIndent: Double
    public var hyphenate: Bool
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Never end a page after this block (headings).
    public var keepWithNext: Bool
    /// Fewest lines left at the bottom (orphans) or carried to the top of a page (widows).
    public var minimumLinesAtBreak: Int

    public init(
        alignment: TextAlignment = .justified, leading: Double = 1.3, firstLineIndent: Double = 0,
        hyphenate: Bool = true, spaceBefore: Double = 0, spaceAfter: Double = 6,
        keepWithNext: Bool = false, minimumLinesAtBreak: Int = 2
    ) {
        self.alignment = alignment; self.leading = leading; self.firstLineIndent = firstLineIndent
        self.hyphenate = hyphenate; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext; self.minimumLinesAtBreak = minimumLinesAtBreak
    }
}

/// What a layout run shares: the shaper and its cache, the hyphenator, and
/// the line-breaking parameters. One per document layout; not thread-safe.
public final class LayoutContext {
    public let fonts: FontLibrary
    public let shaper: Shaper
    public let hyphenator: Hyphenator
    public var lineBreaking = LineBreakingParameters()
    let words = WordCache()

    public convenience init(fonts: FontLibrary, hyphenationDirectory: String = "/usr/share/hyphen") {
        self.init(fonts: fonts, hyphenator: Hyphenator(directory: hyphenationDirectory))
    }

    private init(fonts: FontLibrary, hyphenator: Hyphenator) {
        self.fonts = fonts
        self.shaper = Shaper(fonts: fonts)
        self.hyphenator = hyphenator
    }

    /// A context for another thread setting the same document: the same
    /// fonts, hyphenation dictionaries and line-breaking parameters, so it
    /// sets text exactly as this one does, with caches of its own (a context
    /// is used by one thread at a time).
    func companion() -> LayoutContext {
        let c = LayoutContext(fonts: fonts, hyphenator: hyphenator.companion())
        c.lineBreaking = lineBreaking
        return c
    }
}

/// Sets a paragraph of rich text into lines of a given measure:
/// collect (ParagraphItems) → break (KnuthPlass) → finalize (LineComposer).
public struct ParagraphLayout {
    public let context: LayoutContext

    public init(context: LayoutContext) { self.context = context }

    /// The lines, each a fragment `measure` wide and one line-height tall.
    public func lines(_ runs: [TextRun], style: ParagraphStyle, measure: Double) throws -> [Fragment] {
        guard runs.contains(where: { !$0.text.isEmpty }) else { return [] }
        let collected = try collect(runs, style: style, measure: measure)
        let breaker = KnuthPlass(items: collected.items, measure: measure, parameters: context.lineBreaking)
        let (height, baseline) = lineMetrics(collected)
        let composer = LineComposer(
            paragraph: collected, breaker: breaker, fonts: context.fonts,
            alignment: style.alignment, lineHeight: height * style.leading,
            baseline: baseline + height * (style.leading - 1) / 2)
        return composer.compose(breaks: breaker.breakpoints())
    }

    /// The narrowest measure that needs no emergency break (the widest
    /// unbreakable stretch: min-content) and the paragraph's width on one
    /// line (max-content), hyphenation ignored. Measured on the very items
    /// the paragraph is set from, so a cell given its max-content width sets
    /// on one line.
    public func contentWidths(_ runs: [TextRun], firstLineIndent: Double = 0) throws -> (
        minimum: Double, natural: Double
    ) {
        guard runs.contains(where: { !$0.text.isEmpty }) else { return (0, 0) }
        let items = try collect(
            runs, style: ParagraphStyle(alignment: .justified, firstLineIndent: firstLineIndent, hyphenate: false),
            measure: .infinity
        ).items
        var natural = 0.0, widest = 0.0, span = 0.0
        for item in items {
            switch item.kind {
            case .box: span += item.width; natural += item.width
            case .glue: widest = max(widest, span); span = 0; natural += item.width
            case .penalty: if item.penalty < Penalty.never { widest = max(widest, span); span = 0 }
            }
        }
        return (max(widest, span), natural)
    }

    func collect(_ runs: [TextRun], style: ParagraphStyle, measure: Double) throws -> ParagraphItems {
        let collector = ParagraphCollector(
            shaper: context.shaper,
            hyphenator: style.hyphenate ? context.hyphenator : nil, words: context.words,
            alignment: style.alignment, firstLineIndent: style.firstLineIndent,
            parameters: context.lineBreaking)
        return try collector.collect(runs, measure: measure)
    }

    /// Height of the tallest face's ascender+descender (the "natural" line)
    /// and where its baseline sits.
    private func lineMetrics(_ p: ParagraphItems) -> (height: Double, baseline: Double) {
        var size = 0.0, asc = 0.0, desc = 0.0
        for s in p.styles where s.style.size >= size {
            let face = context.fonts[s.font]
            size = s.style.size
            asc = Double(face.ascender) * s.scale
            desc = Double(face.descender) * s.scale
        }
        // Leading applies to the type size; the ascender/descender split decides the baseline.
        let height = size
        let baseline = (asc + (height - asc - desc) / 2)
        return (height, baseline)
    }
}
