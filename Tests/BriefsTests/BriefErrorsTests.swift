import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// Mistakes a user can make get one clear message and leave no file.
@Suite struct BriefErrorsTests {
    @Test func unknownIssueListsKnownIdsAndSuggests() {
        do {
            _ = try IssueBrief(corpus: BriefFixtures.corpus, issue: "detainee")
            Issue.record("no error")
        } catch let e as BriefError {
            #expect(e.description.contains("did you mean 'detainees'?"))
            #expect(e.description.contains("accountability"))
        } catch { Issue.record("\(error)") }
    }

    @Test func anIssueNobodyRaisedInThePeriodIsAnError() {
        #expect(throws: BriefError.self) {
            _ = try IssueBrief(
                corpus: BriefFixtures.corpus, issue: "syria", range: DateRange(from: PartialDate("2020"), to: nil))
        }
    }

    @Test func cliReportsErrorsAndWritesNothing() throws {
        let dir = PDFInspector.temporaryDirectory()
        let corpus = BriefFixtures.root + "/Corpus"
        var r = BriefFixtures.cli([
            "generate", "--issue", "syria", "--from", "2020", "--corpus", corpus, "-o", dir + "/s.pdf",
        ])
        #expect(r.status == 1)
        #expect(r.error.contains("no organization raised the issue 'syria'"))
        r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", corpus, "-o", "/proc/missing/d.pdf"])
        #expect(r.status == 1)
        #expect(r.error.contains("cannot write /proc/missing/d.pdf"), "\(r.error)")
        r = BriefFixtures.cli(["generate", "--issue", "nope", "--corpus", corpus, "-o", dir + "/n.pdf"])
        #expect(r.status == 1 && r.error.contains("Known issues"))
        r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", dir + "/no-corpus"])
        #expect(r.status == 1 && r.error.contains("no corpus folder"))
        r = BriefFixtures.cli(["generate", "--corpus", corpus])
        #expect(r.status == 64, "usage errors exit 64: \(r.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "nothing half-written")
    }

    @Test func cliWritesTheBriefAndSaysSo() throws {
        let dir = PDFInspector.temporaryDirectory()
        let r = BriefFixtures.cli([
            "generate", "--issue", "detainees", "--corpus", BriefFixtures.root + "/Corpus",
            "-o", dir + "/d.pdf", "--data", dir + "/d.csv", "--page-size", "a4",
        ])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains(dir + "/d.pdf"))
        #expect(r.output.contains("4 organizations · 4 documents"))
        #expect(PDFInspector(dir + "/d.pdf").info["Page size"]?.contains("595.276 x 841.89") == true)
        // Read as bytes: decoding UTF-8 drops a leading byte-order mark.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/d.csv"))
        #expect(bytes.starts(with: Array(BriefData.csvByteOrderMark.utf8)))
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("section,organization,demand"))
        #expect(csv.contains("matrix,hrw,release-civilians"))
    }

    @Test func aCorpusWithErrorsPrintsTheCheckMessages() throws {
        let dir = PDFInspector.temporaryDirectory()
        let corpus = dir + "/corpus"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: corpus)
        let doc = corpus + "/documents/2025-03-hrw-trump-putin-call.md"
        let text = try String(contentsOfFile: doc, encoding: .utf8).replacingOccurrences(
            of: "organizations: [hrw]", with: "organizations: [hwr]")
        try text.write(toFile: doc, atomically: true, encoding: .utf8)
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", corpus, "-o", dir + "/d.pdf"])
        #expect(r.status == 1)
        #expect(
            r.error.contains(
                "2025-03-hrw-trump-putin-call.md:3:16: error: organization 'hwr' is not in organizations.yaml; did you mean 'hrw'?"
            ))
        #expect(!FileManager.default.fileExists(atPath: dir + "/d.pdf"))
        let check = BriefFixtures.cli(["check", "--corpus", corpus])
        #expect(check.status == 1 && check.output.contains("1 error"))
    }
}
