/// BCP 47 language tags as the corpus uses them: a primary language of two
/// or three letters, then optional subtags ("en", "ru", "uk", "en-US",
/// "sr-Latn"). Enough to reject typos; not a full registry check.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The primary language, lowercased: "en-US" → "en".
    public static func primary(_ tag: String) -> String { String(tag.split(separator: "-").first ?? "").lowercased() }

    /// The language of Cyrillic text: "uk" when it has a letter of Ukrainian
    /// that Russian lacks, else "ru" (the one rule briefs and ingest share).
    public static func cyrillicLanguage(of text: String) -> String { hasUkrainianLetter(text) ? "uk" : "ru" }

    /// Whether `text` has a letter of Ukrainian that Russian lacks: Є І Ї
    /// (D0 84, D0 86, D0 87), є і ї (D1 94, D1 96, D1 97), Ґ ґ (D2 90, D2 91).
    /// Read as UTF-8 bytes in place: briefs scan every paragraph.
    public static func hasUkrainianLetter(_ text: String) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard b.count > 1 else { return false }
            for i in 1..<b.count {
                switch (b[i - 1], b[i]) {
                case (0xD0, 0x84), (0xD0, 0x86), (0xD0, 0x87), (0xD1, 0x94), (0xD1, 0x96), (0xD1, 0x97), (0xD2, 0x90),
                    (0xD2, 0x91):
                    return true
                default: continue
                }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
