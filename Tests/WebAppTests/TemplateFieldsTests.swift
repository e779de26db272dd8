import Corpus
import Foundation
import Mustache
import Testing

@testable import WebApp

/// The records that answer templates by name (`Views/TemplateFields.swift`)
/// answer for every stored property they have: a property added to one of
/// them and forgotten in its list would otherwise render as nothing.
@Suite struct TemplateFieldsTests {
    /// The stored properties of `value` (those holding something) its `child(named:)` does not answer.
    func unanswered(_ value: some MustacheParent) -> [String] {
        Mirror(reflecting: value).children.compactMap { c in
            guard let label = c.label else { return nil }
            let inner = Mirror(reflecting: c.value)
            if inner.displayStyle == .optional && inner.children.isEmpty { return nil }
            return value.child(named: label) == nil ? label : nil
        }
    }

    @Test func everyStoredPropertyIsAnswered() throws {
        let c = try CorpusLoader(root: WebAppFixture.root + "/Corpus").loadValid().0
        let matrix = MatrixView(try #require(c.issueMatrix(issue: "detainees")), corpus: c)
        let timeline = TimelineView(
            entries: c.timeline(issue: "detainees"), organizations: c.organizations, corpus: c)
        let document = DocumentRow(try #require(c.document("2025-03-hrw-trump-putin-call")), corpus: c)
        let link = Link(href: "/a", text: "A")
        let demand = RecordRoutes.DemandRow(
            anchor: "demand-a", label: "A", id: "a", talkingPoint: "Say it", status: "open", voices: "1 document",
            searchHref: "/search")
        let issue = RecordRoutes.IssuePage(
            id: "detainees", label: "Detainees", keywords: "k", demands: [demand], matrix: matrix, timeline: timeline,
            documentCount: "4 documents", searchHref: "/search", brief: BriefForm(base: "/issues/x", kind: .issue))
        let pagination = Pagination(count: 300, page: 2, base: "/documents?")
        let option = SearchRoutes.Option(value: "v", label: "V", selected: true)
        let part = SearchRoutes.SnippetPart(text: "t", found: true)
        let search = SearchRoutes.SearchPage(
            q: "q", issues: [option], organizations: [option], years: [option], kinds: [option], searched: true,
            found: "1 document", results: [.init(row: document, snippet: [part])], pagination: pagination)
        let layout = PageRenderer.Layout(
            title: "T", content: "C", nav: [.init(href: "/", text: "Overview", current: true)],
            banner: .init(errorCount: 1, plural: false, servingEarlier: true), corpusSummary: "S")

        let records: [(String, [String])] = [
            ("Link", unanswered(link)),
            ("DocumentRow", unanswered(document)),
            ("EventRow", unanswered(EventRow(try #require(c.events.first), corpus: c, documentCount: 2))),
            ("TimelineView", unanswered(timeline)),
            ("TimelineView.Lane", unanswered(try #require(timeline.lanes.first))),
            ("TimelineView.Tick", unanswered(try #require(timeline.ticks.first))),
            ("MatrixView", unanswered(matrix)),
            ("MatrixView.Column", unanswered(try #require(matrix.columns.first))),
            (
                "HighlightedText.Segment",
                unanswered(HighlightedText.Segment(text: "t", mark: .init(href: "#", demand: "d", anchor: "a")))
            ),
            ("RecordRoutes.IssuePage", unanswered(issue)),
            ("RecordRoutes.DemandRow", unanswered(demand)),
            ("BriefForm", unanswered(BriefForm(base: "/issues/x", kind: .issue))),
            ("SearchRoutes.SearchPage", unanswered(search)),
            ("SearchRoutes.Result", unanswered(SearchRoutes.Result(row: document, snippet: [part]))),
            ("SearchRoutes.Option", unanswered(option)),
            ("SearchRoutes.SnippetPart", unanswered(part)),
            ("Pagination", unanswered(pagination)),
            ("PageRenderer.Layout", unanswered(layout)),
            ("PageRenderer.NavItem", unanswered(layout.nav[0])),
        ]
        for (name, missing) in records {
            #expect(missing.isEmpty, "\(name) does not answer \(missing)")
        }
    }
}
