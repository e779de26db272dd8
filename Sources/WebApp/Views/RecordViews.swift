import Corpus
import Foundation

/// Rows and links for records, as every page prints them.
struct DocumentRow: Sendable {
    let href: String
    let title: String
    let date: String
    let isoDate: String
    let kind: String
    let organizations: [Link]
    let issues: [Link]

    init(_ d: Document, corpus: Corpus) {
        href = Paths.document(d.id)
        title = d.title
        date = d.date.long
        isoDate = d.date.description
        kind = d.kind.label
        organizations = d.organizations.map { o in
            Link(href: Paths.organization(o), text: corpus.organization(o)?.displayShort ?? o)
        }
        var seen = Set<String>()
        issues = d.asks.compactMap { corpus.demand($0.demand)?.issue }.filter { seen.insert($0).inserted }
            .map { Link(href: Paths.issue($0), text: corpus.issue($0)?.label ?? $0) }
    }
}

struct EventRow: Sendable {
    let href: String
    let title: String
    let date: String
    let isoDate: String
    let kind: String
    let participants: String
    let place: String?
    let documentCount: Int

    init(_ e: Event, corpus: Corpus, documentCount: Int) {
        href = Paths.event(e.id)
        title = e.title
        date = e.date.long
        isoDate = e.date.description
        kind = e.kind.rawValue
        participants = e.participants.joined(separator: ", ")
        place = e.location
        self.documentCount = documentCount
    }
}

struct OutcomeRow: Sendable {
    let demand: Link
    let issue: Link?
    let status: String
    let date: String
    let event: Link?
    let source: Link?
    let note: String?

    init(_ o: Outcome, corpus: Corpus) {
        let d = corpus.demand(o.demand)
        demand = Link(href: d.map { Paths.demand($0.issue, $0.id) } ?? "#", text: d?.label ?? o.demand)
        issue = d.flatMap { corpus.issue($0.issue) }.map { Link(href: Paths.issue($0.id), text: $0.label) }
        status = o.status.label
        date = o.date.long
        event = o.event.map { e in Link(href: Paths.event(e), text: corpus.event(e)?.title ?? e) }
        source = o.source.flatMap { SafeLink.isClickable($0) ? Link(href: $0, text: $0) : nil }
        note = o.note
    }
}

/// An external address is a link only when it is a web or mail address (never `javascript:`).
struct ExternalLink: Sendable {
    let href: String?
    let text: String
    init(_ address: String) {
        text = address
        href = SafeLink.isClickable(address) ? address : nil
    }
}

/// Documents split into pages of a fixed length, for long lists.
struct Pagination: Sendable {
    static let pageSize = 100
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?
    let summary: String
    /// Stored, not computed: templates see stored properties only.
    let isPaged: Bool

    init(count: Int, page requested: Int?, base: String) {
        pages = max(1, (count + Self.pageSize - 1) / Self.pageSize)
        page = min(max(1, requested ?? 1), pages)
        let joiner = base.contains("?") ? "&" : "?"
        previous = page > 1 ? "\(base)\(joiner)page=\(page - 1)" : nil
        next = page < pages ? "\(base)\(joiner)page=\(page + 1)" : nil
        let first = count == 0 ? 0 : (page - 1) * Self.pageSize + 1
        summary = "\(first)–\(min(count, page * Self.pageSize)) of \(count)"
        isPaged = pages > 1
    }
    var range: Range<Int> { ((page - 1) * Self.pageSize)..<(page * Self.pageSize) }
}
