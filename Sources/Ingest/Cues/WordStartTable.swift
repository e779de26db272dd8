import Corpus

/// Beginnings of words searched in a lowercased text at a word's start, one
/// language's or every language's: each as the bytes of a space and the
/// beginning, searched in the text with a space before it. A page is read by
/// its own language's words ("press" asks in English, not in German
/// "Pressefreiheit"); a language without a table by every table's.
struct WordStartTable: Sendable {
    /// Each language's beginnings, by its code.
    let byLanguage: [String: [[UInt8]]]
    /// Every language's beginnings.
    let every: [[UInt8]]

    init(_ words: (LanguageCues) -> [String]) {
        func bytes(_ w: [String]) -> [[UInt8]] { w.map { Array((" " + $0).utf8) } }
        byLanguage = Dictionary(uniqueKeysWithValues: LanguageCues.all.map { ($0.code, bytes(words($0))) })
        every = bytes(LanguageCues.all.flatMap(words))
    }

    /// The beginnings of a page in `language` (nil: English, as `MetadataReader.language` reads it).
    func words(for language: String?) -> [[UInt8]] { byLanguage[language ?? "en"] ?? every }

    /// Whether `text` holds one of `words` at a word's start.
    static func holds(_ text: String, anyOf words: [[UInt8]]) -> Bool {
        let l = Array((" " + text.lowercasedByScalar()).utf8)
        return words.contains { ByteSearch.contains(l, $0) }
    }
}
