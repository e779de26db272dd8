import CHarfBuzz

/// Glyphs of one shaped word, in font units (scale by size / unitsPerEm).
/// Immutable and shared: a class, so every box made from the word holds one
/// reference rather than five arrays.
public final class ShapedGlyphs: Sendable {
    public let glyphs: [UInt32]
    public let advances: [Int32]
    public let xOffsets: [Int32]
    public let yOffsets: [Int32]
    /// UTF-8 byte offset of each glyph's cluster in the shaped text.
    public let clusters: [UInt32]
    public let totalAdvance: Int
    /// Shaped right to left (Arabic, Hebrew): glyphs are in visual order and
    /// clusters decrease along them.
    public let rightToLeft: Bool

    init(
        glyphs: [UInt32], advances: [Int32], xOffsets: [Int32], yOffsets: [Int32], clusters: [UInt32],
        totalAdvance: Int,
        rightToLeft: Bool = false
    ) {
        self.glyphs = glyphs; self.advances = advances; self.xOffsets = xOffsets; self.yOffsets = yOffsets
        self.clusters = clusters; self.totalAdvance = totalAdvance; self.rightToLeft = rightToLeft
    }
}

/// Shapes text with HarfBuzz (kerning and standard ligatures on, language
/// set explicitly) and caches the result word by word.
///
/// Prose repeats its words: a word-level cache hits ~97% and cuts shaping
/// time about fifteenfold (docs/platform-notes.md). One shaper belongs to one layout
/// at a time (the cache and the HarfBuzz buffer are not shared across threads).
public final class Shaper {
    public let fonts: FontLibrary
    private let buffer: OpaquePointer
    private var cache: [Key: ShapedGlyphs] = [:]
    private var languages: [String: hb_language_t] = [:]
    /// Which face shows a scalar the preferred face lacks (see `FontLibrary.fallbacks`).
    private var coverage: [CoverageKey: FontID] = [:]

    private struct CoverageKey: Hashable { var font: FontID; var scalar: UInt32 }

    private struct Key: Hashable {
        var font: FontID
        var text: String
        var language: String
    }

    public init(fonts: FontLibrary) {
        self.fonts = fonts
        self.buffer = hb_buffer_create()
    }

    deinit { hb_buffer_destroy(buffer) }

    /// Shapes `text` (one word or a short label) in the given face.
    public func shape(_ text: String, font: FontID, language: String = "en") -> ShapedGlyphs {
        let key = Key(font: font, text: text, language: language)
        if let hit = cache[key] { return hit }
        let shaped = shapeUncached(text, font: font, language: language)
        cache[key] = shaped
        return shaped
    }

    /// The face to set `scalar` in: `preferred` when it has the glyph, else
    /// the first fallback face that has it, else `preferred` (which then
    /// sets its replacement character, `FontFace.missingCharacterGlyph`;
    /// `brief check` warns about such text).
    public func font(for scalar: Unicode.Scalar, preferred: FontID) -> FontID {
        if scalar.value < 0x250 || fonts.fallbacks.isEmpty { return preferred }
        let key = CoverageKey(font: preferred, scalar: scalar.value)
        if let hit = coverage[key] { return hit }
        var chosen = preferred
        if !fonts[preferred].covers(scalar) && !scalar.properties.isDefaultIgnorableCodePoint {
            chosen = fonts.fallbacks.first { fonts.covers(scalar, font: $0) } ?? preferred
        }
        coverage[key] = chosen
        return chosen
    }

    /// Width in points of `text` set in `style`.
    public func width(of text: String, style: TextStyle) -> Double {
        guard let id = try? fonts.fontID(family: style.family, variant: style.variant) else { return 0 }
        let g = shape(text, font: id, language: style.language)
        return Double(g.totalAdvance) * style.size / Double(fonts[id].unitsPerEm)
    }

    private func language(_ tag: String) -> hb_language_t? {
        if let l = languages[tag] { return l }
        let l = hb_language_from_string(tag, -1)
        languages[tag] = l
        return l
    }

    private func shapeUncached(_ text: String, font: FontID, language tag: String) -> ShapedGlyphs {
        hb_buffer_clear_contents(buffer)
        var text = text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { p in
                hb_buffer_add_utf8(buffer, p.baseAddress, Int32(p.count), 0, Int32(p.count))
            }
        }
        hb_buffer_set_language(buffer, language(tag))
        // Direction from the script: left to right for Latin, Cyrillic, digits
        // and punctuation; right to left for Arabic and Hebrew words.
        hb_buffer_guess_segment_properties(buffer)
        let rightToLeft = hb_buffer_get_direction(buffer) == HB_DIRECTION_RTL
        hb_shape(fonts[font].hbFont, buffer, nil, 0)

        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)
        let positions = hb_buffer_get_glyph_positions(buffer, &count)
        let n = Int(count)
        var glyphs: [UInt32] = [], advances: [Int32] = [], xs: [Int32] = [], ys: [Int32] = [], clusters: [UInt32] = []
        glyphs.reserveCapacity(n); advances.reserveCapacity(n); xs.reserveCapacity(n); ys.reserveCapacity(n);
        clusters.reserveCapacity(n)
        var total = 0
        let face = fonts[font]
        for i in 0..<n {
            let info = infos![i]
            var pos = positions![i]
            var glyph = info.codepoint
            // Glyph 0 (.notdef) is the face's answer for a character no face holds; a tagged PDF
            // must never show it (PDF/UA-1 7.21.8). Its substitute is set with its own advance, and
            // the text it stands for stays the character (the PDF's ActualText).
            if glyph == 0 && face.missingCharacterGlyph != 0 {
                glyph = face.missingCharacterGlyph
                pos.x_advance = face.missingCharacterAdvance
            }
            glyphs.append(glyph)
            clusters.append(info.cluster)
            advances.append(pos.x_advance)
            xs.append(pos.x_offset)
            ys.append(pos.y_offset)
            total += Int(pos.x_advance)
        }
        return ShapedGlyphs(
            glyphs: glyphs, advances: advances, xOffsets: xs, yOffsets: ys, clusters: clusters, totalAdvance: total,
            rightToLeft: rightToLeft)
    }
}
