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
    /// `lowercased()`: each scalar's full lowercase mapping, ASCII letters shifted directly.
    public func lowercasedByScalar() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for s in unicodeScalars {
            if s.isASCII {
                let v = s.value
                out.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s)
            } else {
                out += s.properties.lowercaseMapping
            }
        }
        return out
    }

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
