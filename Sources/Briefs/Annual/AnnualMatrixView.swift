import Corpus
import Typesetting

/// The annual summary's matrix: organizations against issues, a cell the
/// number of asks, shaded by it and printed (shading is never the only cue).
/// More issues than fit at a legible width split into column groups, as the
/// issue matrix does (MatrixColumns).
struct AnnualMatrixView {
    let issues: [Issue]
    let organizations: [Organization]
    /// counts[organization][issue]: asks made that year.
    let counts: [String: [String: Int]]
    let year: Int
    let style: BriefStyle
    let width: Double
    let measure: (String, TextStyle) -> Double

    func count(_ org: String, _ issue: String) -> Int { counts[org]?[issue] ?? 0 }

    /// Organizations against issues; a cell is the number of asks, shaded by
    /// it (and printed, so shading is never the only cue).
    func blocks() -> [Block] {
        let cols = issues
        let total = { (o: Organization) in counts[o.id]?.values.reduce(0, +) ?? 0 }
        let orgs = organizations.sorted { a, b in
            let ca = total(a), cb = total(b)
            return ca != cb ? ca > cb : a.name < b.name
        }
        let maxCount = max(1, orgs.flatMap { o in cols.map { count(o.id, $0.id) } }.max() ?? 1)
        let orgWidth = MatrixColumns.organizationWidth(orgs, style: style, width: width, measure: measure)
        let size = MatrixColumns.balancedGroupSize(
            columns: cols.count, room: width - orgWidth - MatrixColumns.totalWidth)
        let head = style.tableHead
        var out: [Block] = []
        for start in stride(from: 0, to: cols.count, by: size) {
            let group = Array(cols[start..<min(start + size, cols.count)])
            let header =
                [AnnualSummary.cell("Organization", head, in: style)]
                + group.map { AnnualSummary.cell($0.label, head.with { $0.bold = false }, in: style) } + [
                    AnnualSummary.cell("Total", head, in: style, align: .right)
                ]
            let rows = orgs.map { o -> Table.Row in
                var nameCell = AnnualSummary.cell(o.name, style.small.with { $0.bold = true }, in: style)
                nameCell.isRowHeader = true
                var cells = [nameCell]
                for issue in group {
                    let n = count(o.id, issue.id)
                    let shade =
                        n == 0
                        ? nil
                        : Color(
                            red: 1 - (1 - style.palette.accent.red) * (0.15 + 0.6 * Double(n) / Double(maxCount)),
                            green: 1 - (1 - style.palette.accent.green) * (0.15 + 0.6 * Double(n) / Double(maxCount)),
                            blue: 1 - (1 - style.palette.accent.blue) * (0.15 + 0.6 * Double(n) / Double(maxCount)))
                    let text = style.small.with {
                        $0.color =
                            n == 0
                            ? style.palette.rule : (Double(n) / Double(maxCount) > 0.6 ? .white : style.palette.text)
                    }
                    cells.append(
                        Table.Cell(
                            [
                                .paragraph(
                                    [TextRun(n == 0 ? "–" : "\(n)", style: text)],
                                    style.paragraphs.tableCell.with { $0.alignment = .center })
                            ],
                            background: shade))
                }
                cells.append(
                    AnnualSummary.cell(
                        "\(cols.reduce(0) { $0 + count(o.id, $1.id) })", style.small, in: style, align: .right))
                return Table.Row(cells)
            }
            if cols.count > size {
                out.append(
                    .paragraph(
                        [
                            TextRun(
                                "Issues \(start + 1)–\(start + group.count) of \(cols.count)",
                                style: style.small.with {
                                    $0.bold = true; $0.color = style.palette.muted
                                })
                        ],
                        style.paragraphs.annualMatrixPart))
            }
            out.append(
                .table(
                    Table(
                        columns: [.fixed(orgWidth)] + group.map { _ in .fraction(1) } + [
                            .fixed(MatrixColumns.totalWidth)
                        ],
                        header: [Table.Row(header)], rows: rows,
                        style: style.tables.annualMatrix,
                        name: "the organization × issue matrix")))
        }
        out.append(
            .paragraph(
                [
                    TextRun(
                        "Cells count the asks each organization made on each issue in \(year); darker means more.",
                        style: style.small.with { $0.color = style.palette.muted })
                ], style.paragraphs.annualMatrixLegend))
        return out
    }
}
