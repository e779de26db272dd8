/// The one way ingest cuts text into words: lowercased runs of letters and
/// digits, everything else a separator. The ask matcher, the evaluation's
/// token F1 and the duplicate-text fingerprint all read words through it,
/// so that "U.S." or "COP29" is the same words everywhere.
enum Words {
    /// The words of `text`, lowercased.
    ///
    /// A word is a run of characters that are letters or numbers (`Character.isLetter`,
    /// `isNumber`: their first scalar is alphabetic or has a numeric type). Read a scalar at a
    /// time, which gives the same runs as reading characters as long as every character is one
    /// scalar, true of nearly every page (precomposed Latin, Cyrillic, CJK). A text holding a
    /// scalar that joins the one before it into a character (a combining mark, a joiner, an
    /// emoji modifier, Hangul jamo) or lies beyond the first plane is read by characters, as
    /// the rule says; deciding a character's extent is what made this the slow part of ingest.
    static func of(_ text: String) -> [Substring] {
        let lower = text.lowercasedByScalar()
        return byScalars(lower) ?? byCharacters(lower)
    }

    /// The words of `lower` read by characters: the rule itself.
    static func byCharacters(_ lower: String) -> [Substring] {
        lower[...].split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// The words of `lower` read a scalar at a time, or nil when a character of it may be more
    /// than one scalar.
    private static func byScalars(_ lower: String) -> [Substring]? {
        var words: [Substring] = []
        let scalars = lower.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let isWord: Bool
            if s.isASCII {
                isWord = (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || (s >= "A" && s <= "Z")
            } else {
                guard !mayJoinACharacter(s) else { return nil }
                isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            }
            if isWord, start == nil {
                start = i
            } else if !isWord, let first = start {
                words.append(lower[first..<i])
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let first = start { words.append(lower[first...]) }
        return words
    }

    /// Whether `s` (not ASCII) may share a character with a neighbour: marks and format
    /// characters (combining accents, joiners, the Arabic signs written before a number),
    /// modifier symbols (emoji skin tones), Hangul jamo (which compose syllables) and every
    /// scalar beyond the first plane (regional indicators, emoji sequences, rare scripts).
    private static func mayJoinACharacter(_ s: Unicode.Scalar) -> Bool {
        if s.value > maxBasicPlaneScalar || hangulJamo.contains(where: { $0.contains(s.value) }) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .surrogate, .privateUse:
            return true
        default:
            return s.value == malayalamDotReph
        }
    }

    /// The last scalar of Unicode's Basic Multilingual Plane.
    private static let maxBasicPlaneScalar: UInt32 = 0xFFFF
    /// Hangul's conjoining jamo blocks (leading, vowel and trailing parts of a syllable).
    private static let hangulJamo: [ClosedRange<UInt32>] = [0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF]
    /// The one letter of the Basic Multilingual Plane that is written before, and joins, the next.
    private static let malayalamDotReph: UInt32 = 0x0D4E

    /// A word without its common English inflection ("detained", "releases",
    /// "urging" → "detain", "releas", "urg"), so that forms of one word meet.
    /// An Arabic word's stem is `ArabicWords.stem`: its joined small words and common endings off.
    static func stem(_ word: Substring) -> String {
        if ArabicWords.isArabic(word) { return ArabicWords.stem(word) }
        var t = String(word)
        for suffix in ["ing", "ed", "es", "s"] where t.count > suffix.count + 3 && t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            break
        }
        if t.count > 4 && t.hasSuffix("e") { t.removeLast() }
        return t
    }
}
