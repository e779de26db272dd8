import Corpus
import Foundation
import Typesetting

/// The issue matrix as tables: organizations (rows) against demands
/// (columns), each cell a vector mark, the date of the newest document and
/// its source numbers (linked). Demand labels wrap in narrow columns; when
/// there are more demands than fit at a legible width, the matrix is split
/// into column groups, each repeating the organization names. Rows beyond a
/// page continue with the header repeated (the engine's table breaking).
struct IssueMatrixView {
    let matrix: IssueMatrix
    let sources: SourceList
    let style: BriefStyle
    let width: Double
    /// Dates within this many years of the cut-off show their month.
    let cutoff: PartialDate
    let measure: (String, TextStyle) -> Double
    /// Each demand's status (`DemandStatus`), shown under its column head
    /// when the record says more than "open".
    var statuses: [String: DemandStatus] = [:]

    var organizationColumnWidth: Double {
        MatrixColumns.organizationWidth(matrix.organizations, style: style, width: width, measure: measure)
    }
    let totalColumnWidth = MatrixColumns.totalWidth
    /// Cell padding on each side (the table style's horizontal padding).
    var cellPadding: Double { style.tables.matrix.padding.left }

    /// The narrowest a demand cell's content gets at the chosen group size.
    var demandColumnContentWidth: Double {
        (width - organizationColumnWidth - totalColumnWidth) / Double(max(groupSize, 1)) - 2 * cellPadding
    }

    /// Demand columns per group: as many as fit at the minimum width, then
    /// balanced so that no group is left with a lone column.
    var groupSize: Int {
        let room = width - organizationColumnWidth - totalColumnWidth
        return MatrixColumns.balancedGroupSize(columns: matrix.demands.count, room: room)
    }

    func blocks() -> [Block] {
        let demands = matrix.demands
        guard !demands.isEmpty else { return [] }
        let size = groupSize
        let groups = stride(from: 0, to: demands.count, by: size).map {
            Array(demands[$0..<min($0 + size, demands.count)])
        }
        var out: [Block] = []
        for (g, group) in groups.enumerated() {
            if groups.count > 1 {
                let first = g * size + 1, last = g * size + group.count
                out.append(
                    .paragraph(
                        [
                            TextRun(
                                "Demands \(first)–\(last) of \(demands.count)",
                                style: style.small.with {
                                    $0.bold = true; $0.color = style.palette.muted
                                })
                        ],
                        style.paragraphs.matrixPart.with { if g == 0 { $0.spaceBefore = 0 } }))
            }
            out.append(.table(table(group, numberFrom: g * size + 1)))
        }
        out.append(legend())
        return out
    }

    private var cellParagraph: ParagraphStyle { style.paragraphs.matrixCell }

    private func table(_ demands: [Demand], numberFrom: Int) -> Table {
        let head = style.tableHead
        let headPara = style.paragraphs.matrixHead
        var header: [Table.Cell] = [Table.Cell([.paragraph([TextRun("Organization", style: head)], headPara)])]
        for (i, d) in demands.enumerated() {
            var cell: [Block] = [
                .paragraph(
                    [TextRun("D\(numberFrom + i)", style: head.with { $0.color = style.palette.accent })], headPara),
                .paragraph([TextRun(d.label, style: head.with { $0.bold = false })], headPara),
            ]
            if let st = statuses[d.id], st.state != .open || st.previous != nil {
                cell.append(
                    .paragraph(
                        [
                            TextRun(
                                "▸ " + st.summary,
                                style: head.with {
                                    $0.bold = false; $0.italic = true; $0.color = style.palette.accent
                                })
                        ], headPara))
            }
            header.append(Table.Cell(cell))
        }
        header.append(
            Table.Cell([
                .paragraph(
                    [TextRun("Total", style: head)],
                    headPara.with {
                        $0.alignment = .right; $0.hyphenate = false
                    })
            ]))

        var rows: [Table.Row] = []
        let total = matrix.issue.demands.count
        for org in matrix.organizations {
            var cells = [
                Table.Cell(
                    [
                        .paragraph(
                            [TextRun(org.name, style: style.small.with { $0.bold = true })],
                            style.paragraphs.matrixRowHead)
                    ],
                    isRowHeader: true)
            ]
            for d in demands { cells.append(cell(matrix.entries(org.id, d.id))) }
            cells.append(
                Table.Cell([
                    .paragraph(
                        [TextRun("\(matrix.rowTotal(org.id)) of \(total)", style: style.small)],
                        cellParagraph.with { $0.alignment = .right })
                ]))
            rows.append(Table.Row(cells))
        }
        var totals = [
            Table.Cell(
                [
                    .paragraph(
                        [TextRun("Organizations", style: style.small.with { $0.bold = true })],
                        style.paragraphs.matrixTotalLabel)
                ],
                isRowHeader: true)
        ]
        for d in demands {
            totals.append(
                Table.Cell([
                    .paragraph(
                        [TextRun("\(matrix.columnTotal(d.id))", style: style.small.with { $0.bold = true })],
                        cellParagraph)
                ]))
        }
        totals.append(Table.Cell([]))
        rows.append(Table.Row(totals, background: style.palette.shade, role: .total))

        let columns: [Table.Width] =
            [.fixed(organizationColumnWidth)] + demands.map { _ in .fraction(1) } + [.fixed(totalColumnWidth)]
        return Table(
            columns: columns, header: [Table.Row(header)], rows: rows,
            style: style.tables.matrix,
            name: "the issue matrix")
    }

    private func cell(_ entries: [MatrixEntry]) -> Table.Cell {
        guard let newest = entries.max(by: { $0.date < $1.date }) else {
            return Table.Cell([
                .paragraph([TextRun("–", style: style.small.with { $0.color = style.palette.rule })], cellParagraph)
            ])
        }
        // The date at the precision the document has ("18 Mar 2025", "Mar 2025", "2025").
        let date = newest.date.short
        let refs = sources.references(
            entries.map(\.document), style: style.small.with { $0.color = style.palette.link },
            muted: style.palette.muted)
        // The mark and the date on one line (the date beneath when the column is
        // too narrow for both); source numbers beneath when there are any.
        let line = MatrixSymbols.cellFigure(
            count: entries.count, date: date, style: style.small,
            color: style.palette.accent, measure: measure)
        var blocks: [Block]
        if line.size.width <= demandColumnContentWidth {
            blocks = [.figure(line)]
        } else {
            blocks = [
                .figure(
                    MatrixSymbols.cellFigure(
                        count: entries.count, date: "", style: style.small,
                        color: style.palette.accent, measure: measure)),
                .paragraph([TextRun(date, style: style.small)], cellParagraph),
            ]
        }
        if !refs.isEmpty { blocks.append(.paragraph(refs, cellParagraph)) }
        return Table.Cell(blocks)
    }

    private func legend() -> Block {
        let text = style.small.with { $0.color = style.palette.muted }
        var elements: [Figure.Element] = []
        var x = 0.0
        let y = 7.0
        func item(_ symbol: [Figure.Element], _ label: String) {
            elements += symbol
            elements.append(.text(label, text, at: Point(x: x + 12, y: y + 2.8), anchorX: 0))
            x += 12 + measure(label, text) + 16
        }
        item(MatrixSymbols.single(at: Point(x: x + 4, y: y), color: style.palette.accent), "asked in one document")
        item(MatrixSymbols.repeated(at: Point(x: x + 4, y: y), color: style.palette.accent), "asked in two or more")
        elements.append(
            .text("–", text.with { $0.color = style.palette.rule }, at: Point(x: x + 2, y: y + 2.8), anchorX: 0))
        elements.append(.text("never asked in the period", text, at: Point(x: x + 10, y: y + 2.8), anchorX: 0))
        var note =
            "Cells give the date of the newest document; numbers refer to Sources. Rows: most demands first. Columns: most widely shared first."
        if statuses.values.contains(where: { $0.state != .open || $0.previous != nil }) {
            note +=
                " ▸ Status from the record of outcomes at the end of the period (met, partly met, rejected, pending, moot; open again when asked after an outcome)."
        }
        return .figure(
            Figure(
                size: Size(width: width, height: 14), elements: elements,
                caption: [TextRun(note, style: text)], alternative: FigureDescriptions.matrixLegend))
    }
}
