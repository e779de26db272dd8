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

    /// Lower case without diacritics: "Réfugiés" finds "refugies". Folding
    /// maps each character on its own, so the text is folded a word at a
    /// time: a word of ASCII letters is lowered byte by byte, and only words
    /// holding other characters go through Foundation's folding, which
    /// copies through UTF-16 and was most of the time a corpus took to
    /// re-read after an edit.
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        let bytes = Array(s.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            var ascii = true
            while end < bytes.count, !Self.separates(bytes[end]) {
                if bytes[end] >= 0x80 { ascii = false }
                end += 1
            }
            if ascii {
                for b in bytes[start..<end] { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            } else {
                let word = String(decoding: bytes[start..<end], as: UTF8.self)
                out.append(
                    contentsOf: word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
            }
            if end < bytes.count { out.append(bytes[end]) }
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII white space: where one word's folding ends and the next begins.
    private static func separates(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

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
