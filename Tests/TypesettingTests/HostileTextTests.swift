import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Text that once crashed the engine, ran off the page or vanished.
@Suite struct HostileTextTests {
    @Test func flagEmojiAndOtherRegionalIndicatorsSetWithoutAborting() throws {
        // libunibreak 1.1 asserted on a regional-indicator pair; ICU does not.
        let text = "Ukraine 🇺🇦 and the flags 🇺🇸🇷🇺 stay in the line; 👩🏽‍⚖️ too, and a lone 🇦."
        let breaks = LineBreakOpportunities.compute(utf8: Array(text.utf8), language: "en")
        #expect(breaks.count == text.utf8.count)
        let (path, _) = try Fixtures.render([.paragraph([TextRun(text, style: Fixtures.body)], ParagraphStyle())])
        #expect(PDFInspector(path).isValid)
        #expect(PDFInspector(path).text.contains("Ukraine"))
    }

    /// Words that read like PDF syntax are only words: the file stays
    /// valid and the words come back as they were.
    @Test func textThatReadsLikePDFSyntaxIsOnlyText() throws {
        let text = "endstream endobj 7 0 obj 12 endobj (endstream) >> stream << /Length 3 0 R >> % endobj"
        let blocks = (0..<3).map { _ in Block.paragraph([TextRun(text, style: Fixtures.body)], ParagraphStyle()) }
        let (path, _) = try Fixtures.render(blocks)
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
        #expect(PDFInspector(path).text.components(separatedBy: "endstream endobj 7 0 obj").count - 1 == 3)
    }

    /// Titles that end like a stream, or name a structure element, stay
    /// titles: outline entries are strings, never syntax.
    @Test func titlesThatReadLikePDFSyntaxStayTitles() throws {
        let titles = ["Notes endstream", "endobj", "Draft /StructElem endstream endobj", "(endstream) stream"]
        var blocks: [Block] = []
        for (i, title) in titles.enumerated() {
            blocks.append(.heading(Heading(level: 1, runs: [TextRun(title, style: Fixtures.body)], anchor: "t\(i)")))
            blocks.append(.paragraph([TextRun("Body of \(title) endobj", style: Fixtures.body)], ParagraphStyle()))
        }
        let (path, doc) = try Fixtures.render(blocks)
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
        let pdf = PDFInspector(path)
        #expect(pdf.outline.map(\.title) == titles)
        #expect(doc.outline.map(\.title) == titles)
        let stray = pdf.strayObjects
        #expect(stray.unreachable.isEmpty && stray.dangling.isEmpty, "\(stray)")
    }

    /// A link's words are described without the spaces around them.
    @Test func linkWordsAreTrimmed() {
        #expect(TextCleaning.trimmed("\u{00A0} the report \n") == "the report")
        #expect(TextCleaning.trimmed(" \t\u{2003}") == "")
        #expect(TextCleaning.trimmed("x") == "x")
    }

    @Test func breakOpportunitiesFollowUAX14() {
        let text = "well-known a/b word"
        let kinds = LineBreakOpportunities.compute(utf8: Array(text.utf8), language: "en")
        let allowedAfter = kinds.enumerated().filter { $0.element == LineBreakOpportunities.Kind.allowed.rawValue }.map(
            \.offset)
        // After "well-" (4), after "a/" (12)? ICU allows after the hyphen and after each space.
        #expect(allowedAfter.contains(4), "\(allowedAfter)")
        #expect(allowedAfter.contains(10), "after the space before a/b: \(allowedAfter)")
        #expect(!allowedAfter.contains(1), "never inside a plain word")
        let cyrillic = "Права людини"
        let k = LineBreakOpportunities.compute(utf8: Array(cyrillic.utf8), language: "uk")
        #expect(k[0] == LineBreakOpportunities.Kind.insideCharacter.rawValue, "first byte of a two-byte letter")
    }

    @Test func deepNestingStopsIndentingAndLosesNothing() throws {
        var block = Block.paragraph([TextRun("innermost words", style: Fixtures.body)], ParagraphStyle())
        for _ in 0..<40 { block = .quote([block], attribution: nil) }
        var list = Block.paragraph([TextRun("deepest item", style: Fixtures.body)], ParagraphStyle())
        for n in 0..<200 {
            list = .list(
                ListBlock(
                    marker: .bullet,
                    items: [[.paragraph([TextRun("item \(n)", style: Fixtures.body)], ParagraphStyle()), list]]))
        }
        let (path, _) = try Fixtures.render([block, list])
        let pdf = PDFInspector(path)
        #expect(pdf.contains("innermost words"))
        #expect(pdf.contains("deepest item"))
        #expect((0..<200).allSatisfy { pdf.text.contains("item \($0)") })
        let style = Fixtures.style
        let right = style.pageSize.width - style.margins.right + 1
        let left = style.margins.left - 20  // list markers hang into the margin a little
        for page in pdf.words {
            for w in page { #expect(w.x0 >= left && w.x1 <= right, "\(w.text) at \(w.x0)–\(w.x1)") }
        }
    }

    @Test func aMillionCharacterWordSetsOnPagesInsideTheMargins() throws {
        let word = String(repeating: "x", count: 200_000)
        let (path, doc) = try Fixtures.render([.paragraph([TextRun(word, style: Fixtures.body)], ParagraphStyle())])
        #expect(doc.pages.count > 10)
        let pdf = PDFInspector(path)
        #expect(pdf.text.replacingOccurrences(of: " ", with: "").count >= 200_000)
    }

    @Test func charactersTheTextFaceLacksUseAFallbackFace() throws {
        let root = PDFInspector.repositoryRoot + "/Fonts"
        let fonts = try FontLibrary(
            directory: root, families: ["serif": "NotoSerif", "sans": "NotoSans"],
            fallbacks: ["NotoNaskhArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf"])
        #expect(fonts.uncovered(in: "Amnesty مرحبا שלום") == [])
        #expect(fonts.uncovered(in: "🇺🇦 漢").map(\.value) == [0x1F1FA, 0x1F1E6, 0x6F22])
        let ctx = LayoutContext(fonts: fonts)
        let doc = try DocumentLayout(context: ctx, style: Fixtures.style).layout(
            [.paragraph([TextRun("Rights (حقوق) and זכויות.", style: Fixtures.body)], ParagraphStyle())],
            metadata: DocumentMetadata(title: "Fallback", date: Date(timeIntervalSince1970: 0)))
        let path = PDFInspector.temporaryDirectory() + "/fallback.pdf"
        try PDFWriter.write(doc, to: path, fonts: fonts)
        let names = PDFInspector(path).fonts.map(\.name)
        #expect(names.contains { $0.contains("NotoNaskhArabic") }, "\(names)")
        #expect(names.contains { $0.contains("NotoSansHebrew") }, "\(names)")
        #expect(PDFInspector(path).isValid)
    }

    @Test func onlyWebAndMailAddressesBecomeLinkAnnotations() throws {
        let targets = [
            "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://www.example.org/a",
            "mailto:a@example.org",
        ]
        let runs = targets.flatMap { t in
            [TextRun(t, style: Fixtures.body.with { $0.link = .uri(t) }), TextRun(" ", style: Fixtures.body)]
        }
        let (path, _) = try Fixtures.render([.paragraph(runs, ParagraphStyle(alignment: .left))])
        #expect(Set(PDFInspector(path).uriLinks) == ["https://www.example.org/a", "mailto:a@example.org"])
    }

    /// The links of a paragraph to one address share one Link element, whose
    /// words describe each of its annotations: the description keeps a
    /// sentence's worth of them, else a paragraph linking one address n times
    /// copied its whole text into each of its n annotations (n² bytes).
    @Test func aParagraphLinkingOneAddressThousandsOfTimesKeepsShortDescriptions() throws {
        let uri = "https://www.example.org/report"
        let count = 2_000
        let runs = (0..<count).flatMap { i in
            [
                TextRun("report\(i)", style: Fixtures.body.with { $0.link = .uri(uri) }),
                TextRun(" ", style: Fixtures.body),
            ]
        }
        let (path, _) = try Fixtures.render([.paragraph(runs, ParagraphStyle(alignment: .left))])
        let descriptions = StructureTree(path).annotations.compactMap(\.contents)
        #expect(descriptions.count >= 100, "one annotation per line of links: \(descriptions.count)")
        let longest = StructureRecorder.describedLinkText + " (\(uri))".utf8.count
        #expect(
            descriptions.allSatisfy { $0.utf8.count <= longest }, "\(descriptions.map(\.utf8.count).max() ?? 0) bytes")
        #expect(descriptions.allSatisfy { $0.hasPrefix("report0") && $0.hasSuffix("… (\(uri))") })
    }

    /// A megabyte-long address gets its breaks in one pass: the characters
    /// after each separator were counted to the end of the address, which
    /// took minutes.
    @Test func aMegabyteAddressBreaksAfterEverySeparatorButTheLast() {
        let segments = 500_000
        let b = Array(("https://example.org/" + String(repeating: "abc/", count: segments)).utf8)
        let ops = URLBreaks.opportunities(in: b[...])
        // The host's dot, the slash after the host, and every segment's slash but the last (no tail after it).
        #expect(ops.count == segments + 1)
        #expect(ops.last?.0 == b.count - 1 - "abc/".utf8.count)
        #expect(ops.dropFirst().allSatisfy { b[$0.0] == UInt8(ascii: "/") && $0.1 == URLBreaks.separatorPenalty })
    }

    /// Noncharacters are valid in a Swift string but not in cairo's UTF-8:
    /// one in a body, a heading or the title failed the whole PDF ("cairo
    /// failed in drawing page 2: input string not valid UTF-8").
    @Test func noncharactersAreSetAsReplacementCharacters() throws {
        let odd = (0..<40).map { i -> String in
            let scalars: [UInt32] = [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF]
            return "w\(i)" + String(Unicode.Scalar(scalars[i % scalars.count])!)
        }.joined(separator: " ")
        let blocks: [Block] = [
            .heading(Heading(level: 1, runs: [TextRun("Heading \u{FFFF}", style: Fixtures.body)], anchor: "h")),
            .paragraph([TextRun(odd, style: Fixtures.body)], ParagraphStyle()),
        ]
        let (path, _) = try Fixtures.render(blocks, title: "Title \u{FFFE}")
        let pdf = PDFInspector(path)
        #expect(pdf.isValid)
        #expect(pdf.text.contains("w0\u{FFFD}") && pdf.text.contains("w39\u{FFFD}"), "\(pdf.text.prefix(200))")
        #expect(pdf.outline.map(\.title) == ["Heading \u{FFFD}"])
        #expect(Noncharacters.replaced("Київ 🇺🇦 \u{FFFD}") == "Київ 🇺🇦 \u{FFFD}", "other text is left alone")
    }
}
