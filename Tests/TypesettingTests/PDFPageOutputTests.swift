import CHarfBuzz
import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// brief's own page output: the fonts it embeds (a subset of each face,
/// glyph ids kept, widths from the face's advances, a ToUnicode map from
/// the text the glyphs were drawn for) and the same bytes for the same input.
@Suite struct PDFPageOutputTests {
    static let sentence = "The office staff affirm an efficient, fluffy first draft."

    static let rendered: (path: String, fonts: [EmbeddedFont]) = {
        let blocks: [Block] = [
            .paragraph([TextRun(sentence, style: Fixtures.body)], ParagraphStyle(alignment: .left))
        ]
        let (path, _) = try! Fixtures.render(blocks, style: DocumentStyle())
        return (path, EmbeddedFont.all(in: path))
    }()

    static var body: EmbeddedFont? { rendered.fonts.first { $0.baseFont.hasSuffix("+NotoSerif-Regular") } }

    /// "ffi" and "fi" are single glyphs in Noto Serif: the map gives each its letters.
    @Test func aLigatureMapsToItsLetters() throws {
        let font = try #require(Self.body, "no NotoSerif-Regular subset in \(Self.rendered.fonts.map(\.baseFont))")
        let texts = Set(font.toUnicode.values)
        #expect(texts.contains("ffi"), "\(font.toUnicode)")
        #expect(texts.contains("fi"), "\(font.toUnicode)")
        #expect(PDFInspector(Self.rendered.path).text.contains(Self.sentence))
    }

    /// `/W` gives each glyph the face's own advance, in thousandths of an em.
    @Test func widthsAreTheFacesAdvances() throws {
        let font = try #require(Self.body)
        let face = Fixtures.fonts[try Fixtures.fonts.fontID(family: "serif", variant: FontVariant())]
        #expect(font.widths.count >= 20, "one width per glyph drawn: \(font.widths.count)")
        for (glyph, width) in font.widths {
            let advance = Double(hb_font_get_glyph_h_advance(face.hbFont, glyph))
            #expect(width == (advance * 1000 / Double(face.unitsPerEm)).rounded(), "glyph \(glyph)")
        }
    }

    /// The embedded face draws every glyph the page uses, as the full face
    /// does, and no glyph the page does not use ("Z" is not in the text).
    @Test func theSubsetHoldsTheGlyphsDrawnAndNoOthers() throws {
        let font = try #require(Self.body)
        let face = Fixtures.fonts[try Fixtures.fonts.fontID(family: "serif", variant: FontVariant())]
        let file = PDFInspector.temporaryDirectory() + "/subset.ttf"
        try Data(font.fontFile).write(to: URL(fileURLWithPath: file))
        let subset = try FontFace(path: file)
        for glyph in font.widths.keys {
            #expect(extents(face, glyph) == extents(subset, glyph), "glyph \(glyph) drawn differently")
        }
        var z: hb_codepoint_t = 0
        #expect(hb_font_get_nominal_glyph(face.hbFont, 0x5A, &z) != 0)
        #expect(font.widths[z] == nil)
        #expect(extents(face, z).height != 0 && extents(subset, z) == Extents(), "Z kept in the subset")
        #expect(2 * font.fontFile.count < face.bytes.count, "the subset is not smaller than the face")
    }

    /// A character no face holds ("⚖", in none of the fonts brief ships) is drawn by the face's replacement character
    /// and reads as itself: glyph 0 (.notdef), which PDF/UA-1 forbids showing (7.21.8), is not drawn.
    @Test func aCharacterNoFaceHoldsIsNeverDrawnAsNotdef() throws {
        let sentence = "Scales \u{2696} of justice."
        let (path, _) = try Fixtures.render(
            [.paragraph([TextRun(sentence, style: Fixtures.body)], ParagraphStyle(alignment: .left))],
            style: DocumentStyle())
        let font = try #require(EmbeddedFont.all(in: path).first { $0.baseFont.hasSuffix("+NotoSerif-Regular") })
        #expect(font.widths[0] == nil, "glyph 0 drawn: \(font.widths.keys.sorted())")
        let face = Fixtures.fonts[try Fixtures.fonts.fontID(family: "serif", variant: FontVariant())]
        #expect(face.missingCharacterGlyph != 0)
        #expect(font.widths[face.missingCharacterGlyph] != nil, "the replacement glyph is not drawn")
        #expect(PDFInspector(path).text.contains(sentence), "\(PDFInspector(path).text)")
        // The substitute takes its own width in the line, not .notdef's.
        let shaped = Shaper(fonts: Fixtures.fonts).shape(
            "\u{2696}", font: try Fixtures.fonts.fontID(family: "serif", variant: FontVariant()))
        #expect(shaped.glyphs == [face.missingCharacterGlyph])
        #expect(shaped.advances == [hb_font_get_glyph_h_advance(face.hbFont, face.missingCharacterGlyph)])
    }

    /// The substitute glyph maps to its own character in the ToUnicode map whichever comes first:
    /// a missing "⚖" before a real "�" does not make every "�" read as "⚖".
    @Test func theSubstituteGlyphReadsAsItsOwnCharacter() throws {
        let (path, _) = try Fixtures.render(
            [
                .paragraph(
                    [TextRun("Scales \u{2696} then \u{FFFD} marks.", style: Fixtures.body)],
                    ParagraphStyle(alignment: .left))
            ],
            style: DocumentStyle())
        let font = try #require(EmbeddedFont.all(in: path).first { $0.baseFont.hasSuffix("+NotoSerif-Regular") })
        let face = Fixtures.fonts[try Fixtures.fonts.fontID(family: "serif", variant: FontVariant())]
        #expect(font.toUnicode[face.missingCharacterGlyph] != "\u{2696}", "\(font.toUnicode)")
        #expect(PDFInspector(path).text.contains("Scales \u{2696} then \u{FFFD} marks."), "\(PDFInspector(path).text)")
    }

    struct Extents: Equatable { var x = 0, y = 0, width = 0, height = 0 }

    func extents(_ face: FontFace, _ glyph: UInt32) -> Extents {
        var e = hb_glyph_extents_t()
        guard hb_font_get_glyph_extents(face.hbFont, glyph, &e) != 0 else { return Extents() }
        return Extents(x: Int(e.x_bearing), y: Int(e.y_bearing), width: Int(e.width), height: Int(e.height))
    }

    /// The same document gives the same file, byte for byte (subset tags,
    /// resource names and object order come from the input alone).
    @Test func theSameInputGivesTheSameBytes() throws {
        let blocks = SpecimenDocument(style: Fixtures.style).blocks(pages: 3)
        let (a, _) = try Fixtures.render(blocks)
        let (b, _) = try Fixtures.render(blocks)
        let first = try Data(contentsOf: URL(fileURLWithPath: a)),
            second = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(a != b)
        #expect(first == second)
    }

    /// Numbers in content streams: three decimals at most, no trailing
    /// zeros, no bare point, nothing that rounds to zero written as "-0".
    @Test func numbersAreShortAndExact() {
        let cases: [(Double, String)] = [
            (12.5, "12.5"), (3, "3"), (-0.125, "-0.125"), (791.9996, "792"), (0.0004, "0"), (-0.0004, "0"),
            (76.41, "76.41"), (1e6 + 0.25, "1000000.25"), (-7.5, "-7.5"), (0.001, "0.001"),
        ]
        for (value, text) in cases {
            let bytes = PDFBytes()
            bytes.append(number: value)
            #expect(String(decoding: bytes.array, as: UTF8.self) == text, "\(value)")
        }
    }

    /// Text strings (titles, link descriptions) take one byte a character
    /// where PDFDocEncoding holds every character, and UTF-16 otherwise;
    /// no-break space and soft hyphen, which it lacks, go as UTF-16.
    @Test func textStringsAreOneByteACharacterWherePDFDocEncodingHoldsThem() {
        func written(_ s: String) -> [UInt8] {
            let bytes = PDFBytes()
            bytes.append(textString: s)
            return bytes.array
        }
        #expect(written("Détenus (2024)") == Array("(D".utf8) + [0xE9] + Array("tenus \\(2024\\))".utf8))
        #expect(
            written("a — “b” … €") == [0x28, 0x61, 0x20, 0x84, 0x20, 0x8D, 0x62, 0x8E, 0x20, 0x83, 0x20, 0xA0, 0x29])
        #expect(written("Київ") == Array("<FEFF041A043804570432>".utf8))
        #expect(written("a\u{00A0}b") == Array("<FEFF006100A00062>".utf8))
        #expect(written("a\u{00AD}b") == Array("<FEFF006100AD0062>".utf8))
        // Bytes FE FF (or EF BB BF) at the start would read as a byte-order mark.
        #expect(written("þÿ") == Array("<FEFF00FE00FF>".utf8))
        #expect(written("ï»¿a") == Array("<FEFF00EF00BB00BF0061>".utf8))
    }

    /// A glyph code's bytes go into a literal string, the string's
    /// delimiters, the escape and a carriage return escaped.
    @Test func glyphCodesAreEscaped() {
        let bytes = PDFBytes()
        for glyph: UInt32 in [0x0041, 0x2829, 0x5C0D] { bytes.append(glyphCode: glyph) }
        #expect(bytes.array == [0, 0x41, 0x5C, 0x28, 0x5C, 0x29, 0x5C, 0x5C, 0x5C, UInt8(ascii: "r")])
    }

    /// Subset names carry six capital letters from the glyphs they hold.
    @Test func subsetNamesHaveATag() throws {
        for font in Self.rendered.fonts {
            let tag = font.baseFont.prefix { $0 != "+" }
            #expect(tag.count == 6 && tag.allSatisfy { $0 >= "A" && $0 <= "Z" }, "\(font.baseFont)")
        }
    }
}

/// A Type0 font of a PDF as qpdf's JSON shows it: its name, its
/// descendant's widths, its ToUnicode map and its embedded face.
struct EmbeddedFont {
    var baseFont: String
    var widths: [UInt32: Double] = [:]
    var toUnicode: [UInt32: String] = [:]
    var fontFile: [UInt8] = []

    static func all(in path: String) -> [EmbeddedFont] {
        let json = PDFInspector.run([
            "qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", path,
        ]).output
        guard let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            let objects = (root["qpdf"] as? [Any])?.last as? [String: Any]
        else { return [] }
        func object(_ ref: Any?) -> [String: Any]? {
            guard let ref = ref as? String else { return ref as? [String: Any] }
            return objects["obj:" + ref] as? [String: Any]
        }
        func dictionary(_ ref: Any?) -> [String: Any]? {
            let o = object(ref)
            return (o?["value"] as? [String: Any]) ?? ((o?["stream"] as? [String: Any])?["dict"] as? [String: Any]) ?? o
        }
        func data(_ ref: Any?) -> [UInt8] {
            guard let s = (object(ref)?["stream"] as? [String: Any])?["data"] as? String, let d = Data(base64Encoded: s)
            else { return [] }
            return [UInt8](d)
        }
        var fonts: [EmbeddedFont] = []
        for value in objects.values {
            guard let d = (value as? [String: Any])?["value"] as? [String: Any], d["/Subtype"] as? String == "/Type0",
                let name = d["/BaseFont"] as? String
            else { continue }
            var font = EmbeddedFont(baseFont: String(name.dropFirst()))
            font.toUnicode = readCMap(data(d["/ToUnicode"]))
            if let descendant = dictionary((d["/DescendantFonts"] as? [Any])?.first) {
                var i = 0
                let w = descendant["/W"] as? [Any] ?? []
                while i + 1 < w.count {
                    if let first = (w[i] as? NSNumber)?.intValue, let list = w[i + 1] as? [Any] {
                        for (k, v) in list.enumerated() {
                            font.widths[UInt32(first + k)] = (v as? NSNumber)?.doubleValue
                        }
                    }
                    i += 2
                }
                font.fontFile = data(dictionary(descendant["/FontDescriptor"])?["/FontFile2"])
            }
            fonts.append(font)
        }
        return fonts.sorted { $0.baseFont < $1.baseFont }
    }

    /// `<gid> <utf16>` pairs of bfchar blocks.
    static func readCMap(_ bytes: [UInt8]) -> [UInt32: String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var map: [UInt32: String] = [:]
        var inBlock = false
        for line in text.split(separator: "\n") {
            if line.hasSuffix("beginbfchar") { inBlock = true; continue }
            if line == "endbfchar" { inBlock = false; continue }
            guard inBlock else { continue }
            let parts = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
            guard parts.count == 2, let glyph = UInt32(parts[0], radix: 16) else { continue }
            var units: [UInt16] = []
            var hex = Substring(parts[1])
            while hex.count >= 4, let u = UInt16(hex.prefix(4), radix: 16) {
                units.append(u)
                hex = hex.dropFirst(4)
            }
            map[glyph] = String(decoding: units, as: UTF16.self)
        }
        return map
    }
}
