import Corpus
import Foundation

/// Full-text search over the documents: every document's title, body, asks
/// and quotes, folded (case and diacritics) once per corpus state, searched
/// by byte comparison. Every word of the query must occur; filters narrow by
/// issue, organization, year and kind.
struct SearchIndex: Sendable {
    struct Entry: Sendable {
        let document: String
        let folded: [UInt8]
        let foldedTitle: [UInt8]
        let issues: Set<String>
    }
    private let entries: [Entry]

    init(corpus: Corpus) {
        entries = corpus.documents.map { d in
            var text = d.title + "\n" + d.body
            for a in d.asks { text += "\n" + a.text + "\n" + (a.quote ?? "") }
            return Entry(
                document: d.id, folded: Array(Self.fold(text).utf8), foldedTitle: Array(Self.fold(d.title).utf8),
                issues: Set(d.asks.compactMap { corpus.demand($0.demand)?.issue }))
        }
    }

    /// Lower case without diacritics: "Réfugiés" finds "refugies".
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The words of a query, folded; at most `longestQuery` bytes are read.
    static func terms(_ query: String) -> [[UInt8]] {
        let cut =
            String(query.utf8.prefix(SearchLimits.longestQuery)) ?? String(query.prefix(SearchLimits.longestQuery / 4))
        return fold(cut).split(whereSeparator: { $0.isWhitespace || $0.isPunctuation && $0 != "-" && $0 != "'" })
            .prefix(SearchLimits.mostTerms).map { Array($0.utf8) }
    }

    struct Query: Sendable {
        var text: String = ""
        var issue: String?
        var organization: String?
        var year: Int?
        var kind: DocumentKind?
        var isEmpty: Bool { text.isEmpty && issue == nil && organization == nil && year == nil && kind == nil }
    }

    struct Hit: Sendable {
        let document: Document
        let score: Int
    }

    /// Matching documents, those with the words in their title first, then newest first.
    func search(_ q: Query, corpus: Corpus) -> [Hit] {
        let terms = Self.terms(q.text)
        var hits: [Hit] = []
        for (i, e) in entries.enumerated() {
            let d = corpus.documents[i]
            if let issue = q.issue, !e.issues.contains(issue) { continue }
            if let o = q.organization, !d.organizations.contains(o) { continue }
            if let y = q.year, d.date.year != y { continue }
            if let k = q.kind, d.kind != k { continue }
            var score = 0, all = true
            for t in terms {
                guard Self.contains(e.folded, t) else { all = false; break }
                if Self.contains(e.foldedTitle, t) { score += 1 }
            }
            if all { hits.append(Hit(document: d, score: score)) }
        }
        return hits.sorted { a, b in
            a.score != b.score ? a.score > b.score : (b.document.date, b.document.id) < (a.document.date, a.document.id)
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        ByteSearch.contains(haystack, needle)
    }
}

/// Bounds on what a search reads, so a huge query costs nothing.
enum SearchLimits {
    /// Bytes of the query looked at.
    static let longestQuery = 1_000
    /// Words of the query used.
    static let mostTerms = 20
    /// Results shown on one page.
    static let pageSize = 50
}
