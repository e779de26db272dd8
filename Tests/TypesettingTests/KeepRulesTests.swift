import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// The keep rules a print designer signs off, stated on the engine alone:
/// a heading, a caption or a table's group row never ends a page; a short
/// table is never split; a long one leaves three body rows on each side;
/// no page is left more than half empty because a kept group did not fit.
@Suite struct KeepRulesTests {
    static let marker = Color(red: 0.9, green: 0, blue: 0)

    /// Filler lines: a paragraph of `lines` lines of text.
    func filler(_ lines: Int) -> Block {
        let words = (0..<(lines * 14)).map { i in
            ["rights", "release", "detained", "monitors", "access", "civilians", "justice"][i % 7]
        }
        return .paragraph(
            [TextRun(words.joined(separator: " "), style: Fixtures.body)], ParagraphStyle(hyphenate: false))
    }

    func cell(_ text: String, color: Color? = nil) -> Table.Cell {
        Table.Cell([
            .paragraph(
                [TextRun(text, style: Fixtures.body.with { if let color { $0.color = color } })],
                ParagraphStyle(alignment: .left, hyphenate: false, spaceAfter: 0))
        ])
    }

    func table(rows: Int, group: Bool = false, groupEvery: Int = 3, total: Bool = false, tall: Double = 0) -> Table {
        var body: [Table.Row] = []
        for i in 0..<rows {
            if group && i % groupEvery == 0 {
                body.append(Table.Row([cell("Group \(i / 3)", color: Self.marker), cell("")], role: .group))
            }
            let text = tall > 0 ? String(repeating: "tall row text ", count: Int(tall)) : "row \(i)"
            body.append(Table.Row([cell("Row \(i)"), cell(text)]))
        }
        if total { body.append(Table.Row([cell("Total"), cell("\(rows)")], role: .total)) }
        return Table(
            columns: [.fixed(120), .fraction(1)], header: [Table.Row([cell("Name"), cell("Value")])], rows: body)
    }

    /// Which page each text line ("Row 3", "Total", a heading) lands on.
    func pages(of doc: LaidOutDocument) -> [(page: Int, text: String, y: Double, color: Color?)] {
        var out: [(Int, String, Double, Color?)] = []
        for page in doc.pages {
            for (origin, f) in page.placements {
                func walk(_ items: [DrawItem], dy: Double) {
                    for item in items {
                        if case .glyphs(let g) = item { out.append((page.number, g.text, origin.y + dy, g.color)) }
                    }
                }
                walk(f.items, dy: 0)
            }
        }
        return out
    }

    @Test func aHeadingAndItsCaptionMoveWithTheTableHeaderAndTwoRows() throws {
        // Fill the page so that only the heading and the caption would fit at its foot.
        for fill in stride(from: 30, through: 44, by: 2) {
            let blocks: [Block] = [
                filler(fill),
                .heading(Heading(level: 2, runs: [TextRun("Issue matrix", style: Fixtures.body)], anchor: "m")),
                .paragraph(
                    [TextRun("Which organization made which demand.", style: Fixtures.body)],
                    ParagraphStyle(alignment: .left, keepWithNext: true)),
                .table(table(rows: 20)),
            ]
            let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
                .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
            let lines = pages(of: doc)
            let heading = try #require(lines.first { $0.text.contains("Issue matrix") })
            let caption = try #require(lines.first { $0.text.contains("Which organization") })
            let row1 = try #require(lines.first { $0.text == "Row 1" })
            #expect(
                heading.page == caption.page && caption.page == row1.page,
                "fill \(fill): heading p\(heading.page), row 1 p\(row1.page)")
        }
    }

    @Test func aShortTableIsNeverSplit() throws {
        for fill in stride(from: 36, through: 46, by: 1) {
            let blocks: [Block] = [filler(fill), .table(table(rows: 6, total: true))]
            let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
                .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
            let rows = pages(of: doc).filter { $0.text.hasPrefix("Row ") || $0.text == "Total" }
            #expect(Set(rows.map(\.page)).count == 1, "fill \(fill): \(rows.map { "\($0.text)@\($0.page)" })")
        }
    }

    @Test func aLongTableLeavesThreeBodyRowsOnEachSide() throws {
        var splits = 0
        for fill in stride(from: 10, through: 46, by: 3) {
            let blocks: [Block] = [filler(fill), .table(table(rows: 9, total: true))]
            let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
                .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
            let rows = pages(of: doc).filter { $0.text.hasPrefix("Row ") }
            let byPage = Dictionary(grouping: rows, by: \.page)
            if byPage.count > 1 { splits += 1 }
            for (page, list) in byPage {
                #expect(list.count >= 3, "fill \(fill): \(list.count) body rows on page \(page)")
            }
            let total = try #require(pages(of: doc).first { $0.text == "Total" })
            #expect(total.page == rows.last?.page, "the totals row stays with the last rows")
        }
        #expect(splits > 0, "some fill makes the table split")
    }

    @Test func aGroupRowNeverEndsAPage() throws {
        for fill in stride(from: 10, through: 46, by: 2) {
            let blocks: [Block] = [filler(fill), .table(table(rows: 15, group: true))]
            let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
                .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
            let lines = pages(of: doc)
            for (i, line) in lines.enumerated() where line.color == Self.marker {
                let following = lines[(i + 1)...].prefix { $0.page == line.page }.filter { $0.text.hasPrefix("Row ") }
                let continues = lines[(i + 1)...].contains { $0.text.hasPrefix("Row ") }
                #expect(
                    !continues || following.count >= 2,
                    "fill \(fill): \(line.text) on page \(line.page) keeps \(following.count) rows")
            }
        }
    }

    @Test func aTableOfOneRowGroupsStillSplitsInsteadOfMovingWhole() throws {
        // Every body row has its own group row: the group's keep ends with its one row.
        let blocks: [Block] = [filler(22), .table(table(rows: 30, group: true, groupEvery: 1))]
        let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
            .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
        let row0 = try #require(pages(of: doc).first { $0.text == "Row 0" })
        #expect(row0.page == 1, "the table starts under the text on page 1")
    }

    @Test func aShortTableOfTallRowsSplitsRatherThanLeaveAPageHalfEmpty() throws {
        // Six rows, each a tenth of a page or more: moving the table whole would
        // leave the first page under half full.
        let blocks: [Block] = [filler(16), .table(table(rows: 6, tall: 40))]
        let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
            .layout(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
        let row0 = try #require(pages(of: doc).first { $0.text == "Row 0" })
        #expect(row0.page == 1, "the table starts on page 1")
        let style = Fixtures.style
        let used =
            doc.pages[0].placements.dropLast().map { $0.origin.y + $0.fragment.height }.max()! - style.margins.top
        #expect(used >= 0.5 * style.contentHeight, "page 1 is \(Int(100 * used / style.contentHeight))% full")
    }

    @Test func aKeptGroupBreaksRatherThanLeaveAPageHalfEmpty() throws {
        // A group kept together that is taller than what is left of the page,
        // after text filling less than half of it: it must break, not move.
        let group: Block = .keepTogether((0..<30).map { _ in filler(1) })
        let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
            .layout(
                [filler(10), group, filler(5)],
                metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
        let first = doc.pages[0].placements.dropLast().map { $0.origin.y + $0.fragment.height }.max() ?? 0
        let style = Fixtures.style
        #expect(first - style.margins.top >= 0.5 * style.contentHeight, "page 1 is filled to \(Int(first)) pt")
        // A short kept group still moves whole when it does not fit.
        let small: Block = .keepTogether((0..<4).map { _ in filler(1) })
        let doc2 = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style)
            .layout([filler(50), small], metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
        let lastPage = doc2.pages.last!.number
        let groupLines = pages(of: doc2).suffix(4)
        #expect(groupLines.allSatisfy { $0.page == lastPage })
    }

    @Test func streamingKeepsTheSameRulesAsBufferedLayout() throws {
        var blocks: [Block] = []
        for i in 0..<12 {
            blocks.append(
                .heading(Heading(level: 2, runs: [TextRun("Part \(i)", style: Fixtures.body)], anchor: "p\(i)")))
            blocks.append(
                .paragraph(
                    [TextRun("Caption for part \(i).", style: Fixtures.body)],
                    ParagraphStyle(alignment: .left, keepWithNext: true)))
            blocks.append(.table(table(rows: 4 + i % 5, group: i % 2 == 0, total: true)))
            blocks.append(filler(3 + i % 7))
        }
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page}")
        let layout = DocumentLayout(context: Fixtures.context(), style: style)
        let buffered = try layout.layout(
            blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0)))
        var streamed: [Page] = []
        _ = try DocumentLayout(context: Fixtures.context(), style: style)
            .stream(blocks, metadata: DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0))) {
                streamed.append($0)
            }
        #expect(streamed.count == buffered.pages.count)
        for (a, b) in zip(streamed, buffered.pages) {
            #expect(a.placements.map(\.origin.y) == b.placements.map(\.origin.y), "page \(a.number)")
        }
    }
}
