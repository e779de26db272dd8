import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Page breaking: widows and orphans, headings kept with what follows,
/// table headers repeated, tall rows split, impossible content refused.
@Suite struct PaginationTests {
    /// Paragraph i is set in a colour encoding i, so its lines can be found on the pages.
    func colour(_ i: Int) -> Color { Color(red: Double(i) / 1000, green: 0, blue: 0) }

    func paragraphID(_ c: Color) -> Int { Int((c.red * 1000).rounded()) }

    @Test func noPageBreakLeavesFewerThanTwoLinesOfAParagraph() throws {
        var blocks: [Block] = []
        var g = SpecimenDocument.Generator(state: 7)
        let spec = SpecimenDocument(style: Fixtures.style)
        for i in 1...60 {
            let runs = spec.paragraph(&g, sentences: 4 + g.next(12)).map {
                TextRun($0.text, style: Fixtures.body.with { $0.color = colour(i) })
            }
            blocks.append(.paragraph(runs, ParagraphStyle()))
        }
        let (_, doc) = try Fixtures.render(blocks)
        #expect(doc.pages.count >= 3)
        // Lines of each paragraph on each page.
        var linesOn: [Int: [Int: Int]] = [:]  // paragraph → page → lines
        for page in doc.pages {
            for (_, f) in page.placements {
                guard
                    let run = f.items.compactMap({
                        if case .glyphs(let g) = $0 { return g }; return nil
                    }).first
                else { continue }
                let id = paragraphID(run.color)
                guard id > 0 else { continue }
                linesOn[id, default: [:]][page.number, default: 0] += 1
            }
        }
        var split = 0
        for (id, pages) in linesOn where pages.count > 1 {
            split += 1
            for (page, lines) in pages { #expect(lines >= 2, "paragraph \(id) has \(lines) line(s) on page \(page)") }
        }
        #expect(split >= 1, "the sample should split at least one paragraph across pages")
    }

    @Test func headingsAreNeverTheLastThingOnAPage() throws {
        var blocks: [Block] = []
        var g = SpecimenDocument.Generator(state: 3)
        let spec = SpecimenDocument(style: Fixtures.style)
        for i in 1...40 {
            blocks.append(
                .heading(
                    Heading(
                        level: 2, runs: [TextRun("Section \(i)", style: Fixtures.body.with { $0.color = colour(900) })],
                        anchor: "s\(i)")))
            blocks.append(.paragraph(spec.paragraph(&g, sentences: 1 + g.next(6)), ParagraphStyle()))
        }
        let (_, doc) = try Fixtures.render(blocks)
        #expect(doc.pages.count >= 3)
        for page in doc.pages {
            let body = page.placements.dropLast(1)  // the footer comes last
            guard let last = body.last?.fragment else { continue }
            let isHeading = last.items.contains {
                if case .glyphs(let g) = $0 { return paragraphID(g.color) == 900 }; return false
            }
            #expect(!isHeading, "page \(page.number) ends with a heading")
        }
    }

    @Test func tableHeadersRepeatOnEveryPageTheTableSpans() throws {
        let (path, doc) = try Fixtures.render([.table(Fixtures.longTable(rows: 60))])
        #expect(doc.pages.count >= 3)
        let pages = PDFInspector(path).pages
        #expect(pages.count == doc.pages.count)
        for (i, text) in pages.enumerated() where text.contains("Row ") {
            #expect(text.contains("Statement heading"), "page \(i + 1) continues the table without its header")
        }
        // Every row is there exactly once.
        let all = pages.joined(separator: " ")
        for r in [1, 30, 60] { #expect(all.contains("Row \(r) ")) }
    }

    @Test func aRowTallerThanAPageIsSplitNotLost() throws {
        let ps = ParagraphStyle(alignment: .left, spaceAfter: 4)
        let tall = (0..<40).map { i in
            Block.paragraph([TextRun("Cell paragraph \(i). " + Fixtures.paragraphs[i % 4], style: Fixtures.body)], ps)
        }
        let table = Table(
            columns: [.fraction(1), .fraction(1)],
            header: [
                Table.Row([
                    Table.Cell([.paragraph([TextRun("Left", style: Fixtures.body)], ps)]),
                    Table.Cell([.paragraph([TextRun("Right", style: Fixtures.body)], ps)]),
                ])
            ],
            rows: [
                Table.Row([Table.Cell(tall), Table.Cell([.paragraph([TextRun("short", style: Fixtures.body)], ps)])])
            ])
        let (path, doc) = try Fixtures.render([.table(table)])
        #expect(doc.pages.count >= 3)
        let text = PDFInspector(path).text
        for i in [0, 20, 39] { #expect(text.contains("Cell paragraph \(i).")) }
    }

    @Test func contentTallerThanAPageIsAClearError() throws {
        let figure = Figure(
            size: Size(width: 100, height: 2000),
            elements: [.fill(.rect(Rect(x: 0, y: 0, width: 100, height: 2000)), .black)])
        #expect(throws: TypesettingError.self) { try Fixtures.render([.figure(figure)]) }
        do { _ = try Fixtures.render([.figure(figure)]) } catch let e as TypesettingError {
            guard case .contentTooTall = e else { Issue.record("wrong error \(e)"); return }
            #expect(e.description.contains("2000 pt"))
        }
    }

    @Test func contentsPageNumbersAreThePagesTheHeadingsLandOn() throws {
        let spec = SpecimenDocument(style: Fixtures.style)
        let (path, doc) = try Fixtures.render(spec.blocks(pages: 25))
        let pdf = PDFInspector(path)
        let pages = pdf.pages
        let contents = pdf.layoutLines(page: 1)
        var checked = 0
        for (anchor, page) in doc.anchorPages where anchor.hasPrefix("chapter-") && !anchor.contains("-", after: 8) {
            // The heading's text is on that page, and the contents line ends with that number.
            guard let entry = doc.outline.first(where: { $0.anchor == anchor }) else { continue }
            #expect(entry.page == page)
            #expect(pages[page - 1].contains(entry.title), "\(entry.title) not on page \(page)")
            guard let line = contents.first(where: { $0.hasPrefix(entry.title) }) else {
                Issue.record("\(entry.title) missing from the contents"); continue
            }
            let number = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(Int(number) == page, "contents says \(number) for \(entry.title), it is on \(page)")
            checked += 1
        }
        #expect(checked >= 4)
    }
}

extension String {
    /// Whether `c` occurs after the first `n` characters.
    func contains(_ c: Character, after n: Int) -> Bool { dropFirst(n).contains(c) }
}

/// Streaming (pages painted as they are set) lays out exactly like buffering.
@Suite struct StreamingTests {
    @Test func streamedPagesMatchBufferedOnes() throws {
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page}")
        let blocks = SpecimenDocument(style: style).blocks(pages: 12, contents: false)
        let layout = DocumentLayout(context: Fixtures.context(), style: style)
        #expect(layout.canStream(blocks))
        let buffered = try layout.layout(blocks, metadata: DocumentMetadata(title: "S"))
        var streamed: [Page] = []
        let (count, outline) = try DocumentLayout(context: Fixtures.context(), style: style)
            .stream(blocks, metadata: DocumentMetadata(title: "S")) { streamed.append($0) }
        #expect(count == buffered.pages.count && streamed.count == count)
        #expect(outline == buffered.outline)
        for (a, b) in zip(streamed, buffered.pages) {
            #expect(a.placements.count == b.placements.count)
            #expect(a.placements.map(\.origin) == b.placements.map(\.origin))
        }
        // A table of contents rules streaming out.
        #expect(!layout.canStream(SpecimenDocument(style: style).blocks(pages: 3, contents: true)))
    }

    /// Counting pages first costs a second layout pass: a document short
    /// enough to hold whole is laid out once; a long one, or one that prints
    /// no page total, is streamed.
    @Test func onlyALongDocumentPrintingItsPageTotalIsLaidOutTwice() throws {
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page} of {pages}")
        let short = SpecimenDocument(style: style).blocks(pages: 3, contents: false)
        let long = Array(repeating: short, count: DocumentLayout.blocksHeldForPageTotal / short.count + 1).flatMap {
            $0
        }
        let layout = DocumentLayout(context: Fixtures.context(), style: style)
        #expect(!layout.shouldStream(short))
        #expect(layout.shouldStream(long))
        style.footer = PageFurniture(left: "{title}", right: "page {page}")
        #expect(DocumentLayout(context: Fixtures.context(), style: style).shouldStream(short))
    }

    /// "page N of M" no longer holds every page until M is known: a counting pass sets them
    /// first, and the streamed pages match the buffered ones, totals included.
    @Test func aPageTotalIsCountedBeforePagesAreStreamed() throws {
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page} of {pages}")
        let blocks = SpecimenDocument(style: style).blocks(pages: 12, contents: false)
        let layout = DocumentLayout(context: Fixtures.context(), style: style)
        #expect(layout.canStream(blocks))
        let buffered = try layout.layout(blocks, metadata: DocumentMetadata(title: "S"))
        var streamed: [Page] = []
        let (count, _) = try DocumentLayout(context: Fixtures.context(), style: style)
            .stream(blocks, metadata: DocumentMetadata(title: "S")) { streamed.append($0) }
        #expect(count == buffered.pages.count && streamed.count == count && count > 1)
        func footer(_ page: Page) -> String {
            page.placements.last.map {
                $0.fragment.items.compactMap { item -> String? in
                    if case .glyphs(let run) = item { return run.text } else { return nil }
                }.joined(separator: " ")
            } ?? ""
        }
        for (a, b) in zip(streamed, buffered.pages) {
            #expect(a.placements.map(\.origin) == b.placements.map(\.origin))
            #expect(footer(a) == footer(b) && footer(a).contains("of \(count)"), "\(footer(a))")
        }
    }

    /// A document of a few pages or more is set on two threads (`BlocksBuiltAhead`), each with
    /// its own flow and context; its pages are exactly those one thread sets,
    /// tables (left to the paginating thread) and tables inside lists included.
    @Test(arguments: [6, 70])
    func aDocumentSetOnTwoThreadsGivesTheSamePagesAsOne(pages: Int) throws {
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page}")
        var blocks = SpecimenDocument(style: style).blocks(pages: pages, contents: false)
        let ps = ParagraphStyle()
        let listWithTable = Block.list(
            ListBlock(
                marker: .bullet,
                items: [
                    [.paragraph([TextRun(Fixtures.paragraphs[0], style: Fixtures.body)], ps)],
                    [.table(Fixtures.longTable(rows: 12))],
                ]))
        blocks.insert(.table(Fixtures.longTable(rows: 60)), at: blocks.count / 3)
        blocks.insert(listWithTable, at: 2 * blocks.count / 3)
        #expect(blocks.count >= DocumentLayout.blocksWorthSettingAhead, "long enough for a second thread")
        let oneThread = try DocumentLayout(context: Fixtures.context(), style: style)
            .layout(blocks, metadata: DocumentMetadata(title: "S"))
        var twoThreads: [Page] = []
        let (count, outline) = try DocumentLayout(context: Fixtures.context(), style: style)
            .stream(blocks, metadata: DocumentMetadata(title: "S")) { twoThreads.append($0) }
        #expect(count == oneThread.pages.count && twoThreads.count == count && count >= pages / 2)
        #expect(outline == oneThread.outline)
        /// Every placement's origin and every glyph run's font, text, glyphs and positions.
        func content(_ page: Page) -> [String] {
            page.placements.flatMap { p in
                ["\(p.origin)"]
                    + p.fragment.items.compactMap { item -> String? in
                        guard case .glyphs(let run) = item else { return nil }
                        return "\(run.font) \(run.text) \(run.glyphs) \(run.positions)"
                    }
            }
        }
        for (a, b) in zip(twoThreads, oneThread.pages) { #expect(content(a) == content(b), "page \(a.number)") }
    }

    @Test func aLongTableArrivesInPiecesAndBreaksAsWhenSetWhole() throws {
        var style = Fixtures.style
        style.footer = PageFurniture(left: "{title}", right: "page {page}")
        let ps = ParagraphStyle()
        let blocks: [Block] = [
            .paragraph([TextRun(Fixtures.paragraphs[0], style: Fixtures.body)], ps),
            .table(Fixtures.longTable(rows: 400)),
            .paragraph([TextRun(Fixtures.paragraphs[1], style: Fixtures.body)], ps),
        ]
        // The flow hands the rows over in pieces, before the block is done.
        let flow = BlockFlow(context: Fixtures.context(), style: style)
        var pieces: [[VItem]] = []
        let rest = try flow.build(blocks[1], width: style.contentWidth) { pieces.append($0) }
        #expect(pieces.count > 10, "400 rows come in pieces, not whole")
        #expect(pieces.allSatisfy { $0.count <= TableLayout.itemsPerFlush + 2 })
        let rows = (pieces.flatMap { $0 } + rest).filter {
            if case .box = $0 { return true }; return false
        }
        #expect(rows.count == 401, "the header and every row, once")
        // And pages break exactly as when the table is set whole.
        let buffered = try DocumentLayout(context: Fixtures.context(), style: style)
            .layout(blocks, metadata: DocumentMetadata(title: "T"))
        var streamed: [Page] = []
        _ = try DocumentLayout(context: Fixtures.context(), style: style)
            .stream(blocks, metadata: DocumentMetadata(title: "T")) { streamed.append($0) }
        #expect(streamed.count == buffered.pages.count && streamed.count > 5)
        for (a, b) in zip(streamed, buffered.pages) {
            #expect(a.placements.map(\.origin) == b.placements.map(\.origin), "page \(a.number)")
        }
    }
}
