import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// Meeting-prep briefs for every engagement and annual summaries for every
/// year of the sample corpus, checked like the issue briefs.
@Suite struct MeetingAndAnnualTests {
    static let corpus = BriefFixtures.corpus

    func write(_ content: any BriefContent, name: String, dir: String = PDFInspector.temporaryDirectory()) throws
        -> String
    {
        let kind = type(of: content).defaultTemplate
        let t = try BriefTemplate(nameOrPath: nil, default: kind, resources: BriefFixtures.resources)
        let style = try BriefStyle.load(path: t.stylePath, kind: kind)
        let path = dir + "/\(name).pdf"
        try BriefFixtures.renderer.render(content, template: t, style: style, to: path, creator: "brief test")
        return path
    }

    func audit(_ path: String, expect: [String]) {
        let audit = PrintAudit(path, expect: expect)
        #expect(audit.problems.isEmpty, "\(audit.problems)")
    }

    @Test(arguments: [
        "tillerson-moscow-2017", "trump-putin-hamburg-2017", "geneva-summit-2021", "hrc48-2021",
        "trump-putin-call-2025",
    ])
    func everyEngagementHasAValidMeetingBrief(event: String) throws {
        let brief = try MeetingBrief(corpus: Self.corpus, event: event)
        let path = try write(brief, name: event)
        let pdf = PDFInspector(path)
        #expect(pdf.isValid)
        for f in pdf.fonts { #expect(f.embedded && f.subset) }
        let title = Self.corpus.event(event)!.title
        #expect(pdf.contains(title))
        let outline = pdf.outline.map(\.title)
        for s in ["The asks", "Talking points", "Prior engagements", "Key quotes", "Sources"] {
            #expect(outline.contains(s), "\(s)")
        }
        // The body before the annexes (every ask written for the engagement included) fits in three pages.
        let annexPage = pdf.outline.first { $0.title.hasPrefix("Annex A") || $0.title == "Sources" }?.page ?? 99
        #expect(annexPage <= 4, "annexes start on page \(annexPage)")
        #expect(pdf.pages[0].contains("Bottom line."))
        audit(path, expect: [title])
    }

    @Test func theMarch2025CallBriefNamesItsDemandsAndPriorEngagements() throws {
        let brief = try MeetingBrief(corpus: Self.corpus, event: "trump-putin-call-2025")
        #expect(brief.addressing.map(\.id) == ["2025-03-hrw-trump-putin-call"])
        let raised = Set(brief.asks.filter(\.forThisEngagement).map(\.demand.id))
        #expect(raised == Set(brief.addressing[0].asks.map(\.demand)))
        let pdf = PDFInspector(try write(brief, name: "call"))
        for d in brief.addressing[0].asks { #expect(pdf.contains(Self.corpus.demand(d.demand)!.label), "\(d.demand)") }
        let prior = brief.priorEngagements.map { $0.event.date.year }
        #expect(prior.contains(2017) && prior.contains(2021))
        #expect(
            pdf.contains("Secretary Tillerson’s first visit to Moscow")
                && pdf.contains("48th session of the UN Human Rights Council"))
        #expect(
            pdf.contains("HRW, written for this engagement"), "the words credited to the letter written for the call")
    }

    @Test func anUnknownEventSuggestsTheClosest() {
        do {
            _ = try MeetingBrief(corpus: Self.corpus, event: "trump-putin-call-2024"); Issue.record("no error")
        } catch let e as BriefError { #expect(e.description.contains("did you mean 'trump-putin-call-2025'?")) } catch {
            Issue.record("\(error)")
        }
    }

    @Test(arguments: [2017, 2021, 2025])
    func everyYearHasAValidAnnualSummary(year: Int) throws {
        let summary = try AnnualSummary(corpus: Self.corpus, year: year)
        let path = try write(summary, name: "y\(year)")
        let pdf = PDFInspector(path)
        #expect(pdf.isValid)
        for d in Self.corpus.documents(year: year) { #expect(pdf.contains(d.title), "\(d.title)") }
        let outline = pdf.outline.map(\.title)
        for s in ["The year in figures", "Who asked what", "What changed", "Timeline", "Documents", "Digest"] {
            #expect(outline.contains(s))
        }
        // Streamed (no page total in the footer): numbered pages all the same.
        for (i, p) in pdf.pages.enumerated() { #expect(p.contains("page \(i + 1)")) }
        audit(path, expect: ["Annual summary"])
    }

    @Test func whatChangedComparesWithThePreviousYear() throws {
        // 2025 against 2024 (no documents): everything new; 2017 against 2016 likewise.
        let s = try AnnualSummary(corpus: Self.corpus, year: 2025)
        #expect(s.previous.isEmpty)
        // A corpus with consecutive years: drop one demand, add another.
        let docs = Self.corpus.documents
        var shifted = docs[0]; shifted.id = "shifted"; shifted.date = PartialDate("2018")!
        shifted.asks = [shifted.asks[0]]
        let c = Corpus(
            root: "", organizations: Self.corpus.organizations, issues: Self.corpus.issues, events: Self.corpus.events,
            documents: docs + [shifted])
        let (new, dropped) = try AnnualSummary(corpus: c, year: 2018).changes
        #expect(new.isEmpty)
        #expect(!dropped.isEmpty && !dropped.contains { $0.id == shifted.asks[0].demand })
        let counts = try AnnualSummary(corpus: Self.corpus, year: 2017)
        #expect(counts.count("hrf", "detainees") == 2)
        #expect(counts.count("hrw", "detainees") == 0)
    }

    @Test func aYearWithoutDocumentsIsAnError() {
        #expect(throws: BriefError.self) { try AnnualSummary(corpus: Self.corpus, year: 2019) }
    }

    /// Written by the `brief` executable with `SOURCE_DATE_EPOCH` in its own
    /// environment (setting this process's would race with other tests).
    @Test func meetingAndAnnualBriefsAreReproducible() throws {
        let a = try BriefFixtures.reproducible(["--meeting", "hrc48-2021"])
        let b = try BriefFixtures.reproducible(["--meeting", "hrc48-2021"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let c = try BriefFixtures.reproducible(["--year", "2017"]),
            d = try BriefFixtures.reproducible(["--year", "2017"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: c)) == Data(contentsOf: URL(fileURLWithPath: d)))
    }

    @Test func batchWritesEveryYearAndReportsFailures() throws {
        let dir = PDFInspector.temporaryDirectory()
        let corpus = BriefFixtures.root + "/Corpus"
        var r = BriefFixtures.cli(
            ["batch", "--years", "all", "--corpus", corpus, "--out-dir", dir + "/out", "--jobs", "2"],
            environment: ["NO_COLOR": "1"])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains("3 summaries") && r.output.contains("3 written") && r.output.contains("0 failed"))
        #expect(r.error.contains("✓ 2017"))
        for y in [2017, 2021, 2025] { #expect(PDFInspector(dir + "/out/summary-\(y).pdf").isValid) }
        r = BriefFixtures.cli([
            "batch", "--years", "2016...2018", "--corpus", corpus, "--out-dir", dir + "/p", "--mode", "processes",
        ])
        #expect(r.status == 0 && r.output.contains("1 summaries") && r.error.contains("no documents in 2016, 2018"))
        // One year fails (a folder stands where its file should go); the others finish; exit 1.
        try FileManager.default.createDirectory(atPath: dir + "/f/summary-2021.pdf", withIntermediateDirectories: true)
        r = BriefFixtures.cli(["batch", "--years", "all", "--corpus", corpus, "--out-dir", dir + "/f"])
        #expect(r.status == 1)
        #expect(r.output.contains("2 written") && r.output.contains("1 failed"))
        #expect(r.error.contains("2021  failed"))
        #expect(PDFInspector(dir + "/f/summary-2017.pdf").isValid)
        r = BriefFixtures.cli(["batch", "--years", "nonsense", "--corpus", corpus])
        #expect(r.status == 64)
    }
}
