/// Lays out a table: resolves column widths (fixed, fractional, content
/// sized), sets every cell's blocks, and produces one box per row with its
/// shading and rules. Rows taller than a page carry a splitter that cuts
/// them between lines of their cells.
struct TableLayout {
    let flow: BlockFlow

    /// Column widths for the available width (tex's tabular* / CSS auto layout, simplified).
    func columnWidths(_ table: Table, available: Double) throws -> [Double] {
        let pad = table.style.padding.left + table.style.padding.right
        let n = table.columns.count
        var minW = [Double](repeating: pad + 12, count: n)
        var maxW = [Double](repeating: pad + 12, count: n)
        for row in table.header + table.rows {
            var c = 0
            for cell in row.cells {
                defer { c += cell.span }
                guard cell.span == 1, c < n, table.columns[c] == .auto || isFraction(table.columns[c]) else { continue }
                let (lo, hi) = try flow.contentWidths(cell.blocks)
                minW[c] = max(minW[c], lo + pad)
                maxW[c] = max(maxW[c], hi + pad)
            }
        }
        var widths = [Double](repeating: 0, count: n)
        var remaining = available
        for (i, col) in table.columns.enumerated() {
            if case .fixed(let w) = col { widths[i] = w; remaining -= w }
        }
        let autos = table.columns.indices.filter { table.columns[$0] == .auto }
        let fractions = table.columns.indices.filter { isFraction(table.columns[$0]) }
        // Fractional columns need at least their widest word.
        let fractionMin = fractions.reduce(0.0) { $0 + minW[$1] }
        let autoMin = autos.reduce(0.0) { $0 + minW[$1] }
        let autoMax = autos.reduce(0.0) { $0 + maxW[$1] }
        let forAutos = max(0, remaining - fractionMin)
        if autoMax <= forAutos || autos.isEmpty {
            for i in autos { widths[i] = maxW[i] }
        } else if autoMin <= forAutos {
            let k = (forAutos - autoMin) / max(autoMax - autoMin, 0.001)
            for i in autos { widths[i] = minW[i] + (maxW[i] - minW[i]) * k }
        } else {
            for i in autos { widths[i] = minW[i] * forAutos / autoMin }
        }
        remaining -= autos.reduce(0.0) { $0 + widths[$1] }
        if fractions.isEmpty {
            // Fill the measure: share what is left among content-sized columns.
            if remaining > 0, !autos.isEmpty {
                let total = autos.reduce(0.0) { $0 + widths[$1] }
                for i in autos { widths[i] += remaining * widths[i] / total }
            }
        } else {
            let shares = fractions.reduce(0.0) { $0 + fraction(table.columns[$1]) }
            for i in fractions { widths[i] = max(0, remaining) * fraction(table.columns[i]) / shares }
        }
        return widths
    }

    private func isFraction(_ w: Table.Width) -> Bool { if case .fraction = w { return true }; return false }
    private func fraction(_ w: Table.Width) -> Double { if case .fraction(let f) = w { return f }; return 0 }

    /// One set cell: its column span's x and width, and its content as
    /// boxes at y offsets (so a tall row can be cut between them).
    struct CellContent: Sendable {
        var x: Double
        var width: Double
        var background: Color?
        /// The cell's structure element (TH or TD).
        var node: StructureNode
        var boxes: [(y: Double, box: Fragment)]
        var height: Double { boxes.last.map { $0.y + $0.box.height } ?? 0 }
    }

    /// Rows as boxes at `x`; `node` is the Table element, rows and cells are
    /// made under it. `headers` receives the header rows (repeated on later
    /// pages) as soon as they are set. When `streams`, a long table hands its
    /// rows to `flush` as they are set, `itemsPerFlush` items at a time, and
    /// returns only the rest: a 2,000-row table is then never held whole.
    func layout(
        _ table: Table, available: Double, x: Double, tableID: Int, node: StructureNode,
        headers: ([VBox]) -> Void, streams: Bool = false,
        flush: ([VItem]) throws -> Void = { _ in }
    ) throws -> [VItem] {
        let widths = try columnWidths(table, available: available)
        let total = widths.reduce(0, +)
        var items: [VItem] = []
        let style = table.style
        func setRow(_ row: Table.Row, isHeader: Bool) throws -> [CellContent] {
            var x = 0.0, c = 0
            var cells: [CellContent] = []
            let rowNode = StructureNode(.tableRow, parent: node)
            for cell in row.cells {
                let span = max(1, min(cell.span, widths.count - c))
                let w = widths[c..<(c + span)].reduce(0, +)
                let inner = w - style.padding.left - style.padding.right
                let role: StructureNode.Role =
                    isHeader ? .headerCell(.column) : cell.isRowHeader ? .headerCell(.row) : .cell
                let cellNode = StructureNode(role, parent: rowNode)
                cells.append(
                    CellContent(
                        x: x, width: w, background: cell.background, node: cellNode,
                        boxes: try flow.stack(cell.blocks, width: inner, parent: cellNode)))
                x += w; c += span
            }
            return cells
        }
        var headerBoxes: [VBox] = []
        for (i, row) in table.header.enumerated() {
            let cells = try setRow(row, isHeader: true)
            var box = Self.rowBox(
                cells, totalWidth: total, style: style, background: row.background ?? style.headerBackground,
                ruleAbove: i == 0 ? style.frameRuleWidth : 0,
                ruleBelow: i == table.header.count - 1 ? style.frameRuleWidth : 0, name: table.name)
            box.table = tableID; box.isTableHeader = true; box.x += x
            headerBoxes.append(box)
            items.append(.box(box))
            items.append(.penalty(Penalty.never))
        }
        headers(headerBoxes)
        func bodyBox(_ i: Int) throws -> VBox {
            let row = table.rows[i]
            var box = Self.rowBox(
                try setRow(row, isHeader: false), totalWidth: total, style: style,
                background: row.background ?? (i % 2 == 1 ? style.stripe : nil),
                ruleAbove: table.header.isEmpty && i == 0 ? style.frameRuleWidth : 0,
                ruleBelow: i == table.rows.count - 1 ? style.frameRuleWidth : style.rowRuleWidth, name: table.name)
            box.table = tableID; box.x += x
            return box
        }
        let keeps = flow.style.keeps
        let bodyRows = table.rows.filter { $0.role == .body }.count
        // Only a table short by its count needs its rows' heights first.
        let longByCount = keeps.tableIsLong(bodyRows: bodyRows)
        let boxes = longByCount ? [] : try table.rows.indices.map(bodyBox)
        let breaks = TableBreaks(
            rules: keeps, bodyRows: bodyRows,
            bodyHeight: longByCount ? nil : boxes.reduce(0) { $0 + $1.height },
            pageHeight: flow.style.contentHeight)
        var bodyRowsSoFar = 0
        for (i, row) in table.rows.enumerated() {
            if row.role == .body { bodyRowsSoFar += 1 }
            items.append(.box(longByCount ? try bodyBox(i) : boxes[i]))
            guard i < table.rows.count - 1 else { continue }
            if row.role == .group {
                let groupSize = table.rows[(i + 1)...].prefix { $0.role != .group }.count
                items.append(.keep(keeps.keepAfterGroupRow(groupSize: groupSize)))
            }
            items.append(.penalty(breaks.penalty(afterBodyRows: bodyRowsSoFar)))
            if streams, longByCount, items.count >= Self.itemsPerFlush {
                try flush(items)
                items.removeAll(keepingCapacity: true)
            }
        }
        return items
    }

    /// How many items (about half as many rows) a streamed table hands over
    /// at a time: a page or two of rows, so the painter is never left waiting
    /// and memory holds little of the table.
    static let itemsPerFlush = 64

    /// The row as one box, with a splitter for rows taller than a page (`TableRowSplitter`).
    static func rowBox(
        _ cells: [CellContent], totalWidth: Double, style: TableStyle, background: Color?,
        ruleAbove: Double, ruleBelow: Double, name: String
    ) -> VBox {
        let contentHeight = cells.map(\.height).max() ?? 0
        let height = contentHeight + style.padding.top + style.padding.bottom
        var fragment = Fragment(width: totalWidth, height: height)
        if let bg = background {
            fragment.items.append(.fill(.rect(Rect(x: 0, y: 0, width: totalWidth, height: height)), bg))
        }
        for cell in cells {
            if let bg = cell.background {
                fragment.items.append(.fill(.rect(Rect(x: cell.x, y: 0, width: cell.width, height: height)), bg))
            }
        }
        // Cells in order, each under its element (an empty one still has it);
        // shading above and rules below are decoration.
        for cell in cells {
            fragment.items.append(.structure(cell.node))
            for (y, box) in cell.boxes {
                // A box with no element of its own (a rule) is decoration, as it would be alone.
                fragment.append(box, dx: cell.x + style.padding.left, dy: y + style.padding.top)
            }
        }
        fragment.items.append(.structure(nil))
        if style.verticalRules {
            for cell in cells.dropFirst() {
                fragment.items.append(
                    .stroke(
                        .line(from: Point(x: cell.x, y: 0), to: Point(x: cell.x, y: height)),
                        style.ruleColor, width: style.rowRuleWidth))
            }
        }
        if ruleAbove > 0 {
            fragment.items.append(
                .stroke(
                    .line(from: Point(x: 0, y: ruleAbove / 2), to: Point(x: totalWidth, y: ruleAbove / 2)),
                    style.ruleColor, width: ruleAbove))
        }
        if ruleBelow > 0 {
            fragment.items.append(
                .stroke(
                    .line(
                        from: Point(x: 0, y: height - ruleBelow / 2),
                        to: Point(x: totalWidth, y: height - ruleBelow / 2)),
                    style.ruleColor, width: ruleBelow))
        }
        var box = VBox(fragment: fragment, x: 0, what: "a row of \(name)")
        box.split = { available in
            TableRowSplitter(
                cells: cells, totalWidth: totalWidth, style: style, background: background,
                ruleAbove: ruleAbove, ruleBelow: ruleBelow, name: name
            ).split(available: available)
        }
        return box
    }
}
