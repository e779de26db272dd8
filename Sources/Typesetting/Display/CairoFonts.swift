import CCairo
import CFreeType
import Foundation

/// cairo font faces backed by FreeType faces, one set per thread.
///
/// FreeType libraries and faces are single-thread objects (docs/platform-notes.md),
/// so each thread that paints gets its own. They live as long as the thread:
/// cairo keeps font faces in global caches keyed by the `FT_Face` address,
/// and freeing a face it still knows about invites a stale cache hit, so
/// faces are created once per thread and font and never freed early.
final class CairoFonts {
    private let library: FT_Library
    private var faces: [ObjectIdentifier: (font: FontFace, ft: FT_Face, cairo: OpaquePointer)] = [:]
    private var scaled: [ScaledKey: OpaquePointer] = [:]
    private let options: OpaquePointer

    private struct ScaledKey: Hashable { var font: ObjectIdentifier; var size: Double }

    private init() throws {
        var lib: FT_Library?
        guard FT_Init_FreeType(&lib) == 0, let lib else {
            throw TypesettingError.cairo(operation: "FT_Init_FreeType", status: "failed")
        }
        library = lib
        options = cairo_font_options_create()
        // Metrics and outlines unhinted: PDF output is resolution independent.
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    }

    deinit {
        for s in scaled.values { cairo_scaled_font_destroy(s) }
        cairo_font_options_destroy(options)
        // Faces stay with cairo's caches; see the type's comment. The thread is ending.
    }

    /// Where each thread keeps its set, released as the thread ends: a
    /// thread-specific key rather than Foundation's thread dictionary, whose
    /// bridging of the stored value costs each thread's first use of it more
    /// than the rest of this type's setup.
    private static let key: pthread_key_t? = {
        var key = pthread_key_t()
        return pthread_key_create(&key) { Unmanaged<CairoFonts>.fromOpaque($0!).release() } == 0 ? key : nil
    }()

    /// The calling thread's font set.
    static func forCurrentThread() throws -> CairoFonts {
        guard let key else { throw TypesettingError.cairo(operation: "pthread_key_create", status: "no key left") }
        if let f = pthread_getspecific(key) { return Unmanaged<CairoFonts>.fromOpaque(f).takeUnretainedValue() }
        let f = try CairoFonts()
        pthread_setspecific(key, Unmanaged.passRetained(f).toOpaque())
        return f
    }

    /// A scaled font for a face at a size (points), cached.
    func scaledFont(_ font: FontFace, size: Double) throws -> OpaquePointer {
        let k = ScaledKey(font: ObjectIdentifier(font), size: size)
        if let s = scaled[k] { return s }
        let face = try cairoFace(font)
        var matrix = cairo_matrix_t(), ctm = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, size, size)
        cairo_matrix_init_identity(&ctm)
        guard let s = cairo_scaled_font_create(face, &matrix, &ctm, options),
            cairo_scaled_font_status(s) == CAIRO_STATUS_SUCCESS
        else {
            throw TypesettingError.cairo(operation: "cairo_scaled_font_create", status: "failed for \(font.path)")
        }
        scaled[k] = s
        return s
    }

    private func cairoFace(_ font: FontFace) throws -> OpaquePointer {
        if let f = faces[ObjectIdentifier(font)] { return f.cairo }
        var face: FT_Face?
        let rc = FT_New_Memory_Face(
            library, font.bytes.baseAddress!.assumingMemoryBound(to: FT_Byte.self),
            FT_Long(font.bytes.count), 0, &face)
        guard rc == 0, let face else {
            throw TypesettingError.fontUnreadable(path: font.path, reason: "FreeType error \(rc)")
        }
        guard let cf = cairo_ft_font_face_create_for_ft_face(face, Int32(FT_LOAD_NO_HINTING)),
            cairo_font_face_status(cf) == CAIRO_STATUS_SUCCESS
        else {
            throw TypesettingError.cairo(operation: "cairo_ft_font_face_create_for_ft_face", status: font.path)
        }
        faces[ObjectIdentifier(font)] = (font, face, cf)
        return cf
    }
}
