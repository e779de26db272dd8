import Corpus

/// Beginnings of words searched in a lowercased text at a word's start, one
/// language's or every language's: each as the bytes of a space and the
/// beginning, searched in the text with a space before it. A page is read by
/// its own language's words ("press" asks in English, not in German
/// "Pressefreiheit"); a language without a table by every table's. A language
/// whose table lists every form of its words (`LanguageCues.cuesAreWholeWords`)
/// is searched for whole words: English "press" asks, "pressure" does not.
struct WordStartTable: Sendable {
    /// One language's words, or every language's, and whether each must end where its entry does.
    struct Entries: Sendable {
        let beginnings: [[UInt8]]
        let wholeWords: Bool
    }
    /// Each language's beginnings, by its code.
    let byLanguage: [String: Entries]
    /// Every language's beginnings, as beginnings.
    let every: Entries

    init(_ words: (LanguageCues) -> [String]) {
        func bytes(_ w: [String]) -> [[UInt8]] { w.map { Array((" " + $0).utf8) } }
        byLanguage = Dictionary(
            uniqueKeysWithValues: LanguageCues.all.map {
                ($0.code, Entries(beginnings: bytes(words($0)), wholeWords: $0.cuesAreWholeWords))
            })
        every = Entries(beginnings: bytes(LanguageCues.all.flatMap(words)), wholeWords: false)
    }

    /// The entries of a page in `language` (nil: English, as `MetadataReader.language` reads it).
    func words(for language: String?) -> Entries { byLanguage[language ?? "en"] ?? every }

    /// Whether the character whose UTF-8 encoding starts at byte `i` is a letter, going on the word: an
    /// ASCII byte read as it stands, any other character decoded (a dash or a closing quote is none).
    static func goesOnAWord(_ bytes: [UInt8], at i: Int) -> Bool {
        guard bytes[i] >= 0x80 else { return ByteSearch.isWordByte(bytes[i]) }
        return String(decoding: bytes[i..<min(bytes.count, i + 4)], as: UTF8.self).first?.isLetter ?? false
    }

    /// The byte offset in `text` lowercased of the first of `words` it holds at a word's start (and, for
    /// whole words, ending a word); nil when it holds none.
    static func firstOffset(_ text: String, anyOf words: Entries) -> Int? {
        let l = Array((" " + text.lowercasedByScalar()).utf8)
        var first: Int? = nil
        for w in words.beginnings {
            var from = 0
            while let at = ByteSearch.firstIndex(l, w, from: from), at < (first ?? Int.max) {
                let end = at + w.count
                if !words.wholeWords || end == l.count || !goesOnAWord(l, at: end) {
                    first = at
                    break
                }
                from = at + 1
            }
        }
        return first
    }

    /// Whether `text` holds one of `words` at a word's start (and, for whole words, ending a word).
    static func holds(_ text: String, anyOf words: Entries) -> Bool {
        let l = Array((" " + text.lowercasedByScalar()).utf8)
        guard words.wholeWords else { return words.beginnings.contains { ByteSearch.contains(l, $0) } }
        return words.beginnings.contains { w in
            var from = 0
            while let at = ByteSearch.firstIndex(l, w, from: from) {
                let end = at + w.count
                if end == l.count || !goesOnAWord(l, at: end) { return true }
                from = at + 1
            }
            return false
        }
    }
}
