import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// What issue briefs and annual summaries say in their summaries: every
/// document that may be the first or the most recent is named, a one-month
/// period reads "in December 2024", demands no one asked leave the matrix
/// and are named in one sentence, and continuing demands are named.
@Suite struct SummaryWordingTests {
    /// A long list is named up to a summary's length and the rest counted,
    /// and only the names printed are looked up: a joint letter's thousand
    /// signers under each of its signers made an issue brief quadratic.
    @Test func aLongListNamesFiveAndCountsTheRest() {
        var asked: [Int] = []
        let text = ListFormat.capped(count: 1000) { i in
            asked.append(i)
            return "O\(i)"
        }
        #expect(text == "O0, O1, O2, O3, O4 and 995 others")
        #expect(asked == [0, 1, 2, 3, 4])
        #expect(ListFormat.capped(count: 6) { "O\($0)" } == "O0, O1, O2, O3, O4 and O5")
        #expect(ListFormat.capped(["A", "B"]) == "A and B")
    }

    static func render(_ content: any BriefContent, kind: String) throws -> PDFInspector {
        let t = try BriefTemplate(nameOrPath: nil, default: kind, resources: BriefFixtures.resources)
        let path = PDFInspector.temporaryDirectory() + "/\(kind).pdf"
        try BriefFixtures.renderer.render(
            content, template: t, style: try BriefStyle.load(path: t.stylePath, kind: kind),
            to: path, creator: "test")
        return PDFInspector(path)
    }

    @Test func aDocumentDatedOnlyToTheYearMayBeTheMostRecent() throws {
        let (c, _) = try AnalystTests.load()
        let b = try IssueBrief(corpus: c, issue: "journalists")
        #expect(Set(b.mayBeLatest.map(\.id)) == ["d5", "d6"], "d5 is dated 2025, d6 1 March 2025: either may be later")
        #expect(b.mayBeFirst.map(\.id) == ["d1"])
        let data = try #require(try JSONSerialization.jsonObject(with: b.record().json()) as? [String: Any])
        #expect(Set(data["most_recent"] as? [String] ?? []) == ["d5", "d6"])
        let pdf = try Self.render(b, kind: "issue-brief")
        #expect(pdf.contains("(their dates do not tell which is later)"))
        #expect(pdf.contains("Letter six for the summit") && pdf.contains("Joint letter five"))
    }

    @Test func aOneMonthPeriodReadsInThatMonth() throws {
        let (c, _) = try AnalystTests.load()
        let b = try IssueBrief(
            corpus: c, issue: "journalists", range: DateRange(from: PartialDate("2024-02"), to: PartialDate("2024-02")))
        let pdf = try Self.render(b, kind: "issue-brief")
        #expect(pdf.contains("in 1 document in February 2024."))
        #expect(!pdf.contains("between February 2024 and February 2024"))
    }

    @Test func demandsNoOneAskedLeaveTheMatrixAndAreNamedInASentence() throws {
        let (c, _) = try AnalystTests.load()
        let b = try IssueBrief(corpus: c, issue: "journalists", range: DateRange(from: PartialDate("2025"), to: nil))
        #expect(!b.unasked.isEmpty)
        #expect(b.matrix.demands.allSatisfy { b.matrix.columnTotal($0.id) > 0 })
        #expect(Set(b.unasked.map(\.id)).isDisjoint(with: b.matrix.demands.map(\.id)))
        let pdf = try Self.render(b, kind: "issue-brief")
        let sentence =
            "Not asked by anyone in this period, and so not in the matrix: "
            + ListFormat.sentenceList(b.unasked.map(\.label)) + "."
        #expect(pdf.contains(sentence), "\(sentence)")
        #expect(!pdf.text.contains("; #") && !pdf.text.contains(";  "), "no dangling semicolon")
        let data = try #require(try JSONSerialization.jsonObject(with: b.record().json()) as? [String: Any])
        #expect(Set(data["unasked"] as? [String] ?? []) == Set(b.unasked.map(\.id)))
    }

    @Test func annualSummariesNameTheContinuingDemands() throws {
        let (c, _) = try AnalystTests.load()
        let pdf = try Self.render(try AnnualSummary(corpus: c, year: 2024), kind: "annual-summary")
        #expect(pdf.contains("Continuing — 1 demand also asked in 2023:"))
        #expect(pdf.contains("Lift the accreditation ban on foreign media (Jailed and harassed journalists)"))
    }
}
