import Foundation

/// Page breaks as a print designer judges them, read from the finished PDF:
/// - a heading is **stranded** when fewer than `minimumLinesAfter` lines
///   follow it at the foot of its page while its section goes on overleaf;
/// - a page is **short** when its text stops above `minimumFill` of the text
///   area and the next page does not open a new section (a page left short
///   because the next section starts a fresh page is fine; one left short
///   because a table or figure did not fit is not).
///
/// Headings are found through the outline, which mirrors them (the PDF
/// contract); the running header and footer (lines near an edge repeated on
/// most pages, page numbers aside) are not text of the page.
public struct PageBreakAudit {
    public static let minimumLinesAfter = 2
    public static let minimumFill = 0.5

    public private(set) var problems: [String] = []

    /// A line across the page: the lines poppler finds at one height (a
    /// table row's cells), in reading order.
    struct Row { var top: Double; var bottom: Double; var text: String }

    public init(_ path: String) {
        let text = PageText(path)
        let body = Self.bodyRows(text.pages)
        let outline = PDFInspector(path).outline
        let top = body.joined().map(\.top).min() ?? 0, bottom = body.joined().map(\.bottom).max() ?? 1
        // Where each outline heading begins on its page, and how many rows follow it there.
        var opensPage = Set<Int>()
        var stranded: [(page: Int, title: String, after: Int)] = []
        for entry in outline where (1...body.count).contains(entry.page) {
            let rows = body[entry.page - 1]
            guard let (start, span) = Self.locate(entry.title, in: rows) else { continue }
            if start == 0 { opensPage.insert(entry.page) }
            let after = rows.count - start - span
            if entry.page < body.count && after < Self.minimumLinesAfter {
                stranded.append((entry.page, entry.title, after))
            }
        }
        for s in stranded where !opensPage.contains(s.page + 1) {
            problems.append(
                "page \(s.page): heading \"\(s.title.prefix(60))\" has \(s.after) line(s) under it "
                    + "and its section goes on at page \(s.page + 1)")
        }
        for (i, rows) in body.dropLast().enumerated() {
            let n = i + 1
            guard let last = rows.last else { problems.append("page \(n): empty"); continue }
            let fill = (last.bottom - top) / max(1, bottom - top)
            if fill < Self.minimumFill && !opensPage.contains(n + 1) {
                problems.append(
                    "page \(n): text fills \(Int((fill * 100).rounded()))% of the text area "
                        + "and page \(n + 1) does not open a new section")
            }
        }
    }

    /// Each page's rows, without the running header and footer.
    static func bodyRows(_ pages: [PageText.Page]) -> [[Row]] {
        let rows = pages.map(rows)
        guard pages.count >= 3 else { return rows }
        // Furniture: a row within the outer eighth of the page, the same (digits aside)
        // at the same height on at least three pages in five.
        func key(_ r: Row, _ page: PageText.Page) -> String? {
            guard r.top < page.height / 8 || r.top > page.height * 7 / 8 else { return nil }
            return "\(Int(r.top / 3))|" + r.text.map { $0.isNumber ? "#" : String($0) }.joined()
        }
        var seen: [String: Int] = [:]
        for (page, list) in zip(pages, rows) {
            for k in Set(list.compactMap { key($0, page) }) { seen[k, default: 0] += 1 }
        }
        let furniture = Set(seen.filter { Double($0.value) >= 0.6 * Double(pages.count) }.keys)
        return zip(pages, rows).map { page, list in
            list.filter { key($0, page).map { !furniture.contains($0) } ?? true }
        }
    }

    /// Lines at the same height (within two points) make one row.
    static func rows(_ page: PageText.Page) -> [Row] {
        var rows: [(row: Row, lines: [PageText.Box])] = []
        for line in page.lines.sorted(by: { $0.y0 < $1.y0 }) {
            if let i = rows.lastIndex(where: { abs($0.row.top - line.y0) <= 2 }) {
                rows[i].lines.append(line)
                rows[i].row.bottom = max(rows[i].row.bottom, line.y1)
            } else {
                rows.append((Row(top: line.y0, bottom: line.y1, text: ""), [line]))
            }
        }
        return rows.map { r in
            var row = r.row
            row.text = r.lines.sorted { $0.x0 < $1.x0 }.map(\.text).joined(separator: " ")
            return row
        }
    }

    /// The row where a heading begins and how many rows it takes, matched
    /// on its letters and digits (a long title on its first 24).
    static func locate(_ title: String, in rows: [Row]) -> (start: Int, span: Int)? {
        let whole = letters(title)
        let wanted = String(whole.prefix(24))
        guard !wanted.isEmpty else { return nil }
        for i in rows.indices where letters(rows[i...].prefix(3).map(\.text).joined()).hasPrefix(wanted) {
            var span = 1, read = letters(rows[i].text)
            while read.count < whole.count && i + span < rows.count {
                read += letters(rows[i + span].text)
                span += 1
            }
            return (i, span)
        }
        return nil
    }

    static func letters(_ s: String) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
}
