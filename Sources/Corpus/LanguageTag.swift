/// BCP 47 language tags as the corpus uses them: a primary language of two
/// or three letters, then optional subtags ("en", "ru", "uk", "en-US",
/// "sr-Latn"). Enough to reject typos; not a full registry check.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The primary language, lowercased: "en-US" → "en".
    public static func primary(_ tag: String) -> String { String(tag.split(separator: "-").first ?? "").lowercased() }
}
