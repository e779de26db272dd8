import Testing

@testable import Typesetting

/// Total-fit line breaking: every line fits the measure, total demerits
/// beat first-fit, overlong tokens are broken, hyphens stay rare.
@Suite struct LineBreakingTests {
    let context = Fixtures.context()

    func breaker(
        _ text: String, measure: Double, style: ParagraphStyle = ParagraphStyle(),
        parameters: LineBreakingParameters = LineBreakingParameters()
    ) throws -> (KnuthPlass, [Int]) {
        let layout = ParagraphLayout(context: context)
        let items = try layout.collect([TextRun(text, style: Fixtures.body)], style: style, measure: measure)
        let kp = KnuthPlass(items: items.items, measure: measure, parameters: parameters)
        return (kp, kp.breakpoints())
    }

    /// Natural width of each line minus all its shrink never exceeds the measure (ratio ≥ −1).
    func ratios(_ kp: KnuthPlass, _ breaks: [Int]) -> [Double] {
        var start = (0.0, 0.0, 0.0)
        var out: [Double] = []
        for b in breaks {
            out.append(kp.ratio(startWidth: start.0, startStretch: start.1, startShrink: start.2, to: b))
            var k = b
            while k < kp.items.count && kp.items[k].kind != .box { k += 1 }
            start = kp.sums(at: k)
        }
        return out
    }

    @Test(arguments: [120.0, 180.0, 260.0, 400.0])
    func noLineIsWiderThanTheMeasure(measure: Double) throws {
        for text in Fixtures.paragraphs {
            let (kp, breaks) = try breaker(text, measure: measure)
            #expect(!breaks.isEmpty)
            for r in ratios(kp, breaks) { #expect(r >= -1.0001, "line overfull at measure \(measure)") }
        }
    }

    /// Like for like: the same items and the same cost function (tolerance
    /// at the badness cap, so the dynamic programme ranks exactly the lines
    /// first-fit may produce; the emergency pass would rank by uncapped
    /// badness instead). Both breakers see the same items, hyphenation included (TeX's
    /// \pretolerance=-1: the no-hyphenation first pass would otherwise
    /// legitimately settle for a result first-fit-with-hyphens can beat).
    @Test func totalFitBeatsFirstFit() throws {
        var strictlyBetter = 0
        var p = LineBreakingParameters()
        p.pretolerance = -1
        p.tolerance = 10000
        for text in Fixtures.paragraphs {
            for measure in [150.0, 210.0, 300.0] {
                let (kp, breaks) = try breaker(text, measure: measure, parameters: p)
                let optimal = kp.totalDemerits(breaks)
                let greedy = kp.totalDemerits(kp.greedy())
                #expect(optimal <= greedy + 0.001, "Knuth–Plass \(optimal) worse than first-fit \(greedy)")
                if optimal < greedy - 0.001 { strictlyBetter += 1 }
            }
        }
        #expect(strictlyBetter >= 3, "total-fit should improve on first-fit for several samples")
    }

    @Test func aLongURLIsBrokenInsideTheMargin() throws {
        let text =
            "See https://www.example.org/reports/2025/03/us-russia-engagement-must-prioritize-human-rights-abuse-concerns-and-the-release-of-civilians for the letter."
        let measure = 140.0
        let (kp, breaks) = try breaker(text, measure: measure)
        for item in kp.items where item.kind == .box { #expect(item.width <= measure) }
        for r in ratios(kp, breaks) { #expect(r >= -1.0001) }
        // The composed lines keep every glyph origin inside the measure.
        let lines = try ParagraphLayout(context: context).lines(
            [TextRun(text, style: Fixtures.body)], style: ParagraphStyle(), measure: measure)
        #expect(lines.count >= 3)
        for line in lines {
            for case .glyphs(let run) in line.items {
                for p in run.positions { #expect(p.x >= 0 && p.x <= measure) }
            }
        }
        let joined = lines.flatMap { $0.items }.compactMap {
            if case .glyphs(let g) = $0 { return g.text }; return nil
        }.joined()
        #expect(joined.replacingOccurrences(of: " ", with: "").contains("https://www.example.org/reports/2025/03/"))
    }

    @Test func hyphenatedLinesNeverComeMoreThanTwoInARow() throws {
        let text = Fixtures.paragraphs.joined(separator: " ")
        for measure in [90.0, 110.0, 130.0] {
            let (kp, breaks) = try breaker(text, measure: measure)
            var run = 0
            for b in breaks {
                let item = kp.items[b]
                run = item.kind == .penalty && item.discretionary ? run + 1 : 0
                #expect(run <= 2)
            }
        }
    }

    @Test func raggedTextKeepsNaturalSpaces() throws {
        let lines = try ParagraphLayout(context: context).lines(
            [TextRun(Fixtures.paragraphs[1], style: Fixtures.body)],
            style: ParagraphStyle(alignment: .left), measure: 200)
        #expect(lines.count > 3)
        // In ragged text every line starts at x = 0 and the space glyphs sit at natural distances.
        for line in lines {
            for case .glyphs(let run) in line.items { #expect((run.positions.first?.x ?? 0) < 0.5) }
        }
    }
}

/// Paragraph items carry their payload typed at no cost in size: the
/// breaker's hot array stays 48 bytes an item.
@Suite struct ParagraphItemPayloadTests {
    @Test func anItemStaysFortyEightBytes() {
        #expect(MemoryLayout<ParagraphItem>.stride == 48)
    }

    @Test func aBoxShowsAPieceAndGlueOrAHyphenShowsAStyle() {
        #expect(ParagraphItem.box(10, piece: 3).piece == 3 && ParagraphItem.box(10, piece: 3).glyphStyle == nil)
        #expect(ParagraphItem.box(10, piece: -1).piece == nil, "an indent shows nothing")
        #expect(ParagraphItem.glue(3, stretch: 1, shrink: 1, style: 2).glyphStyle == 2)
        #expect(ParagraphItem.glue(3, stretch: 1, shrink: 1, style: 2).piece == nil)
        #expect(ParagraphItem.penalty(50, width: 4, flagged: true, style: 1).glyphStyle == 1)
        #expect(ParagraphItem.penalty(-10000).glyphStyle == nil)
    }
}
