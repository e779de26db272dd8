/// PDFDocEncoding (ISO 32000-1, Annex D.2), the one-byte encoding of PDF
/// text strings: printable ASCII, Latin-1's letters and signs from 0xA1
/// (0xAD excepted), and typographic marks at 0x80–0xA0. A text string all
/// of whose characters it holds is written with one byte each, not four
/// hexadecimal digits of UTF-16 (link descriptions, titles with dashes
/// and quotation marks).
enum PDFDocEncoding {
    /// The byte of `scalar`, or nil when PDFDocEncoding has none (the
    /// controls and the accents at 0x18–0x1F are left to UTF-16).
    static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return UInt8(v) }
        if v >= 0xA1 && v <= 0xFF && v != 0xAD { return UInt8(v) }
        return marks[v]
    }

    /// Whether the text, written one byte a character, would open with a
    /// byte-order mark and be read as UTF-16BE ("þÿ…", bytes FE FF) or, by
    /// PDF 2.0 readers, as UTF-8 ("ï»¿…", bytes EF BB BF): such text goes as UTF-16.
    static func readsAsMarked(_ s: String) -> Bool {
        s.hasPrefix("\u{FE}\u{FF}") || s.hasPrefix("\u{EF}\u{BB}\u{BF}")
    }

    /// 0x80–0xA0: bullet, daggers, ellipsis, dashes, quotation marks, ligatures,
    /// the Latin Extended letters Latin-1 lacks, and the euro sign.
    private static let marks: [UInt32: UInt8] = [
        0x2022: 0x80, 0x2020: 0x81, 0x2021: 0x82, 0x2026: 0x83, 0x2014: 0x84, 0x2013: 0x85, 0x0192: 0x86,
        0x2044: 0x87, 0x2039: 0x88, 0x203A: 0x89, 0x2212: 0x8A, 0x2030: 0x8B, 0x201E: 0x8C, 0x201C: 0x8D,
        0x201D: 0x8E, 0x2018: 0x8F, 0x2019: 0x90, 0x201A: 0x91, 0x2122: 0x92, 0xFB01: 0x93, 0xFB02: 0x94,
        0x0141: 0x95, 0x0152: 0x96, 0x0160: 0x97, 0x0178: 0x98, 0x017D: 0x99, 0x0131: 0x9A, 0x0142: 0x9B,
        0x0153: 0x9C, 0x0161: 0x9D, 0x017E: 0x9E, 0x20AC: 0xA0,
    ]
}
