import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// Briefs on corpora the sample lacks — forty organizations, names of ninety
/// characters without a short form, Cyrillic, a one-year span — pass
/// the page-break audit (no heading stranded at a page foot, no page left
/// half empty mid-section) and the print audit (`PDFTestSupport`).
@Suite(.serialized) struct PageBreakTests {
    static let synthCorpus = BriefFixtures.root + "/scripts/synth-corpus"

    /// A hostile synthetic corpus: 40 organizations, one year, long names
    /// with no short form, one of them Cyrillic.
    static let hostile: Corpus? = {
        let tool = synthCorpus
        let dir = PDFInspector.temporaryDirectory() + "/hostile"
        let r = PDFInspector.run([
            tool, "--documents", "90", "--organizations", "40", "--events", "9", "--years", "2024-2024",
            "--seed", "31", dir,
        ])
        guard r.status == 0, var orgs = try? String(contentsOfFile: dir + "/organizations.yaml", encoding: .utf8) else {
            return nil
        }
        orgs = orgs.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  short:") }
            .joined(separator: "\n")
        var names = 0
        orgs = orgs.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  name: ") else { return String(line) }
            names += 1
            switch names {
            case 1:
                return
                    "  name: The International Coalition of Independent Observers for Human Rights in Eastern Europe and Asia"
            case 2: return "  name: Правозахисний центр «Українська Гельсінська спілка з прав людини»"
            default: return String(line)
            }
        }.joined(separator: "\n")
        try? orgs.write(toFile: dir + "/organizations.yaml", atomically: true, encoding: .utf8)
        return try? CorpusLoader(root: dir).loadValid().0
    }()

    func audit(_ path: String) {
        let problems = PageBreakAudit(path).problems + PrintAudit(path).problems
        #expect(problems.isEmpty, "\(path): \(problems)")
    }

    func render(_ content: any BriefContent, kind: String, name: String) throws -> String {
        try BriefFixtures.render(content, kind: kind, name: name)
    }

    @Test func everySampleBriefPassesTheLayoutAudit() throws {
        let c = BriefFixtures.corpus
        for issue in c.issues where !c.documents(issue: issue.id).isEmpty {
            audit(try render(try IssueBrief(corpus: c, issue: issue.id), kind: "issue-brief", name: issue.id))
        }
        for e in c.events {
            audit(try render(try MeetingBrief(corpus: c, event: e.id), kind: "meeting-brief", name: e.id))
        }
        for y in c.years {
            audit(try render(try AnnualSummary(corpus: c, year: y), kind: "annual-summary", name: "y\(y)"))
        }
    }

    @Test func briefsOnAHostileCorpusPassTheLayoutAudit() throws {
        let c = try #require(Self.hostile)
        let issues = c.issues.filter { !c.documents(issue: $0.id).isEmpty }.prefix(4)
        for issue in issues {
            audit(try render(try IssueBrief(corpus: c, issue: issue.id), kind: "issue-brief", name: issue.id))
        }
        for e in c.events.prefix(4) {
            guard let brief = try? MeetingBrief(corpus: c, event: e.id) else { continue }
            audit(try render(brief, kind: "meeting-brief", name: e.id))
        }
        audit(try render(try AnnualSummary(corpus: c, year: 2024), kind: "annual-summary", name: "y2024"))
    }

    @Test func theSampleMatrixIsNotSplitOnLetter() throws {
        let pdf = PDFInspector(
            try render(try IssueBrief(corpus: BriefFixtures.corpus, issue: "detainees"), kind: "issue-brief", name: "d")
        )
        let pages = pdf.pages
        let withRows = pages.indices.filter { p in
            BriefFixtures.corpus.issueMatrix(issue: "detainees")!.organizations.contains {
                pages[p].contains($0.name) && pages[p].contains(" of 5")
            }
        }
        #expect(withRows.count == 1, "matrix rows on pages \(withRows)")
    }

    @Test func meetingBriefsPrintNoEmptyAnnex() throws {
        for e in BriefFixtures.corpus.events {
            let brief = try MeetingBrief(corpus: BriefFixtures.corpus, event: e.id)
            let pdf = PDFInspector(try render(brief, kind: "meeting-brief", name: e.id))
            #expect(!pdf.text.contains("None: every ask"))
            let annexes = pdf.outline.map(\.title).filter { $0.hasPrefix("Annex") }
            #expect(annexes == brief.annexes.map { "Annex \($0.letter): \($0.title)" }, "\(e.id): \(annexes)")
            // Letters run A, B, C… without gaps.
            #expect(
                annexes.enumerated().allSatisfy {
                    $0.element.hasPrefix("Annex \(Character(UnicodeScalar(65 + $0.offset)!)):")
                })
        }
    }

    @Test func denseTextHyphenatesLess() throws {
        let tool = Self.synthCorpus
        let dir = PDFInspector.temporaryDirectory() + "/s7"
        let r = PDFInspector.run([
            tool, "--documents", "5", "--organizations", "5", "--events", "5", "--years", "2025-2025", "--seed", "7",
            dir,
        ])
        try #require(r.status == 0)
        let c = try CorpusLoader(root: dir).loadValid().0
        let path = try render(try AnnualSummary(corpus: c, year: 2025), kind: "annual-summary", name: "s7")
        let typography = Typography(path)
        let hyphens = typography.lineEndHyphens
        let p90 = try #require(typography.wordSpace(percentile: 0.9))
        #expect(typography.justifiedLines > 100, "the summary is measured on its justified text")
        #expect(hyphens <= 60, "\(hyphens) line-end hyphens")
        #expect(p90 <= 0.34, "90th percentile word space \(p90) em")
    }
}
