import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Every browse page answers 200 with the records it names, linked; an
/// unknown id answers 404 with the suggestion `brief generate` makes.
@Suite struct BrowseTests {
    @Test func everyListPageAnswersAndLinksItsRecords() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let overview = try await client.get("/")
            #expect(overview.status == .ok)
            #expect(overview.contains("<a href=\"/issues/detainees\">"))
            #expect(overview.headers[.contentType] == "text/html; charset=utf-8")
            #expect(overview.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            for (path, link) in [
                ("/issues", "/issues/detainees"), ("/organizations", "/organizations/hrw"),
                ("/events", "/events/trump-putin-call-2025"), ("/documents", "/documents/2025-03-hrw-trump-putin-call"),
                ("/years", "/years/2025"), ("/outcomes", "Outcomes"), ("/check", "Corpus check"),
                ("/help/format", "organizations.yaml"), ("/search", "Search documents"),
            ] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.contains(link), "\(path) shows \(link)")
                #expect(page.contains("<main id=\"main\">"), "\(path) is in the layout")
            }
        }
    }

    @Test func anIssueShowsItsMatrixTimelineAndBriefLinks() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let page = try await client.get("/issues/detainees")
            #expect(page.status == .ok)
            #expect(page.contains("<table class=\"matrix\">"))
            // Above the table, not in it: a caption is as wide as the table and cut off on a phone.
            let legend = try #require(page.body.range(of: "● one document, ◉ several"))
            let table = try #require(page.body.range(of: "<div class=\"table-scroll\""))
            #expect(legend.upperBound < table.lowerBound, "the legend is read before the matrix, at the page's width")
            #expect(page.contains("<th scope=\"row\"><a href=\"/organizations/hrw\">"), "HRW is a row of the matrix")
            #expect(page.contains("href=\"#demand-release-civilians\""), "columns link to their demands")
            #expect(page.contains("id=\"demand-release-civilians\""))
            #expect(page.contains("<svg viewBox"), "the timeline figure")
            #expect(
                page.contains("<a href=\"/documents/2025-03-hrw-trump-putin-call\"><title>March 2025: "),
                "a statement's mark links to its document")
            #expect(page.contains("class=\"period\"/>"), "a date known to the month is a bar across it")
            #expect(page.contains("class=\"engagement\"/>"), "an engagement is a diamond")
            #expect(page.contains("<ol class=\"timeline-list\">"), "the timeline as a list")
            let svgStart = try #require(page.body.range(of: "<svg viewBox"))
            let svgEnd = try #require(page.body.range(of: "</svg>"))
            let figure = page.body[svgStart.lowerBound..<svgEnd.upperBound]
            #expect(
                !figure.contains(/[0-9]\.[0-9]{2}/),
                "coordinates to a tenth, never a Double's seventeen digits: \(figure.prefix(600))")
            #expect(page.contains("href=\"/issues/detainees/brief.pdf\""))
            #expect(page.contains("href=\"/issues/detainees/brief.csv\""))
        }
    }

    @Test func aDocumentMarksEachQuotedAskAndLinksItToItsDemand() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let page = try await client.get("/documents/2025-03-hrw-trump-putin-call")
            #expect(page.status == .ok)
            #expect(page.contains("<a class=\"quote\" href=\"/issues/detainees#demand-release-civilians\""))
            #expect(page.contains("<mark>any negotiation should prioritize the unconditional release"))
            #expect(page.contains("<a href=\"/events/trump-putin-call-2025\">"), "its engagement is linked")
        }
    }

    @Test func recordPagesAnswer() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            for path in [
                "/organizations/hrw", "/events/trump-putin-call-2025", "/years/2025", "/files/issues",
                "/files/documents/2025-03-hrw-trump-putin-call",
            ] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
            }
            let year = try await client.get("/years/2025")
            #expect(year.contains("href=\"/years/2025/brief.pdf\""))
        }
    }

    @Test func anUnknownIdIs404WithTheSuggestionGenerateMakes() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let issue = try await client.get("/issues/detainee")
            #expect(issue.status == .notFound)
            #expect(issue.contains("Did you mean <a href=\"/issues/detainees\">detainees</a>?"))
            // The suggestion is the address asked for with the closest id: a brief stays a brief, options and all.
            for (path, suggested) in [
                ("/issues/detainee/brief.pdf", "/issues/detainees/brief.pdf"),
                ("/issues/detainee/brief.csv?from=2020&to=2024", "/issues/detainees/brief.csv?from=2020&amp;to=2024"),
                ("/issues/detainee/brief?format=json&paper=a4", "/issues/detainees/brief?format=json&amp;paper=a4"),
                ("/events/trump-putin-call-2024/brief.json", "/events/trump-putin-call-2025/brief.json"),
                ("/years/2018/brief.pdf?paper=a4", "/years/2017/brief.pdf?paper=a4"),
            ] {
                let brief = try await client.get(path)
                #expect(brief.status == .notFound, "\(path)")
                #expect(brief.contains("Did you mean <a href=\"\(suggested)\">"), "\(path): \(brief)")
            }
            let org = try await client.get("/organizations/hwr")
            #expect(org.status == .notFound)
            #expect(org.contains("href=\"/organizations/hrw\""))
            for path in [
                "/events/nothing-like-it", "/documents/none", "/years/1850", "/years/abcd", "/no-such-page",
                "/issues/detainees/brief.pdf/x",
            ] {
                let page = try await client.get(path)
                #expect(page.status == .notFound, "\(path)")
            }
        }
    }

    @Test func searchFindsWordsAndFilters() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let found = try await client.get("/search?q=negotiation+civilians")
            #expect(found.status == .ok)
            #expect(found.contains("href=\"/documents/2025-03-hrw-trump-putin-call\""))
            let filtered = try await client.get("/search?q=civilians&organization=hrf")
            #expect(!filtered.contains("href=\"/documents/2025-03-hrw-trump-putin-call\""), "HRW's letter is not HRF's")
            let byYear = try await client.get("/search?year=2017")
            #expect(byYear.contains("2017-04-07-hrf-tillerson-moscow-visit"))
            #expect(!byYear.contains("2025-03-hrw-trump-putin-call"))
            let accents = try await client.get("/search?q=N%C3%89GOTIATION")
            #expect(accents.contains("2025-03-hrw-trump-putin-call"), "case and diacritics are folded")
            let none = try await client.get("/search?q=zzzyxq")
            #expect(none.contains("0 documents found"))
        }
    }

    /// A result shows where the words are: whole words around them, each
    /// word of the query marked; its organizations are links, one after another.
    @Test func searchResultsMarkTheWordsFound() async throws {
        let f = try WebAppFixture()
        try await f.test { client in
            let page = try await client.get("/search?q=Civilians+justice")
            #expect(page.contains("<mark>civilians</mark>"), "marked as the text writes it")
            #expect(page.contains("<mark>justice</mark>"), "every word of the query")
            #expect(!page.contains("…ssian"), "a snippet starts at a word, not inside one")
            let joint = try await client.get("/search?q=Amnesty")
            #expect(
                joint.contains(
                    "<a href=\"/organizations/aiusa\">AI USA</a>, "
                        + "<a href=\"/organizations/ai-ukraine\">AI Ukraine</a>"),
                "\(joint.body.components(separatedBy: "results").last?.prefix(900) ?? "")")
        }
    }

    @Test func timelineCoordinatesAreWrittenToATenth() {
        #expect(TimelineView.coordinate(493.27397260273975) == "493.3")
        #expect(TimelineView.coordinate(12) == "12")
        #expect(TimelineView.coordinate(-0.26) == "-0.3")
        #expect(TimelineView.coordinate(0.04) == "0")
        #expect(TimelineView.coordinate(.nan) == "0")
    }
}
