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
            #expect(try await client.get("/issues/detainees").contains("Detainees — civilians, prisoners of war and political prisoners"))
            try f.replace("issues.yaml", "label: Detainees — civilians, prisoners of war and political prisoners", with: "label: Detainees and prisoners")
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
            try f.replace("documents/2025-03-hrw-trump-putin-call.md", "organizations: [hrw]", with: "organizations: [hwr]")
            for path in ["/", "/issues/detainees", "/organizations/hrw", "/search?q=civilians"] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.contains("class=\"banner\""), "\(path) says the files have errors")
                #expect(page.contains("These pages show the last valid state"), "\(path)")
            }
            let hrw = try await client.get("/organizations/hrw")
            #expect(hrw.contains("/documents/2025-03-hrw-trump-putin-call"), "the last valid state still has HRW's letter")
            let check = try await client.get("/check")
            #expect(check.contains("organization &#39;hwr&#39; is not in organizations.yaml; did you mean &#39;hrw&#39;?"))
            #expect(check.contains("href=\"/files/documents/2025-03-hrw-trump-putin-call#L3\""), "the error links to its line")
            #expect(check.contains("href=\"/documents/2025-03-hrw-trump-putin-call\""), "and to its record")
            try f.replace("documents/2025-03-hrw-trump-putin-call.md", "organizations: [hwr]", with: "organizations: [hrw]")
            #expect(!(try await client.get("/").contains("class=\"banner\"")), "fixed: the banner goes")
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
