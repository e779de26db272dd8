import Foundation

/// Running headers and footers: three slots of text with `{page}`,
/// `{pages}` and `{title}` filled in for each page.
struct FurnitureLayout {
    let context: LayoutContext
    let style: DocumentStyle
    let title: String

    func fragments(page: Int, of pages: Int) throws -> [(origin: Point, fragment: Fragment)] {
        var out: [(origin: Point, fragment: Fragment)] = []
        if let header = style.header, !(header.skipFirstPage && page == 1) {
            out.append(try line(header, page: page, pages: pages, baselineY: header.offset, ruleBelow: true))
        }
        if let footer = style.footer, !(footer.skipFirstPage && page == 1) {
            out.append(
                try line(
                    footer, page: page, pages: pages, baselineY: style.pageSize.height - footer.offset,
                    ruleBelow: false))
        }
        return out
    }

    private func fill(_ s: String, page: Int, pages: Int) -> String {
        s.replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
            .replacingOccurrences(of: "{title}", with: title)
    }

    private func line(_ f: PageFurniture, page: Int, pages: Int, baselineY: Double, ruleBelow: Bool)
        throws -> (origin: Point, fragment: Fragment)
    {
        let width = style.contentWidth
        var frag = Fragment(width: width, height: f.style.size * 1.3)
        let flow = BlockFlow(context: context, style: style)
        let slots = [
            (fill(f.left, page: page, pages: pages), 0.0),
            (fill(f.center, page: page, pages: pages), 0.5),
            (fill(f.right, page: page, pages: pages), 1.0),
        ]
        var used: [(Double, Double)] = []
        for (text, anchor) in slots where !text.isEmpty {
            var t = text
            var w = context.shaper.width(of: t, style: f.style)
            // A title longer than its slot is shortened with an ellipsis rather than colliding.
            let room = anchor == 0.5 ? width / 3 : width * 0.6
            while w > room && t.count > 4 {
                t = String(t.dropLast(2)).trimmingCharacters(in: .whitespaces) + "…"
                w = context.shaper.width(of: t, style: f.style)
            }
            let x = (width - w) * anchor
            if used.contains(where: { x < $0.1 + 8 && $0.0 < x + w + 8 }) { continue }
            used.append((x, x + w))
            frag.items.append(DrawItem.glyphs(try flow.label(t, style: f.style)).offsetBy(dx: x, dy: 0))
        }
        if let rule = f.rule {
            let y = ruleBelow ? f.style.size * 0.5 : -f.style.size * 1.1
            frag.items.append(.stroke(.line(from: Point(x: 0, y: y), to: Point(x: width, y: y)), rule, width: 0.4))
        }
        return (Point(x: style.margins.left, y: baselineY), frag)
    }
}
