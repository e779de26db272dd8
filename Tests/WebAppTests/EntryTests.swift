import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Entering documents: pages become drafts through Ingest, the review screen
/// saves a corrected field, a save made from an older version is refused,
/// and uploads are bounded.
@Suite struct EntryTests {
    static let pages = WebAppFixture.root + "/Tests/IngestTests/Pages"

    /// Uploads a page and returns the draft's id (from the redirect to its review screen).
    func draft(_ client: any TestClientProtocol, token: String, page: String = "dayless-letter.txt") async throws
        -> String
    {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.pages + "/" + page)))
        let r = try await client.postMultipart(
            "/drafts", fields: [("csrf", token)], files: [("pages", page, data)], cookie: token)
        #expect(r.status == .seeOther, "\(r.body)")
        let location = try #require(r.headers[.location])
        #expect(location.hasPrefix("/drafts/"))
        return String(location.dropFirst("/drafts/".count))
    }

    /// The review screen's form fields, as a browser would send them back.
    func formFields(_ page: String) -> [(String, String)] {
        var out: [(String, String)] = []
        let scanner = page
        for piece in scanner.components(separatedBy: "<input ").dropFirst() {
            guard let name = attribute("name", piece) else { continue }
            if piece.hasPrefix("type=\"checkbox\"") || piece.contains("type=\"checkbox\"") {
                if piece.prefix(while: { $0 != ">" }).contains(" checked") {
                    out.append((name, attribute("value", piece) ?? ""))
                }
                continue
            }
            out.append((name, attribute("value", piece) ?? ""))
        }
        for piece in page.components(separatedBy: "<select ").dropFirst() {
            guard let name = attribute("name", piece) else { continue }
            let options = piece.components(separatedBy: "</select>")[0].components(separatedBy: "<option ").dropFirst()
            let chosen = options.first { $0.prefix(while: { $0 != ">" }).contains(" selected") } ?? options.first
            out.append((name, chosen.flatMap { attribute("value", $0) } ?? ""))
        }
        for piece in page.components(separatedBy: "<textarea ").dropFirst() {
            guard let name = attribute("name", piece) else { continue }
            let content = piece.split(separator: ">", maxSplits: 1)[1].components(separatedBy: "</textarea>")[0]
            out.append((name, unescape(content)))
        }
        return out
    }

    func attribute(_ name: String, _ tag: String) -> String? {
        let head = tag.prefix { $0 != ">" }
        guard
            let r = head.range(of: " \(name)=\"") ?? (head.hasPrefix("\(name)=\"") ? head.range(of: "\(name)=\"") : nil)
        else { return nil }
        return unescape(String(head[r.upperBound...].prefix { $0 != "\"" }))
    }

    func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func set(_ fields: [(String, String)], _ name: String, _ value: String) -> [(String, String)] {
        fields.map { $0.0 == name ? (name, value) : $0 }
    }

    @Test func anUploadedPageBecomesADraftReviewedBesideItsPage() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            #expect(
                FileManager.default.fileExists(atPath: f.file("drafts/documents/\(id).md")),
                "written where `brief ingest` writes")
            #expect(FileManager.default.fileExists(atPath: f.file("drafts/REVIEW.md")))
            let review = try await client.get("/drafts/\(id)", cookie: token)
            #expect(review.status == .ok)
            #expect(review.contains("<section class=\"page\""), "the page beside the fields")
            #expect(review.contains("<mark>"), "its quotes are marked in the page")
            #expect(review.contains("name=\"title\""))
            #expect(review.contains("value=\"2025-03\""), "the drafted date")
            let list = try await client.get("/drafts")
            #expect(list.contains("href=\"/drafts/\(id)\""))
        }
    }

    @Test func aCorrectedFieldIsSavedAtomically() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let fields = formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            let saved = try await client.post(
                "/drafts/\(id)", form: set(fields, "title", "A Corrected Title"), cookie: token)
            #expect(saved.status == .seeOther, "\(saved.body)")
            let text = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            #expect(text.contains("title: \"A Corrected Title\""))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.file("drafts/documents")).filter {
                $0.contains(".tmp")
            }
            #expect(leftovers.isEmpty, "no temporary file is left behind")
            let bad = try await client.post("/drafts/\(id)", form: set(fields, "date", "last spring"), cookie: token)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.contains("is not a date"))
        }
    }

    @Test func aSaveFromAnOlderVersionIsRefusedSayingWhatChanged() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let fields = formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            let first = try await client.post(
                "/drafts/\(id)", form: set(fields, "title", "First Person's Title"), cookie: token)
            #expect(first.status == .seeOther)
            let second = try await client.post(
                "/drafts/\(id)", form: set(set(fields, "title", "Second Person's Title"), "date", "2024"), cookie: token
            )
            #expect(second.status == .conflict)
            #expect(second.contains("Someone else saved this draft after you opened it"))
            #expect(second.contains("title, date"), "names what differs: \(second.body.prefix(3000))")
            let text = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            #expect(text.contains("First Person"), "the first save stands")
        }
    }

    @Test func ofConcurrentSavesFromOneVersionExactlyOneWins() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let fields = formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for n in 0..<8 {
                    group.addTask {
                        try await client.post("/drafts/\(id)", form: set(fields, "title", "Title \(n)"), cookie: token)
                            .status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .seeOther }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .conflict }.count == 7, "\(statuses)")
        }
    }

    @Test func anAcceptedDraftIsInTheCorpusAndItsIssuesMatrix() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let fields = formFields(try await client.get("/drafts/\(id)", cookie: token).body)
            let saved = try await client.post(
                "/drafts/\(id)", form: set(fields, "title", "Letter on Jailed Protesters"), cookie: token)
            #expect(saved.status == .seeOther)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            #expect(review.contains("Accept into the corpus"))
            let version = try #require(formFields(review.body).first { $0.0 == "version" }?.1)
            let demand = try #require(
                formFields(review.body).first { $0.0 == "ask-0-demand" }?.1, "the draft has an ask")
            let stale = try await client.post(
                "/drafts/\(id)/accept", form: [("csrf", token), ("version", "0")], cookie: token)
            #expect(stale.status == .conflict, "an accept from an older version is refused")
            let accepted = try await client.post(
                "/drafts/\(id)/accept", form: [("csrf", token), ("version", version)], cookie: token)
            #expect(accepted.status == .seeOther, "\(accepted.body.prefix(2000))")
            let location = try #require(accepted.headers[.location])
            #expect(location.hasPrefix("/documents/"))
            let documentID = String(location.dropFirst("/documents/".count).prefix { $0 != "?" })
            #expect(
                FileManager.default.fileExists(atPath: f.file("documents/\(documentID).md")), "written into documents/")
            #expect(!FileManager.default.fileExists(atPath: f.file("drafts/documents/\(id).md")), "the draft is gone")
            let document = try await client.get(location)
            #expect(document.status == .ok)
            #expect(document.contains("Letter on Jailed Protesters"))
            #expect(!document.contains("class=\"banner\""), "the corpus is valid with it")
            let issue = try #require(try f.server.live.snapshot().corpus.demand(demand)?.issue)
            let matrix = try await client.get("/issues/\(issue)")
            #expect(matrix.contains("href=\"/documents/\(documentID)\""), "the document is in the issue's matrix")
        }
    }

    @Test func anAskTypedOverSeveralLinesIsSavedAsOneSentence() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            #expect(review.contains("<textarea id=\"ask-0-text\""), "the ask's text wraps in its box on a phone")
            let fields = formFields(review.body)
            let saved = try await client.post(
                "/drafts/\(id)", form: set(fields, "ask-0-text", "Release every jailed\r\n   protester\nnow."),
                cookie: token)
            #expect(saved.status == .seeOther, "\(saved.body.prefix(1000))")
            let file = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            #expect(file.contains("Release every jailed protester now."), "\(file.prefix(1500))")
        }
    }

    @Test func aRejectedDraftIsGone() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await draft(client, token: token)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            let version = try #require(formFields(review.body).first { $0.0 == "version" }?.1)
            let r = try await client.post(
                "/drafts/\(id)/reject", form: [("csrf", token), ("version", version)], cookie: token)
            #expect(r.status == .seeOther)
            #expect(!FileManager.default.fileExists(atPath: f.file("drafts/documents/\(id).md")))
            #expect(try await client.get("/drafts/\(id)", cookie: token).status == .notFound)
        }
    }

    @Test func pastedTextBecomesADraft() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let text = try String(contentsOfFile: Self.pages + "/undated-release.txt", encoding: .utf8)
            let r = try await client.post("/drafts", form: [("csrf", token), ("text", text)], cookie: token)
            #expect(r.status == .seeOther, "\(r.body)")
        }
    }

    @Test func uploadsAreBoundedInSizeCountAndKind() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let huge = [UInt8](repeating: 65, count: UploadLimits.requestBytes + 1)
            let big = try await client.postMultipart(
                "/drafts", fields: [("csrf", token)], files: [("pages", "big.txt", huge)], cookie: token)
            #expect(big.status == .contentTooLarge)
            let many = (0...UploadLimits.files).map { ("pages", "p\($0).txt", Array("A page \($0)".utf8)) }
            let tooMany = try await client.postMultipart(
                "/drafts", fields: [("csrf", token)], files: many, cookie: token)
            #expect(tooMany.status == .contentTooLarge)
            #expect(tooMany.contains("At most \(UploadLimits.files) pages"))
            let docx = try await client.postMultipart(
                "/drafts", fields: [("csrf", token)],
                files: [("pages", "notes.docx", Array("PK".utf8))], cookie: token)
            #expect(docx.status == .ok)
            #expect(docx.contains("not a page brief can read"))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: f.file("drafts/documents"))) ?? []
            #expect(names.isEmpty, "nothing drafted from refused uploads: \(names)")
        }
    }

    @Test func aFileNameIsOnlyEverAName() {
        #expect(DraftStore.safeName("../../etc/passwd", index: 0) == "passwd.txt")
        #expect(DraftStore.safeName("C:\\x\\letter.PDF", index: 0) == "letter.PDF")
        #expect(DraftStore.safeName("..", index: 2) == "page-3.txt")
        #expect(DraftStore.safeName("<script>.html", index: 0) == "script.html")
    }
}
