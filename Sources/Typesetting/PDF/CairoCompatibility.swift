import CCairo
import CTaggedPDF

/// Which cairo the tagged-PDF step can work after.
///
/// The step reads the file cairo writes and relies on how cairo 1.16
/// writes it: marks numbered 0, 1, 2 … in the order of `cairo_tag_begin`
/// calls, each page's content stream written first among its objects,
/// plain when `CAIRO_DEBUG_PDF` is set, structure elements opening with
/// `<< /Type /StructElem`, no annotations of cairo's own. Another cairo
/// (later releases changed how tags are written) may write something else, and the
/// result would be a file whose structure points at the wrong text. So a
/// PDF is written only with a cairo the step is written and tested for;
/// anything else is refused with a message saying what to do, rather than
/// written untagged with a warning: a brief is promised as an accessible
/// PDF, and a warning in a batch of hundreds goes unread.
public enum CairoCompatibility {
    /// The release series the step is written and tested for (major, minor).
    public static let supportedSeries = (major: 1, minor: 16)

    /// Whether cairo `version` (as `cairo_version()` encodes it:
    /// major × 10000 + minor × 100 + micro) is in the supported series.
    public static func isSupported(_ version: Int) -> Bool {
        version / 10_000 == supportedSeries.major && version / 100 % 100 == supportedSeries.minor
    }

    /// "1.18.0" for 11800.
    public static func versionText(_ version: Int) -> String {
        "\(version / 10_000).\(version / 100 % 100).\(version % 100)"
    }

    /// Throws `unsupportedCairo` unless `version` (by default the cairo
    /// this process runs with) is supported, and `cairoWritesPlainContents`
    /// unless cairo will leave content streams uncompressed.
    static func check(version: Int = Int(cairo_version())) throws {
        guard isSupported(version) else {
            throw TypesettingError.unsupportedCairo(
                found: versionText(version), supported: "\(supportedSeries.major).\(supportedSeries.minor).x")
        }
        guard tp_cairo_contents_plain() != 0 else { throw TypesettingError.cairoWritesCompressedContents }
    }
}
