import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// Briefs that reason as an analyst would, on a fictional corpus of our
/// own: what was written for an engagement leads; what the record shows as
/// met is not asked again; a demand asked again after an outcome is open
/// again; a joint letter is one voice; a year-only date is "same period";
/// a demand skipped for a year and asked again is "returning".
@Suite struct AnalystTests {
    static let files: [String: String] = [
        "organizations.yaml": """
        - id: odw
          name: Open Doors Watch
          short: ODW
          kind: ngo
        - id: crl
          name: Civic Rights League
          kind: ngo
        - id: pff
          name: Press Freedom Forum
          short: PFF
          kind: ngo
        - id: hm
          name: Helsinki Monitors
          kind: ngo
        """,
        "issues.yaml": """
        - id: journalists
          label: Jailed and harassed journalists
          demands:
            - id: free-reporters
              label: Free the jailed reporters
              talking_point: We ask that every reporter jailed for their work be freed now.
            - id: end-accreditation-ban
              label: Lift the accreditation ban on foreign media
            - id: suspend-council-seat
              label: Suspend the government's council seat
            - id: protect-sources
              label: Protect journalists' sources
            - id: release-editor
              label: Release the detained editor
            - id: open-archives
              label: Open the state archives to researchers
        """,
        "events.yaml": """
        - id: ministerial-2024
          date: 2024-05-14
          title: Foreign ministers' meeting
          kind: meeting
          participants: [Anna Lind, Boris Karlov]
        - id: summit-2025
          date: 2025-03-18
          title: Spring summit
          kind: summit
          participants: [Anna Lind, Viktor Orlov]
        """,
        "outcomes.yaml": """
        - demand: suspend-council-seat
          status: met
          date: 2022-04-07
          note: The council voted to suspend the seat.
        - demand: free-reporters
          status: partly-met
          date: 2023-11
          event: ministerial-2024
          note: Two of five reporters were freed.
        """,
        "documents/d1.md":
            "---\ntitle: Letter one\norganizations: [odw]\ndate: 2019-06\nkind: letter\nasks:\n  - demand: free-reporters\n    text: free the reporters\n---\nFree the reporters.\n",
        "documents/d2.md":
            "---\ntitle: Statement two\norganizations: [crl]\ndate: 2020\nkind: statement\nasks:\n  - demand: free-reporters\n    text: free the reporters\n  - demand: suspend-council-seat\n    text: suspend the seat\n---\nText.\n",
        "documents/d3.md":
            "---\ntitle: Release three\norganizations: [pff]\ndate: 2021-02-10\nkind: press-release\nasks:\n  - demand: suspend-council-seat\n    text: suspend the seat\n---\nText.\n",
        "documents/d4.md":
            "---\ntitle: Report four\norganizations: [hm]\ndate: 2022-09\nkind: report\nasks:\n  - demand: end-accreditation-ban\n    text: lift the ban\n  - demand: open-archives\n    text: open the archives\n---\nText.\n",
        "documents/d5.md":
            "---\ntitle: Joint letter five\norganizations: [odw, crl, pff]\ndate: 2025\nkind: letter\nasks:\n  - demand: protect-sources\n    text: protect sources\n---\nText.\n",
        "documents/d6.md":
            "---\ntitle: Letter six for the summit\norganizations: [hm]\ndate: 2025-03-01\nkind: letter\nto: Anna Lind\nevent: summit-2025\nasks:\n  - demand: release-editor\n    text: make the editor's release the first request\n---\nText.\n",
        "documents/d7.md":
            "---\ntitle: Letter seven\norganizations: [odw]\ndate: 2024-02\nkind: letter\nasks:\n  - demand: free-reporters\n    text: free the three reporters still held\n---\nText.\n",
        "documents/d8.md":
            "---\ntitle: Statement eight\norganizations: [hm]\ndate: 2023-06\nkind: statement\nasks:\n  - demand: end-accreditation-ban\n    text: lift the ban\n  - demand: open-archives\n    text: open the archives\n---\nText.\n",
        "documents/d9.md":
            "---\ntitle: Statement nine\norganizations: [hm]\ndate: 2024-07\nkind: statement\nasks:\n  - demand: end-accreditation-ban\n    text: lift the ban\n  - demand: protect-sources\n    text: protect sources\n---\nText.\n",
    ]

    static func load() throws -> (Corpus, [Diagnostic]) {
        let dir = PDFInspector.temporaryDirectory() + "/analyst"
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try CorpusLoader(root: dir).load()
    }

    static func json(_ content: any BriefContent) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: content.record().json()) as? [String: Any])
    }

    @Test func theFixtureIsAValidV11Corpus() throws {
        let (c, d) = try Self.load()
        #expect(!d.contains { $0.severity == .error }, "\(d)")
        #expect(c.outcomes.count == 2)
        #expect(c.demand("free-reporters")?.talkingPoint?.hasPrefix("We ask") == true)
    }

    @Test func statusComesFromTheRecordAndReopensWhenAskedAgain() throws {
        let (c, _) = try Self.load()
        let seat = c.status(of: "suspend-council-seat", at: PartialDate("2025-03-18"))
        #expect(seat.state == .met && seat.outcome?.date == PartialDate("2022-04-07"))
        let reporters = c.status(of: "free-reporters", at: PartialDate("2025-03-18"))
        #expect(reporters.state == .open)
        #expect(reporters.previous?.status == .partlyMet, "it was partly met before")
        #expect(reporters.summary.contains("partly met before"))
        // Before the outcome, the same demand was simply open.
        #expect(c.status(of: "suspend-council-seat", at: PartialDate("2021-12-31")).state == .open)
    }

    @Test func whatWasWrittenForTheEngagementLeads() throws {
        let (c, _) = try Self.load()
        let brief = try MeetingBrief(corpus: c, event: "summit-2025")
        let data = try Self.json(brief)
        #expect(data["kind"] as? String == "meeting")
        let bottom = try #require(data["bottom_line"] as? [String])
        #expect(bottom.first == "release-editor", "the summit's own ask opens the bottom line: \(bottom)")
        #expect(!bottom.contains("suspend-council-seat"), "a demand the record shows as met is not asked again")
        let asks = try #require(data["asks"] as? [[String: Any]])
        let editor = try #require(asks.first { $0["demand"] as? String == "release-editor" })
        #expect(editor["for_this_engagement"] as? Bool == true && editor["in_body"] as? Bool == true)
        let seat = try #require(asks.first { $0["demand"] as? String == "suspend-council-seat" })
        #expect(seat["status"] as? String == "met" && seat["status_date"] as? String == "2022-04-07")
        let reporters = try #require(asks.first { $0["demand"] as? String == "free-reporters" })
        #expect(reporters["status"] as? String == "open")
        #expect(
            reporters["documents"] as? Int == 1,
            "2024 only: the 2020 statement straddles the look-back's start (18 Mar 2020)")
        #expect(data["left_out_at_edge"] as? [String] == ["d2"])
        let points = try #require(data["talking_points"] as? [[String: Any]])
        #expect(points.first?["demand"] as? String == "release-editor")
        #expect(
            (points.first?["text"] as? String)?.hasPrefix("Make the editor's release") == true,
            "a sentence from the ask")
        let free = points.first { $0["demand"] as? String == "free-reporters" }
        #expect((free?["text"] as? String) == "We ask that every reporter jailed for their work be freed now.")
        // The engagement is not its own prior engagement; documents say how they stand to it.
        #expect(data["prior_engagements"] as? [String] == ["ministerial-2024"])
        let docs = try #require(data["documents"] as? [[String: Any]])
        #expect(docs.first { $0["id"] as? String == "d5" }?["relation"] as? String == "same-period")
        #expect(docs.first { $0["id"] as? String == "d6" }?["relation"] as? String == "addresses")
        #expect(docs.first { $0["id"] as? String == "d7" }?["relation"] as? String == "before")
        #expect(!docs.contains { $0["id"] as? String == "d1" }, "2019 is beyond the five-year look-back")
        // A longer look-back reaches it.
        let longer = try Self.json(try MeetingBrief(corpus: c, event: "summit-2025", lookback: 10))
        #expect((longer["documents"] as? [[String: Any]])?.contains { $0["id"] as? String == "d1" } == true)
    }

    @Test func theMeetingBriefSaysItOnThePage() throws {
        let (c, _) = try Self.load()
        let brief = try MeetingBrief(corpus: c, event: "summit-2025")
        let t = try BriefTemplate(nameOrPath: nil, default: "meeting-brief", resources: BriefFixtures.resources)
        let path = PDFInspector.temporaryDirectory() + "/summit.pdf"
        try BriefFixtures.renderer.render(
            brief, template: t, style: try BriefStyle.load(path: t.stylePath, kind: "meeting-brief"),
            to: path, creator: "test")
        let pdf = PDFInspector(path)
        #expect(pdf.contains("Raise first: Release the detained editor"))
        #expect(pdf.contains("Spring summit 4 organizations · 7 documents"), "\(pdf.text.prefix(120))")
        #expect(
            pdf.contains("Purpose. Read-ahead for the summit with Anna Lind and Viktor Orlov on 18 March 2025."),
            "one line of purpose, no dangling separator without a place")
        #expect(pdf.contains("Met (7 Apr 2022)"))
        #expect(pdf.contains("partly met before"))
        #expect(pdf.contains("same period"))
        #expect(pdf.contains("this engagement"))
        #expect(!pdf.contains("1 documents") && !pdf.contains("1 organizations"), "number agreement")
    }

    @Test func theIssueBriefShowsEachDemandsStatusWithALegend() throws {
        let (c, _) = try Self.load()
        let t = try BriefTemplate(nameOrPath: nil, default: "issue-brief", resources: BriefFixtures.resources)
        let path = PDFInspector.temporaryDirectory() + "/journalists.pdf"
        try BriefFixtures.renderer.render(
            try IssueBrief(corpus: c, issue: "journalists"), template: t,
            style: try BriefStyle.load(path: t.stylePath), to: path, creator: "test")
        let pdf = PDFInspector(path)
        #expect(pdf.contains("Met (7 April 2022)"))
        #expect(pdf.contains("partly met before"))
        #expect(pdf.contains("Status from the record of outcomes"))
        #expect(
            pdf.contains("in one joint letter (3 organizations)") || pdf.contains("in 2 documents by 4 organizations"))
        #expect(PageBreakAudit(path).problems.isEmpty, "\(PageBreakAudit(path).problems)")
    }

    @Test func aJointLetterIsOneVoice() throws {
        let (c, _) = try Self.load()
        let brief = try IssueBrief(corpus: c, issue: "journalists")
        #expect(
            !brief.isShared("protect-sources")
                || brief.documents.filter { $0.asks.contains { $0.demand == "protect-sources" } }.count > 1)
        #expect(brief.isShared("free-reporters"))
        let data = try Self.json(brief)
        let demands = try #require(data["demands"] as? [[String: Any]])
        let reporters = try #require(demands.first { $0["id"] as? String == "free-reporters" })
        #expect(reporters["shared"] as? Bool == true && reporters["documents"] as? Int == 3)
        #expect(reporters["status"] as? String == "open")
        let seat = try #require(demands.first { $0["id"] as? String == "suspend-council-seat" })
        #expect(seat["status"] as? String == "met")
        // Restricted to 2025 only the joint letter (and d6, d9 not in 2025) speaks for protect-sources.
        let only = try IssueBrief(corpus: c, issue: "journalists", range: DateRange(from: PartialDate("2025"), to: nil))
        #expect(!only.isShared("protect-sources"))
        #expect(only.voices("protect-sources") == "in one joint letter (3 organizations)")
    }

    @Test func aRangeHoldsWholePeriodsAndSaysWhatItLeftOut() throws {
        let (c, _) = try Self.load()
        let brief = try IssueBrief(
            corpus: c, issue: "journalists", range: DateRange(from: nil, to: PartialDate("2025-02")))
        #expect(!brief.documents.contains { $0.id == "d5" }, "a 2025 document is not inside 'up to February 2025'")
        #expect(brief.leftOut.map(\.id) == ["d5"])
        let period = try #require(try Self.json(brief)["period"] as? [String: Any])
        #expect(period["left_out"] as? [String] == ["d5"])
        #expect(PartialDate("2025")!.relation(to: PartialDate("2025-03-18")!) == .samePeriod)
        #expect(PartialDate("2024-12")!.relation(to: PartialDate("2025-03-18")!) == .before)
    }

    @Test func annualChangesAreNewReturningContinuingAndDropped() throws {
        let (c, _) = try Self.load()
        let s = try AnnualSummary(corpus: c, year: 2024)
        let data = try Self.json(s)
        #expect(data["kind"] as? String == "annual" && data["year"] as? Int == 2024)
        let demands = try #require(data["demands"] as? [[String: Any]])
        func change(_ id: String) -> String? { demands.first { $0["id"] as? String == id }?["change"] as? String }
        #expect(change("free-reporters") == "returning", "asked 2019–2020, not 2023, again 2024")
        #expect(change("end-accreditation-ban") == "continuing", "asked in 2023 and 2024")
        #expect(change("protect-sources") == "new")
        #expect(data["dropped"] as? [String] == ["open-archives"])
        let outcomes2023 = try Self.json(try AnnualSummary(corpus: c, year: 2023))["outcomes"] as? [[String: Any]]
        #expect(outcomes2023?.first?["status"] as? String == "partly-met")
    }

    @Test func csvTwinsCarryTheSameFacts() throws {
        let (c, _) = try Self.load()
        let meeting = try MeetingBrief(corpus: c, event: "summit-2025").record().csv()
        #expect(meeting.hasPrefix("section,id,issue,status"))
        #expect(meeting.contains("ask,release-editor,journalists,open,"))
        #expect(meeting.contains("bottom-line,release-editor"))
        #expect(meeting.contains("document,d5,,same-period"))
        let annual = try AnnualSummary(corpus: c, year: 2024).record().csv()
        #expect(annual.contains("demand,free-reporters,journalists,1,odw,returning"))
        #expect(annual.contains("dropped,open-archives"))
        let issue = try IssueBrief(corpus: c, issue: "journalists").record().csv()
        #expect(issue.contains("demand,,free-reporters,"))
    }

    @Test func outcomesAreValidatedWhereTheyAreWritten() throws {
        let dir = PDFInspector.temporaryDirectory() + "/bad"
        var files = Self.files
        files["outcomes.yaml"] =
            "- demand: no-such-demand\n  status: done\n  date: 2022-13\n  event: nowhere\n  source: javascript:x\n"
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let (_, d) = try CorpusLoader(root: dir).load()
        let text = d.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(
            text.contains { $0.hasPrefix("outcomes.yaml:2:11: error: status 'done' is not one of met, partly-met") },
            "\(text)")
        #expect(text.contains { $0.hasPrefix("outcomes.yaml:3:9: error: date '2022-13'") }, "\(text)")
        #expect(text.contains { $0.hasPrefix("outcomes.yaml:5:11: error: source: link 'javascript:x'") }, "\(text)")
    }
}
