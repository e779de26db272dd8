import CUnibreak

/// Unicode line-break opportunities (UAX #14) from libunibreak.
enum LineBreakOpportunities {
    enum Kind: UInt8 { case mandatory = 0, allowed = 1, none = 2, insideCharacter = 3 }

    private static let initialized: Bool = { init_linebreak(); return true }()

    /// One entry per UTF-8 byte: whether a line may end after that byte.
    static func compute(utf8 bytes: [UInt8], language: String) -> [UInt8] {
        _ = initialized
        var result = [CChar](repeating: 2, count: bytes.count)
        guard !bytes.isEmpty else { return [] }
        bytes.withUnsafeBufferPointer { b in
            language.withCString { lang in
                set_linebreaks_utf8(b.baseAddress, b.count, lang, &result)
            }
        }
        return result.map { UInt8(bitPattern: $0) }
    }
}
