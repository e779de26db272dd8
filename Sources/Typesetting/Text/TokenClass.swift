/// Classifies tokens for hyphenation: only prose words qualify.
enum TokenClass {
    /// False for URLs, e-mail addresses, paths, numbers and contractions.
    /// ASCII tokens are classified on their bytes; others by Unicode properties.
    static func isProse(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return isProse(String(decoding: bytes, as: UTF8.self)) }
        // Asked of every token of every paragraph: reads the bytes in place, allocates nothing.
        func letter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        let first = bytes.startIndex, last = bytes.endIndex - 1
        var sawLetter = false
        for i in bytes.indices {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 { return false }
            if c == 0x40 { return false }
            if letter(c) { sawLetter = true; continue }
            if c == 0x3A, i + 2 <= last, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x2F { return false }
            let inner = i > first && i < last && letter(bytes[i - 1]) && letter(bytes[i + 1])
            if inner && isWordJoiner(c) { return false }
        }
        if bytes.starts(with: webPrefix) { return false }
        return sawLetter
    }

    /// A host name's usual start ("www.hrw.org"): an address, not a word.
    private static let webPrefix = Array("www.".utf8)

    /// `' . / _ \ : =` between two letters join a token that is no prose word
    /// ("doesn't", "hrw.org", "a/b", "snake_case").
    private static func isWordJoiner(_ c: UInt8) -> Bool {
        switch c {
        case 0x27, 0x2E, 0x2F, 0x5F, 0x5C, 0x3A, 0x3D: return true
        default: return false
        }
    }

    static func isProse(_ token: String) -> Bool {
        if token.contains("://") || token.hasPrefix("www.") || token.contains("@") { return false }
        var sawLetter = false
        let scalars = Array(token.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s.properties.numericType != nil { return false }
            if s.properties.isAlphabetic { sawLetter = true; continue }
            let inner =
                i > 0 && i < scalars.count - 1 && scalars[i - 1].properties.isAlphabetic
                && scalars[i + 1].properties.isAlphabetic
            // "doesn't", "hrw.org", "a/b", "snake_case" — but not "well-known".
            if inner && "'’./_\\:=".unicodeScalars.contains(s) { return false }
        }
        return sawLetter
    }

    /// The word inside leading and trailing punctuation ("(nations)," →
    /// "nations") and its byte offset; nil if the middle is not all letters.
    static func letterCore(_ text: String) -> (String?, Int) {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic }),
            let last = scalars.lastIndex(where: { $0.properties.isAlphabetic })
        else { return (nil, 0) }
        let core = scalars[first...last]
        guard core.allSatisfy({ $0.properties.isAlphabetic }) else { return (nil, 0) }
        let offset = scalars[..<first].reduce(0) { $0 + String($1).utf8.count }
        var s = String.UnicodeScalarView(); s.append(contentsOf: core)
        return (String(s), offset)
    }
}
