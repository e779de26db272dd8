/// The one way ingest cuts text into words: lowercased runs of letters and
/// digits, everything else a separator. The ask matcher, the evaluation's
/// token F1 and the duplicate-text fingerprint all read words through it,
/// so that "U.S." or "COP29" is the same words everywhere.
enum Words {
    /// The words of `text`, lowercased.
    static func of(_ text: String) -> [Substring] {
        let lower = text.lowercasedByScalar()
        return lower[...].split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// A word without its common English inflection ("detained", "releases",
    /// "urging" → "detain", "releas", "urg"), so that forms of one word meet.
    static func stem(_ word: Substring) -> String {
        var t = String(word)
        for suffix in ["ing", "ed", "es", "s"] where t.count > suffix.count + 3 && t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            break
        }
        if t.count > 4 && t.hasSuffix("e") { t.removeLast() }
        return t
    }
}
