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
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastWasSpace = true
        var s = s
        s.withUTF8 { b in
            let n = b.count
            var i = 0
            @inline(__always) func space() { if !lastWasSpace { out.append(0x20) }; lastWasSpace = true }
            @inline(__always) func put(_ c: UInt8) { out.append(c); lastWasSpace = false }
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    switch c {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: space()
                    case 0x60: put(0x27)
                    default: put(c)
                    }
                    i += 1
                } else if c == 0xC2 && i + 1 < n {
                    switch b[i + 1] {
                    case 0xA0, 0x85: space()
                    case 0xB4: put(0x27)
                    case 0xAB, 0xBB: put(0x22)
                    default: put(c); put(b[i + 1])
                    }
                    i += 2
                } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
                    let t = b[i + 2]
                    switch t {
                    case 0x80...0x8A, 0xA8, 0xA9, 0xAF: space()
                    case 0x90...0x93: put(0x2D)
                    case 0x98...0x9B, 0xB2: put(0x27)
                    case 0x9C...0x9F, 0xB3: put(0x22)
                    case 0xA6: put(0x2E); put(0x2E); put(0x2E)
                    default: put(c); put(0x80); put(t)
                    }
                    i += 3
                } else {
                    put(c)
                    i += 1
                }
            }
        }
        if out.last == 0x20 { out.removeLast() }
        bytes = out
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

    /// Whether `quote` is an excerpt of `text`; a leading or trailing ellipsis
    /// in the quote (marking an elision at its ends) is ignored.
    public static func isExcerpt(_ quote: String, of text: NormalizedText) -> Bool {
        var q = normalize(quote)
        for mark in ["[...]", "..."] {
            if q.hasPrefix(mark) { q = String(q.dropFirst(mark.count)).trimmingWhitespace() }
            if q.hasSuffix(mark) { q = String(q.dropLast(mark.count)).trimmingWhitespace() }
        }
        guard !q.isEmpty else { return false }
        return text.contains(NormalizedText(q))
    }

    public static func isExcerpt(_ quote: String, of text: String) -> Bool {
        isExcerpt(quote, of: NormalizedText(text))
    }
}
