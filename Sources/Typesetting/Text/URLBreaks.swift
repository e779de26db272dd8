/// Where a web address may be broken across lines.
///
/// UAX #14 allows a break right after `https://`, which leaves the scheme
/// dangling at a line end. An address breaks instead after a separator of
/// its path or query (`/ ? & = #`), or, when it must, after a `.`, `-` or
/// `_` of the path; inside the host only as a last resort, and never inside
/// the scheme. No break leaves fewer than `minimumFragment` characters on
/// either side.
enum URLBreaks {
    /// Characters a fragment keeps at least, at either side of a break.
    static let minimumFragment = 3

    /// Penalties in TeX's units: a path separator is a natural break, a dot
    /// or hyphen in the path less so, a dot in the host a last resort.
    static let separatorPenalty = 50.0
    static let pathPunctuationPenalty = 200.0
    static let hostPenalty = 900.0

    /// Whether a token is a web or mail address. Asked of every word of
    /// every paragraph: it reads bytes in place and allocates nothing.
    static func isAddress(_ b: ArraySlice<UInt8>) -> Bool {
        if startsWith(b, www) || startsWith(b, mailto) { return true }
        let s = b.startIndex
        guard let colon = b.firstIndex(of: 0x3A), colon > s, colon + 2 < b.endIndex else { return false }
        return b[colon + 1] == 0x2F && b[colon + 2] == 0x2F
            && b[s..<colon].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    private static let www = Array("www.".utf8), mailto = Array("mailto:".utf8)

    /// Whether `b` starts with `prefix` (lowercase ASCII), in any case.
    private static func startsWith(_ b: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard b.count >= prefix.count else { return false }
        var i = b.startIndex
        for p in prefix {
            if b[i] | 0x20 != p { return false }
            i += 1
        }
        return true
    }

    /// Break opportunities as (index of the byte a line may end after, penalty).
    static func opportunities(in b: ArraySlice<UInt8>) -> [(Int, Double)] {
        var start = b.startIndex
        // Trailing punctuation of the sentence is not part of the address.
        var end = b.endIndex
        while end > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x22, 0x27].contains(b[end - 1]) { end -= 1 }
        while start < end, [0x28, 0x5B, 0x22, 0x27, 0x3C].contains(b[start]) { start += 1 }
        guard end - start > 2 * minimumFragment else { return [] }
        // The host starts after "scheme://" (or "mailto:") and ends at the first / ? #.
        var hostStart = start
        if let colon = b[start..<end].firstIndex(of: 0x3A) {
            hostStart = colon + 1
            while hostStart < end && b[hostStart] == 0x2F { hostStart += 1 }
        }
        var hostEnd = hostStart
        while hostEnd < end && ![0x2F, 0x3F, 0x23].contains(b[hostEnd]) { hostEnd += 1 }
        var out: [(Int, Double)] = []
        var last = start - 1  // the byte the previous kept break follows
        for k in hostStart..<end {
            let c = b[k]
            let penalty: Double?
            if k >= hostEnd {
                if [0x2F, 0x3F, 0x26, 0x3D, 0x23].contains(c) {
                    penalty = separatorPenalty
                } else if [0x2E, 0x2D, 0x5F].contains(c) {
                    penalty = pathPunctuationPenalty
                } else {
                    penalty = nil
                }
            } else {
                penalty = c == 0x2E || c == 0x2D ? hostPenalty : nil
            }
            guard let penalty else { continue }
            // Characters are counted up to the minimum only: counting the whole tail at every
            // separator would read a long address once per separator.
            guard hasCharacters(minimumFragment, in: b[(last + 1)...k]),
                hasCharacters(minimumFragment, in: b[(k + 1)..<end])
            else { continue }
            out.append((k, penalty))
            last = k
        }
        return out
    }

    /// Whether `b` holds at least `n` characters (UTF-8 continuation bytes start none); reads no further than that.
    private static func hasCharacters(_ n: Int, in b: ArraySlice<UInt8>) -> Bool {
        var count = 0
        for byte in b where byte & 0xC0 != 0x80 {
            count += 1
            if count >= n { return true }
        }
        return count >= n
    }
}
