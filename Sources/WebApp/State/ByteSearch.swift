import Foundation

/// Finding bytes in bytes: `memchr` for the first byte, `memcmp` for the
/// rest (glibc's `memmem` is not visible to Swift).
enum ByteSearch {
    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count - from >= needle.count else {
            return needle.isEmpty ? from : nil
        }
        return haystack.withUnsafeBufferPointer { h -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                let base = h.baseAddress!, first = Int32(n[0])
                var at = from
                let last = h.count - n.count
                while at <= last {
                    guard let p = memchr(base + at, first, last - at + 1) else { return nil }
                    let i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + i, n.baseAddress!, n.count) == 0 { return i }
                    at = i + 1
                }
                return nil
            }
        }
    }
}
