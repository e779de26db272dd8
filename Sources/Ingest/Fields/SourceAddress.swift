import Corpus
import Foundation

/// The web address an "Original Source:" line gives, or nil when it gives
/// none that may become a draft's `source`. The value is read as a browser
/// would read it — HTML entities (`&#58;`, `&colon;`) and percent-escapes
/// (`%3A`) decoded — so that `javascript:`, `vbscript:`, `data:` and
/// `file:` are refused however they are spelled, and `https://` is added
/// only in front of a bare host name (`www.example.org/…`), never in front
/// of another scheme.
enum SourceAddress {
    static func web(_ value: String) -> String? {
        let decoded = percentDecoded(entityDecoded(value))
        if let scheme = SafeLink.scheme(of: decoded) ?? SafeLink.scheme(of: value) {
            guard scheme == "http" || scheme == "https" else { return nil }
            return SafeLink.isClickable(value) ? value : nil
        }
        // No scheme: a bare host name and path, if it reads as one.
        let url = "https://" + value
        guard value.contains("."), SafeLink.isClickable(url) else { return nil }
        return url
    }

    /// `&#106;`, `&#x6A;` and the named entities an address may hide behind.
    static func entityDecoded(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        let named: [String: String] = [
            "colon": ":", "sol": "/", "amp": "&", "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")",
            "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "period": ".",
        ]
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                var scalar: Unicode.Scalar? = nil
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
                }
                if let scalar { out.unicodeScalars.append(scalar); i = s.index(after: semi); continue }
                if let v = named[body.lowercasedByScalar()] { out += v; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    static func percentDecoded(_ s: String) -> String { s.removingPercentEncoding ?? s }
}
