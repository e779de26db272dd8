import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The files are the record: an edit shows on the next request, and while
/// the files have errors the last valid state is served with a banner.
@Suite struct LiveCorpusTests {
    @Test func anEditByHandShowsOnTheNextRequest() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            #expect(
                try await client.get("/issues/detainees").contains(
                    "Detainees — civilians, prisoners of war and political prisoners"))
            try f.replace(
                "issues.yaml", "label: Detainees — civilians, prisoners of war and political prisoners",
                with: "label: Detainees and prisoners")
            let page = try await client.get("/issues/detainees")
            #expect(page.contains("Detainees and prisoners"))
        }
    }

    @Test func whileTheFilesHaveErrorsTheLastValidStateIsServedWithABanner() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let before = try await client.get("/organizations/hrw")
            #expect(before.status == .ok)
            #expect(!before.contains("class=\"banner\""))
            try f.replace(
                "documents/2025-03-hrw-trump-putin-call.md", "organizations: [hrw]", with: "organizations: [hwr]")
            for path in ["/", "/issues/detainees", "/organizations/hrw", "/search?q=civilians"] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.contains("class=\"banner\""), "\(path) says the files have errors")
                #expect(page.contains("These pages show the last valid state"), "\(path)")
            }
            for path in ["/issues/no-such-issue", "/no-such-page", "/issues/detainees/brief.pdf?paper=a5"] {
                let page = try await client.get(path)
                #expect(page.status != .ok, "\(path)")
                #expect(page.contains("These pages show the last valid state"), "an error page says so too: \(path)")
            }
            let hrw = try await client.get("/organizations/hrw")
            #expect(
                hrw.contains("/documents/2025-03-hrw-trump-putin-call"), "the last valid state still has HRW's letter")
            let check = try await client.get("/check")
            #expect(
                check.contains("organization &#39;hwr&#39; is not in organizations.yaml; did you mean &#39;hrw&#39;?"))
            #expect(
                check.contains("href=\"/files/documents/2025-03-hrw-trump-putin-call#L3\""),
                "the error links to its line")
            #expect(check.contains("href=\"/documents/2025-03-hrw-trump-putin-call\""), "and to its record")
            try f.replace(
                "documents/2025-03-hrw-trump-putin-call.md", "organizations: [hwr]", with: "organizations: [hrw]")
            #expect(!(try await client.get("/").contains("class=\"banner\"")), "fixed: the banner goes")
        }
    }

    /// Browse pages are kept with the corpus state they were made from; a
    /// document added by hand is in them on the next request all the same.
    @Test func keptPagesFollowTheFiles() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let paths = [
                "/issues/detainees", "/organizations/hrf", "/years/2017", "/documents", "/events/tillerson-moscow-2017",
            ]
            for path in paths {
                let first = try await client.get(path), again = try await client.get(path)
                #expect(first.body == again.body, "\(path) is the same page twice")
                #expect(!first.contains("/documents/2017-05-hrf-by-hand"))
            }
            try f.write(
                "documents/2017-05-hrf-by-hand.md",
                """
                ---
                title: A letter added by hand
                organizations: [hrf]
                date: 2017-05
                kind: letter
                event: tillerson-moscow-2017
                asks:
                  - demand: end-arbitrary-arrests
                    text: Condemn the arrests of peaceful protesters.
                ---
                The arrests of peaceful protesters must be condemned.

                """)
            for path in paths {
                let page = try await client.get(path)
                #expect(page.contains("href=\"/documents/2017-05-hrf-by-hand\""), "\(path) shows the new document")
            }
            try FileManager.default.removeItem(atPath: f.file("documents/2017-05-hrf-by-hand.md"))
            #expect(
                !(try await client.get("/issues/detainees").contains("/documents/2017-05-hrf-by-hand")),
                "and forgets it when removed")
        }
    }

    /// Requests while nothing changes do not look at every file (the
    /// folders are watched); the first edit is seen all the same.
    @Test func unchangedFilesAreNotLookedAtOneByOne() async throws {
        let f = try WebAppFixture()
        #expect(CorpusWatch(root: f.corpus).isWatching, "inotify is available here")
        try await f.test { client in
            _ = try await client.get("/")
            let taken = f.server.live.fingerprintsTaken
            for path in ["/", "/issues", "/issues/detainees", "/search?q=civilians", "/check"] {
                #expect(try await client.get(path).status == .ok)
            }
            #expect(f.server.live.fingerprintsTaken == taken, "no file was looked at while none changed")
            try f.replace("organizations.yaml", "name: Human Rights Watch", with: "name: Human Rights Watch (HRW)")
            #expect(try await client.get("/organizations/hrw").contains("Human Rights Watch (HRW)"))
            #expect(f.server.live.fingerprintsTaken == taken + 1)
        }
    }

    /// An edit that keeps a file's size, inode and modification time — which
    /// a comparison of those alone would miss — shows on the next request.
    @Test func anEditInPlaceThatKeepsSizeAndTimeShows() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            #expect(try await client.get("/issues/detainees").contains("Detainees — civilians"))
            let path = f.file("issues.yaml")
            var st = stat()
            #expect(stat(path, &st) == 0)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "Detainees — civilians", with: "Detainees — CIVILIANS")
            #expect(edited.utf8.count == text.utf8.count)
            let fd = open(path, O_WRONLY)
            #expect(fd >= 0)
            _ = edited.withCString { write(fd, $0, strlen($0)) }
            close(fd)
            var times = [st.st_atim, st.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            #expect(try await client.get("/issues/detainees").contains("Detainees — CIVILIANS"))
        }
    }

    /// `documents/` replaced by another folder (a checkout may do that): the
    /// new folder is read, and watched from then on.
    @Test func aReplacedDocumentsFolderIsReadAndWatched() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            #expect(try await client.get("/documents/2025-03-hrw-trump-putin-call").status == .ok)
            try FileManager.default.moveItem(atPath: f.file("documents"), toPath: f.file("old-documents"))
            try FileManager.default.copyItem(atPath: f.file("old-documents"), toPath: f.file("documents"))
            try FileManager.default.removeItem(atPath: f.file("documents/2025-03-hrw-trump-putin-call.md"))
            #expect(try await client.get("/documents/2025-03-hrw-trump-putin-call").status == .notFound)
            try FileManager.default.copyItem(
                atPath: f.file("old-documents/2025-03-hrw-trump-putin-call.md"),
                toPath: f.file("documents/2025-03-hrw-trump-putin-call.md"))
            #expect(try await client.get("/documents/2025-03-hrw-trump-putin-call").status == .ok)
        }
    }

    /// A corpus file that is a symbolic link is compared on every request:
    /// an edit of the file it points to shows although no watched folder changed.
    @Test func aLinkedFileIsComparedOnEveryRequest() async throws {
        let f = try WebAppFixture()
        let elsewhere = f.corpus + "-organizations.yaml"
        try FileManager.default.moveItem(atPath: f.file("organizations.yaml"), toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: f.file("organizations.yaml"), withDestinationPath: elsewhere)
        try await f.test { client in
            #expect(try await client.get("/organizations/hrw").contains("Human Rights Watch"))
            let text = try String(contentsOfFile: elsewhere, encoding: .utf8)
            try text.replacingOccurrences(of: "name: Human Rights Watch", with: "name: Human Rights Watch (linked)")
                .write(toFile: elsewhere, atomically: true, encoding: .utf8)
            #expect(try await client.get("/organizations/hrw").contains("Human Rights Watch (linked)"))
        }
    }

    @Test func draftsAreNotAcceptedWhileTheCorpusHasErrors() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let token = try await client.csrfToken()
            let id = try await EntryTests().draft(client, token: token)
            let review = try await client.get("/drafts/\(id)", cookie: token)
            let version = try #require(EntryTests().formFields(review.body).first { $0.0 == "version" }?.1)
            try f.replace(
                "documents/2025-03-hrw-trump-putin-call.md", "organizations: [hrw]", with: "organizations: [hwr]")
            let refused = try await client.post(
                "/drafts/\(id)/accept", form: [("csrf", token), ("version", version)], cookie: token)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.contains("the corpus has 1 error already"), "\(refused.body.prefix(1500))")
            #expect(!refused.contains(f.corpus), "paths are shown inside the corpus folder")
            #expect(FileManager.default.fileExists(atPath: f.file("drafts/documents/\(id).md")), "the draft stays")
        }
    }

    @Test func aFolderWithoutACorpusSaysSo() async throws {
        let f = try WebAppFixture()
        try FileManager.default.removeItem(atPath: f.corpus)
        try await f.test { client in
            let page = try await client.get("/")
            #expect(page.status == .serviceUnavailable)
            #expect(page.contains("no corpus folder at"))
        }
    }
}
