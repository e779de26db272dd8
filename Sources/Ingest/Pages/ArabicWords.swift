/// How ingest reads an Arabic word. Arabic writes its small words into the next: "and", "the",
/// "with", "for" are letters joined before a word ("والإفراج", and the release; "بالضغط", by
/// pressing; "للإفراج", for the release), and one letter is written several ways (أ إ آ ا). A
/// table keyed by a word's beginning ("افراج*" → release) meets such a word only once those are
/// taken off, so the cue tables' Arabic keys are written bare (no article, no joined letter, plain
/// alef) and a word is looked up by its `readings`.
enum ArabicWords {
    /// Whether a word is written in Arabic script (its first letter in the Arabic block).
    static func isArabic(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return arabicBlock.contains(first.value)
    }
    /// Unicode's Arabic block.
    static let arabicBlock: ClosedRange<UInt32> = 0x0600...0x06FF

    /// The word with its vowel signs and the stretching tatweel left out, and each alef written
    /// plain (أ إ آ ٱ → ا), a final alef maqsura as ya (ى → ي) and a ta marbuta as ha (ة → ه), as
    /// many sites write them: how the tables write it.
    static func normalized(_ word: Substring) -> String {
        var out = String.UnicodeScalarView()
        for s in word.unicodeScalars {
            if isMark(s) { continue }
            switch s {
            case "أ", "إ", "آ", "ٱ": out.append("ا")
            case "ى": out.append("ي")
            case "ة": out.append("ه")
            default: out.append(s)
            }
        }
        return String(out)
    }
    /// The text without Arabic's vowel signs and tatweel, which a site may write or leave out
    /// ("حثّت" and "حثت", urged; "اقــرأ" and "اقرأ", read): cues are searched in it. A text
    /// without them is returned as it is.
    /// Every text searched for cues passes here, so one without a byte of the marks' block (U+0640 to
    /// U+067F all open with 0xD9 in UTF-8) is returned at once.
    static func withoutMarks(_ text: String) -> String {
        guard text.utf8.contains(marksLeadByte), text.unicodeScalars.contains(where: isMark) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isMark(s) { out.append(s) }
        return String(out)
    }
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        vowelSigns.contains(s.value) || s.value == superscriptAlef || s.value == tatweel
    }

    /// The short vowels, tanween, shadda and sukun (fathatan … sukun), the superscript alef, tatweel.
    static let vowelSigns: ClosedRange<UInt32> = 0x064B...0x0652
    static let superscriptAlef: UInt32 = 0x0670
    static let tatweel: UInt32 = 0x0640
    /// The first UTF-8 byte of every scalar from U+0640 to U+067F, the marks among them.
    static let marksLeadByte: UInt8 = 0xD9

    /// What `lookup` finds for a word: for an Arabic word, for the first of its `readings` it finds
    /// anything for; for any other, for the word itself. The cue tables read words through it.
    static func lookUp<T>(_ word: Substring, _ lookup: (Substring) -> T?) -> T? {
        guard isArabic(word) else { return lookup(word) }
        for reading in readings(word) { if let found = lookup(Substring(reading)) { return found } }
        return nil
    }

    /// The ways a word may be read, fewest letters taken off first: the word as written
    /// (normalized), without a joined "and" or "so" (و، ف), then without the article and what is
    /// joined to it ("وال", "بال", "لل", "ال"), or, with no article, a joined preposition (ب، ل، ك)
    /// on a word long enough to keep three letters after it. A table takes the first reading it
    /// has an entry for.
    static func readings(_ word: Substring) -> [String] {
        let whole = normalized(word)
        var out = [whole]
        var rest = Substring(whole)
        if let first = rest.first, conjunctions.contains(first), rest.count >= 4 {
            rest = rest.dropFirst()
            out.append(String(rest))
        }
        if let article = articles.first(where: { rest.hasPrefix($0) && rest.count - $0.count >= 2 }) {
            out.append(String(rest.dropFirst(article.count)))
        } else if let first = rest.first, prepositions.contains(first), rest.count >= 5 {
            out.append(String(rest.dropFirst()))
        }
        return out
    }
    /// The letters "and" and "so" are written as, joined to the next word.
    static let conjunctions: Set<Character> = ["و", "ف"]
    /// The article and the prepositions joined with it, longest first.
    static let articles = ["بال", "كال", "فال", "وال", "لل", "ال"]
    /// The prepositions written joined to a word without an article ("بإثارة", by raising).
    static let prepositions: Set<Character> = ["ب", "ل", "ك"]

    /// One form for the forms of a word, for matching asks to demands: its barest reading without
    /// a plural's or a feminine's common ending ("المعتقلين", "معتقلون" → "معتقل"; "حكومة",
    /// "حكومات" → "حكوم"), where three letters remain.
    static func stem(_ word: Substring) -> String {
        var t = readings(word).last ?? String(word)
        for ending in endings where t.count - ending.count >= 3 && t.hasSuffix(ending) {
            t.removeLast(ending.count)
            break
        }
        return t
    }
    /// Plural, dual, feminine and pronoun endings, longest first.
    static let endings = ["ات", "ون", "ين", "ان", "ها", "يه", "ه"]
}
