/// Byte scans over a string's UTF-8 in place, for the tests every run of
/// text passes on entering the engine (`TextRun`): most text is ASCII or
/// Latin, and these answer "nothing to do" without decoding a scalar.
enum UTF8Scan {
    /// Whether any UTF-8 byte of `text` is `limit` or above.
    static func hasByte(atLeast limit: UInt8, in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, atLeast: limit) }) { return found }
        return text.utf8.contains { $0 >= limit }
    }

    /// Eight bytes at a time while they are all ASCII (no byte of 0x80 or
    /// above, so none at `limit` either when `limit` is 0x80 or more), then
    /// byte by byte.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, atLeast limit: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        if limit >= 0x80 {
            // Bounds: each load reads bytes i ..< i + 8, and the loop runs only while i + 8 <= count.
            while i + 8 <= bytes.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < bytes.count {
            if bytes[i] >= limit { return true }
            i += 1
        }
        return false
    }
}
