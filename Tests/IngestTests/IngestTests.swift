import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// `brief ingest` on pages written for these tests (our own words, in the
/// genre of the seeds): HTML with its furniture, a day-less date, a joint
/// statement, a Russian page, a PDF, a file it cannot read.
@Suite struct IngestTests {
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Pages"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus: Corpus = try! CorpusLoader(root: root + "/Corpus").loadValid().0

    @Test func anHTMLPageLosesItsFurnitureAndKeepsItsStatement() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/joint-statement.html", takenIDs: [])
        #expect(d.fields.title == "Rights Groups Ask Envoys to Put Detained Civilians First")
        #expect(d.body.contains("today called on the State Department"))
        for furniture in [
            "do not read me", "Donate now", "Subscribe to our newsletter", "All rights reserved", "Published on",
        ] {
            #expect(!d.body.contains(furniture), "\(furniture) is furniture")
        }
        #expect(d.fields.date == PartialDate("2025-08-15"))
        #expect(
            Set(d.fields.organizations) == ["hrw", "aiusa"],
            "a joint statement, and AI USA is not Amnesty International: \(d.fields.organizations)")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks.map(\.demand))")
        for a in d.fields.asks {
            #expect(TextNormalization.isExcerpt(a.quote ?? "", of: d.body), "quote \(a.quote ?? "")")
        }
    }

    @Test func aDaylessDateKeepsItsPrecisionAndBiosAndFormsGo() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/dayless-letter.txt", takenIDs: [])
        #expect(d.fields.date == PartialDate("2025-03"), "month precision: \(d.fields.date)")
        #expect(d.fields.organizations == ["hrf"])
        #expect(d.fields.kind == .letter)
        #expect(d.fields.source == "https://www.humanrightsfirst.org")
        #expect(
            !d.body.contains("Jane Example") && !d.body.contains("Leave a Reply") && !d.body.contains("Original Source")
        )
        #expect(
            d.fields.asks.contains { $0.demand == "end-arbitrary-arrests" }
                || d.fields.asks.contains { $0.demand == "support-defenders" },
            "\(d.fields.asks.map(\.demand))")
    }

    @Test func aRussianPageIsTaggedAndItsAsksLeftToAPersonWhenUnmatched() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/russian-statement.txt", takenIDs: [])
        #expect(d.fields.language == "ru")
        #expect(d.fields.title.hasPrefix("Правозащитники призывают"))
        #expect(
            d.fields.date == PartialDate("2024-02-03"), "the dateline “Москва, 3 февраля 2024 года”: \(d.fields.date)")
        #expect(!d.body.contains("Поделиться"), "the share bar is furniture")
        #expect(
            d.fields.asks.isEmpty
                ? d.warnings.contains { $0.contains("asks need a person") } || !d.unmatched.isEmpty : true)
    }

    @Test func everyDraftPassesCheckAgainstTheCorpus() throws {
        let ingester = Ingester(corpus: Self.corpus)
        for page in ["joint-statement.html", "dayless-letter.txt"] {
            let d = try ingester.draft(Self.pages + "/" + page, takenIDs: [])
            let problems = Self.corpus.validate(documentText: d.documentText, path: "documents/\(d.id).md").filter {
                $0.severity == .error
            }
            #expect(problems.isEmpty, "\(page): \(problems)")
            // The writer round-trips: the draft reads back with the same fields.
            let parsed = Self.corpus.validate(documentText: d.documentText, path: "documents/\(d.id).md")
            #expect(!parsed.contains { $0.message.contains("malformed") })
        }
    }

    @Test func aPDFLetterIsRead() throws {
        let pdf = ScratchDirectory.make("ingest") + "/page.pdf"
        // A one-page PDF written by poppler's sibling tool chain is not at hand: use
        // the text of the day-less letter set by brief's own engine via the CLI.
        let exe = Self.root + "/.build/debug/brief"
        guard FileManager.default.fileExists(atPath: exe) else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["generate", "--meeting", "trump-putin-call-2025", "--corpus", Self.root + "/Corpus", "-o", pdf]
        p.standardOutput = FileHandle.nullDevice
        try p.run(); p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let text = try PageText.load(pdf)
        #expect(text.format == .pdf)
        #expect(text.lines.joined(separator: " ").contains("Trump–Putin telephone call"))
    }

    @Test func anUnknownFormatIsAnErrorNamingTheFile() {
        #expect(throws: IngestError.unsupported(Self.pages + "/notes.docx")) {
            try Ingester(corpus: Self.corpus).draft(Self.pages + "/notes.docx", takenIDs: [])
        }
    }

    @Test func draftsNeverOverwriteAndTheReviewCitesEvidence() throws {
        let out = ScratchDirectory.make("drafts")
        let ingester = Ingester(corpus: Self.corpus)
        let d = try ingester.draft(Self.pages + "/joint-statement.html", takenIDs: [])
        let folder = DraftFolder(path: out)
        let first = try folder.write([d], failures: [], corpus: Self.corpus)
        let file = try #require(first.drafts[d.input])
        try "kept".write(toFile: file, atomically: true, encoding: .utf8)
        let second = try folder.write([d], failures: [("x.docx", "not a page")], corpus: Self.corpus)
        #expect(second.drafts[d.input] == nil)
        let kept = try String(contentsOfFile: file, encoding: .utf8)
        #expect(kept == "kept", "an existing file is never overwritten")
        let review = try String(contentsOfFile: out + "/REVIEW.md", encoding: .utf8)
        #expect(review.contains("joint-statement.html:"))
        #expect(review.contains("| date | 2025-08-15 |"))
        let reviews = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix("REVIEW") }
        #expect(reviews.count == 2, "a second review goes beside the first: \(reviews)")
        #expect(
            first.review == out + "/REVIEW.md" && second.review == out + "/REVIEW-2.md",
            "each run names its own review: \(second.review)")
    }

    @Test func aReleaseAboutALetterIsAPressReleaseAndAnUndatedPageGetsAYearFromTheRecord() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/undated-release.txt", takenIDs: [])
        #expect(d.fields.kind == .pressRelease, "reported speech (“…,” said Maria Example): \(d.fields.kind)")
        // No date anywhere: the year of the latest engagement with someone it names (Trump).
        #expect(d.fields.date == PartialDate("2025"), "\(d.fields.date)")
        #expect(d.warnings.contains { $0.contains("no date found") })
        #expect(d.fields.organizations == ["hrw"])
    }

    @Test func theEngagementSpokenOfAsNowWinsOverOnePastAndGivesTheDate() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/council-week-oped.txt", takenIDs: [])
        // "In June 2021 … met in Geneva" is past; "as the Human Rights Council convenes in Geneva this week … at HRC48" is now.
        #expect(d.fields.event == "hrc48-2021", "\(d.fields.event ?? "none")")
        #expect(d.fields.date == PartialDate("2021-09"), "the session's month: \(d.fields.date)")
        #expect(d.fields.kind == .opEd)
    }

    @Test func aDatelineWithoutAYearTakesTheYearTheTextNames() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/dateline-without-year.txt", takenIDs: [])
        #expect(d.fields.date == PartialDate("2021-09-20"), "\(d.fields.date)")
        #expect(d.fields.event == "hrc48-2021", "\(d.fields.event ?? "none")")
    }

    @Test func anEngagementTheCorpusLacksIsProposedAndTheDraftPassesCheckWithIt() throws {
        let d = try Ingester(corpus: Self.corpus).draft(Self.pages + "/ahead-of-anchorage.txt", takenIDs: [])
        let proposed = try #require(d.newEvent, "the Anchorage meeting is not in the sample's events.yaml")
        #expect(proposed.date == PartialDate("2025-08-15"))
        #expect(proposed.location == "Anchorage")
        #expect(proposed.participants == ["Trump", "Putin"])
        #expect(proposed.kind == .meeting)
        #expect(d.fields.event == proposed.id)
        #expect(d.fields.date == PartialDate("2025-08-12"))
        // Written beside the drafts; accepted into a copy of the corpus, the draft and its proposal pass `brief check`.
        let dir = ScratchDirectory.make("ingest")
        let corpusCopy = dir + "/corpus"
        try FileManager.default.copyItem(atPath: Self.root + "/Corpus", toPath: corpusCopy)
        let run = try DraftFolder(path: dir + "/drafts").write([d], failures: [], corpus: Self.corpus)
        let events = try String(contentsOfFile: dir + "/drafts/events.yaml", encoding: .utf8)
        #expect(events.contains("id: \(proposed.id)"))
        let accepted = try DraftAcceptance(corpus: corpusCopy).accept(draft: try #require(run.drafts[d.input]))
        #expect(accepted.events == [proposed.id])
        let (_, diagnostics) = try CorpusLoader(root: corpusCopy).load()
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }

    /// Our own pages against the records a person made from them
    /// (`Answers/`), held to the bars the project set for pages it has not seen.
    @Test func ourOwnPagesMeetTheBarsAgainstAPersonsRecords() throws {
        let answers = ScratchDirectory.make("answers")
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        for file in ["organizations.yaml", "issues.yaml"] {
            try FileManager.default.copyItem(atPath: Self.root + "/Corpus/" + file, toPath: answers + "/" + file)
        }
        let events =
            try String(contentsOfFile: Self.root + "/Corpus/events.yaml", encoding: .utf8) + "\n"
            + String(contentsOfFile: Self.pages + "/../Answers/events.yaml", encoding: .utf8)
        try events.write(toFile: answers + "/events.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.pages + "/../Answers/documents", toPath: answers + "/documents")
        let records = try CorpusLoader(root: answers).loadValid().0
        let pages = [
            "joint-statement.html", "dayless-letter.txt", "undated-release.txt", "council-week-oped.txt",
            "dateline-without-year.txt", "ahead-of-anchorage.txt",
        ].map { Self.pages + "/" + $0 }
        let rows = IngestEvaluation.run(pages: pages, corpus: Self.corpus, answers: records)
        #expect(rows.count == pages.count)
        #expect(
            Set(rows.map(\.document)).count == pages.count, "each page found its own record: \(rows.map(\.document))")
        // Means as exact as the bars they meet: 4.8 / 6 is 0.8, not 0.7999999999999999.
        func mean(_ f: (IngestEvaluation.Row) -> Double) -> Double {
            (rows.map(f).reduce(0, +) / Double(rows.count) * 1e6).rounded() / 1e6
        }
        func share(_ f: (IngestEvaluation.Row) -> Bool) -> Double { Double(rows.filter(f).count) / Double(rows.count) }
        let report = IngestEvaluation.report(rows)
        #expect(mean(\.bodyF1) >= 0.95, "\(report)")
        #expect(mean(\.organizationsF1) >= 0.9, "\(report)")
        #expect(share(\.dateExact) >= 0.85, "\(report)")
        #expect(share(\.eventExact) >= 0.8, "\(report)")
        #expect(share(\.kindExact) >= 0.7, "\(report)")
        // 0.83 before session 15; the threshold read on the sentence (0.78 since) files one ask of
        // "dateline-without-year.txt" that its record does not hold ("stand with defenders who face
        // prosecution"), which the page's issue affinity used to hide — with 24 right asks more on
        // the 127 pages of sets A–G and set H's asks 0.45 → 0.57 by issue.
        #expect(mean(\.asksIssueF1) >= 0.75, "\(report)")
        #expect(mean(\.asksDemandF1) >= 0.65, "\(report)")
        #expect(rows.allSatisfy { $0.quotesExact }, "\(report)")
    }

    @Test func theSeedsScoreLeaveOneOut() throws {
        let seeds = Self.root + "/Tests/Seeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }
        let rows = IngestEvaluation.run(pages: names.sorted().map { seeds + "/" + $0 }, corpus: Self.corpus)
        #expect(rows.count == 5)
        let allExact = rows.allSatisfy { $0.quotesExact }
        #expect(allExact, "every quote is an exact excerpt")
        let body = rows.map(\.bodyF1).reduce(0, +) / Double(rows.count)
        #expect(body >= 0.95, "body token F1 \(body)")
    }
}
