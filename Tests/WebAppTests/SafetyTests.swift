import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// What the server must never do: run a corpus value as markup, serve a
/// file outside the corpus, answer a stranger, or change files for a form
/// that did not come from its own page.
@Suite struct SafetyTests {
    @Test func aTitleHoldingScriptShowsAsText() async throws {
        let f = try WebAppFixture { corpus in
            let path = corpus + "/issues.yaml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(
                of: "label: Detainees — civilians, prisoners of war and political prisoners",
                with: "label: \"<script>alert(1)</script> & <b>detainees</b>\""
            )
            .write(toFile: path, atomically: true, encoding: .utf8)
        }
        try await f.test { client in
            for path in ["/", "/issues", "/issues/detainees", "/search?q=%3Cscript%3E", "/issues/%3Cscript%3E"] {
                let page = try await client.get(path)
                #expect(!page.contains("<script>"), "\(path) prints no markup from the corpus or the address")
                #expect(!page.contains("<b>detainees"), "\(path)")
            }
            let issue = try await client.get("/issues/detainees")
            #expect(issue.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;detainees&lt;/b&gt;"))
        }
    }

    @Test func aQuoteWithACombiningMarkCannotEndAnAttribute() async throws {
        let f = try WebAppFixture { corpus in
            let path = corpus + "/documents/2025-03-hrw-trump-putin-call.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(
                of: "title: US-Russia Engagement Must Prioritize Human Rights Abuse Concerns",
                with: "title: \"Concerns \\\"\u{301} onmouseover=alert(1) x=\""
            )
            .write(toFile: path, atomically: true, encoding: .utf8)
        }
        try await f.test { client in
            let issue = try await client.get("/issues/detainees")
            #expect(issue.status == .ok)
            #expect(
                issue.contains("title=\"Concerns &quot;\u{301} onmouseover=alert(1) x=\""),
                "the title attribute holds it all")
            #expect(
                !issue.bytes.split(separator: UInt8(ascii: "\"")).contains {
                    Array("\u{301} onmouseover=alert(1) x=".utf8).elementsEqual($0)
                },
                "no quote byte before the handler")
        }
    }

    /// The matrix's rows and the timeline's marks and list are written in
    /// Swift (`HTMLWriter`), not by a template: every value in them is escaped too.
    @Test func markupInRecordsShowsAsTextInTheMatrixAndTimeline() async throws {
        let f = try WebAppFixture { corpus in
            for (file, old, new) in [
                (
                    "/documents/2025-03-hrw-trump-putin-call.md",
                    "title: US-Russia Engagement Must Prioritize Human Rights Abuse Concerns",
                    "title: \"<script>alert(1)</script> & 'R&D' \\\"x\\\"\""
                ),
                ("/organizations.yaml", "  short: HRW\n", "  short: \"<b>HRW</b>\"\n"),
                ("/events.yaml", "  title: Trump–Putin telephone call\n", "  title: \"<i>Call</i>\"\n"),
            ] {
                let path = corpus + file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(text.contains(old), "fixture: \(file) holds \(old)")
                try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        try await f.test { client in
            let page = try await client.get("/issues/detainees")
            #expect(page.status == .ok, "\(page)")
            for markup in ["<script>", "<b>HRW", "<i>Call"] { #expect(!page.contains(markup), "\(markup)") }
            let title = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;R&amp;D&#39; &quot;x&quot;"
            #expect(page.contains("title=\"\(title)\">Mar 2025</a>"), "a matrix cell's link")
            #expect(page.contains("<title>March 2025: \(title)</title>"), "its mark on the timeline")
            #expect(page.contains("<a href=\"/documents/2025-03-hrw-trump-putin-call\">\(title)</a>"), "the list")
            #expect(page.contains("<a href=\"/organizations/hrw\">&lt;b&gt;HRW&lt;/b&gt;</a></th>"), "a matrix row")
            #expect(page.contains("&lt;i&gt;Call&lt;/i&gt;</title>"), "an engagement's diamond")
        }
    }

    @Test func theEscapingEscapesWhatMustachesOwnDoes() {
        #expect(
            HTMLEscaping.escape("<a href=\"x\">'R&D'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;R&amp;D&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("Réfugiés — “quoted” ✓") == "Réfugiés — “quoted” ✓", "other text is left as it is")
        // A quote followed by a combining mark is one grapheme: escaped grapheme by grapheme it
        // would pass as it is and end an attribute (title="…") in the browser, which reads bytes.
        #expect(HTMLEscaping.escape("\"\u{301} onmouseover=alert(1) x=") == "&quot;\u{301} onmouseover=alert(1) x=")
        #expect(HTMLEscaping.escape("<\u{301}b>") == "&lt;\u{301}b&gt;")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func pathsOutsideTheCorpusCannotBeReached() async throws {
        let f = try WebAppFixture { corpus in
            // A link inside documents/ pointing out of the corpus is not followed.
            try FileManager.default.createSymbolicLink(
                atPath: corpus + "/documents/escape.md", withDestinationPath: "/etc/passwd")
        }
        try await f.test { client in
            for path in [
                "/files/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/files/documents/%2E%2E", "/files/..%2Fissues",
                "/files/documents/escape", "/assets/..%2F..%2FPackage.swift", "/assets/%2E%2E%2FFonts%2FOFL.txt",
                "/documents/..%2Fissues.yaml", "/files/passwd", "/drafts/..%2F..%2Fissues",
            ] {
                let page = try await client.get(path)
                #expect(page.status == .notFound, "\(path) → \(page.status)")
                #expect(!page.contains("root:"), "\(path)")
            }
            let template = try await client.get("/issues/detainees/brief.pdf?template=..%2F..%2Fetc%2Fpasswd")
            #expect(template.status == .badRequest, "a template is a name, never a path")
        }
    }

    /// The router test client always says `localhost`; the browser tests
    /// send a foreign Host header to the running server.
    @Test func onLoopbackOnlyLoopbackHostNamesAreAnswered() {
        for name in ["localhost:8080", "127.0.0.1", "127.0.0.1:80", "[::1]:8080", "LOCALHOST:1"] {
            #expect(AccessToken.isLoopbackAuthority(name), "\(name)")
        }
        for name in [
            "attacker.example:8080", "127.0.0.1.attacker.example", "localhost.attacker.example:80", "10.0.0.1:8080",
            "[::2]:80", "",
        ] {
            #expect(!AccessToken.isLoopbackAuthority(name), "\(name)")
        }
    }

    @Test func offLoopbackEveryRequestNeedsTheToken() async throws {
        let f = try WebAppFixture(host: "0.0.0.0")
        let token = try #require(f.server.configuration.token, "a token is made when the host is not loopback")
        #expect(token.count >= 32)
        try await f.test { client in
            #expect(try await client.get("/").status == .unauthorized)
            #expect(try await client.get("/issues/detainees/brief.json").status == .unauthorized)
            #expect(try await client.get("/?token=wrong").status == .unauthorized)
            let opened = try await client.get("/issues?token=\(token)")
            #expect(opened.status == .seeOther, "the token is traded for a cookie")
            #expect(opened.headers[.location] == "/issues")
            #expect(opened.cookies["brief_token"] == token)
            #expect(try await client.get("/", headers: [.cookie: "brief_token=\(token)"]).status == .ok)
            #expect(try await client.get("/", headers: [.authorization: "Bearer \(token)"]).status == .ok)
        }
    }

    @Test func aGivenTokenMustBeSafeToPrint() throws {
        #expect(throws: WebAppError.self) { try WebAppFixture(token: "a b;c") }
    }

    @Test func formsThatChangeFilesNeedTheBrowsersToken() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let none = try await client.post("/drafts", form: [("text", "A page")], cookie: nil)
            #expect(none.status == .forbidden, "no cookie: refused")
            let missing = try await client.post("/drafts", form: [("text", "A page")], cookie: token)
            #expect(missing.status == .forbidden, "no field: refused")
            let wrong = try await client.post(
                "/drafts", form: [("csrf", String(repeating: "0", count: 64)), ("text", "A page")], cookie: token)
            #expect(wrong.status == .forbidden, "a field that is not this browser's: refused")
            let draftsFolder = f.file("drafts/documents")
            #expect(!FileManager.default.fileExists(atPath: draftsFolder), "nothing was written")
        }
    }

    @Test func everyFormThatChangesADraftNeedsTheToken() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await EntryTests().draft(client, token: token)
            let before = try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            let fields = EntryTests().formFields(review.body).filter { $0.0 != "csrf" }
            for path in ["/drafts/\(id)", "/drafts/\(id)/accept", "/drafts/\(id)/reject"] {
                let none = try await client.post(path, form: fields, cookie: token)
                #expect(none.status == .forbidden, "\(path) without the form's token")
                let foreign = try await client.post(path, form: fields + [("csrf", token)], cookie: nil)
                #expect(foreign.status == .forbidden, "\(path) from a browser without the cookie")
            }
            #expect(
                try String(contentsOfFile: f.file("drafts/documents/\(id).md"), encoding: .utf8) == before,
                "the draft is unchanged")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: f.file("documents")).count == 5,
                "nothing was accepted")
        }
    }

    @Test func anUploadedPageHoldingMarkupShowsAsText() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let page =
                "Human Rights Watch urges the release of <script>alert(1)</script> detained civilians.\n\n"
                + "<img src=x onerror=alert(2)> We call on the authorities to release all detained Ukrainian civilians.\n"
            let r = try await client.post("/drafts", form: [("csrf", token), ("text", page)], cookie: token)
            #expect(r.status == .seeOther, "\(r.body.prefix(800))")
            let review = try await client.get(try #require(r.headers[.location]), cookie: token)
            #expect(review.status == .ok)
            #expect(
                !review.contains("<script>alert") && !review.contains("<img src=x"),
                "the page's markup is text on the review screen")
            #expect(review.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "and is shown, escaped")
        }
    }

    @Test func theScriptAndTheStyleAreServedByBriefItself() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let page = try await client.get("/drafts")
            #expect(page.contains("<script src=\"/assets/site.js\" defer></script>"))
            #expect(!page.contains("<script>"), "no inline script (the policy would refuse it)")
            let script = try await client.get("/assets/site.js")
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.contains("upload.addEventListener(\"progress\""))
            let style = try await client.get("/assets/site.css")
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(
                style.contains(".docs a { margin-right: .35rem; white-space: nowrap; }"),
                "a date in the matrix is never split across two lines")
            #expect(try await client.get("/assets/other.js").status == .notFound)
        }
    }

    @Test func everyFormOnAPageCarriesTheToken() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let page = try await client.get("/drafts")
            let token = try #require(page.cookies["brief_csrf"])
            #expect(page.contains("name=\"csrf\" value=\"\(token)\""))
            let forms = page.body.components(separatedBy: "method=\"post\"").count - 1
            let tokens = page.body.components(separatedBy: "name=\"csrf\"").count - 1
            #expect(forms >= 1 && forms == tokens, "\(forms) post forms, \(tokens) tokens")
        }
    }
}
