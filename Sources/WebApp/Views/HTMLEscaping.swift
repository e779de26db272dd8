import Mustache

/// HTML escaping for the templates, byte by byte: the same five characters
/// as Mustache's own HTML content type (`<`, `>`, `&`, `"`, `'`), but a
/// value without any of them — most values — is returned as it is, and the
/// others are escaped over their UTF-8 bytes instead of grapheme by grapheme
/// through a dictionary. Escaping was most of the time a large page took to
/// render (docs/serve.md). Every template gets it through a
/// `CONTENT_TYPE` pragma `PageRenderer` puts first.
struct HTMLEscaping: MustacheContentType {
    /// The name the pragma gives.
    static let name = "BRIEF_HTML"
    /// The pragma, put before every template's own text.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard
            bytes.contains(where: {
                $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&")
                    || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
            })
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            switch b {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
