/// Comparison of quotes with document text, forgiving exactly what an
/// editor's software changes: runs of whitespace, typographic quotes and
/// apostrophes, dashes written as hyphens, and the ellipsis character.
public enum TextNormalization {
    public static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for u in s.unicodeScalars {
            var c = u
            switch u.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4: c = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: c = "\""
            case 0x2010, 0x2011, 0x2012, 0x2013: c = "-"
            case 0x00A0, 0x2009, 0x202F, 0x2007: c = " "
            default: break
            }
            if c.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if c.value == 0x2026 {
                out.append(contentsOf: "...".unicodeScalars); lastWasSpace = false
            } else {
                out.append(c); lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// Whether `quote` is an excerpt of `text`; a leading or trailing ellipsis
    /// in the quote (marking an elision at its ends) is ignored.
    public static func isExcerpt(_ quote: String, of text: String) -> Bool {
        var q = normalize(quote)
        for mark in ["...", "[...]"] {
            if q.hasPrefix(mark) { q = String(q.dropFirst(mark.count)).trimmingWhitespace() }
            if q.hasSuffix(mark) { q = String(q.dropLast(mark.count)).trimmingWhitespace() }
        }
        guard !q.isEmpty else { return false }
        return normalize(text).contains(q)
    }
}
