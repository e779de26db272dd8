import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// The PDF contract: valid, fonts embedded and subset, exact text
/// (ligatures, Cyrillic), outline, links, metadata, reproducible bytes.
@Suite struct PDFOutputTests {
    static let specimen: (String, LaidOutDocument) = {
        try! Fixtures.render(SpecimenDocument(style: Fixtures.style).blocks(pages: 15))
    }()
    var pdf: PDFInspector { PDFInspector(Self.specimen.0) }

    @Test func isValidAndEmbedsSubsetFonts() {
        #expect(pdf.isValid)
        let fonts = pdf.fonts
        #expect(fonts.count >= 3)
        for f in fonts { #expect(f.embedded && f.subset, "\(f.name) not embedded and subset") }
    }

    @Test func textExtractsExactlyWithLigaturesAndCyrillic() throws {
        let blocks: [Block] = [
            .paragraph(
                [TextRun("The office staff affirm an efficient, fluffy first draft.", style: Fixtures.body)],
                ParagraphStyle(alignment: .left)),
            .paragraph(
                [
                    TextRun(
                        "Права людини мають бути в центрі переговорів.",
                        style: Fixtures.body.with { $0.language = "uk" })
                ], ParagraphStyle(alignment: .left)),
        ]
        let (path, _) = try Fixtures.render(blocks)
        let text = PDFInspector(path).text
        #expect(text.contains("The office staff affirm an efficient, fluffy first draft."))
        #expect(text.contains("Права людини мають бути в центрі переговорів."))
        #expect(!text.contains("\u{FB01}") && !text.contains("\u{FB03}"))
    }

    @Test func outlineMirrorsTheHeadings() {
        let doc = Self.specimen.1
        let outline = pdf.outline
        #expect(outline.count == doc.outline.count)
        #expect(outline.map(\.title) == doc.outline.map(\.title))
        #expect(outline.map(\.page) == doc.outline.map(\.page))
        // Level-2 headings nest under their chapter.
        #expect(outline.contains { $0.depth == 2 })
        #expect(outline.first?.title == "Contents")
    }

    @Test func linksAreAnnotations() {
        #expect(pdf.uriLinks.contains { $0.hasPrefix("https://www.example.org/reports/") })
        #expect(pdf.destinationLinks.contains("chapter-1"))
    }

    @Test func metadataIsWritten() {
        let info = pdf.info
        #expect(info["Title"] == "Specimen")
        #expect(info["Subject"] == "Engine specimen")
        #expect(info["Keywords"] == "alpha, beta")
        #expect(info["Creator"] == "brief tests")
        #expect(info["Author"] == "Tests")
        #expect(info["CreationDate"]?.contains("2023") == true)
    }

    @Test func sameInputSameBytes() throws {
        let blocks = SpecimenDocument(style: Fixtures.style).blocks(pages: 5)
        let (a, _) = try Fixtures.render(blocks)
        let (b, _) = try Fixtures.render(blocks)
        let da = try Data(contentsOf: URL(fileURLWithPath: a)), db = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(da == db)
        let (c, _) = try Fixtures.render(blocks, date: Date(timeIntervalSince1970: 1_600_000_000))
        #expect(try Data(contentsOf: URL(fileURLWithPath: c)) != da, "the date must be part of the file")
    }

    /// The structure tree's bulk — every element, and the parent tree with a
    /// reference for every mark of every page — is in compressed object
    /// streams: none of it stands in the file as plain text.
    @Test func theStructureTreeIsCompressed() throws {
        let blocks = SpecimenDocument(style: Fixtures.style).blocks(pages: 3)
        let (path, _) = try Fixtures.render(blocks)
        let raw = try String(contentsOfFile: path, encoding: .isoLatin1)
        #expect(raw.contains("/Type/ObjStm"))
        for key in ["/Nums", "/StructElem", "/ParentTree"] {
            #expect(!raw.contains(key), "\(key) in plain text")
        }
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
    }

    /// Page contents compressed ahead, on a thread of their own while
    /// pages are painted, give the very bytes of contents the painter
    /// compresses itself after each page, whichever thread did each page.
    @Test func contentsCompressedAheadAreThePaintersOwn() throws {
        let blocks = SpecimenDocument(style: Fixtures.style).blocks(pages: 12)
        let (_, doc) = try Fixtures.render(blocks)
        #expect(doc.pages.count >= 12)
        let folder = PDFInspector.temporaryDirectory()
        var files: [Bool: Data] = [:]
        for ahead in [false, true] {
            let path = folder + "/\(ahead).pdf"
            try PDFWriter.write(doc, to: path, fonts: Fixtures.fonts, compressesAhead: ahead)
            files[ahead] = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
        }
        #expect(files[true] == files[false])
    }

    /// The writer writes link annotations after the pages: each must lie
    /// over its link's words and nowhere else.
    @Test func linkAnnotationsLieOverTheirWords() throws {
        let link = Fixtures.body.with { $0.link = .uri("https://www.example.org/report") }
        let runs = [
            TextRun("Plain words before ", style: Fixtures.body), TextRun("the linked report", style: link),
            TextRun(" and plain words after.", style: Fixtures.body),
        ]
        let (path, doc) = try Fixtures.render([.paragraph(runs, ParagraphStyle(alignment: .left))])
        let pdf = PDFInspector(path)
        let rects = pdf.linkRects
        #expect(rects.count == 1 && rects.allSatisfy { $0.count == 4 }, "\(rects)")
        guard let r = rects.first, r.count == 4, let words = pdf.words.first else { return }
        let height = doc.pages[0].size.height
        func covered(_ w: (text: String, x0: Double, y0: Double, x1: Double, y1: Double)) -> Bool {
            let x = (w.x0 + w.x1) / 2, y = height - (w.y0 + w.y1) / 2  // pdftotext measures from the top
            return x > r[0] && x < r[2] && y > r[1] && y < r[3]
        }
        #expect(words.filter(covered).map(\.text) == ["the", "linked", "report"])
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
    }

    /// (The environment is passed in: setting the process's while other
    /// tests render on other threads would race with their reads.)
    @Test func sourceDateEpochSetsTheDate() {
        let metadata = DocumentMetadata(title: "x")
        #expect(
            metadata.effectiveDate(environment: ["SOURCE_DATE_EPOCH": "1742256000"])
                == Date(timeIntervalSince1970: 1_742_256_000))
        #expect(metadata.effectiveDate(environment: [:]).timeIntervalSinceNow.magnitude < 60, "unset: the clock")
        var dated = metadata
        dated.date = Date(timeIntervalSince1970: 0)
        #expect(
            dated.effectiveDate(environment: ["SOURCE_DATE_EPOCH": "1742256000"]) == Date(timeIntervalSince1970: 0),
            "a date given explicitly wins")
    }

    @Test func everyWordStaysInsideTheMarginsWithoutOverlap() {
        let margin = 18.0
        for (n, words) in pdf.words.enumerated() {
            for w in words {
                #expect(
                    w.x0 >= margin - 0.5 && w.x1 <= 612 - margin + 0.5 && w.y0 >= margin - 0.5
                        && w.y1 <= 792 - margin + 0.5,
                    "page \(n + 1): '\(w.text)' outside the margins")
            }
        }
    }

    @Test func theSpecimenPassesThePrintAudit() throws {
        let audit = PrintAudit(Self.specimen.0, expect: ["Chapter 1"])
        #expect(audit.problems.isEmpty, "\(audit.problems)")
    }

    @Test func failedWritesLeaveNoFile() throws {
        let dir = PDFInspector.temporaryDirectory()
        // A folder that cannot be created.
        #expect(throws: TypesettingError.self) {
            try PDFWriter(
                path: "/proc/no-such-folder/out.pdf", metadata: DocumentMetadata(title: "x"), fonts: Fixtures.fonts)
        }
        // A writer dropped before finishing leaves no file, named or temporary.
        do {
            let w = try PDFWriter(
                path: dir + "/partial.pdf", metadata: DocumentMetadata(title: "x"), fonts: Fixtures.fonts)
            _ = w
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func pagesRenderToPNG() throws {
        let path = PDFInspector.temporaryDirectory() + "/page.png"
        try PNGRenderer.render(Self.specimen.1.pages[0], fonts: Fixtures.fonts, dpi: 50, to: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(data.count > 2000)
    }
}
