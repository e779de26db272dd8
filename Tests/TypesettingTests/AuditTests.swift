import Foundation
import PDFTestSupport
import Testing

/// The audits the suites run on every brief find what they are for: each is
/// shown a small hand-written PDF with the defect it looks for.
@Suite struct AuditTests {
    /// A letter-size PDF of `pages` (each a list of text lines at x, y from
    /// the bottom, in Helvetica 10) with an outline of (title, page, y).
    /// Written without a cross-reference table; qpdf writes the file whole.
    static func pdf(
        _ pages: [[(x: Double, y: Double, text: String)]], outline: [(String, Int, Double)] = [],
        title: String? = "Audit fixture"
    ) throws -> String {
        var objects: [String] = []
        let pageIDs = pages.indices.map { 5 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R" + (outline.isEmpty ? "" : " /Outlines 4 0 R") + " >>")
        objects.append(
            "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let itemIDs = outline.indices.map { 5 + 2 * pages.count + $0 }
        objects.append(
            outline.isEmpty
                ? "<< >>"
                : "<< /Type /Outlines /First \(itemIDs.first!) 0 R /Last \(itemIDs.last!) 0 R /Count \(outline.count) >>"
        )
        for (n, lines) in pages.enumerated() {
            let stream = lines.map { "BT /F1 10 Tf \($0.x) \($0.y) Td (\($0.text)) Tj ET" }.joined(separator: "\n")
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    + "/Contents \(pageIDs[n] + 1) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        for (i, (text, page, y)) in outline.enumerated() {
            var item = "<< /Title (\(text)) /Parent 4 0 R /Dest [\(pageIDs[page - 1]) 0 R /XYZ 0 \(y) 0]"
            if i > 0 { item += " /Prev \(itemIDs[i - 1]) 0 R" }
            if i < outline.count - 1 { item += " /Next \(itemIDs[i + 1]) 0 R" }
            objects.append(item + " >>")
        }
        if let title { objects.append("<< /Title (\(title)) /Creator (AuditTests) >>") }
        var body = "%PDF-1.7\n"
        for (i, o) in objects.enumerated() { body += "\(i + 1) 0 obj\n\(o)\nendobj\n" }
        body +=
            "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R" + (title == nil ? "" : " /Info \(objects.count) 0 R")
        body += " >>\n%%EOF\n"
        let dir = PDFInspector.temporaryDirectory()
        try body.write(toFile: dir + "/raw.pdf", atomically: true, encoding: .isoLatin1)
        let fixed = PDFInspector.run(["qpdf", dir + "/raw.pdf", dir + "/fixture.pdf"])
        try #require(fixed.status == 0 || fixed.status == 3, "qpdf: \(fixed.error)")
        return dir + "/fixture.pdf"
    }

    /// Lines of body text from `top` down to `bottom`, 14 pt apart.
    static func text(from top: Double, to bottom: Double, x: Double = 72) -> [(x: Double, y: Double, text: String)] {
        stride(from: top, through: bottom, by: -14).map { (x, $0, "Body text of the page continues on this line.") }
    }

    @Test func theLayoutAuditFindsAHeadingStrandedAtAPageFoot() throws {
        let path = try Self.pdf(
            [
                Self.text(from: 720, to: 110) + [(72, 80, "Stranded Heading")],
                Self.text(from: 720, to: 110),
            ],
            outline: [("Stranded Heading", 1, 90)])
        let problems = PageBreakAudit(path).problems
        #expect(problems.contains { $0.contains("heading \"Stranded Heading\" has 0 line(s) under it") }, "\(problems)")
    }

    @Test func theLayoutAuditAcceptsAHeadingThatOpensTheNextPage() throws {
        let path = try Self.pdf(
            [Self.text(from: 720, to: 110), [(72, 720, "Next Section")] + Self.text(from: 700, to: 110)],
            outline: [("Next Section", 2, 730)])
        #expect(PageBreakAudit(path).problems.isEmpty, "\(PageBreakAudit(path).problems)")
    }

    @Test func theLayoutAuditFindsAShortPageMidSection() throws {
        let path = try Self.pdf([Self.text(from: 720, to: 600), Self.text(from: 720, to: 110)])
        let problems = PageBreakAudit(path).problems
        #expect(
            problems.contains {
                $0.hasPrefix("page 1: text fills") && $0.contains("page 2 does not open a new section")
            },
            "\(problems)")
    }

    @Test func thePrintAuditFindsWordsAtTheEdgeAndOverEachOther() throws {
        let path = try Self.pdf(
            [Self.text(from: 720, to: 600) + [(4, 400, "Edge"), (200, 300, "Over"), (201, 300, "Over")]],
            title: nil)
        let problems = PrintAudit(path).problems
        #expect(problems.contains { $0.contains("\"Edge\" lies within 18 pt of the paper's edge") }, "\(problems)")
        #expect(problems.contains { $0.contains("\"Over\" and \"Over\" are set over each other") }, "\(problems)")
        #expect(problems.contains("metadata: no Title"), "\(problems)")
        #expect(
            problems.contains { $0.hasPrefix("font Helvetica") || $0.contains("Helvetica is not embedded") },
            "\(problems)")
    }

    @Test func thePrintAuditWantsBookmarksAndTheExpectedText() throws {
        let path = try Self.pdf([Self.text(from: 720, to: 110), Self.text(from: 720, to: 110)])
        let problems = PrintAudit(path, expect: ["Chapter 1"]).problems
        #expect(
            problems.contains("no outline (bookmarks)") && problems.contains("expected text not found: \"Chapter 1\""),
            "\(problems)")
    }

    @Test func typographyCountsLineEndHyphens() throws {
        let path = try Self.pdf([
            [(72, 700, "a line that ends in a broken hyphen-"), (72, 686, "ated word and one that does not")]
        ])
        #expect(Typography(path).lineEndHyphens == 1)
    }
}
