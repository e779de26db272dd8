import CHarfBuzz
import Foundation

/// One font file (one style of a family), loaded into HarfBuzz with its own
/// OpenType functions.
///
/// HarfBuzz's hb-ot font is immutable once made and safe to share between
/// threads; cairo gets its own FreeType face per PDF writer (see
/// `CairoFonts`), because sharing an `FT_Face` across threads gives silently
/// wrong widths (PLATFORM-NOTES). The font bytes are owned here and outlive
/// every face made from them.
public final class FontFace: @unchecked Sendable {
    // @unchecked: the hb_font is made immutable before publication and the
    // byte buffer is never written after init, so shared reads are safe.
    public let path: String
    public let unitsPerEm: Int
    /// Ascender and descender (positive, below the baseline) in font units.
    public let ascender: Int
    public let descender: Int
    public let spaceGlyph: UInt32
    public let hyphenGlyph: UInt32
    public let hyphenAdvance: Int

    let bytes: UnsafeMutableRawBufferPointer
    let hbFont: OpaquePointer

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            throw TypesettingError.fontUnreadable(path: path, reason: "file missing or empty")
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
        _ = data.copyBytes(to: buffer.bindMemory(to: UInt8.self))
        let blob = hb_blob_create(buffer.baseAddress!.assumingMemoryBound(to: CChar.self),
                                  UInt32(data.count), HB_MEMORY_MODE_READONLY, nil, nil)
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        let upem = Int(hb_face_get_upem(face))
        guard hb_face_get_glyph_count(face) > 0, upem > 0, let font = hb_font_create(face) else {
            buffer.deallocate()
            throw TypesettingError.fontUnreadable(path: path, reason: "not an OpenType/TrueType font")
        }
        hb_ot_font_set_funcs(font)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_font_make_immutable(font)

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        var space: hb_codepoint_t = 0, hyphen: hb_codepoint_t = 0
        hb_font_get_nominal_glyph(font, 0x20, &space)
        if hb_font_get_nominal_glyph(font, 0x2D, &hyphen) == 0 { hyphen = 0 }

        self.path = path
        self.bytes = buffer
        self.hbFont = font
        self.unitsPerEm = upem
        self.ascender = Int(extents.ascender)
        self.descender = -Int(extents.descender)
        self.spaceGlyph = space
        self.hyphenGlyph = hyphen
        self.hyphenAdvance = Int(hb_font_get_glyph_h_advance(font, hyphen))
    }

    deinit {
        hb_font_destroy(hbFont)
        bytes.deallocate()
    }

    /// Whether the font maps this scalar to a glyph.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var g: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &g) != 0
    }
}
