import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// The rules a meeting brief follows so that a desk officer can sign it:
/// words credited to the document they come from, one status from the
/// whole record, an engagement's own outcome shown as its result, words
/// written for another occasion never put in the principal's mouth,
/// lapsed asks, the documents' own order, look-back edges by whole periods,
/// an age warning, what changed since last time — and a page that prints
/// exactly what `--data` says.
@Suite struct MeetingRulesTests {
    /// A fictional record: a joint letter (HRW with EPP) and a single-author
    /// letter (FIDH) written for the 2025 meeting; an ask met in Oct 2022 and
    /// raised again in Sep 2024; a vote whose outcome is dated on its own day;
    /// an ask written for an earlier session that names it; "call off the
    /// summit" for a summit now past; a year-only document at the look-back's
    /// start; a document asking two demands whose ids sort against its order.
    static let files: [String: String] = [
        "organizations.yaml": """
        - id: fidh
          name: International Federation for Human Rights
          short: FIDH
          kind: ngo
        - id: hrw
          name: Human Rights Watch
          short: HRW
          kind: ngo
        - id: epp
          name: European People's Party Group
          short: EPP
          kind: other
        - id: rsf
          name: Reporters Without Borders
          short: RSF
          kind: ngo
        - id: hrhf
          name: Human Rights House Foundation
          short: HRHF
          kind: ngo
        - id: a19
          name: ARTICLE 19
          kind: ngo
        """,
        "issues.yaml": """
        - id: press
          label: Press freedom
          demands:
            - id: release-38-journalists
              label: Free the 38 jailed journalists
            - id: address-syria
              label: Raise Syria prominently
            - id: release-editor
              label: Release the detained editor
            - id: open-archives
              label: Open the state archives
        - id: council
          label: UN bodies
          demands:
            - id: suspend-seat
              label: Suspend the council seat
            - id: renew-mandate
              label: Renew the special rapporteur's mandate
            - id: cancel-summit
              label: Call off the summit
        """,
        "events.yaml": """
        - id: visit-2018
          date: 2018-05-01
          title: Spring visit
          kind: visit
          participants: [Boris Karlov]
        - id: summit-2021
          date: 2021-06-16
          title: Spring summit
          kind: summit
          participants: [Anna Lind, Boris Karlov]
        - id: vote-2022
          date: 2022-04-07
          title: General Assembly vote on the council seat
          kind: other
          participants: [UN General Assembly]
        - id: hrc57-2024
          date: 2024-09-09
          title: 57th session of the Human Rights Council
          kind: session
        - id: meeting-2025
          date: 2025-03-18
          title: Foreign ministers' meeting
          kind: meeting
          participants: [Anna Lind, Boris Karlov]
        """,
        "outcomes.yaml": """
        - demand: suspend-seat
          status: met
          date: 2022-04-07
          event: vote-2022
        - demand: release-editor
          status: met
          date: 2022-10-07
        """,
        "documents/visit-2018.md": doc(
            "hrw", "2018-04-20", event: "visit-2018", asks: [("open-archives", "open the archives before the visit")]),
        "documents/archives-2019.md": doc("hrw", "2019-05", asks: [("open-archives", "open the archives")]),
        "documents/edge-2020.md": doc("hrhf", "2020", asks: [("open-archives", "open the archives now")]),
        "documents/summit-2021.md": doc(
            "hrhf", "2021-05-20", event: "summit-2021",
            asks: [("cancel-summit", "call off the summit")]),
        "documents/seat-2022.md": doc(
            "a19", "2022-03-01", event: "vote-2022", asks: [("suspend-seat", "vote to suspend the seat")]),
        "documents/editor-2022.md": doc(
            "hrw", "2022-07-12",
            asks: [
                ("release-editor", "free the editor at once"),
                ("open-archives", "open the archives to all"),
            ]),
        "documents/hrc57-2024.md": doc(
            "hrhf", "2024-08-20", event: "hrc57-2024",
            asks: [
                ("renew-mandate", "renew the mandate at HRC57"),
                ("release-editor", "press for the editor's release at the session"),
            ]),
        "documents/editor-again-2024.md": doc(
            "a19", "2024-09-09", asks: [("release-editor", "release the editor, jailed again")]),
        "documents/rsf-2024.md": doc(
            "rsf", "2024-11-05",
            asks: [
                ("release-38-journalists", "free the 38 journalists"),
                ("address-syria", "raise Syria prominently"),
            ]),
        "documents/joint-2025.md": doc(
            "hrw, epp", "2025-03-01", event: "meeting-2025",
            asks: [("release-38-journalists", "make the journalists' release the first request")]),
        "documents/fidh-2025.md": doc(
            "fidh", "2025-03-10", event: "meeting-2025",
            asks: [("release-editor", "insist on the editor's release")]),
    ]

    static func doc(_ orgs: String, _ date: String, event: String? = nil, asks: [(String, String)]) -> String {
        var s = "---\ntitle: A letter of \(date)\norganizations: [\(orgs)]\ndate: \(date)\nkind: letter\n"
        if let event { s += "event: \(event)\n" }
        s += "asks:\n" + asks.map { "  - demand: \($0.0)\n    text: \($0.1)\n" }.joined()
        return s + "---\nText of the letter.\n"
    }

    static func load(_ files: [String: String] = files) throws -> Corpus {
        let dir = PDFInspector.temporaryDirectory() + "/meeting-rules"
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let (corpus, diagnostics) = try CorpusLoader(root: dir).load()
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return corpus
    }

    static func ask(_ b: MeetingBrief, _ demand: String) throws -> MeetingAsk {
        try #require(b.asks.first { $0.demand.id == demand })
    }

    // 1. Attribution by document.
    @Test func wordsAreCreditedToTheDocumentTheyComeFrom() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        let editor = try Self.ask(b, "release-editor")
        #expect(editor.credited.map(\.id) == ["fidh-2025"], "only FIDH wrote for this engagement")
        #expect(editor.attribution.hasPrefix("FIDH, written for this engagement; also "))
        #expect(!editor.attribution.hasPrefix("HRW"), "HRW's 2022 letter is named separately: \(editor.attribution)")
        let journalists = try Self.ask(b, "release-38-journalists")
        #expect(
            journalists.attribution.hasPrefix("HRW and EPP jointly, written for this engagement; also RSF, 5 Nov 2024"),
            "\(journalists.attribution)")
        let item = try #require(b.bottomLine.first { $0.demand.id == "release-editor" })
        #expect(MeetingRecord.authors(item.credited) == ["fidh"])
        let point = try #require(b.talkingPointAsks.first { $0.demand.id == "release-editor" }?.talkingPoint)
        #expect(point.document?.id == "fidh-2025" && point.organizations.map(\.id) == ["fidh"])
    }

    // 2. One status, from the whole record.
    @Test func openSinceIsTheFirstAskAfterTheLatestOutcome() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        let editor = try Self.ask(b, "release-editor")
        #expect(
            editor.statusText == "Open since 20 Aug 2024; met before (7 Oct 2022)",
            "not the look-back's 12 Jul 2022: \(editor.statusText)")
        #expect(b.bottomLineItem(editor).contains("open since 20 Aug 2024; met before (7 Oct 2022)"))
    }

    // 3. Decided at this engagement.
    @Test func anOutcomeOnTheEngagementsOwnDateIsItsResult() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "vote-2022")
        let seat = try Self.ask(b, "suspend-seat")
        #expect(seat.status.state == .open, "open going in")
        #expect(seat.decidedHere?.status == .met && seat.decidedHere?.date == PartialDate("2022-04-07"))
        #expect(seat.statusText == "Open since 1 Mar 2022; decided here: met (7 Apr 2022)", "\(seat.statusText)")
        #expect(b.verb == "Press for", "a vote is pressed for, not raised")
        #expect(b.context(generated: "x").bottomLineLead == "Press first for")
    }

    // 4. Carried-forward words are labelled, never talking points; lapsed asks.
    @Test func wordsWrittenForAnotherOccasionAreNeverTalkingPoints() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025", lookback: 5)
        let mandate = try Self.ask(b, "renew-mandate")
        #expect(mandate.status.state == .lapsed, "its whole point was HRC57, now past")
        #expect(mandate.statusText.hasPrefix("Lapsed (asked for 57th session of the Human Rights Council"))
        #expect(mandate.attribution.contains("asked for 57th session of the Human Rights Council, 20 Aug 2024"))
        #expect(mandate.writtenFor == ["hrc57-2024"])
        #expect(!b.bottomLine.contains { $0.demand.id == "renew-mandate" })
        let sources = b.talkingPointAsks.compactMap { $0.talkingPoint?.document?.id }
        #expect(!sources.contains("hrc57-2024") && !sources.contains("editor-2022"), "\(sources)")
        // Open, but only old unattached words: in the table, not a talking point.
        let archives = try Self.ask(b, "open-archives")
        #expect(archives.isLive && archives.talkingPoint == nil)
        // "Call off the summit" lapsed with the summit.
        let longer = try MeetingBrief(corpus: Self.load(), event: "meeting-2025", lookback: 10)
        #expect(try Self.ask(longer, "cancel-summit").status.state == .lapsed)
        #expect(try Self.ask(longer, "cancel-summit").isLive == false)
    }

    @Test func aLaterAskRevivesALapsedDemand() throws {
        var files = Self.files
        files["documents/mandate-2025.md"] = Self.doc(
            "a19", "2025-01-15", asks: [("renew-mandate", "keep the rapporteur's mandate")])
        let b = try MeetingBrief(corpus: Self.load(files), event: "meeting-2025")
        #expect(try Self.ask(b, "renew-mandate").status.state == .open)
    }

    @Test func theEngagementsNameIsRecognised() throws {
        let c = try Self.load()
        let hrc = try #require(c.event("hrc57-2024")), summit = try #require(c.event("summit-2021"))
        #expect(EngagementReference.names(hrc, in: "renew the mandate at HRC57"))
        #expect(EngagementReference.names(hrc, in: "renew the mandate at HRC 57."))
        #expect(!EngagementReference.names(hrc, in: "renew the mandate"))
        #expect(EngagementReference.names(summit, in: "Call off the summit."))
        #expect(!EngagementReference.names(summit, in: "Free the reporters."))
    }

    // 5. Order: the document's own order breaks ties, never the alphabet.
    @Test func tiesKeepTheDocumentsOwnOrder() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        let ids = b.asks.map(\.demand.id)
        let first = try #require(ids.firstIndex(of: "release-38-journalists")),
            second = try #require(ids.firstIndex(of: "address-syria"))
        #expect(first < second, "\(ids)")
        var files = Self.files
        files["documents/joint-2025.md"] = nil
        let alone = try MeetingBrief(corpus: Self.load(files), event: "meeting-2025").asks.map(\.demand.id)
        #expect(
            try #require(alone.firstIndex(of: "release-38-journalists"))
                < (try #require(alone.firstIndex(of: "address-syria"))), "\(alone)")
    }

    // 6. Edges and age.
    @Test func aYearOnlyDocumentAtTheLookBackStartIsLeftOutAndSaidSo() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        #expect(b.lookbackStart == PartialDate("2020-03-18"))
        #expect(b.leftOutAtEdge.map(\.id) == ["edge-2020"])
        #expect(!b.documentRelations.contains { $0.0.id == "edge-2020" })
        #expect(
            b.documentsLine.contains("1 document dated only to a period straddling the look-back's start is left out"))
    }

    @Test func aBriefOnOldDocumentsWarnsOnPageOne() throws {
        var files = Self.files
        files["events.yaml"]! +=
            "\n- id: talks-2027\n  date: 2027-05-02\n  title: Talks in May\n  kind: meeting\n  participants: [Anna Lind]\n"
        let c = try Self.load(files)
        let stale = try MeetingBrief(corpus: c, event: "talks-2027")
        #expect(stale.isStale && stale.dataAsOf == PartialDate("2025-03-10"))
        #expect(try MeetingBrief(corpus: c, event: "meeting-2025").isStale == false)
        let pdf = try Self.render(stale, name: "stale")
        #expect(
            pdf.contains(
                "Out of date? The newest document is from 10 March 2025, more than 12 months before this engagement"))
    }

    // 7. A read-ahead's shape.
    @Test func sinceLastTimeComparesWithThePreviousEngagementOfTheseParticipants() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        let s = try #require(b.sinceLast)
        #expect(s.engagement.id == "summit-2021", "the vote and the session had other participants")
        #expect(s.outcomes.map(\.demand) == ["suspend-seat", "release-editor"])
        #expect(s.raisedAgain.map(\.id) == ["open-archives"], "asked in 2019 and again in 2022")
        #expect(s.newAsks.map(\.id).contains("release-editor") && !s.newAsks.map(\.id).contains("open-archives"))
        #expect(b.verb == "Raise")
        #expect(
            try MeetingBrief(corpus: Self.load(), event: "hrc57-2024").sinceLast == nil, "no participants in common")
    }

    @Test func everyTimelineDiscHasASourceNumber() throws {
        let b = try MeetingBrief(corpus: Self.load(), event: "meeting-2025")
        let drawn = b.timelineDocuments
        #expect(!drawn.isEmpty)
        #expect(drawn.allSatisfy { b.sources.number($0.id) != nil })
        #expect(
            !drawn.contains { $0.id == "visit-2018" },
            "a prior engagement's document outside the look-back has no number")
    }

    // One record, two renderings.
    static func render(_ b: MeetingBrief, name: String) throws -> PDFInspector {
        let t = try BriefTemplate(nameOrPath: nil, default: "meeting-brief", resources: BriefFixtures.resources)
        let path = PDFInspector.temporaryDirectory() + "/\(name).pdf"
        try BriefFixtures.renderer.render(
            b, template: t, style: try BriefStyle.load(path: t.stylePath, kind: "meeting-brief"),
            to: path, creator: "test")
        return PDFInspector(path)
    }

    /// Every status, attribution, talking point and date the data carries is
    /// printed as the data says it.
    static func expectPageMatchesData(_ b: MeetingBrief, name: String) throws {
        let pdf = try render(b, name: name)
        let data = try #require(try JSONSerialization.jsonObject(with: b.record().json()) as? [String: Any])
        let asks = try #require(data["asks"] as? [[String: Any]])
        let shown = Set(b.bodyAsks.map(\.demand.id) + b.annexAsks.map(\.demand.id))
        for a in asks where shown.contains(a["demand"] as? String ?? "") {
            let status = try #require(a["status_text"] as? String),
                attribution = try #require(a["attribution"] as? String)
            #expect(pdf.contains(status), "\(name): status of \(a["demand"] ?? "") '\(status)' is not on the page")
            #expect(
                pdf.contains(attribution),
                "\(name): attribution of \(a["demand"] ?? "") '\(attribution)' is not on the page")
        }
        for item in try #require(data["bottom_line_items"] as? [[String: Any]]) {
            let id = try #require(item["demand"] as? String)
            let row = try #require(b.asks.first { $0.demand.id == id })
            #expect(MeetingRecord.authors(row.credited) == item["attributed_to"] as? [String])
            #expect(
                pdf.contains(
                    row.demand.label + " (" + row.attribution + "; "
                        + (item["status_text"] as? String ?? "").lowercasedFirst + ")"),
                "\(name): bottom line item \(id)")
        }
        for point in try #require(data["talking_points"] as? [[String: Any]]) {
            #expect(pdf.contains(try #require(point["text"] as? String)), "\(name): talking point")
        }
        if let asOf = b.dataAsOf { #expect(pdf.contains("data as of \(asOf.long)")) }
        #expect(
            pdf.contains("Out of date?") == (data["stale"] as? Bool == true),
            "\(name): the age warning follows the data")
        #expect(
            !pdf.contains("Open since")
                || asks.contains { ($0["status_text"] as? String)?.contains("Open since") == true })
    }

    @Test func thePagePrintsWhatTheDataSays() throws {
        let c = try Self.load()
        for e in c.events {
            guard let b = try? MeetingBrief(corpus: c, event: e.id) else { continue }
            try Self.expectPageMatchesData(b, name: "fixture-\(e.id)")
        }
        for e in BriefFixtures.corpus.events {
            try Self.expectPageMatchesData(
                try MeetingBrief(corpus: BriefFixtures.corpus, event: e.id), name: "sample-\(e.id)")
        }
    }
}
