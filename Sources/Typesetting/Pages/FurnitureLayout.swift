import Foundation

/// Running headers and footers: three slots of text with `{page}`,
/// `{pages}` and `{title}` filled in for each page.
struct FurnitureLayout {
    let context: LayoutContext
    let style: DocumentStyle
    let title: String
    /// Slots already set, by their text: most slots read the same on every
    /// page (a title, a kind, a date), so a long brief sets each once, not
    /// once a page. Used by one thread at a time, like the layout context.
    private let setSlots = SetSlots()

    init(context: LayoutContext, style: DocumentStyle, title: String) {
        self.context = context; self.style = style; self.title = title
    }

    /// A slot's text as set: shortened to its room, its width, its glyphs.
    private struct SetSlot { var width: Double; var run: GlyphRun }
    private struct SlotKey: Hashable { var text: String; var room: Double; var style: TextStyle }
    private final class SetSlots { var table: [SlotKey: SetSlot] = [:] }

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
        guard s.utf8.contains(UInt8(ascii: "{")) else { return s }
        return s.replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
            .replacingOccurrences(of: "{title}", with: title)
    }

    private func line(_ f: PageFurniture, page: Int, pages: Int, baselineY: Double, ruleBelow: Bool)
        throws -> (origin: Point, fragment: Fragment)
    {
        let width = style.contentWidth
        var frag = Fragment(width: width, height: f.style.size * 1.3)
        var used: [(Double, Double)] = []
        for (template, anchor) in [(f.left, 0.0), (f.center, 0.5), (f.right, 1.0)] {
            let text = fill(template, page: page, pages: pages)
            if text.isEmpty { continue }
            // A title longer than its slot is shortened with an ellipsis rather than colliding.
            let room = anchor == 0.5 ? width / 3 : width * 0.6
            let slot = try set(text, room: room, style: f.style, keep: !template.contains("{page}"))
            let w = slot.width
            let x = (width - w) * anchor
            if used.contains(where: { x < $0.1 + 8 && $0.0 < x + w + 8 }) { continue }
            used.append((x, x + w))
            frag.items.append(DrawItem.glyphs(slot.run).offsetBy(dx: x, dy: 0))
        }
        if let rule = f.rule {
            let y = ruleBelow ? f.style.size * 0.5 : -f.style.size * 1.1
            frag.items.append(.stroke(.line(from: Point(x: 0, y: y), to: Point(x: width, y: y)), rule, width: 0.4))
        }
        return (Point(x: style.margins.left, y: baselineY), frag)
    }

    /// `text` set in `style`, shortened with an ellipsis until it fits `room`;
    /// kept for the pages after when `keep` (a slot without the page's number).
    private func set(_ text: String, room: Double, style: TextStyle, keep: Bool) throws -> SetSlot {
        let key = SlotKey(text: text, room: room, style: style)
        if let slot = setSlots.table[key] { return slot }
        var t = text
        var w = context.shaper.width(of: t, style: style)
        while w > room && t.count > 4 {
            t = String(t.dropLast(2)).trimmingCharacters(in: .whitespaces) + "…"
            w = context.shaper.width(of: t, style: style)
        }
        let run = try BlockFlow(context: context, style: self.style).label(t, style: style)
        let slot = SetSlot(width: w, run: run)
        if keep { setSlots.table[key] = slot }
        return slot
    }
}
