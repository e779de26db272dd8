/// Which addresses may become clickable links in a brief: `http`, `https`
/// and `mailto` only (docs/corpus-format.md). `javascript:`, `data:`, `file:` and the
/// rest stay plain text, however they are spelled.
public enum SafeLink {
    public static let schemes = ["http", "https", "mailto"]

    /// The scheme as a browser reads it: leading spaces and control
    /// characters skipped, tabs and line breaks inside ignored, any case.
    /// nil when the address has no scheme.
    public static func scheme(of address: String) -> String? {
        var scheme = ""
        var started = false
        for u in address.unicodeScalars {
            if !started && (u.value <= 0x20) { continue }
            started = true
            if u == "\t" || u == "\n" || u == "\r" { continue }
            if u == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let ascii =
                u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "+" || u == "-" || u == ".")
            guard ascii else { return nil }
            scheme.unicodeScalars.append(u)
        }
        return nil
    }

    /// What `brief check` says of an address written where a link may go:
    /// nil when it may be clickable (or is an internal `#anchor`), else
    /// the severity and the message.
    public static func problem(_ address: String) -> (Diagnostic.Severity, String)? {
        if address.hasPrefix("#") || isClickable(address) { return nil }
        let shown = Quoted.cut(address)
        if let scheme = scheme(of: address), scheme == "http" || scheme == "https" {
            return (
                .error,
                "link '\(shown)' names no valid host after '\(scheme)://' (letters, digits, dots and hyphens, then an optional numeric port): correct the address or write it as plain text"
            )
        }
        if let scheme = scheme(of: address) {
            return (
                .error,
                "link '\(shown)' uses '\(scheme):', which may not be clickable (only http, https and mailto): remove the link or write the address as plain text"
            )
        }
        return (.warning, "'\(shown)' is not a full web address (https://…): it is shown as text, not as a link")
    }

    /// True when the address may be clickable: an allowed scheme, and for
    /// `http(s)` a real host after `//` — `https://javascript:alert(1)` has
    /// none (its "port" is no number), so it stays text.
    public static func isClickable(_ address: String) -> Bool {
        guard let scheme = scheme(of: address), schemes.contains(scheme) else { return false }
        if address.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        if scheme == "mailto" { return address.count > "mailto:".count }
        guard let range = address.range(of: "://") else { return false }
        let authority = address[range.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" }
        return hasHost(authority)
    }

    /// `[user@]host[:port]`: a host of letters, digits, `-`, `.` and `_` (any
    /// script, for international names) or a bracketed IPv6 address, and a
    /// port of digits only.
    static func hasHost(_ authority: Substring) -> Bool {
        let hostPort = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { return false }
            let rest = hostPort[hostPort.index(after: close)...]
            return rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCIIDigit))
        }
        var host = hostPort
        if let colon = hostPort.firstIndex(of: ":") {
            guard hostPort[hostPort.index(after: colon)...].allSatisfy(\.isASCIIDigit) else { return false }
            host = hostPort[..<colon]
        }
        guard let first = host.first, first.isLetter || first.isNumber else { return false }
        return host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
