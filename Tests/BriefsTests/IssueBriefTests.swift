import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// `brief generate --issue`: the detainees brief and every other issue of
/// the sample corpus, checked as a reader and a print shop would.
@Suite(.serialized) struct IssueBriefTests {
    static let detainees = try! BriefFixtures.issueBrief("detainees")
    var pdf: PDFInspector { PDFInspector(Self.detainees) }
    var corpus: Corpus { BriefFixtures.corpus }

    @Test func isValidWithEmbeddedSubsetFonts() {
        #expect(pdf.isValid)
        #expect(!pdf.fonts.isEmpty)
        for f in pdf.fonts { #expect(f.embedded && f.subset, "\(f.name)") }
    }

    @Test func namesEveryOrganizationAndDemand() throws {
        let m = try #require(corpus.issueMatrix(issue: "detainees"))
        for o in m.organizations { #expect(pdf.contains(o.name), "\(o.name)") }
        for d in m.issue.demands { #expect(pdf.contains(d.label), "\(d.label)") }
        #expect(pdf.contains("Detainees — civilians, prisoners of war and political prisoners"))
    }

    @Test func matrixCellsMatchTheCorpus() throws {
        // Every cell's newest date and source numbers are in the matrix, and the data export agrees with the query.
        let brief = try IssueBrief(corpus: corpus, issue: "detainees")
        let data = try #require(try JSONSerialization.jsonObject(with: brief.record().json()) as? [String: Any])
        let cells = try #require(data["matrix"] as? [[String: Any]])
        let m = brief.matrix
        #expect(cells.count == m.organizations.count * m.demands.count)
        for c in cells {
            let org = c["organization"] as! String, demand = c["demand"] as! String
            let docs = (c["documents"] as! [[String: Any]]).map { $0["document"] as! String }
            #expect(docs == m.entries(org, demand).map(\.document))
            #expect((c["asked"] as! Bool) == !docs.isEmpty)
        }
        let layout = (1...pdf.pageCount).flatMap { pdf.layoutLines(page: $0) }.joined(separator: "\n")
        #expect(layout.contains("Mar 2025"), "HRW's cells show the month of a recent letter")
        #expect(layout.contains("[1] [2]"), "HRF's arrests cell cites both its 2017 documents")
        #expect(layout.contains("2 of 5") && layout.contains("1 of 5"))
    }

    @Test func sourcesAreClickableAndCellsLinkToThem() {
        #expect(pdf.uriLinks.contains("https://www.hrw.org"))
        let dests = Set(pdf.destinationLinks)
        for n in 1...4 { #expect(dests.contains("source-\(n)"), "no link to source \(n)") }
        #expect(
            pdf.contains("[4] Human Rights Watch. US-Russia Engagement Must Prioritize Human Rights Abuse Concerns"))
    }

    @Test func outlineHasTheSections() {
        let titles = pdf.outline.map(\.title)
        for s in ["Summary", "Issue matrix", "Timeline", "Positions by organization", "Sources"] {
            #expect(titles.contains(s), "\(s) missing from \(titles)")
        }
        #expect(pdf.outline.contains { $0.depth == 2 && $0.title == "Human Rights Watch" })
    }

    @Test func headerAndFooterCarryTitleAndPageNumbers() {
        let pages = pdf.pages
        #expect(pages.count >= 3)
        for (i, p) in pages.enumerated() { #expect(p.contains("page \(i + 1) of \(pages.count)")) }
        #expect(pages[1].contains("Issue brief: Detainees"))
    }

    @Test func metadataDescribesTheBrief() {
        let info = pdf.info
        #expect(info["Title"] == "Issue brief: Detainees — civilians, prisoners of war and political prisoners")
        #expect(info["Creator"] == "brief test")
        #expect(info["Subject"]?.contains("4 organizations") == true)
        #expect(info["Keywords"]?.contains("Human Rights Watch") == true)
    }

    @Test func quotesAreSetWithAttribution() {
        #expect(
            pdf.contains(
                "“any negotiation should prioritize the unconditional release of all illegally detained Ukrainian civilians in Russian custody”"
            ))
        #expect(pdf.contains("— HRW, letter, March 2025 [4]"))
    }

    /// Written by the `brief` executable with `SOURCE_DATE_EPOCH` in its own
    /// environment (setting this process's would race with other tests).
    @Test func sameCorpusAndEpochGiveTheSameBytes() throws {
        let a = try BriefFixtures.reproducible(["--issue", "detainees"])
        let b = try BriefFixtures.reproducible(["--issue", "detainees"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        #expect(PDFInspector(a).text.contains("generated 18 March 2025"))
    }

    @Test(arguments: [
        "detainees", "accountability", "occupied-ukraine", "civil-society", "un-human-rights-council",
        "lgbt-chechnya", "elections", "syria", "humanitarian",
    ])
    func everyIssueBriefPassesTheAudit(issue: String) throws {
        let path = try BriefFixtures.issueBrief(issue)
        let p = PDFInspector(path)
        #expect(p.isValid)
        let label = try #require(corpus.issue(issue)).label
        #expect(p.contains(label))
        let audit = PrintAudit(path, expect: [label])
        #expect(audit.problems.isEmpty, "\(audit.problems)")
    }

    @Test func aPeriodFiltersDocuments() throws {
        let path = try BriefFixtures.issueBrief("detainees", range: DateRange(from: PartialDate("2021"), to: nil))
        let p = PDFInspector(path)
        #expect(!p.contains("Human Rights First"))
        #expect(p.contains("Human Rights Watch"))
    }
}
