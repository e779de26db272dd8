import Foundation

/// A page's bytes as text, in the encoding the page gives: a byte-order
/// mark first (UTF-8, UTF-16 LE/BE), then for HTML a declared charset
/// (`<meta charset>`, `<meta http-equiv="Content-Type" content="…;
/// charset=…">`, `<?xml encoding=…?>`, looked for in the first 1,024 bytes
/// as browsers do), else UTF-8. Bytes the encoding cannot decode become
/// U+FFFD and a warning says how many — never a silent "lib�ration".
/// Conversion is glibc's iconv, which knows every charset a page declares.
enum PageDecoding {
    struct Decoded { var text: String; var encoding: String; var warnings: [String] }

    /// How far into a page a charset declaration is looked for (the HTML
    /// standard's prescan length).
    static let prescanLength = 1_024

    static func decode(_ data: Data, html: Bool) -> Decoded {
        let bytes = [UInt8](data)
        var body = bytes[...]
        var encoding = "UTF-8"
        var source = "no declaration: read as UTF-8"
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes.dropFirst(3); source = "byte-order mark"
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            body = bytes.dropFirst(2); encoding = "UTF-16LE"; source = "byte-order mark"
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            body = bytes.dropFirst(2); encoding = "UTF-16BE"; source = "byte-order mark"
        } else if let guess = utf16WithoutMark(bytes) {
            encoding = guess; source = "NUL bytes of UTF-16"
        } else if html, let declared = declaredCharset(bytes) {
            encoding = declared
            source = "declared charset"
        }
        // A page declaring a single-byte Latin charset is read as windows-1252,
        // its superset, as browsers do (0x80–0x9F are its quotes and dashes).
        if ["ISO-8859-1", "LATIN1", "ISO8859-1", "US-ASCII", "ASCII", "L1"].contains(encoding.uppercased()) {
            encoding = "WINDOWS-1252"
        }
        var warnings: [String] = []
        guard let (text, bad) = convert(body, from: encoding) else {
            warnings.append("the page declares the charset '\(Quoted(encoding))', which is not known: read as UTF-8")
            let (text, bad) = convert(body, from: "UTF-8")!
            if bad > 0 { warnings.append(undecodable(bad, encoding: "UTF-8")) }
            return Decoded(text: text, encoding: "UTF-8", warnings: warnings)
        }
        if bad > 0 { warnings.append(undecodable(bad, encoding: encoding) + " (\(source))") }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    private static func Quoted(_ s: String) -> String { String(s.prefix(40)) }

    static func undecodable(_ n: Int, encoding: String) -> String {
        "\(n) byte\(n == 1 ? " is" : "s are") not valid \(encoding) and \(n == 1 ? "was" : "were") replaced by �: check the page's encoding"
    }

    /// UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes
    /// of the start are NUL, which no 8-bit text has.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let n = min(bytes.count, 512) & ~1
        guard n >= 8 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenNUL += 1 }
            if bytes[i + 1] == 0 { oddNUL += 1 }
        }
        let pairs = n / 2
        if oddNUL * 10 >= pairs * 7 && evenNUL * 10 < pairs { return "UTF-16LE" }
        if evenNUL * 10 >= pairs * 7 && oddNUL * 10 < pairs { return "UTF-16BE" }
        return nil
    }

    /// The charset an HTML page declares in its first bytes, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(prescanLength), as: UTF8.self).lowercasedByScalar()
        // <meta charset="x">, content="text/html; charset=x", <?xml … encoding="x"?>
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex..<head.endIndex
            while let r = head.range(of: marker, range: search) {
                search = r.upperBound..<head.endIndex
                if marker == "encoding=" && !head[..<r.lowerBound].contains("<?xml") { continue }
                var rest = head[r.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
                rest = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !rest.isEmpty { return String(rest) }
            }
        }
        return nil
    }

    /// The text and how many bytes could not be decoded (each U+FFFD); nil
    /// when iconv does not know the encoding.
    static func convert(_ input: ArraySlice<UInt8>, from encoding: String) -> (String, Int)? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var source = Array(input)
        var output = [UInt8]()
        output.reserveCapacity(source.count + source.count / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var bad = 0
        source.withUnsafeMutableBufferPointer { src in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(src.baseAddress)?.assumingMemoryBound(
                to: CChar.self)
            var inLeft = src.count
            while inLeft > 0 {
                let (result, code, produced): (Int, Int32, Int) = chunk.withUnsafeMutableBytes { out in
                    var outPtr: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, errno, out.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result != -1 { break }
                if code == E2BIG { continue }
                // EILSEQ (a byte the encoding has no character for) or EINVAL
                // (a sequence cut at the end): one byte becomes U+FFFD.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                bad += 1
                inPtr = inPtr.map { $0 + 1 }
                inLeft -= 1
                _ = iconv(cd, nil, nil, nil, nil)
            }
        }
        return (String(decoding: output, as: UTF8.self), bad)
    }
}
