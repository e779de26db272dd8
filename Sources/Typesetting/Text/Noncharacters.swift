/// Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of
/// every plane, U+FFFE, U+FFFF, U+1FFFE …) are valid in a Swift string but
/// not in the UTF-8 cairo accepts: one of them in a body made the whole
/// brief fail ("cairo failed in drawing page 2: input string not valid
/// UTF-8"). They enter the engine as U+FFFD, the replacement character,
/// which a reader of the PDF sees as the unreadable character it was.
public enum Noncharacters {
    /// `text` with each noncharacter replaced by U+FFFD.
    public static func replaced(_ text: String) -> String {
        // Every noncharacter is written with a lead byte 0xEF (the BMP's) or one of 0xF0–0xF4:
        // text without those bytes (Latin, Cyrillic, most scripts) is returned as it is.
        guard UTF8Scan.hasByte(atLeast: 0xEF, in: text) else { return text }
        guard text.unicodeScalars.contains(where: isNoncharacter) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isNoncharacter(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    public static func isNoncharacter(_ s: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE
    }
}
