/// The one rule for runs of combining marks: at most 30 on one letter are
/// set, the rest of a longer run are not. The engine applies it to every
/// `TextRun`; `brief check` reads the same rule (`firstLongRun`) to say
/// where a document has such a run, so nothing goes unsaid.
///
/// Why: HarfBuzz attaches each mark by searching back over the marks before
/// it for their base — every invisible separator (U+034F, U+2060, U+200B) is
/// skipped by that search too — so 150,000 marks on one letter made shaping
/// quadratic (minutes). Thirty is the run Unicode's Stream-Safe Text Format
/// (UAX #15) allows; no script puts more than a handful on a letter, and
/// thirty stacked marks already fill the line above and below.
public enum CombiningMarkRuns {
    /// The longest run of marks kept on one letter.
    public static let longestRun = 30

    /// `text` with every run of marks cut to `longestRun`.
    static func limit(_ text: String) -> String {
        guard mayHaveMarks(text) else { return text }
        var run = 0
        var changed = false
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isMark(s) {
                run += 1
                if run > longestRun { changed = true; continue }
            } else {
                run = 0
            }
            out.append(s)
        }
        return changed ? String(out) : text
    }

    /// The 1-based line of the first run longer than `longestRun`, if any:
    /// where `limit` would drop marks.
    public static func firstLongRun(in text: String) -> Int? {
        guard mayHaveMarks(text) else { return nil }
        var line = 1, run = 0
        for s in text.unicodeScalars {
            if s == "\n" { line += 1; run = 0; continue }
            if isMark(s) {
                run += 1
                if run > longestRun { return line }
            } else {
                run = 0
            }
        }
        return nil
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        let category = s.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
    }

    /// Combining marks are never ASCII, and the common ones start at U+0300 (0xCC 0x80).
    private static func mayHaveMarks(_ text: String) -> Bool { UTF8Scan.hasByte(atLeast: 0xCC, in: text) }
}
