import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Each marked-content sequence holds the words of the element it belongs
/// to and no other's. The painter predicts the MCIDs cairo gives its tags
/// by counting them; a miscount would tie words to the wrong element, and
/// a screen reader would read a heading's text as a table cell's.
///
/// Every element here has words of its own ("w7x3" is the third word of
/// element 7), so whose words a sequence holds is plain from the text the
/// PDF draws there (`MarkedContentText`: the content streams and the fonts'
/// maps, not the engine's records).
@Suite struct MarkedContentTests {
    let body = Fixtures.body
    let plain = ParagraphStyle(alignment: .justified, hyphenate: false)

    /// Element `k`'s words: "wkx1 wkx2 …".
    static func words(_ k: Int, _ count: Int) -> [String] { (1...count).map { "w\(k)x\($0)" } }
    static func text(_ k: Int, _ count: Int) -> String { words(k, count).joined(separator: " ") }

    /// What each element should hold, by element number: its role under its
    /// parent's ("TD > P": a cell's paragraph) and its words.
    struct Expected { var role: String; var words: [String] }

    /// Headings, paragraphs (one across a page break, one with a link in
    /// it), a list, a quote with its attribution, a captioned figure and a
    /// table whose header repeats on later pages.
    func document() -> (blocks: [Block], expected: [Int: Expected]) {
        var expected: [Int: Expected] = [:]
        var k = 0
        func next(_ role: String, _ count: Int) -> String {
            k += 1
            expected[k] = Expected(role: role, words: Self.words(k, count))
            return Self.text(k, count)
        }
        func paragraph(in parent: String = "Document", _ count: Int) -> Block {
            .paragraph([TextRun(next(parent + " > P", count), style: body)], plain)
        }
        func cell(_ role: String, _ count: Int, rowHeader: Bool = false) -> Table.Cell {
            Table.Cell([.paragraph([TextRun(next(role + " > P", count), style: body)], plain)], isRowHeader: rowHeader)
        }
        var blocks: [Block] = [
            .heading(Heading(level: 1, runs: [TextRun(next("Document > H1", 3), style: body)], anchor: "one")),
            paragraph(40),
        ]
        let link = body.with { $0.link = .uri("https://example.org/report") }
        k += 1
        let withLink = k
        expected[withLink] = Expected(role: "Document > P", words: Self.words(withLink, 12))
        let before = Self.words(withLink, 12).prefix(6).joined(separator: " ")
        let after = Self.words(withLink, 12).suffix(6).joined(separator: " ")
        let linked = next("P > Link", 3)
        blocks.append(
            .paragraph(
                [TextRun(before + " ", style: body), TextRun(linked, style: link), TextRun(" " + after, style: body)],
                plain))
        blocks.append(
            .list(ListBlock(marker: .bullet, items: [[paragraph(in: "LBody", 8)], [paragraph(in: "LBody", 5)]])))
        blocks.append(
            .quote([paragraph(in: "BlockQuote", 12)], attribution: [TextRun(next("BlockQuote > P", 2), style: body)]))
        blocks.append(
            .figure(
                Figure(
                    size: Size(width: 40, height: 20),
                    elements: [.fill(.rect(Rect(x: 0, y: 0, width: 40, height: 20)), .black)],
                    caption: [TextRun(next("Document > Caption", 4), style: body)], alternative: "A black rectangle.")))
        blocks.append(
            .heading(Heading(level: 2, runs: [TextRun(next("Document > H2", 2), style: body)], anchor: "two")))
        // Long enough to run over at least one page break mid-paragraph.
        blocks.append(paragraph(700))
        let header = Table.Row([cell("TH", 2), cell("TH", 2)])
        let rows = (1...60).map { _ in Table.Row([cell("TH", 2, rowHeader: true), cell("TD", 6)]) }
        blocks.append(.table(Table(columns: [.fraction(1), .fraction(2)], header: [header], rows: rows)))
        return (blocks, expected)
    }

    /// The element numbers whose words `text` holds.
    static func owners(_ text: String) -> Set<Int> {
        Set(tokens(text).compactMap { Int($0.dropFirst().prefix { $0.isNumber }) })
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.range(of: #"^w\d+x\d+$"#, options: .regularExpression) != nil }
    }

    @Test func everySequenceHoldsTheWordsOfItsOwnElementAndNoOther() throws {
        let (blocks, expected) = document()
        let (path, doc) = try Fixtures.render(blocks)
        #expect(doc.pages.count >= 3, "the long paragraph and the table run over page breaks")
        let tree = StructureTree(path), marks = MarkedContentText(path)
        #expect(marks.pages.count == doc.pages.count)

        // Each element's sequences, in reading order: whose words each holds.
        var words: [Int: [String]] = [:], roles: [Int: Set<String>] = [:]
        var sequences = 0
        func visit(_ element: StructureTree.Element, parent: String) {
            let role = parent + " > " + element.role
            for (page, mcid) in element.content {
                sequences += 1
                guard let text = marks.text(page: page, mcid: mcid) else {
                    Issue.record("\(role): page \(page + 1) has no MCID \(mcid)")
                    continue
                }
                // Only a figure's drawing holds no text.
                #expect(
                    !text.isEmpty || element.role == "Figure", "\(role): MCID \(mcid) of page \(page + 1) draws no text"
                )
                let owners = Self.owners(text)
                #expect(
                    owners.count <= 1,
                    "\(role): MCID \(mcid) of page \(page + 1) holds the words of elements \(owners.sorted()): \(text)")
                for k in owners {
                    roles[k, default: []].insert(role)
                    words[k, default: []] += Self.tokens(text)
                }
            }
            for child in element.children { visit(child, parent: element.role) }
        }
        let document = try #require(tree.document)
        for child in document.children { visit(child, parent: "Document") }
        #expect(sequences > 100)
        for (k, e) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(roles[k] == [e.role], "element \(k)'s words are in \(roles[k]?.sorted() ?? []), not \(e.role)")
            #expect(
                words[k] == e.words,
                "element \(k) (\(e.role)) holds \(words[k] ?? []), not its \(e.words.count) words in order")
        }
        // Every sequence with an MCID belongs to an element, and nothing is drawn outside a sequence.
        for (page, numbered) in marks.pages.enumerated() {
            let inTree = Set(tree.elements.flatMap { $0.content.filter { $0.page == page }.map(\.mcid) })
            #expect(
                Set(numbered.keys) == inTree,
                "page \(page + 1): sequences \(numbered.keys.sorted()) against the tree's \(inTree.sorted())")
            #expect(
                marks.unmarked[page].trimmingCharacters(in: .whitespaces).isEmpty,
                "page \(page + 1) draws text outside any sequence: \(marks.unmarked[page])")
        }
        // The repeated table header is an artifact: only its words are there, besides the running furniture.
        let headerOwners = Set(expected.filter { $0.value.role == "TH > P" }.keys.sorted().prefix(2))
        for (page, artifact) in marks.artifacts.enumerated() {
            #expect(Self.owners(artifact).isSubset(of: headerOwners), "page \(page + 1): artifact text \(artifact)")
        }
    }

    /// The reader itself, on text whose marks are known: a sequence's words,
    /// a ligature's actual text, an artifact, a line break as a space.
    @Test func theReaderCreditsEachGlyphToItsSequence() throws {
        let (path, _) = try Fixtures.render([
            .paragraph([TextRun("The first office of the staff", style: body)], plain),
            .heading(Heading(level: 1, runs: [TextRun("Closing words", style: body)], anchor: "c")),
        ])
        let marks = MarkedContentText(path)
        let page = try #require(marks.pages.first)
        #expect(page.values.sorted() == ["Closing words", "The first office of the staff"], "\(page)")
        #expect(marks.artifacts[0].contains("Specimen"), "the running footer: \(marks.artifacts[0])")
        #expect(marks.unmarked[0].isEmpty)
    }
}
