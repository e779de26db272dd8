import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// A draft reaches the corpus only through `brief accept`: unreviewed, it is
/// an error wherever it lands; accepted, it is checked first, gets its id
/// from its final fields and brings the proposals it names; refused,
/// nothing is written.
@Suite struct DraftAcceptanceTests {
    static let pages = IngestTests.pages

    /// A copy of the sample corpus and a drafts folder written by ingest from `pages`.
    func ingested(_ pages: [String]) throws -> (corpus: String, drafts: String, run: DraftFolder.Written) {
        let dir = ScratchDirectory.make("accept")
        let corpus = dir + "/corpus"
        try FileManager.default.copyItem(atPath: IngestTests.root + "/Corpus", toPath: corpus)
        let loaded = try CorpusLoader(root: corpus).loadValid().0
        let drafts = try Ingester(corpus: loaded).draftAll(pages.map { Self.pages + "/" + $0 }).map { try $0.get() }
        let run = try DraftFolder(path: dir + "/drafts").write(drafts, failures: [], corpus: loaded)
        return (corpus, dir + "/drafts", run)
    }

    func errors(_ corpus: String) throws -> [Diagnostic] {
        try CorpusLoader(root: corpus).load().1.filter { $0.severity == .error }
    }

    @Test func aDraftMovedIntoDocumentsByHandIsAnErrorSoNoBriefIsBuiltFromIt() throws {
        let (corpus, _, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("\n\(ReviewMark.line)\n"))
        try FileManager.default.copyItem(
            atPath: draft, toPath: corpus + "/documents/" + (draft as NSString).lastPathComponent)
        let found = try errors(corpus)
        #expect(
            found.count == 1 && found[0].message.hasPrefix("not reviewed") && found[0].message.contains("brief accept"),
            "\(found)")
        #expect(found.first?.location.line == 2, "at the mark's line")
        #expect(throws: CorpusError.self) { try CorpusLoader(root: corpus).loadValid() }
    }

    @Test func anAcceptedDraftEntersTheCorpusWithoutItsMarkAndLeavesTheDrafts() throws {
        let (corpus, _, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        let a = try DraftAcceptance(corpus: corpus).accept(draft: draft)
        #expect(!FileManager.default.fileExists(atPath: draft), "removed from the drafts")
        #expect(a.document == corpus + "/documents/\(a.id).md")
        let text = try String(contentsOfFile: a.document, encoding: .utf8)
        #expect(!text.contains(ReviewMark.key + ":"))
        #expect(try errors(corpus).isEmpty)
        #expect(try CorpusLoader(root: corpus).loadValid().0.document(a.id)?.organizations == ["hrf"])
    }

    @Test func theIdComesFromTheFinalFieldsAReviewerSet() throws {
        let (corpus, _, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        var text = try String(contentsOfFile: draft, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2025-03\n", with: "date: 2025-03-11\n")
        text = text.replacingOccurrences(
            of: #"title: ".*""#, with: #"title: "Letter on Political Prisoners in Russia""#, options: .regularExpression
        )
        try text.write(toFile: draft, atomically: true, encoding: .utf8)
        let a = try DraftAcceptance(corpus: corpus).accept(draft: draft)
        #expect(a.id == "2025-03-11-hrf-letter-political-prisoners-russia", "\(a.id)")
    }

    @Test func aDraftThatWouldFailCheckIsRefusedAtItsLineAndNothingIsWritten() throws {
        let (corpus, _, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        let text = try String(contentsOfFile: draft, encoding: .utf8).replacingOccurrences(
            of: "organizations: [hrf]", with: "organizations: [hrff]")
        try text.write(toFile: draft, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: corpus + "/documents").sorted()
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("organizations:") }!
            + 1
        do {
            _ = try DraftAcceptance(corpus: corpus).accept(draft: draft)
            Issue.record("a draft naming an unknown organization was accepted")
        } catch let AcceptanceError.refused(path, problems) {
            #expect(path == draft)
            #expect(
                problems.contains {
                    $0.location.file == draft && $0.location.line == line && $0.message.contains("hrff")
                }, "\(problems)")
            #expect(
                AcceptanceError.refused(path, problems).description.contains("did you mean"),
                "the corpus's suggestion travels with it")
        }
        #expect(FileManager.default.fileExists(atPath: draft), "the draft stays")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: corpus + "/documents").sorted() == before,
            "nothing written")
    }

    @Test func theProposalsADraftNamesAreMergedAndOnlyThose() throws {
        let (corpus, drafts, run) = try ingested(["ahead-of-anchorage.txt"])
        let draft = try #require(run.drafts.values.first)
        // A second proposal no draft names stays beside the drafts.
        let proposals = drafts + "/events.yaml"
        let extra = "- id: unrelated-visit-2025\n  date: 2025\n  title: \"A visit\"\n  kind: visit\n"
        try (String(contentsOfFile: proposals, encoding: .utf8) + extra).write(
            toFile: proposals, atomically: true, encoding: .utf8)
        let a = try DraftAcceptance(corpus: corpus).accept(draft: draft)
        #expect(a.events == ["trump-putin-meeting-anchorage-2025"])
        let loaded = try CorpusLoader(root: corpus).loadValid().0
        #expect(loaded.event("trump-putin-meeting-anchorage-2025")?.location == "Anchorage")
        #expect(loaded.event("unrelated-visit-2025") == nil)
    }

    /// A demand proposed beside the drafts (the review screen's "new…") joins
    /// its issue's list in issues.yaml only when a document using it is accepted.
    @Test func aProposedDemandJoinsItsIssueWhenADraftUsingItIsAccepted() throws {
        let (corpus, drafts, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        let asked = try #require(text.firstRange(of: /demand: [a-z0-9-]+/))
        try text.replacingCharacters(in: asked, with: "demand: release-detained-journalists").write(
            toFile: draft, atomically: true, encoding: .utf8)
        try
            (DemandProposals.header
            + DemandProposals.entry(
                id: "release-detained-journalists", issue: "detainees", label: "Release journalists")
            + DemandProposals.entry(id: "unused-demand", issue: "detainees", label: "Nobody asks this"))
            .write(toFile: drafts + "/demands.yaml", atomically: true, encoding: .utf8)
        let issuesBefore = try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8)
        #expect(try DraftAcceptance(corpus: corpus).check(draft: draft).filter { $0.severity == .error }.isEmpty)
        #expect(
            try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8) == issuesBefore,
            "checking writes nothing")
        let a = try DraftAcceptance(corpus: corpus).accept(draft: draft)
        #expect(a.demands == ["release-detained-journalists"])
        let loaded = try CorpusLoader(root: corpus).loadValid().0
        #expect(loaded.demand("release-detained-journalists")?.issue == "detainees")
        #expect(loaded.demand("release-detained-journalists")?.label == "Release journalists")
        #expect(loaded.document(a.id)?.asks.contains { $0.demand == "release-detained-journalists" } == true)
        #expect(loaded.demand("unused-demand") == nil, "a proposal no accepted document uses stays a proposal")
    }

    @Test func aProposedDemandCheckRefusesIsReportedInItsProposalFile() throws {
        let (corpus, drafts, run) = try ingested(["dayless-letter.txt"])
        let draft = try #require(run.drafts.values.first)
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        let asked = try #require(text.firstRange(of: /demand: [a-z0-9-]+/))
        try text.replacingCharacters(in: asked, with: "demand: too-long").write(
            toFile: draft, atomically: true, encoding: .utf8)
        let label = String(repeating: "A very long label ", count: 40)
        try (DemandProposals.header + DemandProposals.entry(id: "too-long", issue: "detainees", label: label))
            .write(toFile: drafts + "/demands.yaml", atomically: true, encoding: .utf8)
        let issuesBefore = try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8)
        do {
            _ = try DraftAcceptance(corpus: corpus).accept(draft: draft)
            Issue.record("a demand check refuses was accepted")
        } catch let AcceptanceError.refused(_, problems) {
            #expect(
                problems.contains { $0.location.file == drafts + "/demands.yaml" && $0.location.line == 4 },
                "at the label's line in demands.yaml: \(problems)")
        }
        #expect(try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8) == issuesBefore)
        #expect(FileManager.default.fileExists(atPath: draft))
    }

    @Test func aDemandGoesAtTheEndOfItsIssuesListIndentedAsItIs() throws {
        let text = """
            # issues
            - id: a
              label: A
              demands:
                - id: a-one
                  label: One

                - id: a-two
                  label: Two
              keywords: [x]

            - id: b
              label: B
              demands:
              - id: b-one
                label: B one
            """
        let proposals = DemandProposals(
            text: DemandProposals.entry(id: "a-three", issue: "a", label: "Three")
                + DemandProposals.entry(id: "b-two", issue: "b", label: "B two")
                + DemandProposals.entry(id: "c-one", issue: "c", label: "C one"))
        let (out, placed, unplaced) = DemandProposals.inserting(
            proposals.entries, into: text, issueLines: ["a": 2, "b": 12, "c": 99])
        #expect(
            out.contains(
                "    - id: a-two\n      label: Two\n    - id: a-three\n      label: \"Three\"\n  keywords: [x]"))
        #expect(out.hasSuffix("  - id: b-one\n    label: B one\n  - id: b-two\n    label: \"B two\""))
        #expect(placed.map(\.firstLine) == [10, 19], "b's entry moved down by a's two lines")
        #expect(unplaced.map(\.id) == ["c-one"], "an unknown issue is left out")
        let none = DemandProposals.inserting(
            proposals.entries.prefix(1).map {
                var e = $0; e.issue = "c"; return e
            }, into: "- id: c\n  label: C\n",
            issueLines: ["c": 1])
        #expect(none.placed.isEmpty, "an issue without a demands list is left for the file")
    }

    @Test func aBrokenProposalIsRefusedAtItsLineInTheProposalFile() throws {
        let (corpus, drafts, run) = try ingested(["ahead-of-anchorage.txt"])
        let draft = try #require(run.drafts.values.first)
        let proposals = drafts + "/events.yaml"
        let text = try String(contentsOfFile: proposals, encoding: .utf8).replacingOccurrences(
            of: "kind: meeting", with: "kind: meating")
        try text.write(toFile: proposals, atomically: true, encoding: .utf8)
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("meating") }! + 1
        let eventsBefore = try String(contentsOfFile: corpus + "/events.yaml", encoding: .utf8)
        #expect {
            try DraftAcceptance(corpus: corpus).accept(draft: draft)
        } throws: { error in
            guard case let AcceptanceError.refused(_, problems) = error else { return false }
            return problems.contains { $0.location.file == proposals && $0.location.line == line }
        }
        #expect(
            try String(contentsOfFile: corpus + "/events.yaml", encoding: .utf8) == eventsBefore,
            "events.yaml untouched")
    }

    @Test func anUnknownPublisherIsProposedAndAcceptedWithItsDraft() throws {
        let dir = ScratchDirectory.make("publisher")
        let page = dir + "/page.txt"
        try """
        Caucasus Rights Network
        Caucasus Rights Network Urges Release of Jailed Reporters

        The Caucasus Rights Network today urged the authorities to release every journalist jailed for their reporting, and to drop the charges against them without delay.

        The network said the trials had been closed to the public and that families had not been allowed to visit.
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let corpus = dir + "/corpus"
        try FileManager.default.copyItem(atPath: IngestTests.root + "/Corpus", toPath: corpus)
        let loaded = try CorpusLoader(root: corpus).loadValid().0
        let d = try Ingester(corpus: loaded).draft(page, takenIDs: [])
        #expect(d.fields.organizations == ["caucasus-rights-network"], "\(d.fields.organizations)")
        #expect(!d.fields.organizations.contains("unknown"))
        let run = try DraftFolder(path: dir + "/drafts").write([d], failures: [], corpus: loaded)
        let a = try DraftAcceptance(corpus: corpus).accept(draft: try #require(run.drafts[page]))
        #expect(a.organizations == ["caucasus-rights-network"])
        #expect(try errors(corpus).isEmpty)
    }

    @Test func aPageAlreadyInTheCorpusOrDraftedIsReportedNotDraftedAgain() throws {
        let (corpus, drafts, run) = try ingested(["dayless-letter.txt", "joint-statement.html"])
        #expect(run.drafts.count == 2)
        let loaded = try CorpusLoader(root: corpus).loadValid().0
        let ingester = Ingester(corpus: loaded)
        // The same page again (and a copy with other line breaks): held by the waiting draft.
        let copy = ScratchDirectory.make("copy") + "/letter.txt"
        let original = try String(contentsOfFile: Self.pages + "/dayless-letter.txt", encoding: .utf8)
        try ("Reposted from our partners\n\n" + original.replacingOccurrences(of: ". ", with: ".\n")).write(
            toFile: copy, atomically: true, encoding: .utf8)
        let again = try ingester.draftAll([Self.pages + "/dayless-letter.txt", copy]).map { try $0.get() }
        let second = try DraftFolder(path: drafts).write(again, failures: [], corpus: loaded)
        #expect(second.drafts.isEmpty)
        #expect(Set(second.duplicates.keys) == [Self.pages + "/dayless-letter.txt", copy])
        #expect(second.duplicates.values.allSatisfy { $0.hasPrefix(drafts + "/documents/") }, "\(second.duplicates)")
        #expect(try String(contentsOfFile: second.review, encoding: .utf8).contains("already held"))
        // Once accepted, the corpus holds it.
        _ = try DraftAcceptance(corpus: corpus).accept(
            draft: try #require(run.drafts[Self.pages + "/dayless-letter.txt"]))
        let reloaded = try CorpusLoader(root: corpus).loadValid().0
        let third = try DraftFolder(path: ScratchDirectory.make("fresh")).write(
            [try Ingester(corpus: reloaded).draft(Self.pages + "/dayless-letter.txt", takenIDs: [])], failures: [],
            corpus: reloaded)
        #expect(third.duplicates.values.first?.hasPrefix(corpus + "/documents/") == true, "\(third.duplicates)")
        // A different statement is not taken for the same one.
        #expect(
            !TextFingerprint(original).isSameText(
                as: TextFingerprint(try String(contentsOfFile: Self.pages + "/undated-release.txt", encoding: .utf8))))
    }

    @Test func aCyrillicTitleGivesATransliteratedID() {
        let id = DocumentID.make(
            date: PartialDate("2024-02-03")!, organizations: ["memorial"],
            title: "Правозащитники призывают освободить заключённых")
        #expect(id == "2024-02-03-memorial-pravozashchitniki-prizyvayut-osvobodit-zaklyuchennykh", "\(id)")
        let uk = DocumentID.make(
            date: PartialDate("2022")!, organizations: ["zmina"], title: "Заява щодо звільнення полонених",
            language: "uk")
        #expect(uk == "2022-zmina-zayava-shchodo-zvilnennya-polonenykh", "\(uk)")
    }

    @Test func proposalListsSplitAtTopLevelItemsKeepingEdits() {
        let list = ProposalList(
            text: "# header\n- id: a\n  name: \"A\"   # edited\n- name: B\n  id: \"b\"\n\n# later\n- id: c\n")
        #expect(list.entries.map(\.id) == ["a", "b", "c"])
        #expect(list.entries.map(\.line) == [2, 4, 8])
        #expect(list.entries[0].text == "- id: a\n  name: \"A\"   # edited\n")
        #expect(
            ProposalList.appending(list.entries, to: "- id: b\n  name: B\n")
                == "- id: b\n  name: B\n- id: a\n  name: \"A\"   # edited\n- id: c\n")
    }

    /// Removing entries keeps everything else as written: comments, the other entries, their edits.
    @Test func proposalListsLoseOnlyTheEntriesRemoved() {
        let text = "# header\n- id: a\n  name: \"A\"   # edited\n\n- id: b\n  name: B\n\n# later\n- id: c\n  name: C\n"
        #expect(
            ProposalList.removing(["b"], from: text)
                == "# header\n- id: a\n  name: \"A\"   # edited\n\n# later\n- id: c\n  name: C\n")
        #expect(ProposalList.removing(["a", "c"], from: text) == "# header\n\n- id: b\n  name: B\n\n# later\n")
        #expect(ProposalList.removing(["x"], from: text) == text, "an id not in the list changes nothing")
        let none = ProposalList.removing(["a", "b", "c"], from: text)
        #expect(ProposalList(text: none).entries.isEmpty && ProposalList.isBlank(none), "\(none)")
    }
}
