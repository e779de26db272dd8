import CLineBreak

/// Unicode line-break opportunities (UAX #14), from ICU's line break iterator.
enum LineBreakOpportunities {
    enum Kind: UInt8 {
        case mandatory = 0, allowed = 1, none = 2, insideCharacter = 3
    }

    /// One entry per UTF-8 byte: whether a line may end after that byte.
    /// Never fails: if ICU cannot answer, the text has no opportunities
    /// inside tokens (spaces still break), which sets but never aborts.
    static func compute(utf8 bytes: [UInt8], language: String) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        var result = [UInt8](repeating: Kind.none.rawValue, count: bytes.count)
        bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { text in
                result.withUnsafeMutableBufferPointer { out in
                    _ = brief_line_breaks(text.baseAddress, text.count, language, out.baseAddress)
                }
            }
        }
        return result
    }
}
