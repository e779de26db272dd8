import Foundation

/// Lowercasing and trimming one Unicode scalar at a time, with ASCII
/// handled byte by byte: the same results as the standard library's
/// `lowercased()` and Foundation's `trimmingCharacters(in:)`, without their
/// slow paths. `lowercased()` maps every scalar of a text through its
/// Unicode properties as soon as the text holds one non-ASCII character
/// (a curly quote is enough); `trimmingCharacters` goes through `NSString`
/// and back. Ingest lowercases and trims every line of every page several
/// times, so both were a large share of its time.
extension StringProtocol {
    /// `lowercased()`: each scalar's full lowercase mapping, ASCII letters shifted directly. The
    /// lowered text is built as UTF-8 bytes, and a text with no capital in it is returned as it is.
    public func lowercasedByScalar() -> String {
        let scan = asciiScan
        if scan.isASCII {
            guard scan.hasCapital else { return String(self) }
            return utf8.withContiguousStorageIfAvailable(Self.lowercasedASCII)
                ?? Array(utf8).withUnsafeBufferPointer(Self.lowercasedASCII)
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for s in unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                out.append(Self.isASCIICapital(b) ? b + Self.asciiCaseOffset : b)
            } else if s.properties.changesWhenLowercased {
                out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(s) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every byte of the text is ASCII, read in one pass over its contiguous bytes.
    public var isAllASCII: Bool { asciiScan.isASCII }

    private var asciiScan: ASCIIScan {
        utf8.withContiguousStorageIfAvailable(ASCIIScan.init) ?? Array(utf8).withUnsafeBufferPointer(ASCIIScan.init)
    }

    private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for i in bytes.indices {
                buffer[i] = isASCIICapital(bytes[i]) ? bytes[i] + asciiCaseOffset : bytes[i]
            }
            return bytes.count
        }
    }

    private static func isASCIICapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    /// "A" (0x41) to "a" (0x61).
    private static var asciiCaseOffset: UInt8 { 0x20 }

    /// The text without the leading and trailing scalars `drop` accepts.
    public func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
            let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// `trimmingCharacters(in: .whitespaces)`: spaces, tabs and the other space separators (no line ends).
    public func trimmingWhitespaceScalars() -> String { trimmingScalars(where: ScalarSets.isWhitespace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlineScalars() -> String {
        trimmingScalars(where: ScalarSets.isWhitespaceOrNewline)
    }

    /// `trimmingCharacters(in: CharacterSet(charactersIn: characters))`.
    public func trimmingScalars(in characters: Set<Unicode.Scalar>) -> String {
        trimmingScalars(where: characters.contains)
    }
}

/// Whether a run of UTF-8 is all ASCII and whether it holds an ASCII capital, read in one pass over
/// contiguous bytes (the generic walk over a `String.UTF8View` cost ingest a tenth of its time).
private struct ASCIIScan {
    var isASCII = true
    var hasCapital = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var high: UInt8 = 0
        var capital = false
        for b in bytes {
            high |= b
            capital = capital || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
        }
        isASCII = high < 0x80  // no byte has its high bit set
        hasCapital = capital
    }
}

/// Foundation's whitespace sets, asked only of the non-ASCII scalars.
public enum ScalarSets {
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || s == "\t" : CharacterSet.whitespaces.contains(s)
    }
    public static func isWhitespaceOrNewline(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || ("\t"..."\r").contains(s) : CharacterSet.whitespacesAndNewlines.contains(s)
    }
    /// The scalars of a string, for `trimmingScalars(in:)`.
    public static func of(_ characters: String) -> Set<Unicode.Scalar> { Set(characters.unicodeScalars) }
}
