import Corpus
import Foundation
import Hummingbird

/// `/search?q=&issue=&organization=&year=&kind=`: full-text search over the
/// documents with filters; every search is an address that can be shared.
struct SearchRoutes {
    let server: WebServer

    func add(to router: Router<WebContext>) {
        router.get("/search") { request, _ in try search(QueryParameters(request.uri)) }
    }

    struct Option { let value: String; let label: String; let selected: Bool }
    struct Result { let row: DocumentRow; let snippet: String? }
    struct SearchPage {
        let q: String
        let issues: [Option]
        let organizations: [Option]
        let years: [Option]
        let kinds: [Option]
        let searched: Bool
        /// "3 documents".
        let found: String
        let results: [Result]
        let pagination: Pagination
    }

    func search(_ parameters: QueryParameters) throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        func value(_ name: String) -> String? {
            parameters[name].map { String($0.prefix(SearchLimits.longestQuery)) }
        }
        var query = SearchIndex.Query()
        query.text = value("q") ?? ""
        query.issue = value("issue").flatMap { c.issue($0) != nil ? $0 : nil }
        query.organization = value("organization").flatMap { c.organization($0) != nil ? $0 : nil }
        query.year = value("year").flatMap { Int($0) }
        query.kind = value("kind").flatMap { DocumentKind(rawValue: $0) }
        let hits = query.isEmpty ? [] : s.search.search(query, corpus: c)
        var base = "/search?q=\(Paths.query(query.text))"
        if let i = query.issue { base += "&issue=\(Paths.query(i))" }
        if let o = query.organization { base += "&organization=\(Paths.query(o))" }
        if let y = query.year { base += "&year=\(y)" }
        if let k = query.kind { base += "&kind=\(k.rawValue)" }
        let pagination = Pagination(count: hits.count, page: value("page").flatMap { Int($0) }, base: base)
        let terms = SearchIndex.terms(query.text)
        let results = hits[pagination.range.clamped(to: hits.indices)].map {
            Result(row: DocumentRow($0.document, corpus: c), snippet: Self.snippet($0.document.body, terms: terms))
        }
        let page = SearchPage(
            q: query.text,
            issues: c.issues.map { Option(value: $0.id, label: $0.label, selected: $0.id == query.issue) },
            organizations: c.organizations.sorted { $0.name < $1.name }.map {
                Option(value: $0.id, label: $0.name, selected: $0.id == query.organization)
            },
            years: c.years.reversed().map { Option(value: String($0), label: String($0), selected: $0 == query.year) },
            kinds: DocumentKind.allCases.map {
                Option(value: $0.rawValue, label: $0.label, selected: $0 == query.kind)
            },
            searched: !query.isEmpty, found: Counted.phrase(hits.count, "document"), results: Array(results),
            pagination: pagination)
        return server.pages.page(
            "search", page, title: query.text.isEmpty ? "Search" : "Search: \(query.text)",
            section: nil, snapshot: s)
    }

    /// About 200 characters of the body around the first word found.
    static func snippet(_ body: String, terms: [[UInt8]]) -> String? {
        guard let first = terms.first.map({ String(decoding: $0, as: UTF8.self) }),
            let r = body.range(of: first, options: [.caseInsensitive, .diacriticInsensitive])
        else { return nil }
        let start = body.index(r.lowerBound, offsetBy: -80, limitedBy: body.startIndex) ?? body.startIndex
        let end = body.index(r.upperBound, offsetBy: 120, limitedBy: body.endIndex) ?? body.endIndex
        let text = body[start..<end].replacingOccurrences(of: "\n", with: " ")
        return (start > body.startIndex ? "…" : "") + text + (end < body.endIndex ? "…" : "")
    }
}
