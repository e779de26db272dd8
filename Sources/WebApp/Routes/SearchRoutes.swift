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
    struct Result { let row: DocumentRow; let snippet: [SnippetPart] }
    /// A piece of a result's snippet; `found` marks a word of the query.
    struct SnippetPart { let text: String; let found: Bool }
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

    /// How much of the body a snippet shows around the first word found, in characters.
    enum SnippetLength {
        static let before = 80
        static let after = 120
    }

    /// About 200 characters of the body around the first word found, cut at
    /// spaces, with every word of the query in it marked; empty when the
    /// body holds none (the words were in the title or an ask).
    static func snippet(_ body: String, terms: [[UInt8]]) -> [SnippetPart] {
        let words = terms.map { String(decoding: $0, as: UTF8.self) }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        guard let r = words.lazy.compactMap({ body.range(of: $0, options: options) }).first else { return [] }
        var start =
            body.index(r.lowerBound, offsetBy: -SnippetLength.before, limitedBy: body.startIndex)
            ?? body.startIndex
        var end = body.index(r.upperBound, offsetBy: SnippetLength.after, limitedBy: body.endIndex) ?? body.endIndex
        // Whole words only: from the first space after the cut, to the last space before it.
        if start > body.startIndex, let space = body[start..<r.lowerBound].firstIndex(where: \.isWhitespace) {
            start = body.index(after: space)
        }
        if end < body.endIndex, let space = body[r.upperBound..<end].lastIndex(where: \.isWhitespace) { end = space }
        let window = body[start..<end]
        var found: [Range<String.Index>] = []
        for w in words where !w.isEmpty {
            var from = window.startIndex
            while let m = window.range(of: w, options: options, range: from..<window.endIndex) {
                found.append(m)
                from = m.upperBound
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var parts: [SnippetPart] = start > body.startIndex ? [SnippetPart(text: "…", found: false)] : []
        var at = window.startIndex
        for m in found where m.lowerBound >= at {
            if at < m.lowerBound { parts.append(SnippetPart(text: Self.flat(window[at..<m.lowerBound]), found: false)) }
            parts.append(SnippetPart(text: Self.flat(window[m]), found: true))
            at = m.upperBound
        }
        if at < window.endIndex { parts.append(SnippetPart(text: Self.flat(window[at...]), found: false)) }
        if end < body.endIndex { parts.append(SnippetPart(text: "…", found: false)) }
        return parts
    }

    static func flat(_ s: Substring) -> String { s.replacingOccurrences(of: "\n", with: " ") }
}
