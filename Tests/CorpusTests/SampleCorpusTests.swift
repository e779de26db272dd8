import Foundation
import Testing

@testable import Corpus

/// The sample corpus built from the five seed documents, and the queries briefs need.
@Suite struct SampleCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus").path
    static let loaded = try! CorpusLoader(root: root).load()
    var corpus: Corpus { Self.loaded.0 }

    @Test func checksCleanWithNoWarnings() {
        #expect(Self.loaded.1.map(\.description) == [])
        #expect(corpus.documents.count == 5)
        #expect(Set(corpus.organizations.map(\.id)) == ["hrw", "hrf", "aiusa", "ai-ukraine", "hrhf"])
        #expect(
            corpus.events.map(\.id) == [
                "tillerson-moscow-2017", "trump-putin-hamburg-2017", "geneva-summit-2021",
                "hrc48-2021", "trump-putin-call-2025",
            ])
    }

    @Test func theDetaineesMatrixListsWhoAskedWhatWhere() throws {
        let m = try #require(corpus.issueMatrix(issue: "detainees"))
        #expect(Set(m.organizations.map(\.id)) == ["hrw", "aiusa", "ai-ukraine", "hrf"])
        #expect(m.entries("hrw", "release-civilians").map(\.document) == ["2025-03-hrw-trump-putin-call"])
        #expect(m.entries("aiusa", "monitor-detainees").map(\.document) == ["2025-aiusa-ai-ukraine-letter-to-trump"])
        #expect(
            m.entries("ai-ukraine", "monitor-detainees").map(\.document) == ["2025-aiusa-ai-ukraine-letter-to-trump"])
        #expect(
            m.entries("hrf", "end-arbitrary-arrests").map(\.document) == [
                "2017-04-07-hrf-tillerson-moscow-visit", "2017-06-30-hrf-trump-putin-hamburg",
            ])
        #expect(m.entries("hrf", "release-civilians").isEmpty)
        // Columns most shared first; rows most involved first.
        #expect(m.columnTotal(m.demands[0].id) == 2)
        #expect(m.rowTotal(m.organizations.last!.id) <= m.rowTotal(m.organizations.first!.id))
    }

    @Test func queriesByOrganizationEventYearAndPeriod() {
        #expect(corpus.documents(organization: "hrf").count == 2)
        #expect(corpus.documents(event: "trump-putin-call-2025").map(\.id) == ["2025-03-hrw-trump-putin-call"])
        #expect(corpus.documents(year: 2017).count == 2)
        #expect(corpus.years == [2017, 2021, 2025])
        let since2021 = DateRange(from: PartialDate("2021"), to: nil)
        #expect(corpus.documents(issue: "detainees", in: since2021).count == 2)
    }

    @Test func theTimelineIsInDateOrderWithEngagements() {
        let t = corpus.timeline(issue: "detainees")
        #expect(t.map(\.date) == t.map(\.date).sorted())
        let events = t.compactMap {
            if case .engagement(let e) = $0 { return e.id }; return nil
        }
        #expect(events.contains("trump-putin-call-2025") && events.contains("tillerson-moscow-2017"))
        #expect(
            events.contains("geneva-summit-2021"),
            "engagements inside the period appear even when no document addresses them")
    }

    @Test func quotesAreExcerptsOfTheSeeds() throws {
        // Every quote is an exact excerpt of the seed it comes from (Tests/Seeds).
        let seeds = (Self.root as NSString).deletingLastPathComponent + "/Tests/Seeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }
        #expect(names.count == 5)
        let texts = try names.map { NormalizedText(try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8)) }
        for doc in corpus.documents {
            for ask in doc.asks {
                guard let q = ask.quote else { continue }
                #expect(texts.contains { TextNormalization.isExcerpt(q, of: $0) }, "\(doc.id): \(q)")
            }
        }
    }
}
