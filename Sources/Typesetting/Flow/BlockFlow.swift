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

    /// The vertical list for blocks set `width` wide, their structure
    /// elements under `parent` (nil: the document).
    func build(_ blocks: [Block], width: Double, parent: StructureNode? = nil) throws -> [VItem] {
        var list = VerticalListBuilder()
        for block in blocks { try append(block, width: width, x: 0, parent: parent, to: &list) }
        return list.items
    }

    /// The vertical list for a block of the document, as `build`, except that
    /// a long table hands its rows to `flush` as they are set (with what came
    /// before them) and only the rest is returned.
    func build(_ block: Block, width: Double, flushingTo flush: ([VItem]) throws -> Void) throws -> [VItem] {
        var list = VerticalListBuilder()
        if case .table(let table) = block {
            try appendTable(table, width: width, x: 0, parent: nil, to: &list, streams: true, flush: flush)
        } else {
            try append(block, width: width, x: 0, parent: nil, to: &list)
        }
        return list.items
    }

    /// Blocks stacked without page breaks (table cells): boxes at y offsets.
    func stack(_ blocks: [Block], width: Double, parent: StructureNode?) throws -> [(y: Double, box: Fragment)] {
        var y = 0.0
        var out: [(y: Double, box: Fragment)] = []
        var pendingSpace = 0.0
        for item in try build(blocks, width: width, parent: parent) {
            switch item {
            case .glue(let h): if !out.isEmpty { pendingSpace += h }
            case .penalty, .keep: break
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

    /// One function per block kind; each states its spacing and break rules
    /// through the builder, and the structure elements of what it sets.
    private func append(
        _ block: Block, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder
    ) throws {
        switch block {
        case .paragraph(let runs, let ps): try appendParagraph(runs, ps, width: width, x: x, parent: parent, to: &list)
        case .heading(let h): try appendHeading(h, width: width, x: x, parent: parent, to: &list)
        case .list(let l): try appendList(l, width: width, x: x, parent: parent, to: &list)
        case .quote(let blocks, let attribution):
            try appendQuote(blocks, attribution: attribution, width: width, x: x, parent: parent, to: &list)
        case .rule(let color, let w): appendRule(color: color, weight: w, width: width, x: x, to: &list)
        case .spacer(let h): list.fixedSpace(h)
        case .anchor(let name, let description): appendAnchor(name, description: description, x: x, to: &list)
        case .pageBreak: list.breakPenalty(Penalty.always)
        case .table(let table): try appendTable(table, width: width, x: x, parent: parent, to: &list)
        case .figure(let figure): try appendFigure(figure, width: width, x: x, parent: parent, to: &list)
        case .tableOfContents(let title, let depth):
            try appendContents(title: title, depth: depth, width: width, x: x, parent: parent, to: &list)
        case .keepTogether(let blocks):
            var sub = VerticalListBuilder()
            for b in blocks { try append(b, width: width, x: x, parent: parent, to: &sub) }
            list.appendKeptTogether(sub.items, keeps: style.keeps)
        }
    }

    private func appendParagraph(
        _ runs: [TextRun], _ ps: ParagraphStyle, width: Double, x: Double,
        parent: StructureNode?, to list: inout VerticalListBuilder
    ) throws {
        list.space(ps.spaceBefore)
        let node = StructureNode(.paragraph, parent: parent, language: Self.commonLanguage(runs))
        list.lines(
            Self.marked(try paragraphs.lines(runs, style: ps, measure: width), as: node),
            x: x, minimum: ps.minimumLinesAtBreak, keeps: style.keeps)
        if ps.keepWithNext { list.keepNext(style.keeps.afterKeptParagraph) }
        list.space(ps.spaceAfter)
    }

    /// A heading never ends a page: its lines stay together and keep the
    /// start of its section with them.
    private func appendHeading(
        _ h: Heading, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder
    ) throws {
        let hs = style.heading(level: h.level)
        list.space(hs.spaceBefore)
        let ps = ParagraphStyle(alignment: .left, leading: 1.2, hyphenate: false)
        // A heading is one content item (checkers read that most reliably): in
        // the language of most of its words, with no spans for the others.
        let node = StructureNode(.heading(level: h.level), parent: parent, language: Self.dominantLanguage(h.runs))
        var lines = Self.marked(try paragraphs.lines(styled(h), style: ps, measure: width), as: node)
        guard !lines.isEmpty else { return }
        lines[0].items.append(.destination(h.anchor, Point(x: 0, y: 0), description: h.title))
        if let rule = hs.ruleBelow {
            let last = lines.count - 1
            lines[last].height += 3
            lines[last].items.append(.structure(nil))
            lines[last].items.append(
                .stroke(
                    .line(
                        from: Point(x: 0, y: lines[last].height - 0.5),
                        to: Point(x: width, y: lines[last].height - 0.5)), rule, width: 0.6))
        }
        for (i, line) in lines.enumerated() {
            var box = VBox(fragment: line, x: x, what: "heading \"\(h.title)\"")
            if i == 0 {
                box.marks = [
                    HeadingMark(
                        level: h.level, title: h.title, anchor: h.anchor,
                        inOutline: h.inOutline, inContents: h.inContents)
                ]
            }
            if i > 0 { list.forbidBreak() }
            list.box(box)
        }
        list.keepNext(style.keeps.afterHeading)
        list.space(hs.spaceAfter)
    }

    private func appendList(
        _ l: ListBlock, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder
    ) throws {
        list.space(style.spacing.beforeList)
        let markerStyle = style.body
        let indent = nestedIndent(style.listIndent, width: width)
        let listNode = StructureNode(.list, parent: parent)
        for (n, item) in l.items.enumerated() {
            let marker: String
            switch l.marker {
            case .bullet: marker = "•"
            case .number(let start): marker = "\(start + n)."
            }
            let itemNode = StructureNode(.listItem, parent: listNode)
            let labelNode = StructureNode(.label, parent: itemNode)
            let body = StructureNode(.listBody, parent: itemNode)
            var subList = VerticalListBuilder()
            for b in item { try append(b, width: width - indent, x: x + indent, parent: body, to: &subList) }
            var sub = subList.items
            // The marker hangs left of the item's first line.
            if let first = sub.firstIndex(where: {
                if case .box = $0 { return true }; return false
            }),
                case .box(var box) = sub[first]
            {
                let run = try label(marker, style: markerStyle)
                let w = context.shaper.width(of: marker, style: markerStyle)
                let baseline = box.fragment.ascent > 0 ? box.fragment.ascent : markerStyle.size
                // Label first, so it comes first in reading order.
                box.fragment.items.insert(
                    contentsOf: [
                        DrawItem.glyphs(run).offsetBy(dx: -w - 5, dy: baseline),
                        .structure(box.fragment.structure),
                    ], at: 0)
                box.fragment.structure = labelNode
                sub[first] = .box(box)
            }
            if n > 0 { list.space(style.listItemSpacing) }
            var itemList = VerticalListBuilder()
            itemList.append(sub)
            itemList.trimSpace()
            list.append(itemList.items)
        }
        list.space(style.spacing.afterList)
    }

    private func appendQuote(
        _ blocks: [Block], attribution: [TextRun]?, width: Double, x: Double,
        parent: StructureNode?, to list: inout VerticalListBuilder
    ) throws {
        list.space(style.spacing.aroundQuote)
        let indent = nestedIndent(style.quoteIndent, width: width)
        let inner = width - 2 * indent
        let node = StructureNode(.blockQuote, parent: parent)
        var quote = VerticalListBuilder()
        for b in blocks { try append(b, width: inner, x: x + indent, parent: node, to: &quote) }
        if let attribution {
            // The attribution never starts a page on its own: no break before it.
            quote.trimSpace()
            quote.forbidBreak()
            quote.fixedSpace(style.spacing.attributionGap)
            let ps = ParagraphStyle(alignment: .right, hyphenate: false, spaceBefore: 0, spaceAfter: 0)
            let by = StructureNode(.paragraph, parent: node, language: Self.commonLanguage(attribution))
            quote.lines(
                Self.marked(try paragraphs.lines(attribution, style: ps, measure: inner), as: by), x: x + indent,
                minimum: ps.minimumLinesAtBreak, keeps: style.keeps)
        }
        quote.trimSpace()
        var items = quote.items
        // At the deepest indent the enclosing quote's rule already marks the text.
        if let rule = style.quoteRule, indent > 0 {
            // The rule is drawn per box, so it follows the quote across a page break.
            var previousBottomGap = 0.0
            for i in items.indices {
                switch items[i] {
                case .box(var b):
                    let rx = x + indent / 2 - b.x
                    b.fragment.items.append(.structure(nil))
                    b.fragment.items.append(
                        .stroke(
                            .line(
                                from: Point(x: rx, y: -previousBottomGap),
                                to: Point(x: rx, y: b.height)), rule, width: 1.2))
                    previousBottomGap = 0
                    items[i] = .box(b)
                case .glue(let g): previousBottomGap += g
                case .penalty, .keep: break
                }
            }
        }
        list.append(items)
        list.space(style.spacing.aroundQuote)
    }

    private func appendRule(
        color: Color, weight w: Double, width: Double, x: Double, to list: inout VerticalListBuilder
    ) {
        list.space(style.spacing.aroundRule)
        let f = Fragment(
            width: width, height: max(w, 0.5),
            items: [.stroke(.line(from: Point(x: 0, y: w / 2), to: Point(x: width, y: w / 2)), color, width: w)])
        list.box(VBox(fragment: f, x: x, what: "a rule"))
        list.space(style.spacing.aroundRule)
    }

    /// A named destination, kept with what follows.
    private func appendAnchor(_ name: String, description: String?, x: Double, to list: inout VerticalListBuilder) {
        let f = Fragment(width: 0, height: 0, items: [.destination(name, Point(x: 0, y: 0), description: description)])
        var box = VBox(fragment: f, x: x, what: "an anchor")
        box.countsForKeep = false
        list.box(box)
        list.forbidBreak()
    }

    private func appendTable(
        _ table: Table, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder, streams: Bool = false,
        flush: ([VItem]) throws -> Void = { _ in }
    ) throws {
        list.space(table.style.spaceBefore)
        tableCount += 1
        let id = tableCount
        // Streamed rows go out after what came before them; if none do, it stays.
        var before = streams ? list.take() : []
        let rows = try TableLayout(flow: self).layout(
            table, available: width, x: x, tableID: id,
            node: StructureNode(.table, parent: parent),
            headers: { tableHeaders[id] = $0 }, streams: streams
        ) { chunk in
            try flush(before + chunk)
            before = []
        }
        list.append(before)
        list.append(rows)
        list.space(table.style.spaceAfter)
    }

    /// A figure and its caption share a page. A figure with alternative
    /// text is a Figure element; one without is decoration.
    private func appendFigure(
        _ figure: Figure, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder
    ) throws {
        let around = figure.spaceAround ?? style.spacing.aroundFigure
        list.space(around)
        var f = try render(figure)
        if let alt = figure.alternative, !alt.isEmpty {
            f.structure = StructureNode(.figure, parent: parent, alternative: alt)
        }
        if f.width > width + 0.5 {
            throw TypesettingError.contentTooWide(what: "a figure", width: f.width, available: width)
        }
        list.box(VBox(fragment: f, x: x + (width - f.width) / 2, what: "a figure"))
        if let caption = figure.caption {
            list.forbidBreak()
            list.fixedSpace(style.spacing.captionGap)
            let ps = ParagraphStyle(alignment: .center, leading: 1.25, hyphenate: false, spaceAfter: 0)
            let node = StructureNode(.caption, parent: parent, language: Self.commonLanguage(caption))
            list.lines(
                Self.marked(try paragraphs.lines(caption, style: ps, measure: width), as: node), x: x,
                minimum: KeepRules.neverBreaks, keeps: style.keeps)
        }
        list.space(around)
    }

    private func appendContents(
        title: String, depth: Int, width: Double, x: Double, parent: StructureNode?,
        to list: inout VerticalListBuilder
    ) throws {
        try append(
            .heading(
                Heading(
                    level: 1, runs: [TextRun(title, style: style.heading(level: 1).text)],
                    anchor: "contents", inOutline: true, inContents: false)),
            width: width, x: x, parent: parent, to: &list)
        let toc = StructureNode(.contents, parent: parent)
        for h in headings where h.inContents && h.level <= depth {
            list.box(VBox(fragment: try contentsLine(h, width: width, parent: toc), x: x, what: "a contents entry"))
            list.fixedSpace(style.spacing.contentsEntryGap)
        }
        list.space(style.spacing.afterContents)
    }

    /// The indent for one more level of nesting: none once the text would
    /// be narrower than `minimumNestedMeasureShare` of the content width.
    private func nestedIndent(_ indent: Double, width: Double) -> Double {
        width - 2 * indent >= style.contentWidth * style.minimumNestedMeasureShare ? indent : 0
    }

    func styled(_ h: Heading) -> [TextRun] {
        let hs = style.heading(level: h.level)
        return h.runs.map {
            TextRun(
                $0.text,
                style: $0.style.with { s in
                    s.family = hs.text.family; s.size = hs.text.size; s.bold = hs.text.bold || s.bold
                    if s.color == style.body.color { s.color = hs.text.color }
                })
        }
    }

    /// A single line of text as a glyph run with its baseline at y = 0.
    /// Labels repeat (a list's bullets, a figure's years), so each text and
    /// style is set once and kept, up to `keptLabels` of them.
    func label(_ text: String, style: TextStyle) throws -> GlyphRun {
        let key = LabelKey(text: text, style: style)
        if let run = labels[key] { return run }
        let run = try setLabel(text, style: style)
        if labels.count >= Self.keptLabels { labels.removeAll(keepingCapacity: true) }
        labels[key] = run
        return run
    }

    private struct LabelKey: Hashable { var text: String; var style: TextStyle }
    private var labels: [LabelKey: GlyphRun] = [:]
    /// Enough for every repeated label of a brief; a figure's one-off words do not grow it without end.
    private static let keptLabels = 256

    private func setLabel(_ text: String, style: TextStyle) throws -> GlyphRun {
        let lines = try paragraphs.lines(
            [TextRun(text, style: style)],
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

    /// One contents entry: the title linked to its heading, a dotted leader,
    /// the page number; a TOCI element whose Link holds the title and number.
    private func contentsLine(_ h: HeadingMark, width: Double, parent: StructureNode) throws -> Fragment {
        let link = StructureNode(.link, parent: StructureNode(.contentsItem, parent: parent))
        let indent = Double(h.level - 1) * 14
        let entryStyle = h.level == 1 ? style.tocEntry.with { $0.bold = true } : style.tocEntry
        let number = pageNumbers[h.anchor].map(String.init) ?? "0"
        let numberWidth = context.shaper.width(of: number, style: entryStyle)
        let titleWidth = width - indent - 36
        let ps = ParagraphStyle(alignment: .left, leading: 1.3, hyphenate: false, spaceAfter: 0)
        let lines = try paragraphs.lines([TextRun(h.title, style: entryStyle)], style: ps, measure: titleWidth)
        var f = Fragment(width: width, height: 0)
        var y = 0.0
        for var line in lines { line.structure = link; f.append(line, dx: indent, dy: y); y += line.height }
        f.items.append(.structure(link))
        f.height = y
        let baseline = y - (lines.last.map { $0.height - $0.ascent } ?? 0)
        let lastText = context.shaper.width(of: lastLineText(lines.last), style: entryStyle)
        f.items.append(.structure(link))
        f.items.append(
            DrawItem.glyphs(try label(number, style: entryStyle)).offsetBy(dx: width - numberWidth, dy: baseline))
        let leaderStart = indent + min(lastText, titleWidth) + 6
        let leaderEnd = width - numberWidth - 6
        if leaderEnd > leaderStart {
            f.items.append(.structure(nil))
            f.items.append(
                .stroke(
                    .line(from: Point(x: leaderStart, y: baseline - 1), to: Point(x: leaderEnd, y: baseline - 1)),
                    Color(gray: 0.5), width: 0.8, dash: [0.8, 3.2]))
        }
        f.items.append(.structure(link))
        f.items.append(.link(Rect(x: 0, y: 0, width: width, height: y), .destination(h.anchor)))
        return f
    }

    private func lastLineText(_ line: Fragment?) -> String {
        guard let line else { return "" }
        return line.items.compactMap {
            if case .glyphs(let g) = $0 { return g.text }; return nil
        }.joined()
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
                    f.items.append(
                        .link(Rect(x: at.x - w * anchorX, y: at.y - ts.size, width: w, height: ts.size * 1.3), link))
                }
            }
        }
        return f
    }
}

extension BlockFlow {
    /// Lines set under `node`: each line starts with its mark, and linked
    /// text becomes a Link element inside it (one per target), so that the
    /// link's annotation and its words share an element.
    static func marked(_ lines: [Fragment], as node: StructureNode) -> [Fragment] {
        var links: [LinkTarget: StructureNode] = [:]
        func link(_ target: LinkTarget) -> StructureNode {
            if let l = links[target] { return l }
            let l = StructureNode(.link, parent: node)
            links[target] = l
            return l
        }
        return lines.map { line in
            var out = line
            out.structure = node
            // Most lines hold no link: they only need their starting element.
            guard
                line.items.contains(where: {
                    if case .link = $0 { return true }; return false
                })
            else { return out }
            out.items = []
            out.items.reserveCapacity(line.items.count + 4)
            var current: StructureNode? = node
            for item in line.items {
                let wanted: StructureNode
                switch item {
                case .glyphs(let run): wanted = run.link.map(link) ?? node
                case .link(_, let target): wanted = link(target)
                case .structure(let n): out.items.append(item); current = n; continue
                default: wanted = current ?? node
                }
                if wanted !== current { out.items.append(.structure(wanted)); current = wanted }
                out.items.append(item)
            }
            return out
        }
    }

    /// The language of most of the runs' letters.
    static func dominantLanguage(_ runs: [TextRun]) -> String? {
        var weight: [String: Int] = [:]
        for r in runs where !r.style.language.isEmpty {
            weight[r.style.language, default: 0] += r.text.unicodeScalars.count
        }
        return weight.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The language all runs share, if they share one.
    static func commonLanguage(_ runs: [TextRun]) -> String? {
        guard let first = runs.first?.style.language else { return nil }
        return runs.allSatisfy { $0.style.language == first } ? first : nil
    }
}

extension GlyphRun {
    func offsetBaseline(by dy: Double) -> GlyphRun {
        var r = self
        for i in r.positions.indices { r.positions[i].y += dy }
        return r
    }
}
