/// Cuts a table row taller than the space left on a page into two rows.
///
/// Every cell is cut at the last of its boxes (lines, nested blocks) that
/// fits; both parts keep the row's shading and the head ends with a row
/// rule, so a row continued on the next page still reads as one row. A row
/// whose first box in every cell is too tall cannot be cut (`nil`); the
/// paginator then moves it whole.
struct TableRowSplitter {
    let cells: [TableLayout.CellContent]
    let totalWidth: Double
    let style: TableStyle
    let background: Color?
    let ruleAbove: Double
    let ruleBelow: Double
    let name: String

    /// The part that fits in `available` points and the rest, as row boxes.
    func split(available: Double) -> (VBox, VBox)? {
        let limit = available - style.padding.top - style.padding.bottom
        var head: [TableLayout.CellContent] = [], tail: [TableLayout.CellContent] = []
        var progressed = false
        for cell in cells {
            var h = cell, t = cell
            h.boxes = cell.boxes.filter { $0.y + $0.box.height <= limit + Self.tolerance }
            let cut = h.boxes.count
            t.boxes = Array(cell.boxes[cut...])
            let dy = t.boxes.first?.y ?? 0
            t.boxes = t.boxes.map { (y: $0.y - dy, box: $0.box) }
            if cut > 0 { progressed = true }
            head.append(h); tail.append(t)
        }
        guard progressed else { return nil }
        let headBox = TableLayout.rowBox(
            head, totalWidth: totalWidth, style: style, background: background,
            ruleAbove: ruleAbove, ruleBelow: style.rowRuleWidth, name: name)
        let tailBox = TableLayout.rowBox(
            tail, totalWidth: totalWidth, style: style, background: background,
            ruleAbove: 0, ruleBelow: ruleBelow, name: name)
        return (headBox, tailBox)
    }

    /// Rounding slack when comparing a box's bottom with the limit, in points.
    static let tolerance = 0.01
}
