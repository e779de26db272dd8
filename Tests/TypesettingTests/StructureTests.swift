import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// The engine carries structure from blocks to the tagged PDF: every block
/// kind becomes its standard element, in reading order, and decoration
/// stays outside the tree.
@Suite struct StructureTests {
    let body = Fixtures.body
    let plain = ParagraphStyle(alignment: .left)

    func paragraph(_ text: String, style: TextStyle? = nil) -> Block {
        .paragraph([TextRun(text, style: style ?? body)], plain)
    }
    func cell(_ text: String, rowHeader: Bool = false) -> Table.Cell {
        Table.Cell([paragraph(text)], isRowHeader: rowHeader)
    }

    @Test func everyBlockKindBecomesItsStandardElementInReadingOrder() throws {
        let link = body.with { $0.link = .uri("https://example.org/report") }
        let blocks: [Block] = [
            .heading(Heading(level: 1, runs: [TextRun("Findings", style: body)], anchor: "findings")),
            .paragraph(
                [
                    TextRun("See the ", style: body), TextRun("full report", style: link),
                    TextRun(" for details.", style: body),
                ], plain),
            .list(ListBlock(marker: .bullet, items: [[paragraph("First point")], [paragraph("Second point")]])),
            .quote([paragraph("Words worth quoting.")], attribution: [TextRun("— A speaker", style: body)]),
            .table(
                Table(
                    columns: [.auto, .fraction(1)], header: [Table.Row([cell("Name"), cell("Value")])],
                    rows: [Table.Row([cell("Alpha", rowHeader: true), cell("1")])])),
            .figure(
                Figure(
                    size: Size(width: 40, height: 20),
                    elements: [.fill(.rect(Rect(x: 0, y: 0, width: 40, height: 20)), .black)],
                    caption: [TextRun("A black box.", style: body)], alternative: "A black rectangle.")),
            .figure(
                Figure(
                    size: Size(width: 40, height: 4),
                    elements: [.fill(.rect(Rect(x: 0, y: 0, width: 40, height: 4)), .black)])),
            .rule(color: .black, width: 1),
        ]
        let (path, _) = try Fixtures.render(blocks)
        let tree = StructureTree(path)
        let top = try #require(tree.document).children.map(\.role)
        #expect(top == ["H1", "P", "L", "BlockQuote", "Table", "Figure", "Caption"], "\(top)")
        #expect(tree.elements("LI").map { $0.children.map(\.role) } == [["Lbl", "LBody"], ["Lbl", "LBody"]])
        #expect(tree.elements("BlockQuote").first?.children.map(\.role) == ["P", "P"], "the quote and its attribution")
        let rows = tree.elements("TR")
        #expect(rows.map { $0.children.map(\.role) } == [["TH", "TH"], ["TH", "TD"]])
        #expect(rows[0].children.allSatisfy { $0.attributes["Scope"] == "Column" })
        #expect(rows[1].children[0].attributes["Scope"] == "Row")
        #expect(
            tree.elements("Figure").map { $0.attributes["Alt"] } == ["A black rectangle."],
            "the undescribed figure is decoration")
        let links = tree.elements("Link")
        #expect(links.count == 1)
        #expect(!links[0].content.isEmpty, "the linked words are inside the Link element")
        #expect(links[0].annotations == ["full report (https://example.org/report)"])
        #expect(tree.language == "en-US" && tree.isMarked && tree.displaysTitle)
    }

    @Test func aTableHeaderRepeatedOnLaterPagesIsStructureOnlyOnce() throws {
        let rows = (1...120).map { Table.Row([cell("Row \($0)"), cell("value \($0)")]) }
        let table = Table(
            columns: [.fraction(1), .fraction(1)], header: [Table.Row([cell("Label"), cell("Figure")])], rows: rows)
        let (path, doc) = try Fixtures.render([.table(table)])
        #expect(doc.pages.count >= 3)
        let tree = StructureTree(path)
        #expect(tree.elements("TR").count == 121)
        #expect(tree.elements("TH").count == 2)
        // The header is printed on every page all the same.
        #expect(PDFInspector(path).pages.allSatisfy { $0.contains("Label Figure") })
    }

    @Test func passagesInAnotherLanguageCarryTheirLanguage() throws {
        let russian = body.with { $0.language = "ru" }
        let blocks: [Block] = [
            .paragraph([TextRun("Заявление правозащитников о задержанных.", style: russian)], plain),
            .paragraph(
                [
                    TextRun("The group ", style: body), TextRun("«Мемориал»", style: russian),
                    TextRun(" was closed.", style: body),
                ], plain),
        ]
        let (path, _) = try Fixtures.render(blocks)
        let tree = StructureTree(path)
        let paragraphs = tree.elements("P")
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].attributes["Lang"] == "ru", "a paragraph all in Russian is a Russian element")
        #expect(paragraphs[1].attributes["Lang"] == nil)
        // The Russian words of an English paragraph are a Span in Russian.
        #expect(paragraphs[1].children.map(\.role) == ["Span"])
        #expect(paragraphs[1].children.first?.attributes["Lang"] == "ru")
        #expect(paragraphs[1].content.count == 2, "the English before and after the Span")
        #expect(PDFInspector(path).text.contains("The group «Мемориал» was closed."))
    }

    @Test func aHeadingTakesTheLanguageOfMostOfItsWords() throws {
        let russian = body.with { $0.language = "ru" }
        let blocks: [Block] = [
            .heading(
                Heading(
                    level: 1,
                    runs: [
                        TextRun("Заявление правозащитников о задержанных", style: russian),
                        TextRun(" (2024)", style: body),
                    ], anchor: "ru"))
        ]
        let (path, _) = try Fixtures.render(blocks)
        let heading = try #require(StructureTree(path).elements("H1").first)
        #expect(heading.attributes["Lang"] == "ru")
        #expect(heading.children.isEmpty && heading.content.count == 1, "one content item, no spans")
    }

    @Test func aLongParagraphAcrossPagesIsOneElement() throws {
        let long = String(repeating: Fixtures.paragraphs.joined(separator: " ") + " ", count: 12)
        let (path, doc) = try Fixtures.render([paragraph(long)])
        #expect(doc.pages.count >= 2)
        let tree = StructureTree(path)
        let p = try #require(tree.elements("P").first)
        #expect(tree.elements("P").count == 1)
        #expect(
            Set(p.content.map(\.page)).count == doc.pages.count, "one content item per page, all in the one element")
    }
}
