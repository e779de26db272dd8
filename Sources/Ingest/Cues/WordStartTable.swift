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
        func bytes(_ w: [String]) -> [[UInt8]] { w.map { Array((" " + ArabicWords.withoutMarks($0)).utf8) } }
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

    /// A text as the entries are searched in: lowercased, without Arabic's vowel signs (which the
    /// entries leave out too), with a space before it, as bytes.
    static func searched(_ text: String) -> [UInt8] {
        Array((" " + ArabicWords.withoutMarks(text.lowercasedByScalar())).utf8)
    }

    /// The first place in `bytes` (`searched`) where `word` stands at a word's start (and, for whole
    /// words, ends a word), before `limit`; nil when there is none.
    static func firstIndex(of word: [UInt8], in bytes: [UInt8], wholeWord: Bool, before limit: Int = .max) -> Int? {
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, word, from: from), at < limit {
            let end = at + word.count
            if !wholeWord || end == bytes.count || !goesOnAWord(bytes, at: end) { return at }
            from = at + 1
        }
        return nil
    }

    /// The byte offset in `bytes` (`searched`) of the first of `words` they hold at a word's start (and,
    /// for whole words, ending a word); nil when they hold none.
    static func firstOffset(in bytes: [UInt8], anyOf words: Entries) -> Int? {
        var first: Int? = nil
        for w in words.beginnings {
            if let at = firstIndex(of: w, in: bytes, wholeWord: words.wholeWords, before: first ?? .max) { first = at }
        }
        return first
    }

    /// Whether `text` holds one of `words` at a word's start (and, for whole words, ending a word).
    static func holds(_ text: String, anyOf words: Entries) -> Bool {
        let l = searched(text)
        guard words.wholeWords else { return words.beginnings.contains { ByteSearch.contains(l, $0) } }
        return words.beginnings.contains { firstIndex(of: $0, in: l, wholeWord: true) != nil }
    }
}
