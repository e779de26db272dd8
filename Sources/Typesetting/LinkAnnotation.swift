/// A link's annotation as the tagging step writes it: where it is on the
/// page, in PDF user space, and where it leads. Only what passes the
/// engine's own guards becomes one (briefs check links before): web and
/// mail addresses (never javascript:, file: …) and valid anchor names.
struct LinkAnnotation {
    /// x0 y0 x1 y1, from the page's bottom left.
    let rect: [Double]
    /// A percent-encoded http, https or mailto address, or nil.
    let uri: String?
    /// A named destination, or nil.
    let destination: String?
    /// Where it leads, for its description.
    let target: LinkTarget

    /// `area` in the page's coordinates (from its top left, y down).
    init?(_ target: LinkTarget, area: Rect, pageHeight: Double) {
        switch target {
        case .uri(let u):
            let lower = u.lowercased()
            guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) }),
                  !u.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
            uri = TagAttributes.escapeURI(u)
            destination = nil
        case .destination(let name):
            guard TagAttributes.isValidName(name) else { return nil }
            uri = nil
            destination = name
        }
        self.target = target
        rect = [area.minX, pageHeight - area.maxY, area.maxX, pageHeight - area.minY]
    }
}
