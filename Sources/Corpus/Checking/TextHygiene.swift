import Foundation

/// The bytes of a corpus file made into text, with every encoding problem
/// reported where it is.
///
/// Invalid UTF-8 and control characters (other than tab, line feed and
/// carriage return) are errors at their own line and column; they are
/// replaced (U+FFFD, a space) so that the rest of the file is still checked
/// instead of the whole file being dropped. A UTF-8 byte-order mark at the
/// start (Windows editors write one) is no text: YAML allows it there, and
/// libyaml read it as a stray character ("did not find expected '-'").
enum TextHygiene {
    static func text(of data: Data, file: String) -> (text: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var out = [UInt8]()
        out.reserveCapacity(data.count)
        var line = 1, column = 1
        var reportedEncoding = false
        var controlsReported = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            var i = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                        if controlsReported < 20 {
                            diagnostics.append(
                                .error(
                                    SourceLocation(file: file, line: line, column: column),
                                    String(
                                        format:
                                            "control character U+%04X in the text; delete it (it is invisible in most editors)",
                                        b)))
                        }
                        controlsReported += 1
                        out.append(0x20)
                    } else {
                        out.append(b)
                    }
                    if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                    i += 1
                    continue
                }
                let len = b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
                var ok = len > 0 && i + len <= n
                if ok { for k in 1..<len where bytes[i + k] >> 6 != 0b10 { ok = false } }
                if ok {
                    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
                    var scalar = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                    for k in 1..<len { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                    let minimum: UInt32 = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000
                    ok = scalar >= minimum && scalar <= 0x10FFFF && !(0xD800...0xDFFF).contains(scalar)
                    if ok && (0x80...0x9F).contains(scalar) {
                        if controlsReported < 20 {
                            diagnostics.append(
                                .error(
                                    SourceLocation(file: file, line: line, column: column),
                                    String(format: "control character U+%04X in the text; delete it", scalar)))
                        }
                        controlsReported += 1
                        out.append(0x20)
                        i += len; column += 1
                        continue
                    }
                }
                if !ok {
                    if !reportedEncoding {
                        diagnostics.append(
                            .error(
                                SourceLocation(file: file, line: line, column: column),
                                "bytes that are not UTF-8 (first here); save the file as UTF-8"))
                        reportedEncoding = true
                    }
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1; column += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]))
                i += len; column += 1
            }
        }
        if controlsReported > 20 {
            diagnostics.append(
                .error(
                    SourceLocation(file: file, line: line, column: 1),
                    "\(controlsReported) control characters in all in this file (only the first 20 are listed)"))
        }
        return (String(decoding: out, as: UTF8.self), diagnostics)
    }
}
