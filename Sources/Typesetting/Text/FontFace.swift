import CHarfBuzz
import Foundation

/// One font file (one style of a family), loaded into HarfBuzz with its own
/// OpenType functions.
///
/// HarfBuzz's hb-ot font is immutable once made and safe to share between
/// threads; cairo gets its own FreeType face per PDF writer (see
/// `CairoFonts`), because sharing an `FT_Face` across threads gives silently
/// wrong widths (docs/platform-notes.md). The font bytes are owned here and outlive
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
    /// The glyph set for a character no face holds, in place of glyph 0 (.notdef), which a
    /// tagged PDF must never show (PDF/UA-1 7.21.8): the face's replacement character (U+FFFD),
    /// else its question mark, else 0 (.notdef stays: a face with neither). The text keeps the
    /// character itself.
    public let missingCharacterGlyph: UInt32
    /// The character `missingCharacterGlyph` is the face's own glyph for ("\u{FFFD}" or "?"): only
    /// that text may claim it in a PDF's ToUnicode map; a character it stands in for reads through
    /// `ActualText`.
    public let missingCharacterText: String
    /// `missingCharacterGlyph`'s advance, in font units: the width it is set at.
    public let missingCharacterAdvance: Int32

    /// The font file, memory-mapped read-only: only the tables shaping and
    /// subsetting touch are ever read from disk.
    let bytes: UnsafeRawBufferPointer
    let hbFont: OpaquePointer

    public init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TypesettingError.fontUnreadable(path: path, reason: "file missing or unreadable") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else {
            throw TypesettingError.fontUnreadable(path: path, reason: "file is empty")
        }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw TypesettingError.fontUnreadable(path: path, reason: "cannot map the file")
        }
        let buffer = UnsafeRawBufferPointer(start: mapped, count: size)
        let blob = hb_blob_create(
            buffer.baseAddress!.assumingMemoryBound(to: CChar.self),
            UInt32(size), HB_MEMORY_MODE_READONLY, nil, nil)
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        let upem = Int(hb_face_get_upem(face))
        guard hb_face_get_glyph_count(face) > 0, upem > 0, let font = hb_font_create(face) else {
            munmap(mapped, size)
            throw TypesettingError.fontUnreadable(path: path, reason: "not an OpenType/TrueType font")
        }
        hb_ot_font_set_funcs(font)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_font_make_immutable(font)

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        var space: hb_codepoint_t = 0, hyphen: hb_codepoint_t = 0
        hb_font_get_nominal_glyph(font, 0x20, &space)
        var missing: hb_codepoint_t = 0
        var missingText = "\u{FFFD}"
        if hb_font_get_nominal_glyph(font, 0xFFFD, &missing) == 0 {
            missingText = "?"
            if hb_font_get_nominal_glyph(font, 0x3F, &missing) == 0 { missing = 0 }
        }
        // A face without a hyphen-minus breaks words with its hyphen (U+2010), else its substitute.
        if hb_font_get_nominal_glyph(font, 0x2D, &hyphen) == 0 && hb_font_get_nominal_glyph(font, 0x2010, &hyphen) == 0
        {
            hyphen = missing
        }

        self.path = path
        self.bytes = buffer
        self.hbFont = font
        self.unitsPerEm = upem
        self.ascender = Int(extents.ascender)
        self.descender = -Int(extents.descender)
        self.spaceGlyph = space
        self.hyphenGlyph = hyphen
        self.hyphenAdvance = Int(hb_font_get_glyph_h_advance(font, hyphen))
        self.missingCharacterGlyph = missing
        self.missingCharacterText = missingText
        self.missingCharacterAdvance = hb_font_get_glyph_h_advance(font, missing)
    }

    /// Checks that `path` is a readable font file by its first four bytes
    /// (an sfnt version tag), without opening it as a face: what a library
    /// does for faces it opens only when needed.
    static func checkSignature(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TypesettingError.fontUnreadable(path: path, reason: "file missing or unreadable") }
        defer { close(fd) }
        var tag = [UInt8](repeating: 0, count: 4)
        let count = read(fd, &tag, 4)
        guard count > 0 else { throw TypesettingError.fontUnreadable(path: path, reason: "file is empty") }
        guard count == 4, signatures.contains(tag) else {
            throw TypesettingError.fontUnreadable(path: path, reason: "not an OpenType/TrueType font")
        }
    }

    /// The sfnt version tags of TrueType, OpenType (CFF), Apple TrueType and font collection files.
    private static let signatures: Set<[UInt8]> = [
        [0, 1, 0, 0], Array("OTTO".utf8), Array("true".utf8), Array("ttcf".utf8),
    ]

    deinit {
        hb_font_destroy(hbFont)
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Whether the font maps this scalar to a glyph.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var g: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &g) != 0
    }
}
