/// Substring search on UTF-8 bytes: the checks ingest makes thousands of
/// times a page (cue words, names), without Foundation's locale-aware search.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { firstIndex(haystack, needle) != nil }

    static func firstIndex(_ haystack: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in firstIndex(h, n, from: start) } }
    }

    static func firstIndex(
        _ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from start: Int = 0
    ) -> Int? {
        guard !needle.isEmpty, haystack.count - start >= needle.count else { return needle.isEmpty ? start : nil }
        let first = needle[0], last = haystack.count - needle.count
        var i = start
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `haystack` holds `needle` as a whole word at its end: not
    /// followed by an ASCII letter ("State" is not in "States").
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
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

    /// Whether `haystack` holds `needle`, byte for byte (no case folding, no normalization).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in firstIndex(hb, nb) != nil } }
    }
}

extension String {
    /// `contains` on UTF-8 bytes (Foundation's is locale-aware and many times slower).
    func holds(_ needle: String) -> Bool { ByteSearch.contains(self, needle) }
}
