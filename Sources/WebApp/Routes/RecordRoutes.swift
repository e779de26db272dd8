import Corpus
import Foundation
import Hummingbird

/// One record per page: an issue (its demands, matrix and timeline), an
/// organization, an engagement, a document (its text with the quoted asks
/// marked) and a year. Every page links to the records it names.
struct RecordRoutes {
    let server: WebServer

    func add(to router: Router<WebContext>) {
        router.get("/issues/:id") { _, context in try issue(try context.parameters.require("id")) }
        router.get("/organizations/:id") { _, context in try organization(try context.parameters.require("id")) }
        router.get("/events/:id") { _, context in try event(try context.parameters.require("id")) }
        router.get("/documents/:id") { request, context in
            try document(
                try context.parameters.require("id"), accepted: QueryParameters(request.uri)["accepted"] != nil)
        }
        router.get("/years/:id") { _, context in try year(try context.parameters.require("id")) }
    }

    // MARK: Issues

    struct DemandRow {
        let anchor: String
        let label: String
        let id: String
        let talkingPoint: String?
        let status: String
        /// "2 documents by 1 organization".
        let voices: String
        let searchHref: String
    }

    struct IssuePage {
        let id: String
        let label: String
        let keywords: String?
        let demands: [DemandRow]
        let matrix: MatrixView?
        /// Every document on the issue is in the timeline's list; the
        /// search, filtered by the issue, is where to look further.
        let timeline: TimelineView
        let documentCount: String
        let searchHref: String
        let brief: BriefForm
    }

    func issue(_ id: String) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        guard let issue = c.issue(id) else {
            throw NotFound(
                what: "issue", id: id, known: c.issues.map(\.id), href: Paths.issue,
                list: Link(href: "/issues", text: "all issues"))
        }
        return HTMLResponse.make(
            s.pages.page("/issues/\(id)") {
                let docs = c.documents(issue: id)
                let matrix = docs.isEmpty ? nil : c.issueMatrix(issue: id)
                let demands = issue.demands.map { d in
                    let making = c.documents(demand: d.id)
                    return DemandRow(
                        anchor: "demand-\(Paths.segment(d.id))", label: d.label, id: d.id, talkingPoint: d.talkingPoint,
                        status: making.isEmpty && c.outcomes.allSatisfy { $0.demand != d.id }
                            ? "not asked yet" : c.status(of: d.id).summary,
                        voices:
                            "\(Counted.phrase(making.count, "document")) by \(Counted.phrase(Set(making.flatMap(\.organizations)).count, "organization"))",
                        searchHref: Paths.search(issue: id))
                }
                let page = IssuePage(
                    id: issue.id, label: issue.label,
                    keywords: issue.keywords.isEmpty ? nil : issue.keywords.joined(separator: ", "),
                    demands: demands, matrix: matrix.map { MatrixView($0, corpus: c) },
                    timeline: TimelineView(
                        entries: c.timeline(issue: id), organizations: matrix?.organizations ?? [], corpus: c),
                    documentCount: Counted.phrase(docs.count, "document"), searchHref: Paths.search(issue: id),
                    brief: BriefForm(base: Paths.issue(id), kind: .issue))
                return server.pages.html("issue", page, title: issue.label, section: .issues, snapshot: s)
            })
    }

    // MARK: Organizations

    struct OrganizationPage {
        let name: String
        let short: String?
        let kind: String
        let url: ExternalLink?
        let aliases: String?
        let issues: [Link]
        let documents: [DocumentRow]
        let searchHref: String
    }

    func organization(_ id: String) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        guard let o = c.organization(id) else {
            throw NotFound(
                what: "organization", id: id, known: c.organizations.map(\.id), href: Paths.organization,
                list: Link(href: "/organizations", text: "all organizations"))
        }
        return HTMLResponse.make(
            s.pages.page("/organizations/\(id)") {
                let docs = c.documents(organization: id)
                var seen = Set<String>()
                let issues = docs.flatMap { $0.asks.compactMap { c.demand($0.demand)?.issue } }.filter {
                    seen.insert($0).inserted
                }
                .compactMap { c.issue($0) }.map { Link(href: Paths.issue($0.id), text: $0.label) }
                let page = OrganizationPage(
                    name: o.name, short: o.short, kind: o.kind.rawValue, url: o.url.map(ExternalLink.init),
                    aliases: o.aliases.isEmpty ? nil : o.aliases.joined(separator: ", "), issues: issues,
                    documents: docs.reversed().map { DocumentRow($0, corpus: c) },
                    searchHref: Paths.search(organization: id))
                return server.pages.html("organization", page, title: o.name, section: .organizations, snapshot: s)
            })
    }

    // MARK: Engagements

    struct EventPage {
        let event: EventRow
        let documents: [DocumentRow]
        let outcomes: [OutcomeRow]
        let brief: BriefForm
    }

    func event(_ id: String) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        guard let e = c.event(id) else {
            throw NotFound(
                what: "engagement", id: id, known: c.events.map(\.id), href: Paths.event,
                list: Link(href: "/events", text: "all engagements"))
        }
        return HTMLResponse.make(
            s.pages.page("/events/\(id)") {
                let docs = c.documents(event: id)
                let page = EventPage(
                    event: EventRow(e, corpus: c, documentCount: docs.count),
                    documents: docs.reversed().map { DocumentRow($0, corpus: c) },
                    outcomes: c.outcomes.filter { $0.event == id }.map { OutcomeRow($0, corpus: c) },
                    brief: BriefForm(base: Paths.event(id), kind: .meeting))
                return server.pages.html("event", page, title: e.title, section: .events, snapshot: s)
            })
    }

    // MARK: Documents

    struct AskRow {
        let anchor: String
        let demand: Link
        let issue: Link?
        let text: String
        let quote: String?
    }

    struct DocumentPage {
        let row: DocumentRow
        let to: String?
        let signatories: String?
        let event: Link?
        let source: ExternalLink?
        let language: String?
        let asks: [AskRow]
        let text: HighlightedText
        let fileHref: String
        /// Right after the document was accepted from a draft: what accepting did and what check says now.
        let acceptance: AcceptanceNotice?
    }

    func document(_ id: String, accepted: Bool = false) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        guard let d = c.document(id) else {
            throw NotFound(
                what: "document", id: id, known: c.documents.map(\.id), href: Paths.document,
                list: Link(href: "/documents", text: "all documents"))
        }
        // Kept with the snapshot, except right after an acceptance (its notice is for that moment).
        let make = { () -> String in
            var quotes: [HighlightedText.Quote] = []
            let asks = d.asks.enumerated().map { i, a in
                let demand = c.demand(a.demand)
                let link = Link(
                    href: demand.map { Paths.demand($0.issue, $0.id) } ?? "#", text: demand?.label ?? a.demand)
                if let q = a.quote {
                    quotes.append(
                        .init(text: q, mark: .init(href: link.href, demand: link.text, anchor: "ask-\(i + 1)")))
                }
                return AskRow(
                    anchor: "ask-\(i + 1)", demand: link,
                    issue: demand.flatMap { c.issue($0.issue) }.map { Link(href: Paths.issue($0.id), text: $0.label) },
                    text: a.text, quote: a.quote)
            }
            let page = DocumentPage(
                row: DocumentRow(d, corpus: c), to: d.to,
                signatories: d.signatories.isEmpty ? nil : d.signatories.joined(separator: ", "),
                event: d.event.map { e in Link(href: Paths.event(e), text: c.event(e)?.title ?? e) },
                source: d.source.map(ExternalLink.init), language: d.language, asks: asks,
                text: HighlightedText(markdown: d.markdown, quotes: quotes),
                fileHref: "/files/documents/\(Paths.segment(d.id))",
                acceptance: accepted
                    ? server.drafts.acceptance(of: d.id).map {
                        AcceptanceNotice($0, snapshot: s, shown: server.drafts.shown)
                    } : nil)
            return server.pages.html("document", page, title: d.title, section: .documents, snapshot: s)
        }
        return HTMLResponse.make(accepted ? make() : s.pages.page("/documents/\(id)", make: make))
    }

    // MARK: Years

    struct YearPage {
        let year: Int
        let previous: Link?
        let next: Link?
        let issues: [IssueCount]
        let documents: [DocumentRow]
        let events: [EventRow]
        let outcomes: [OutcomeRow]
        let brief: BriefForm
    }
    struct IssueCount { let issue: Link; let documents: Int; let searchHref: String }

    func year(_ text: String) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        let years = c.years
        guard text.count == 4, let y = Int(text), years.contains(y) else {
            throw NotFound(
                what: "year", id: text, known: years.map(String.init), href: { "/years/\($0)" },
                list: Link(href: "/years", text: "all years"))
        }
        return HTMLResponse.make(
            s.pages.page("/years/\(y)") {
                let docs = c.documents(year: y)
                var count: [String: Int] = [:]
                for d in docs {
                    for i in Set(d.asks.compactMap { c.demand($0.demand)?.issue }) { count[i, default: 0] += 1 }
                }
                let issues = c.issues.filter { count[$0.id] != nil }.map {
                    IssueCount(
                        issue: Link(href: Paths.issue($0.id), text: $0.label), documents: count[$0.id]!,
                        searchHref: Paths.search(issue: $0.id, year: y))
                }
                let i = years.firstIndex(of: y)!
                let page = YearPage(
                    year: y,
                    previous: i > 0 ? Link(href: Paths.year(years[i - 1]), text: String(years[i - 1])) : nil,
                    next: i + 1 < years.count ? Link(href: Paths.year(years[i + 1]), text: String(years[i + 1])) : nil,
                    issues: issues, documents: docs.reversed().map { DocumentRow($0, corpus: c) },
                    events: c.events.filter { $0.date.year == y }.map { e in
                        EventRow(e, corpus: c, documentCount: c.documents(event: e.id).count)
                    },
                    outcomes: c.outcomes.filter { $0.date.year == y }.map { OutcomeRow($0, corpus: c) },
                    brief: BriefForm(base: Paths.year(y), kind: .year))
                return server.pages.html("year", page, title: String(y), section: .years, snapshot: s)
            })
    }
}
