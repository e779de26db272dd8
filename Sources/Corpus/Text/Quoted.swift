/// Values shown in messages, cut to a legible length: an id of a million
/// characters must not be echoed whole.
public enum Quoted {
    /// At most `limit` characters, with "…" and the full length when cut.
    public static func cut(_ value: String, limit: Int = 60) -> String {
        guard value.utf8.count > limit else { return value }
        let count = value.count
        guard count > limit else { return value }
        return String(value.prefix(limit)) + "… (\(count) characters)"
    }

    /// A name as it may be shown on a terminal or in Markdown: control
    /// characters (an escape sequence in a file name could move the cursor
    /// or retitle the terminal) written as `\u{1B}`, visible and inert.
    public static func printable(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        var out = ""
        for s in value.unicodeScalars {
            if isControl(s) {
                let digits = String(s.value, radix: 16, uppercase: true)
                out += "\\u{" + digits + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
