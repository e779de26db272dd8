/// Runs of combining marks longer than a brief sets (the typesetter keeps
/// 30 on a letter, as Unicode's Stream-Safe Text Format allows): `brief
/// check` says where, so that marks are never dropped unannounced.
public enum CombiningMarks {
    public static let longestRun = 30

    /// The 1-based line of the first run longer than `longestRun`, if any.
    public static func firstLongRun(in text: String) -> Int? {
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return nil }
        var line = 1, run = 0
        for s in text.unicodeScalars {
            if s == "\n" { line += 1; run = 0; continue }
            let c = s.properties.generalCategory
            if c == .nonspacingMark || c == .enclosingMark || c == .spacingMark {
                run += 1
                if run > longestRun { return line }
            } else { run = 0 }
        }
        return nil
    }
}
