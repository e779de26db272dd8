import Testing

@testable import Typesetting

/// Which glyph runs the painter may hand cairo without their text
/// (`GlyphRun.isPlain`): only those whose every glyph is the font's own
/// glyph for one ASCII byte of the text, in order. The PDF's text of both
/// kinds is checked end to end by PDFOutputTests and MarkedContentTests.
@Suite struct PlainGlyphRunTests {
    let shaper = Shaper(fonts: Fixtures.fonts)
    let font = try! Fixtures.fonts.fontID(family: "serif", variant: FontVariant())
    var face: FontFace { Fixtures.fonts[font] }

    /// `text` as the shaper sets it, with cairo's clusters made from HarfBuzz's byte offsets.
    func run(_ text: String) -> GlyphRun {
        let shaped = shaper.shape(text, font: font)
        var run = GlyphRun(font: font, size: 10, color: .black)
        run.text = text
        run.glyphs = shaped.glyphs
        run.positions = shaped.glyphs.indices.map { Point(x: Double($0) * 5, y: 0) }
        let starts = shaped.clusters.map(Int.init)
        var i = 0
        while i < starts.count {
            var j = i + 1
            while j < starts.count, starts[j] == starts[i] { j += 1 }
            let end = j < starts.count ? starts[j] : text.utf8.count
            run.clusters.append(GlyphRun.Cluster(bytes: Int32(end - starts[i]), glyphs: Int32(j - i)))
            i = j
        }
        return run
    }

    @Test func asciiTextInTheFontsOwnGlyphsIsPlain() {
        #expect(run("Detained on 7 April 2017, (released).").isPlain(in: face))
    }

    @Test func aLigatureNeedsItsText() {
        let ligature = run("office")
        #expect(ligature.glyphs.count < "office".utf8.count, "the serif face sets ffi as one glyph")
        #expect(!ligature.isPlain(in: face))
    }

    @Test func textBeyondASCIINeedsItsText() {
        #expect(!run("Права людини").isPlain(in: face))
        #expect(!run("caf\u{E9} \u{2014} d\u{E9}j\u{E0}").isPlain(in: face))
    }

    @Test func aGlyphOtherThanTheFontsOwnForItsByteNeedsItsText() {
        var swapped = run("staff")
        swapped.glyphs[0] = run("x").glyphs[0]
        #expect(!swapped.isPlain(in: face))
    }

    @Test func theSpaceGlyphStandsForTheSpace() {
        #expect(face.plainGlyphs[0x20] == face.spaceGlyph)
    }
}
