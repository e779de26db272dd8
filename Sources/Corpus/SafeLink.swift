/// Which addresses may become clickable links in a brief: `http`, `https`
/// and `mailto` only (DESIGN.md). `javascript:`, `data:`, `file:` and the
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
            let ascii = u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "+" || u == "-" || u == ".")
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
        if let scheme = scheme(of: address) {
            return (.error, "link '\(shown)' uses '\(scheme):', which may not be clickable (only http, https and mailto): remove the link or write the address as plain text")
        }
        return (.warning, "'\(shown)' is not a full web address (https://…): it is shown as text, not as a link")
    }

    /// True when the address may be clickable: an allowed scheme, and for
    /// `http(s)` a host after `//`.
    public static func isClickable(_ address: String) -> Bool {
        guard let scheme = scheme(of: address), schemes.contains(scheme) else { return false }
        if address.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        if scheme == "mailto" { return address.count > "mailto:".count }
        guard let range = address.range(of: "://") else { return false }
        return address[range.upperBound...].first.map { $0 != "/" } ?? false
    }
}
