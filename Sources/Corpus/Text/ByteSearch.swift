import Foundation

/// Substring search on UTF-8 bytes: the checks ingest makes thousands of
/// times a page (cue words, names), the web application's search and its
/// form reader, without Foundation's locale-aware search. `memchr` finds
/// each candidate first byte, `memcmp` compares the rest.
public enum ByteSearch {
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { firstIndex(haystack, needle) != nil }

    /// Where `needle` first occurs in `haystack` at or after `start`.
    public static func firstIndex(_ haystack: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in firstIndex(h, n, from: start) } }
    }

    public static func firstIndex(
        _ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from start: Int = 0
    ) -> Int? {
        guard !needle.isEmpty, start >= 0, haystack.count - start >= needle.count else {
            return needle.isEmpty ? max(start, 0) : nil
        }
        let base = haystack.baseAddress!, first = Int32(needle[0]), last = haystack.count - needle.count
        var at = start
        while at <= last {
            guard let p = memchr(base + at, first, last - at + 1) else { return nil }
            let i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, needle.baseAddress!, needle.count) == 0 { return i }
            at = i + 1
        }
        return nil
    }

    /// Whether `haystack` holds `needle` as a whole word at its end: not
    /// followed by an ASCII letter ("State" is not in "States").
    public static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        var from = 0
        while let i = firstIndex(haystack, needle, from: from) {
            let end = i + needle.count
            guard end < haystack.count else { return true }
            let b = haystack[end] | 0x20
            if b < 0x61 || b > 0x7A { return true }
            from = i + 1
        }
        return false
    }

    /// Whether a byte belongs to a letter: an ASCII letter, or any byte of a
    /// character beyond ASCII (a Cyrillic or accented letter is read as one).
    public static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }

    /// Where `needle` stands in `haystack` as a whole word: no byte `isLetter`
    /// takes for a letter right before or right after it.
    public static func wholeWordIndices(
        _ haystack: [UInt8], _ needle: [UInt8], isLetter: (UInt8) -> Bool = isWordByte
    ) -> [Int] {
        var out: [Int] = []
        var from = 0
        while let at = firstIndex(haystack, needle, from: from) {
            from = at + 1
            let end = at + needle.count
            if (at == 0 || !isLetter(haystack[at - 1])) && (end >= haystack.count || !isLetter(haystack[end])) {
                out.append(at)
            }
        }
        return out
    }

    /// Where `needle` first occurs in `text`, found on its bytes, as a range of the text's indices.
    public static func range(of needle: [UInt8], in text: Substring) -> Range<String.Index>? {
        guard let at = firstIndex(Array(text.utf8), needle) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: at)
        return start..<text.utf8.index(start, offsetBy: needle.count)
    }

    /// Whether `haystack` holds `needle`, byte for byte (no case folding, no normalization).
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in firstIndex(hb, nb) != nil } }
    }
}

extension String {
    /// `contains` on UTF-8 bytes (Foundation's is locale-aware and many times slower).
    public func holds(_ needle: String) -> Bool { ByteSearch.contains(self, needle) }

    /// How often `needle` stands in the string, byte for byte, occurrences not overlapping.
    public func occurrences(of needle: String) -> Int {
        let h = Array(utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return 0 }
        var count = 0, from = 0
        while let at = ByteSearch.firstIndex(h, n, from: from) { count += 1; from = at + n.count }
        return count
    }
}

extension Substring {
    /// `contains` on UTF-8 bytes, as `String.holds`.
    public func holds(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { h in needle.withUTF8 { ByteSearch.firstIndex(h, $0) != nil } }
    }
}
