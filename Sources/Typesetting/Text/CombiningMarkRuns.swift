/// Text with at most 30 combining marks on one letter: the rest of a longer
/// run are not set. `brief check` warns where a document has such a run
/// (`Corpus.CombiningMarks`), so nothing goes unsaid.
///
/// Why: HarfBuzz attaches each mark by searching back over the marks before
/// it for their base — every invisible separator (U+034F, U+2060, U+200B) is
/// skipped by that search too — so 150,000 marks on one letter made shaping
/// quadratic (minutes). Thirty is the run Unicode's Stream-Safe Text Format
/// (UAX #15) allows; no script puts more than a handful on a letter, and
/// thirty stacked marks already fill the line above and below.
enum CombiningMarkRuns {
    /// The longest run of marks kept on one letter.
    static let longestRun = 30

    static func limit(_ text: String) -> String {
        // Fast path: combining marks are never ASCII, and the common ones start at U+0300 (0xCC 0x80).
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
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

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        let category = s.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
    }
}
