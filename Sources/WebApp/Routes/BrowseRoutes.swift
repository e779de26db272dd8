import Corpus
import Foundation
import Hummingbird

/// The lists: the overview, issues, organizations, engagements, documents,
/// years and outcomes.
struct BrowseRoutes {
    let server: WebServer

    func add(to router: Router<WebContext>) {
        router.get("/") { _, _ in try overview() }
        router.get("/issues") { _, _ in try issues() }
        router.get("/organizations") { _, _ in try organizations() }
        router.get("/events") { _, _ in try events() }
        router.get("/documents") { request, _ in
            try documents(page: QueryParameters(request.uri)["page"].flatMap { Int($0) })
        }
        router.get("/years") { _, _ in try years() }
        router.get("/outcomes") { _, _ in try outcomes() }
    }

    struct IssueRow {
        let href: String; let label: String; let demands: Int; let documents: Int; let organizations: Int
    }
    struct YearRow { let href: String; let year: Int; let documents: Int }

    func issueRows(_ c: Corpus) -> [IssueRow] {
        var docs: [String: Int] = [:], orgs: [String: Set<String>] = [:]
        for d in c.documents {
            var issues = Set<String>()
            for a in d.asks { if let i = c.demand(a.demand)?.issue { issues.insert(i) } }
            for i in issues { docs[i, default: 0] += 1; orgs[i, default: []].formUnion(d.organizations) }
        }
        return c.issues.map {
            IssueRow(
                href: Paths.issue($0.id), label: $0.label, demands: $0.demands.count,
                documents: docs[$0.id] ?? 0, organizations: orgs[$0.id]?.count ?? 0)
        }
    }

    func yearRows(_ c: Corpus) -> [YearRow] {
        var count: [Int: Int] = [:]
        for d in c.documents { count[d.date.year, default: 0] += 1 }
        return count.keys.sorted(by: >).map { YearRow(href: Paths.year($0), year: $0, documents: count[$0]!) }
    }

    struct Overview {
        let documents: Int, organizations: Int, issueCount: Int, events: Int, outcomes: Int
        let issues: [IssueRow]
        let recent: [DocumentRow]
        let years: [YearRow]
        /// nil when none (Mustache shows a section for any number, zero too).
        let errors: String?, warnings: String?
        let drafts: Int?
    }

    func overview() throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        let recent = c.documents.suffix(10).reversed().map { DocumentRow($0, corpus: c) }
        let view = Overview(
            documents: c.documents.count, organizations: c.organizations.count, issueCount: c.issues.count,
            events: c.events.count, outcomes: c.outcomes.count, issues: issueRows(c), recent: Array(recent),
            years: yearRows(c), errors: s.errors.isEmpty ? nil : Counted.phrase(s.errors.count, "error"),
            warnings: s.warnings.isEmpty ? nil : Counted.phrase(s.warnings.count, "warning"),
            drafts: server.drafts.list().isEmpty ? nil : server.drafts.list().count)
        return server.pages.page("overview", view, title: "Overview", section: .overview, snapshot: s)
    }

    func issues() throws -> Response {
        let s = try server.snapshot()
        return HTMLResponse.make(
            s.pages.page("/issues") {
                server.pages.html(
                    "issues", ["issues": issueRows(s.corpus)], title: "Issues", section: .issues, snapshot: s)
            })
    }

    struct OrganizationRow {
        let href: String; let name: String; let short: String?; let kind: String; let documents: Int
    }

    func organizations() throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        return HTMLResponse.make(
            s.pages.page("/organizations") {
                var count: [String: Int] = [:]
                for d in c.documents { for o in d.organizations { count[o, default: 0] += 1 } }
                // By name, case and accents aside, each name folded once as the search folds
                // text (a localized comparison costs tens of microseconds on Linux, and a sort makes hundreds).
                let sorted = c.organizations.map { (key: SearchIndex.fold($0.name), organization: $0) }
                    .sorted { $0.key < $1.key }.map(\.organization)
                let rows = sorted.map {
                    OrganizationRow(
                        href: Paths.organization($0.id), name: $0.name, short: $0.short, kind: $0.kind.rawValue,
                        documents: count[$0.id] ?? 0)
                }
                return server.pages.html(
                    "organizations", ["organizations": rows], title: "Organizations", section: .organizations,
                    snapshot: s)
            })
    }

    func events() throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        return HTMLResponse.make(
            s.pages.page("/events") {
                var count: [String: Int] = [:]
                for d in c.documents { if let e = d.event { count[e, default: 0] += 1 } }
                let rows = c.events.reversed().map { EventRow($0, corpus: c, documentCount: count[$0.id] ?? 0) }
                return server.pages.html(
                    "events", ["events": rows], title: "Engagements", section: .events, snapshot: s)
            })
    }

    struct DocumentList { let documents: [DocumentRow]; let pagination: Pagination }

    func documents(page: Int?) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        let pagination = Pagination(count: c.documents.count, page: page, base: "/documents")
        return HTMLResponse.make(
            s.pages.page("/documents?page=\(pagination.page)") {
                let newestFirst = Array(c.documents.reversed())
                let shown = newestFirst[pagination.range.clamped(to: newestFirst.indices)].map {
                    DocumentRow($0, corpus: c)
                }
                return server.pages.html(
                    "documents", DocumentList(documents: shown, pagination: pagination),
                    title: "Documents", section: .documents, snapshot: s)
            })
    }

    func years() throws -> Response {
        let s = try server.snapshot()
        return HTMLResponse.make(
            s.pages.page("/years") {
                server.pages.html("years", ["years": yearRows(s.corpus)], title: "Years", section: .years, snapshot: s)
            })
    }

    func outcomes() throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        return HTMLResponse.make(
            s.pages.page("/outcomes") {
                let rows = c.outcomes.reversed().map { OutcomeRow($0, corpus: c) }
                return server.pages.html(
                    "outcomes", ["outcomes": rows, "none": rows.isEmpty] as [String: Any],
                    title: "Outcomes", section: .outcomes, snapshot: s)
            })
    }
}
