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
            } else if let lower = LowercaseTable.lower(s) {
                UTF8.encode(lower) { out.append($0) }
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

/// The lowercase of each scalar of Latin-1, Latin Extended-A and B, IPA, Greek and Cyrillic
/// (U+0080–U+04FF: the letters of every language ingest reads) whose lowercase mapping is one
/// scalar, read from the scalar's own Unicode properties once. Asking the properties for every
/// scalar of a page (`changesWhenLowercased`, then `lowercaseMapping`) was a twentieth of the
/// time ingest spent on a Cyrillic or accented page.
enum LowercaseTable {
    /// The table's range.
    static let first: UInt32 = 0x80, last: UInt32 = 0x4FF

    /// For each scalar of the range, its lowercase; 0 where the mapping is more than one scalar
    /// ("İ" lowercases to "i" and a combining dot), which the properties then give.
    static let lowercase: [UInt32] = (first...last).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : 0
    }

    /// The scalar's lowercase when the table holds it (itself when it has no other case).
    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value >= first, scalar.value <= last else { return nil }
        let value = lowercase[Int(scalar.value - first)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
