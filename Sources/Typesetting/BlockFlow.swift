/// Turns the block tree into the vertical list: paragraphs become lines
/// with widow and orphan penalties, headings stick to what follows, lists
/// and quotes indent their content, tables become rows, figures boxes.
final class BlockFlow {
    let context: LayoutContext
    let style: DocumentStyle
    /// Page of each heading anchor, from the previous layout pass (for the contents).
    var pageNumbers: [String: Int] = [:]
    /// Every heading of the document, in order, collected before layout.
    var headings: [HeadingMark] = []
    private(set) var tableHeaders: [Int: [VBox]] = [:]
    private var tableCount = 0
    private var paragraphs: ParagraphLayout { ParagraphLayout(context: context) }

    init(context: LayoutContext, style: DocumentStyle) {
        self.context = context
        self.style = style
    }

    /// The vertical list for blocks set `width` wide.
    func build(_ blocks: [Block], width: Double) throws -> [VItem] {
        var items: [VItem] = []
        for block in blocks { try append(block, width: width, x: 0, into: &items) }
        return items
    }

    /// Blocks stacked without page breaks (table cells): boxes at y offsets.
    func stack(_ blocks: [Block], width: Double) throws -> [(y: Double, box: Fragment)] {
        var y = 0.0
        var out: [(y: Double, box: Fragment)] = []
        var pendingSpace = 0.0
        for item in try build(blocks, width: width) {
            switch item {
            case .glue(let h): if !out.isEmpty { pendingSpace += h }
            case .penalty: break
            case .box(let b):
                y += pendingSpace; pendingSpace = 0
                var f = b.fragment
                if b.x != 0 { f.items = f.items.map { $0.offsetBy(dx: b.x, dy: 0) } }
                out.append((y, f))
                y += f.height
            }
        }
        return out
    }

    /// Narrowest and widest sensible widths of blocks (min- and max-content).
    func contentWidths(_ blocks: [Block]) throws -> (Double, Double) {
        var lo = 0.0, hi = 0.0
        for block in blocks {
            switch block {
            case .paragraph(let runs, let ps):
                let (a, b) = try paragraphs.contentWidths(runs, firstLineIndent: ps.firstLineIndent)
                lo = max(lo, a); hi = max(hi, b)
            case .heading(let h):
                let (a, b) = try paragraphs.contentWidths(styled(h))
                lo = max(lo, a); hi = max(hi, b)
            case .list(let l):
                for item in l.items {
                    let (a, b) = try contentWidths(item)
                    lo = max(lo, a + style.listIndent); hi = max(hi, b + style.listIndent)
                }
            case .quote(let blocks, _), .keepTogether(let blocks):
                let (a, b) = try contentWidths(blocks)
                lo = max(lo, a + style.quoteIndent); hi = max(hi, b + style.quoteIndent)
            case .figure(let f):
                lo = max(lo, f.size.width); hi = max(hi, f.size.width)
            case .table(let t):
                lo = max(lo, Double(t.columns.count) * 24); hi = max(hi, Double(t.columns.count) * 80)
            case .rule, .spacer, .pageBreak, .tableOfContents, .anchor:
                break
            }
        }
        return (lo, hi)
    }

    // MARK: - Appending blocks

    private func space(_ h: Double, _ items: inout [VItem]) {
        guard h > 0 else { return }
        if case .glue(let g)? = items.last { items[items.count - 1] = .glue(max(g, h)) } else { items.append(.glue(h)) }
    }

    private func append(_ block: Block, width: Double, x: Double, into items: inout [VItem]) throws {
        switch block {
        case .paragraph(let runs, let ps):
            space(ps.spaceBefore, &items)
            let lines = try paragraphs.lines(runs, style: ps, measure: width)
            appendLines(lines, x: x, minimum: ps.minimumLinesAtBreak, keepWithNext: ps.keepWithNext, into: &items)
            space(ps.spaceAfter, &items)

        case .heading(let h):
            let hs = style.heading(level: h.level)
            space(hs.spaceBefore, &items)
            let ps = ParagraphStyle(alignment: .left, leading: 1.2, hyphenate: false)
            var lines = try paragraphs.lines(styled(h), style: ps, measure: width)
            guard !lines.isEmpty else { return }
            lines[0].items.append(.destination(h.anchor, Point(x: 0, y: 0)))
            if let rule = hs.ruleBelow {
                let last = lines.count - 1
                lines[last].height += 3
                lines[last].items.append(.stroke(.line(from: Point(x: 0, y: lines[last].height - 0.5),
                                                       to: Point(x: width, y: lines[last].height - 0.5)), rule, width: 0.6))
            }
            for (i, line) in lines.enumerated() {
                var box = VBox(fragment: line, x: x, what: "heading \"\(h.title)\"")
                if i == 0 {
                    box.marks = [HeadingMark(level: h.level, title: h.title, anchor: h.anchor,
                                             inOutline: h.inOutline, inContents: h.inContents)]
                }
                items.append(.box(box))
                items.append(.penalty(Penalty.never))
            }
            space(hs.spaceAfter, &items)

        case .list(let list):
            space(style.paragraph.spaceAfter / 2, &items)
            let markerStyle = style.body
            for (n, item) in list.items.enumerated() {
                let marker: String
                switch list.marker {
                case .bullet: marker = "•"
                case .number(let start): marker = "\(start + n)."
                }
                var sub: [VItem] = []
                let indent = nestedIndent(style.listIndent, width: width)
                for b in item { try append(b, width: width - indent, x: x + indent, into: &sub) }
                if let first = sub.firstIndex(where: { if case .box = $0 { return true }; return false }),
                   case .box(var box) = sub[first] {
                    let run = try label(marker, style: markerStyle)
                    let w = context.shaper.width(of: marker, style: markerStyle)
                    let baseline = box.fragment.ascent > 0 ? box.fragment.ascent : markerStyle.size
                    box.fragment.items.append(.glyphs(run).offsetBy(dx: -w - 5, dy: baseline))
                    sub[first] = .box(box)
                }
                if n > 0 { space(style.listItemSpacing, &items) }
                while case .glue? = sub.first { sub.removeFirst() }
                while case .glue? = sub.last { sub.removeLast() }
                items.append(contentsOf: sub)
            }
            space(style.paragraph.spaceAfter, &items)

        case .quote(let blocks, let attribution):
            space(style.paragraph.spaceAfter, &items)
            var sub: [VItem] = []
            let indent = nestedIndent(style.quoteIndent, width: width)
            let inner = width - 2 * indent
            for b in blocks { try append(b, width: inner, x: x + indent, into: &sub) }
            if let attribution {
                // The attribution never starts a page on its own: no break before it.
                while case .glue? = sub.last { sub.removeLast() }
                sub.append(.penalty(Penalty.never))
                sub.append(.glue(2))
                let ps = ParagraphStyle(alignment: .right, hyphenate: false, spaceBefore: 0, spaceAfter: 0)
                let lines = try paragraphs.lines(attribution, style: ps, measure: inner)
                appendLines(lines, x: x + indent, minimum: 2, keepWithNext: false, into: &sub)
            }
            while case .glue? = sub.last { sub.removeLast() }
            // At the deepest indent the enclosing quote's rule already marks the text.
            if let rule = style.quoteRule, indent > 0 {
                // The rule is drawn per box, so it follows the quote across a page break.
                var previousBottomGap = 0.0
                for i in sub.indices {
                    switch sub[i] {
                    case .box(var b):
                        let rx = x + indent / 2 - b.x
                        b.fragment.items.append(.stroke(.line(from: Point(x: rx, y: -previousBottomGap),
                                                              to: Point(x: rx, y: b.height)), rule, width: 1.2))
                        previousBottomGap = 0
                        sub[i] = .box(b)
                    case .glue(let g): previousBottomGap += g
                    case .penalty: break
                    }
                }
            }
            items.append(contentsOf: sub)
            space(style.paragraph.spaceAfter, &items)

        case .rule(let color, let w):
            space(6, &items)
            let f = Fragment(width: width, height: max(w, 0.5),
                             items: [.stroke(.line(from: Point(x: 0, y: w / 2), to: Point(x: width, y: w / 2)), color, width: w)])
            items.append(.box(VBox(fragment: f, x: x, what: "a rule")))
            space(6, &items)

        case .spacer(let h):
            items.append(.glue(h))

        case .anchor(let name):
            let f = Fragment(width: 0, height: 0, items: [.destination(name, Point(x: 0, y: 0))])
            items.append(.box(VBox(fragment: f, x: x, what: "an anchor")))
            items.append(.penalty(Penalty.never))

        case .pageBreak:
            items.append(.penalty(Penalty.always))

        case .table(let table):
            space(table.style.spaceBefore, &items)
            tableCount += 1
            let id = tableCount
            var rows = try TableLayout(flow: self).layout(table, available: width, tableID: id)
            for i in rows.indices { if case .box(var b) = rows[i] { b.x += x; rows[i] = .box(b) } }
            tableHeaders[id] = rows.compactMap { if case .box(let b) = $0, b.isTableHeader { return b }; return nil }
            items.append(contentsOf: rows)
            space(table.style.spaceAfter, &items)

        case .figure(let figure):
            space(style.paragraph.spaceAfter, &items)
            let f = try render(figure)
            if f.width > width + 0.5 {
                throw TypesettingError.contentTooWide(what: "a figure", width: f.width, available: width)
            }
            items.append(.box(VBox(fragment: f, x: x + (width - f.width) / 2, what: "a figure")))
            if let caption = figure.caption {
                items.append(.penalty(Penalty.never))
                items.append(.glue(4))
                let ps = ParagraphStyle(alignment: .center, leading: 1.25, hyphenate: false, spaceAfter: 0)
                let lines = try paragraphs.lines(caption, style: ps, measure: width)
                appendLines(lines, x: x, minimum: 10_000, keepWithNext: false, into: &items)
            }
            space(style.paragraph.spaceAfter, &items)

        case .tableOfContents(let title, let depth):
            try append(.heading(Heading(level: 1, runs: [TextRun(title, style: style.heading(level: 1).text)],
                                        anchor: "contents", inOutline: true, inContents: false)),
                       width: width, x: x, into: &items)
            for h in headings where h.inContents && h.level <= depth {
                items.append(.box(VBox(fragment: try contentsLine(h, width: width), x: x, what: "a contents entry")))
                items.append(.glue(2))
            }
            space(style.paragraph.spaceAfter * 2, &items)

        case .keepTogether(let blocks):
            var sub: [VItem] = []
            for b in blocks { try append(b, width: width, x: x, into: &sub) }
            // Trim outer space, then forbid every break inside.
            var leading: [VItem] = []
            while case .glue? = sub.first { leading.append(sub.removeFirst()) }
            var trailing: [VItem] = []
            while case .glue? = sub.last { trailing.insert(sub.removeLast(), at: 0) }
            for item in leading { if case .glue(let g) = item { space(g, &items) } }
            for item in sub {
                switch item {
                case .penalty(let p) where p > Penalty.always: items.append(.penalty(Penalty.never))
                case .glue: items.append(.penalty(Penalty.never)); items.append(item)
                default: items.append(item)
                }
            }
            for item in trailing { if case .glue(let g) = item { space(g, &items) } }
        }
    }

    /// Paragraph lines with TeX's \clubpenalty and \widowpenalty made absolute:
    /// no page break leaves fewer than `minimum` lines on either side.
    /// The indent for one more level of nesting: none once the text would
    /// be narrower than `minimumNestedMeasureShare` of the content width.
    private func nestedIndent(_ indent: Double, width: Double) -> Double {
        width - 2 * indent >= style.contentWidth * style.minimumNestedMeasureShare ? indent : 0
    }

    private func appendLines(_ lines: [Fragment], x: Double, minimum: Int, keepWithNext: Bool, into items: inout [VItem]) {
        for (i, line) in lines.enumerated() {
            items.append(.box(VBox(fragment: line, x: x, what: "a line")))
            let after = i + 1
            if after < lines.count {
                let ok = after >= minimum && lines.count - after >= minimum
                items.append(.penalty(ok ? 0 : Penalty.never))
            }
        }
        if keepWithNext { items.append(.penalty(Penalty.never)) }
    }

    func styled(_ h: Heading) -> [TextRun] {
        let hs = style.heading(level: h.level)
        return h.runs.map { TextRun($0.text, style: $0.style.with { s in
            s.family = hs.text.family; s.size = hs.text.size; s.bold = hs.text.bold || s.bold
            if s.color == style.body.color { s.color = hs.text.color }
        }) }
    }

    /// A single line of text as a glyph run with its baseline at y = 0.
    func label(_ text: String, style: TextStyle) throws -> GlyphRun {
        let lines = try paragraphs.lines([TextRun(text, style: style)],
                                         style: ParagraphStyle(alignment: .left, leading: 1, hyphenate: false),
                                         measure: 100_000)
        var run = GlyphRun(font: 0, size: style.size, color: style.color)
        if let line = lines.first {
            for case .glyphs(let g) in line.items {
                run = g.offsetBaseline(by: -line.ascent)
            }
        }
        return run
    }

    /// One contents entry: the title linked to its heading, a dotted leader, the page number.
    private func contentsLine(_ h: HeadingMark, width: Double) throws -> Fragment {
        let indent = Double(h.level - 1) * 14
        let entryStyle = h.level == 1 ? style.tocEntry.with { $0.bold = true } : style.tocEntry
        let number = pageNumbers[h.anchor].map(String.init) ?? "0"
        let numberWidth = context.shaper.width(of: number, style: entryStyle)
        let titleWidth = width - indent - 36
        let ps = ParagraphStyle(alignment: .left, leading: 1.3, hyphenate: false, spaceAfter: 0)
        let lines = try paragraphs.lines([TextRun(h.title, style: entryStyle)], style: ps, measure: titleWidth)
        var f = Fragment(width: width, height: 0)
        var y = 0.0
        for line in lines { f.append(line, dx: indent, dy: y); y += line.height }
        f.height = y
        let baseline = y - (lines.last.map { $0.height - $0.ascent } ?? 0)
        let lastText = context.shaper.width(of: lastLineText(lines.last), style: entryStyle)
        f.items.append(DrawItem.glyphs(try label(number, style: entryStyle)).offsetBy(dx: width - numberWidth, dy: baseline))
        let leaderStart = indent + min(lastText, titleWidth) + 6
        let leaderEnd = width - numberWidth - 6
        if leaderEnd > leaderStart {
            f.items.append(.stroke(.line(from: Point(x: leaderStart, y: baseline - 1), to: Point(x: leaderEnd, y: baseline - 1)),
                                   Color(gray: 0.5), width: 0.8, dash: [0.8, 3.2]))
        }
        f.items.append(.link(Rect(x: 0, y: 0, width: width, height: y), .destination(h.anchor)))
        return f
    }

    private func lastLineText(_ line: Fragment?) -> String {
        guard let line else { return "" }
        return line.items.compactMap { if case .glyphs(let g) = $0 { return g.text }; return nil }.joined()
    }

    /// A figure's elements as draw items; text is shaped here.
    func render(_ figure: Figure) throws -> Fragment {
        var f = Fragment(width: figure.size.width, height: figure.size.height)
        for element in figure.elements {
            switch element {
            case let .fill(p, c): f.items.append(.fill(p, c))
            case let .stroke(p, c, w, d): f.items.append(.stroke(p, c, width: w, dash: d))
            case let .link(r, t): f.items.append(.link(r, t))
            case let .text(s, ts, at, anchorX):
                let run = try label(s, style: ts)
                let w = context.shaper.width(of: s, style: ts)
                f.items.append(DrawItem.glyphs(run).offsetBy(dx: at.x - w * anchorX, dy: at.y))
                if let link = ts.link {
                    f.items.append(.link(Rect(x: at.x - w * anchorX, y: at.y - ts.size, width: w, height: ts.size * 1.3), link))
                }
            }
        }
        return f
    }
}

extension GlyphRun {
    func offsetBaseline(by dy: Double) -> GlyphRun {
        var r = self
        for i in r.positions.indices { r.positions[i].y += dy }
        return r
    }
}
