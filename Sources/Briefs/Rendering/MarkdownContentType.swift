import Mustache

/// Values inserted into a Markdown template are escaped for Markdown, so a
/// title containing `*` or `[` stays literal text. Templates opt in with
/// `{{% CONTENT_TYPE: MARKDOWN}}`.
struct MarkdownContentType: MustacheContentType {
    /// The bytes Markdown would read as syntax, each given a backslash: all
    /// ASCII, so the text is escaped byte by byte (a brief's every value
    /// passes here, and most need nothing).
    private static let syntax: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]<>#!|~".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The text with each syntax character escaped and each line break made
    /// a space (a value is one line of the Markdown it goes into); a
    /// carriage return with its line feed is left as it is.
    func escapeText(_ text: String) -> String {
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let bytes = text.utf8
        guard bytes.contains(where: { Self.syntax[Int($0)] || $0 == newline }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var previous: UInt8 = 0
        for byte in bytes {
            if Self.syntax[Int(byte)] {
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            } else if byte == newline && previous != carriageReturn {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let register: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}
