#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Comparison of quotes with document text, forgiving exactly what an
/// editor's software changes: runs of whitespace, typographic quotes and
/// apostrophes, dashes written as hyphens, and the ellipsis character.
///
/// Works on UTF-8 bytes with an ASCII fast path: checking every quote of a
/// 10,000-document corpus must not dominate loading it.
public struct NormalizedText: Sendable {
    public let bytes: [UInt8]

    public init(_ s: String) {
        var s = s
        bytes = s.withUTF8 { Self.normalize($0) }
    }

    /// Byte-level normalization. No closures capture the output (that costs
    /// a dynamic exclusivity check per byte); each byte maps to at most three.
    private static func normalize(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let n = b.count
        return [UInt8](unsafeUninitializedCapacity: n + 2) { out, count in
            var o = 0
            var space = true  // the last byte written was a space (or nothing yet)
            var i = 0
            while i < n {
                let c = b[i]
                var mapped: UInt8 = 0  // one ASCII replacement, 0x20 meaning "space"
                var length = 1
                if c < 0x80 {
                    switch c {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: mapped = 0x20
                    case 0x60: mapped = 0x27
                    default: mapped = c
                    }
                } else if c == 0xC2 && i + 1 < n {
                    length = 2
                    switch b[i + 1] {
                    case 0xA0, 0x85: mapped = 0x20
                    case 0xB4: mapped = 0x27
                    case 0xAB, 0xBB: mapped = 0x22
                    default: mapped = 0
                    }
                } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
                    length = 3
                    switch b[i + 2] {
                    case 0x80...0x8A, 0xA8, 0xA9, 0xAF: mapped = 0x20
                    case 0x90...0x93: mapped = 0x2D
                    case 0x98...0x9B, 0xB2: mapped = 0x27
                    case 0x9C...0x9F, 0xB3: mapped = 0x22
                    case 0xA6: mapped = 0x2E  // ellipsis → "..." (three bytes, as long as the input)
                    default: mapped = 0
                    }
                }
                if mapped == 0x20 {
                    if !space { out[o] = 0x20; o += 1 }
                    space = true
                } else if mapped == 0x2E && length == 3 {
                    out[o] = 0x2E; out[o + 1] = 0x2E; out[o + 2] = 0x2E; o += 3; space = false
                } else if mapped != 0 {
                    out[o] = mapped; o += 1; space = false
                } else {
                    // Copy the character's bytes unchanged.
                    let end = min(n, i + length)
                    var k = i
                    while k < end { out[o] = b[k]; o += 1; k += 1 }
                    space = false
                }
                i += length
            }
            if o > 0 && out[o - 1] == 0x20 { o -= 1 }
            count = o
        }
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public func contains(_ other: NormalizedText) -> Bool {
        if other.bytes.isEmpty { return true }
        if other.bytes.count > bytes.count { return false }
        // memchr for the first byte, memcmp for the rest (memmem is a GNU extension Swift does not import).
        return bytes.withUnsafeBytes { hay in
            other.bytes.withUnsafeBytes { needle in
                let first = Int32(needle[0])
                var start = hay.baseAddress!
                let end = hay.baseAddress! + (hay.count - needle.count + 1)
                while start < end {
                    guard let hit = memchr(start, first, end - start) else { return false }
                    if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
                    start = UnsafeRawPointer(hit) + 1
                }
                return false
            }
        }
    }
}

public enum TextNormalization {
    public static func normalize(_ s: String) -> String { NormalizedText(s).string }

    /// Whether `quote` is an excerpt of `text`; quotation marks around the
    /// whole quote and a leading or trailing ellipsis (an elision) are ignored.
    public static func isExcerpt(_ quote: String, of text: NormalizedText) -> Bool {
        var q = normalize(quote)
        // Quotation marks around the whole quote, and elisions at its ends, are not part of the excerpt.
        for _ in 0..<2 {
            if q.count >= 2, let f = q.first, let l = q.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                q = String(q.dropFirst().dropLast()).trimmingWhitespace()
            }
            for mark in ["[...]", "..."] {
                if q.hasPrefix(mark) { q = String(q.dropFirst(mark.count)).trimmingWhitespace() }
                if q.hasSuffix(mark) { q = String(q.dropLast(mark.count)).trimmingWhitespace() }
            }
        }
        guard !q.isEmpty else { return false }
        return text.contains(NormalizedText(q))
    }

    public static func isExcerpt(_ quote: String, of text: String) -> Bool {
        isExcerpt(quote, of: NormalizedText(text))
    }
}

extension String {
    /// The text with its first letter in capitals ("press release" → "Press release").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
