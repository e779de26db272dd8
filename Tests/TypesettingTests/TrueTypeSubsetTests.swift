import CHarfBuzz
import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// brief's own TrueType subsetter: a valid font file that draws the glyphs
/// asked for exactly as the whole face does, composites with their parts,
/// and nothing else.
@Suite struct TrueTypeSubsetTests {
    static let face = Fixtures.fonts[try! Fixtures.fonts.fontID(family: "serif", variant: FontVariant())]

    func glyph(_ scalar: Unicode.Scalar) -> UInt32 {
        var g: hb_codepoint_t = 0
        _ = hb_font_get_nominal_glyph(Self.face.hbFont, scalar.value, &g)
        return g
    }

    func subsetFace(_ glyphs: [UInt32]) throws -> (FontFace, [UInt8]) {
        let bytes = try #require(TrueTypeSubset.subset(hb_font_get_face(Self.face.hbFont), glyphs: glyphs))
        let path = PDFInspector.temporaryDirectory() + "/subset.ttf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (try FontFace(path: path), bytes)
    }

    func extents(_ face: FontFace, _ glyph: UInt32) -> [Int32] {
        var e = hb_glyph_extents_t()
        guard hb_font_get_glyph_extents(face.hbFont, glyph, &e) != 0 else { return [] }
        return [e.x_bearing, e.y_bearing, e.width, e.height]
    }

    /// A composite glyph ("é" is drawn from "e" and the acute accent) is
    /// drawn whole though only it was asked for: its parts come with it.
    @Test func aCompositeKeepsItsComponents() throws {
        let e = glyph("é")
        let (subset, _) = try subsetFace([e])
        #expect(!extents(Self.face, e).isEmpty)
        #expect(extents(subset, e) == extents(Self.face, e))
        // Its base letter, not asked for, is there as a part of it.
        #expect(extents(subset, glyph("e")) == extents(Self.face, glyph("e")), "é is drawn from e")
        #expect(
            extents(subset, glyph("x")).isEmpty || extents(subset, glyph("x")) == [0, 0, 0, 0], "x was not asked for")
    }

    /// Glyph ids stay where they were; a glyph not asked for is empty.
    @Test func idsAreKeptAndOthersAreEmpty() throws {
        let asked = ["B", "r", "i", "e", "f"].map { glyph(Unicode.Scalar($0)!) }
        let (subset, _) = try subsetFace(asked)
        for g in asked { #expect(extents(subset, g) == extents(Self.face, g), "glyph \(g)") }
        let z = glyph("Z")
        #expect(!extents(Self.face, z).isEmpty)
        #expect(extents(subset, z).isEmpty || extents(subset, z) == [0, 0, 0, 0])
        #expect(
            hb_face_get_glyph_count(hb_font_get_face(subset.hbFont))
                == hb_face_get_glyph_count(
                    hb_font_get_face(Self.face.hbFont)))
    }

    /// Every kept glyph keeps its advance in the subset's own metrics, the
    /// last glyphs too, which take the last advance of the table (Noto's
    /// faces have one glyph fewer advances than glyphs).
    @Test func keptGlyphsKeepTheirAdvances() throws {
        let count = hb_face_get_glyph_count(hb_font_get_face(Self.face.hbFont))
        let asked = [glyph("a"), count - 1]
        let (subset, _) = try subsetFace(asked)
        for g in asked {
            #expect(
                hb_font_get_glyph_h_advance(subset.hbFont, g) == hb_font_get_glyph_h_advance(Self.face.hbFont, g),
                "glyph \(g)")
            #expect(hb_font_get_glyph_h_advance(subset.hbFont, g) > 0)
        }
    }

    /// The file's checksum is right: its words add up to 0xB1B0AFBA once
    /// head's checkSumAdjustment is counted (OpenType, head table).
    @Test func theWholeFileChecksumIsTheMagicNumber() throws {
        let (_, bytes) = try subsetFace([glyph("a")])
        #expect(TrueTypeSubset.checksum(bytes) == 0xB1B0_AFBA)
        #expect(bytes.count % 4 == 0)
    }
}
