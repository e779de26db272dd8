import Corpus
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// "new…" on the review screen: an organization, an engagement and a demand
/// the corpus lacks are added with the draft, checked as `brief check`
/// checks the corpus; accepting says what it merged and what check finds.
@Suite struct NewRecordTests {
    let entry = EntryTests()

    @Test func newRecordsEnterTheCorpusWithTheAcceptedDraft() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await entry.draft(client, token: token)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            #expect(review.contains("value=\"+new\">new engagement…"), "the engagement list offers a new one")
            #expect(review.contains("value=\"+new\">new demand…"), "each ask's demand list offers a new one")
            #expect(review.contains("name=\"new-organization-name\""))
            var fields = entry.formFields(review.body)
            for (name, value) in [
                ("event", "+new"), ("new-event-title", "Rights dialogue in Vienna"), ("new-event-date", "2025-05"),
                ("new-event-kind", "meeting"), ("new-event-participants", "A. Envoy, B. Minister"),
                ("new-organization-name", "Vienna Rights Watch"), ("ask-0-demand", "+new"),
                ("ask-0-new-issue", "detainees"), ("ask-0-new-label", "Release detained journalists"),
            ] {
                fields = entry.set(fields, name, value)
            }
            let saved = try await client.post("/drafts/\(id)", form: fields, cookie: token)
            #expect(saved.status == .seeOther, "\(saved.body.prefix(1500))")

            // All three are proposed beside the drafts; the corpus has none of them before accepting.
            let corpus = try f.server.live.snapshot().corpus
            #expect(corpus.demand("release-detained-journalists") == nil, "not in the corpus before accepting")
            #expect(corpus.organization("vienna-rights-watch") == nil, "not in the corpus before accepting")
            let demands = try String(contentsOfFile: f.file("drafts/demands.yaml"), encoding: .utf8)
            #expect(
                demands.contains(
                    "- id: release-detained-journalists\n  issue: detainees\n  label: \"Release detained journalists\"\n"
                ))
            let orgs = try String(contentsOfFile: f.file("drafts/organizations.yaml"), encoding: .utf8)
            #expect(orgs.contains("- id: vienna-rights-watch\n  name: \"Vienna Rights Watch\"\n  kind: ngo\n"))
            let events = try String(contentsOfFile: f.file("drafts/events.yaml"), encoding: .utf8)
            #expect(events.contains("- id: rights-dialogue-in-vienna-2025\n  date: 2025-05\n"))
            let draft = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            #expect(draft.contains("event: rights-dialogue-in-vienna-2025"))
            #expect(draft.contains("vienna-rights-watch]"))
            #expect(draft.contains("demand: release-detained-journalists"))

            // The review screen lists them as chosen and checks the draft with them, as accepting will.
            let again = try await client.get("/drafts/\(id)", cookie: token)
            #expect(
                again.contains("value=\"vienna-rights-watch\" checked> Vienna Rights Watch (new, added on accepting)"))
            #expect(again.contains("value=\"rights-dialogue-in-vienna-2025\" selected>"))
            #expect(
                again.contains(
                    "value=\"release-detained-journalists\" selected>Release detained journalists (new, added on accepting)"
                ))
            #expect(
                again.contains("Check: no problems."),
                "\(again.body.components(separatedBy: "check-result").dropFirst().first?.prefix(800) ?? "")")

            let version = try #require(entry.formFields(again.body).first { $0.0 == "version" }?.1)
            let accepted = try await client.post(
                "/drafts/\(id)/accept", form: [("csrf", token), ("version", version)], cookie: token)
            #expect(accepted.status == .seeOther, "\(accepted.body.prefix(1500))")
            let location = try #require(accepted.headers[.location])
            let document = try await client.get(location)
            #expect(document.contains("Accepted into the corpus"))
            #expect(
                document.contains(
                    "New organization: <a href=\"/organizations/vienna-rights-watch\">Vienna Rights Watch</a>"))
            #expect(document.contains("New engagement: <a href=\"/events/rights-dialogue-in-vienna-2025\">"))
            #expect(
                document.contains(
                    "New demand: <a href=\"/issues/detainees#demand-release-detained-journalists\">Release detained journalists</a>"
                ))
            #expect(document.contains("<code>brief check</code> on the corpus now:"))
            let after = try f.server.live.snapshot()
            #expect(after.corpus.demand("release-detained-journalists")?.issue == "detainees")
            #expect(after.corpus.organization("vienna-rights-watch") != nil)
            #expect(after.corpus.event("rights-dialogue-in-vienna-2025") != nil)
            #expect(!after.hasErrors, "\(after.errors)")
            let issue = try await client.get("/issues/detainees")
            #expect(issue.contains("Release detained journalists"), "the new demand is a column of the issue's matrix")
            // The notice is for that moment: the document's own address does not repeat it.
            let plain = try await client.get(String(location.prefix { $0 != "?" }))
            #expect(!plain.contains("Accepted into the corpus"))
        }
    }

    /// New records are proposals until the draft is accepted: rejecting the
    /// draft leaves every file of the corpus as it was.
    @Test func rejectingADraftWithNewRecordsLeavesTheCorpusAsItWas() async throws {
        let f = try WebAppFixture()
        @Sendable func corpusFiles() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in ["organizations.yaml", "issues.yaml", "events.yaml", "outcomes.yaml"] {
                files[name] = FileManager.default.contents(atPath: f.file(name))
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: f.file("documents")) {
                files["documents/" + name] = FileManager.default.contents(atPath: f.file("documents/" + name))
            }
            return files
        }
        let before = try corpusFiles()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await entry.draft(client, token: token)
            var fields = entry.formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            for (name, value) in [
                ("event", "+new"), ("new-event-title", "Rights dialogue in Vienna"), ("new-event-date", "2025-05"),
                ("new-organization-name", "Vienna Rights Watch"), ("ask-0-demand", "+new"),
                ("ask-0-new-issue", "detainees"), ("ask-0-new-label", "Release detained journalists"),
            ] {
                fields = entry.set(fields, name, value)
            }
            let saved = try await client.post("/drafts/\(id)", form: fields, cookie: token)
            #expect(saved.status == .seeOther, "\(saved.body.prefix(1500))")
            #expect(try corpusFiles() == before, "saving proposes; it writes nothing of the corpus")
            let version = try #require(
                entry.formFields(try await client.get("/drafts/\(id)", cookie: token).body).first { $0.0 == "version" }?
                    .1)
            let rejected = try await client.post(
                "/drafts/\(id)/reject", form: [("csrf", token), ("version", version)], cookie: token)
            #expect(rejected.status == .seeOther)
            #expect(!FileManager.default.fileExists(atPath: f.file("drafts/documents/\(id).md")))
            #expect(try corpusFiles() == before, "rejecting leaves the corpus exactly as it was")
            let issue = try await client.get("/issues/detainees")
            #expect(!issue.contains("Release detained journalists"))
        }
    }

    /// Rejecting a draft removes the records proposed for it, and only
    /// those: a proposal another draft names, or one no draft names, stays.
    @Test func rejectingADraftRemovesTheProposalsOnlyItNames() async throws {
        let f = try WebAppFixture()
        try FileManager.default.createDirectory(atPath: f.file("drafts"), withIntermediateDirectories: true)
        try f.write(
            "drafts/organizations.yaml",
            NewRecords.organizationsHeader + "- id: written-by-hand\n  name: \"Written By Hand\"\n  kind: ngo\n")
        @Sendable func text(_ name: String) -> String {
            (try? String(contentsOfFile: f.file("drafts/" + name), encoding: .utf8)) ?? "(no file)"
        }
        try await f.test { client in
            let token = try await client.csrfToken()
            func save(_ id: String, _ changes: [(String, String)]) async throws -> String {
                var fields = entry.formFields(try await client.get("/drafts/\(id)", cookie: token).body)
                for (name, value) in changes { fields = entry.set(fields, name, value) }
                let saved = try await client.post("/drafts/\(id)", form: fields, cookie: token)
                #expect(saved.status == .seeOther, "\(saved.body.prefix(1500))")
                return try #require(
                    entry.formFields(try await client.get("/drafts/\(id)", cookie: token).body).first {
                        $0.0 == "version"
                    }?.1)
            }
            let a = try await entry.draft(client, token: token)
            let versionA = try await save(
                a,
                [
                    ("event", "+new"), ("new-event-title", "Rights dialogue in Vienna"), ("new-event-date", "2025-05"),
                    ("new-organization-name", "Vienna Rights Watch"), ("ask-0-demand", "+new"),
                    ("ask-0-new-issue", "detainees"), ("ask-0-new-label", "Release detained journalists"),
                ])
            let b = try await entry.draft(client, token: token, page: "council-week-oped.txt")
            let versionB = try await save(
                b,
                [
                    ("new-organization-name", "Vienna Rights Watch"), ("ask-0-demand", "+new"),
                    ("ask-0-new-issue", "detainees"), ("ask-0-new-label", "Free the Vienna group"),
                ])
            #expect(text("organizations.yaml").contains("- id: vienna-rights-watch\n"), "proposed once, for both")
            #expect(text("events.yaml").contains("- id: rights-dialogue-in-vienna-2025\n"))
            #expect(text("demands.yaml").contains("- id: release-detained-journalists\n"))
            #expect(text("demands.yaml").contains("- id: free-the-vienna-group\n"))

            let rejectedA = try await client.post(
                "/drafts/\(a)/reject", form: [("csrf", token), ("version", versionA)], cookie: token)
            #expect(rejectedA.status == .seeOther, "\(rejectedA)")
            #expect(!text("events.yaml").contains("rights-dialogue-in-vienna-2025"), "A's engagement goes with it")
            #expect(!text("demands.yaml").contains("release-detained-journalists"), "A's demand goes with it")
            #expect(text("demands.yaml").contains("- id: free-the-vienna-group\n"), "B's demand stays")
            #expect(text("organizations.yaml").contains("- id: vienna-rights-watch\n"), "B names it too: it stays")
            #expect(text("organizations.yaml").contains("- id: written-by-hand\n"), "no draft names it: not A's")
            let review = try await client.get("/drafts/\(b)", cookie: token)
            #expect(
                review.contains("value=\"vienna-rights-watch\" checked> Vienna Rights Watch (new, added on accepting)"),
                "B still finds the organization it names")

            let rejectedB = try await client.post(
                "/drafts/\(b)/reject", form: [("csrf", token), ("version", versionB)], cookie: token)
            #expect(rejectedB.status == .seeOther, "\(rejectedB)")
            #expect(!text("organizations.yaml").contains("vienna-rights-watch"))
            #expect(text("organizations.yaml").contains("- id: written-by-hand\n  name: \"Written By Hand\"\n"))
            #expect(text("demands.yaml") == "(no file)", "no proposal left: the file goes as it came")
            #expect(text("events.yaml") == "(no file)")
        }
    }

    @Test func aNewRecordCheckWouldRefuseIsNotWritten() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await entry.draft(client, token: token)
            let before = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            let issues = try String(contentsOfFile: f.file("issues.yaml"), encoding: .utf8)
            let fields = entry.formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            let name = String(repeating: "Very Long Name ", count: 20)
            let long = try await client.post(
                "/drafts/\(id)", form: entry.set(fields, "new-organization-name", name), cookie: token)
            #expect(long.status == .unprocessableContent)
            #expect(long.contains("the new organization:"), "\(long.body.prefix(1500))")
            #expect(long.contains("characters"), "check's own message on the length")
            let noLabel = try await client.post(
                "/drafts/\(id)", form: entry.set(fields, "ask-0-demand", "+new"), cookie: token)
            #expect(noLabel.status == .unprocessableContent)
            #expect(noLabel.contains("Ask 1 has a new demand: give its label"))
            let noTitle = try await client.post(
                "/drafts/\(id)", form: entry.set(fields, "event", "+new"), cookie: token)
            #expect(noTitle.status == .unprocessableContent)
            #expect(noTitle.contains("You chose a new engagement: give its title"))
            #expect(
                try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8) == before,
                "the draft is unchanged")
            #expect(try String(contentsOfFile: f.file("issues.yaml"), encoding: .utf8) == issues)
            #expect(!FileManager.default.fileExists(atPath: f.file("drafts/organizations.yaml")))
        }
    }

    @Test func madeIdsAreShortAndUnique() {
        #expect(NewRecords.shortSlug("Release detained Ukrainian civilians") == "release-detained-ukrainian-civilians")
        let long = NewRecords.shortSlug(String(repeating: "word ", count: 30))
        #expect(long.count <= NewRecords.longestMadeID && !long.hasSuffix("-"))
        #expect(NewRecords.unique("hrw", taken: ["hrw", "hrw-2"]) == "hrw-3")
    }
}
