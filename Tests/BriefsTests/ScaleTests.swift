import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// A large synthetic corpus: many organizations and demands still give a
/// legible, valid brief (matrix rows continue across pages with the header
/// repeated; demands split into column groups when they do not fit).
@Suite struct ScaleTests {
    @Test func aWideIssueFromASyntheticCorpus() throws {
        let tool = BriefFixtures.root + "/scripts/synth-corpus"
        let dir = PDFInspector.temporaryDirectory() + "/synth"
        let r = PDFInspector.run([
            tool, "--documents", "600", "--organizations", "45", "--demands-per-issue", "9", "--seed", "5", dir,
        ])
        try #require(r.status == 0, "\(r.error)")
        let corpus = try CorpusLoader(root: dir).loadValid().0
        let widest = try #require(
            corpus.issues.max {
                corpus.issueMatrix(issue: $0.id)!.organizations.count
                    < corpus.issueMatrix(issue: $1.id)!.organizations.count
            })
        let path = try BriefFixtures.issueBrief(widest.id, corpus: corpus)
        let pdf = PDFInspector(path)
        #expect(pdf.isValid)
        let m = corpus.issueMatrix(issue: widest.id)!
        #expect(m.organizations.count > 20)
        // The matrix header ("Organization … Total") is on every page the matrix spans.
        let pages = pdf.pages
        let matrixPages = pages.filter { p in
            m.organizations.prefix(40).contains { p.contains($0.name) } && p.contains(" of \(m.issue.demands.count)")
        }
        #expect(matrixPages.count >= 2)
        for p in matrixPages { #expect(p.contains("Organization") && p.contains("Total")) }
        #expect(PrintAudit(path).problems.isEmpty, "\(PrintAudit(path).problems)")
    }
}
