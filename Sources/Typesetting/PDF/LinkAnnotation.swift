/// A link's annotation as the PDF writer writes it: where it is on the
/// page, in PDF user space, and where it leads. Only what passes the
/// engine's own guards becomes one (briefs check links before): web and
/// mail addresses (never javascript:, file: …) and valid anchor names.
struct LinkAnnotation {
    /// x0 y0 x1 y1, from the page's bottom left.
    let rect: [Double]
    /// Where it leads.
    let target: LinkTarget

    /// `area` in the page's coordinates (from its top left, y down).
    init?(_ target: LinkTarget, area: Rect, pageHeight: Double) {
        switch target {
        case .uri(let u):
            let lower = u.lowercased()
            guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) }),
                !u.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
            else { return nil }
        case .destination(let name):
            guard TagAttributes.isValidName(name) else { return nil }
        }
        self.target = target
        rect = [area.minX, pageHeight - area.maxY, area.maxX, pageHeight - area.minY]
    }

    /// The web or mail address, percent-encoded, when it leads to one.
    var uri: String? {
        if case .uri(let u) = target { return Self.percentEncoded(u) }
        return nil
    }

    /// The named destination, when it leads to one.
    var destination: String? {
        if case .destination(let name) = target { return name }
        return nil
    }

    /// Percent-encodes everything outside printable ASCII, and quotes and backslashes.
    static func percentEncoded(_ uri: String) -> String {
        var out = ""
        for b in uri.utf8 {
            if b > 0x20 && b < 0x7F && b != 0x27 && b != 0x5C && b != 0x22 && b != 0x25 {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b == 0x25 {
                out += "%"
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}
