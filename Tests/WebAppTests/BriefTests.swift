import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PDFTestSupport
import Testing

@testable import WebApp

/// Briefs at their addresses: the PDF and its data from one request, the
/// command line's options as query parameters, and the same request on an
/// unchanged corpus answered from the cache.
@Suite(.serialized) struct BriefTests {
    @Test func anIssueBriefIsAValidPDFWithTheIssuesTitle() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let pdf = try await client.get("/issues/detainees/brief.pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition]?.contains("detainees.pdf") == true)
            let path = ScratchDirectory.make("webpdf") + "/b.pdf"
            try Data(pdf.bytes).write(to: URL(fileURLWithPath: path))
            let inspector = PDFInspector(path)
            #expect(inspector.isValid)
            #expect(inspector.contains("Detainees — civilians, prisoners of war and political prisoners"))
        }
    }

    @Test func theDataIsTheBriefsRecordAsJSONAndCSV() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let json = try await client.get("/issues/detainees/brief.json?from=2021")
            #expect(json.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
            #expect(object?["matrix"] != nil, "the issue record: \(object?.keys.sorted() ?? [])")
            #expect(!json.contains("2017-04-07-hrf-tillerson-moscow-visit"), "from=2021 leaves 2017 out")
            let csv = try await client.get("/issues/detainees/brief.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.contains("release-civilians"))
        }
    }

    @Test func meetingAndYearBriefsAnswer() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let meeting = try await client.get("/events/trump-putin-call-2025/brief.json?lookback=8")
            #expect(meeting.status == .ok)
            #expect(meeting.contains("bottom_line"))
            let year = try await client.get("/years/2025/brief.csv")
            #expect(year.status == .ok)
        }
    }

    @Test func theSameRequestOnAnUnchangedCorpusComesFromTheCache() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            _ = try await client.get("/issues/detainees/brief.json")
            let made = f.server.briefs.made
            _ = try await client.get("/issues/detainees/brief.pdf")
            _ = try await client.get("/issues/detainees/brief.csv")
            #expect(f.server.briefs.made == made, "PDF, JSON and CSV come from one making")
            _ = try await client.get("/issues/detainees/brief.json?paper=a4")
            #expect(f.server.briefs.made == made + 1, "another option is another brief")
            try f.replace(
                "documents/2025-03-hrw-trump-putin-call.md", "title: US-Russia Engagement",
                with: "title: US–Russia Engagement")
            let after = try await client.get("/issues/detainees/brief.json")
            #expect(f.server.briefs.made == made + 2, "a changed corpus makes it again")
            #expect(after.contains("US–Russia Engagement"))
        }
    }

    @Test func badOptionsSayWhatToWrite() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let date = try await client.get("/issues/detainees/brief.pdf?from=March")
            #expect(date.status == .badRequest)
            #expect(date.contains("is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"))
            #expect(try await client.get("/issues/detainees/brief.pdf?from=2025&to=2020").status == .badRequest)
            #expect(try await client.get("/events/trump-putin-call-2025/brief.pdf?lookback=-1").status == .badRequest)
            #expect(
                try await client.get("/years/2025/brief.pdf?from=2020").status == .badRequest,
                "from goes with issue briefs")
            #expect(try await client.get("/issues/detainees/brief.pdf?paper=a3").status == .badRequest)
            let unknown = try await client.get("/issues/detainee/brief.pdf")
            #expect(unknown.status == .notFound)
            #expect(unknown.contains("href=\"/issues/detainees/brief.pdf\""), "the suggestion is a brief too")
            let empty = try await client.get("/issues/detainees/brief.pdf?from=2030")
            #expect(empty.status == .unprocessableContent, "nothing in the period: \(empty.body)")
        }
    }

    @Test func theOptionsFormShowsProgressThenSendsTheBrowserToTheFile() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let uri = "/issues/detainees/brief?from=2021&to=&paper=a4&format=csv"
            let first = try await client.get(uri)
            #expect(first.status == .accepted, "a brief not yet made: the progress page")
            #expect(first.headers[HTTPField.Name("Refresh")!] == "1", "which reloads itself without a script")
            #expect(first.contains("href=\"/issues/detainees/brief.csv?from=2021&amp;paper=a4\""))
            var answer = first
            for _ in 0..<600 where answer.status == .accepted {
                try await Task.sleep(nanoseconds: 100_000_000)
                answer = try await client.get(uri)
            }
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/issues/detainees/brief.csv?from=2021&paper=a4")
            let bad = try await client.get("/issues/detainees/brief?from=yesterday")
            #expect(bad.status == .badRequest)
        }
    }
}
