import Corpus
import Foundation
import Typesetting

/// The meeting-prep brief: what organizations want raised at one
/// engagement, read on the way there. Page one names the engagement and
/// the bottom line; the asks, talking points, prior engagements and key
/// quotes follow; long lists go to annexes rather than shrinking the type.
public struct MeetingBrief: BriefContent {
    public let kind = "Meeting brief"
    public static let defaultTemplate = "meeting-brief"

    /// One demand as the organizations press it for this engagement.
    public struct AskRow: Sendable {
        public var demand: Demand
        public var issue: Issue
        public var organizations: [Organization]
        public var documents: [Document]
        /// Raised in a document addressing this engagement (else: open from earlier).
        public var forThisEngagement: Bool
        public var latest: PartialDate
        /// The newest document's own words for the ask.
        public var text: String
    }

    public let corpus: Corpus
    public let event: Event
    /// Documents whose `event` is this engagement.
    public let addressing: [Document]
    /// Documents from the years before it (`lookback`), still the record of what is asked.
    public let earlier: [Document]
    /// Asks ranked: most organizations first, then those raised for this engagement, then the most recent.
    public let asks: [AskRow]
    let sources: SourceList

    /// Years before the engagement whose documents count as open asks.
    public static let lookback = 5
    /// Asks in the main table; the rest go to the annex.
    public static let mainAsks = 8
    /// Lines of talking points (at most one page).
    public static let talkingPoints = 5
    /// Prior engagements in the body (the most recent); all of them go to an annex.
    public static let recentEngagements = 6
    /// Organization lanes in the body's timeline (the most active).
    public static let timelineLanes = 8
    /// Quotes in the body; the rest go to an annex.
    public static let keyQuotes = 2

    /// An annex that has something to show: empty annexes are left out, and
    /// an annex never repeats what the body shows. Letters follow the order.
    public struct Annex: Sendable {
        public var letter: String
        public var title: String
        public var directive: String
    }

    public var annexes: [Annex] {
        var list: [(String, String)] = []
        if asks.count > Self.mainAsks { list.append(("further asks", "further-asks")) }
        if quoteCount > Self.keyQuotes { list.append(("further quotes", "further-quotes")) }
        if priorEngagements.count > Self.recentEngagements { list.append(("earlier engagements", "earlier-engagements")) }
        return list.enumerated().map { Annex(letter: String(UnicodeScalar(UInt8(65 + $0.offset))), title: $0.element.0, directive: $0.element.1) }
    }

    private func annexLetter(_ directive: String) -> String? { annexes.first { $0.directive == directive }?.letter }

    public init(corpus: Corpus, event id: String) throws {
        guard let event = corpus.event(id) else {
            throw BriefError.unknownEvent(id, known: corpus.events.map(\.id))
        }
        let addressing = corpus.documents(event: id)
        let from = PartialDate(year: event.date.year - Self.lookback, month: event.date.month, day: event.date.day)
        let earlier = corpus.documents.filter { d in
            d.event != id && d.date < event.date && (from.map { d.date.overlaps(from: $0, to: nil) } ?? true)
        }
        guard !(addressing.isEmpty && earlier.isEmpty) else {
            throw BriefError.nothingInPeriod(what: "anything before '\(id)'", range: DateRange(from: from, to: event.date))
        }
        self.corpus = corpus; self.event = event; self.addressing = addressing; self.earlier = earlier

        var rows: [String: AskRow] = [:]
        for doc in addressing + earlier {
            for ask in doc.asks {
                guard let demand = corpus.demand(ask.demand), let issue = corpus.issue(demand.issue) else { continue }
                let orgs = doc.organizations.compactMap(corpus.organization)
                var row = rows[demand.id] ?? AskRow(demand: demand, issue: issue, organizations: [], documents: [],
                                                    forThisEngagement: false, latest: doc.date, text: ask.text)
                for o in orgs where !row.organizations.contains(o) { row.organizations.append(o) }
                if !row.documents.contains(doc) { row.documents.append(doc) }
                if doc.event == id { row.forThisEngagement = true }
                if row.latest <= doc.date { row.latest = doc.date; row.text = ask.text }
                rows[demand.id] = row
            }
        }
        asks = rows.values.sorted { a, b in
            if a.organizations.count != b.organizations.count { return a.organizations.count > b.organizations.count }
            if a.forThisEngagement != b.forThisEngagement { return a.forThisEngagement }
            if a.latest != b.latest { return b.latest < a.latest }
            return a.demand.id < b.demand.id
        }
        sources = SourceList((addressing + earlier).sorted { ($0.date, $0.id) < ($1.date, $1.id) })
    }

    public var organizationCount: Int { Set(asks.flatMap { $0.organizations.map(\.id) }).count }
    public var documentCount: Int { addressing.count + earlier.count }

    /// Engagements before this one, with the documents addressing each.
    public var priorEngagements: [(event: Event, documents: [Document])] {
        corpus.events.filter { $0.date < event.date }.map { e in (e, corpus.documents(event: e.id)) }
    }

    /// Up to five short names, then "and N others".
    private func names(_ orgs: [Organization]) -> String {
        orgs.count <= 6 ? ListFormat.and(orgs.map(\.displayShort))
            : orgs.prefix(5).map(\.displayShort).joined(separator: ", ") + " and \(orgs.count - 5) others"
    }
    private func refs(_ docs: [Document]) -> String {
        let (omitted, shown) = sources.newestNumbers(docs.map(\.id))
        let list = shown.map { "[\($0)]" }.joined(separator: " ")
        return omitted > 0 ? "+\(omitted) " + list : list
    }

    public func data(generated: String) -> [String: Any] {
        let top = asks.prefix(3).map { ["label": $0.demand.label, "organizations": names($0.organizations)] }
        let points = asks.prefix(Self.talkingPoints).map { a -> [String: Any] in
            ["label": a.demand.label, "organizations": names(a.organizations), "count": a.organizations.count,
             "text": a.text, "sources": refs(a.documents), "new": a.forThisEngagement]
        }
        return [
            "event": ["id": event.id, "title": event.title, "kind": event.kind.rawValue.capitalizedFirst,
                      "date": event.date.long, "location": event.location ?? "",
                      "participants": ListFormat.and(event.participants)],
            "generated": generated,
            "cutoff": (addressing + earlier).map(\.date).max()?.long ?? event.date.long,
            "organizationCount": organizationCount,
            "documentCount": documentCount,
            "organizationsPlural": organizationCount != 1,
            "documentsPlural": documentCount != 1,
            "addressingCount": addressing.count,
            "addressingPlural": addressing.count != 1,
            "hasAddressing": !addressing.isEmpty,
            "lookback": Self.lookback,
            "bottomLine": top,
            "talkingPoints": points,
            "hasFurtherAsks": asks.count > Self.mainAsks,
            "hasAnnexes": !annexes.isEmpty,
            "annexes": annexes.map { ["letter": $0.letter, "title": $0.title, "directive": $0.directive] },
        ]
    }

    public func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive) throws -> [Block]] {
        let width = style.document.contentWidth
        return CommonDirectives.all(style: style).merging([
            "engagement": { _ in [engagementTable(style: style)] },
            "asks": { _ in [asksTable(Array(asks.prefix(Self.mainAsks)), style: style, name: "the asks")] },
            "further-asks": { _ in
                asks.count > Self.mainAsks ? [asksTable(Array(asks.dropFirst(Self.mainAsks)), style: style, name: "the further asks")] : []
            },
            "prior-timeline": { _ in
                let prior = Array(priorEngagements.suffix(Self.recentEngagements))
                guard !prior.isEmpty else { return [] }
                var entries: [TimelineEntry] = prior.map { .engagement($0.event) } + [.engagement(event)]
                let docs = Set(prior.flatMap(\.documents) + addressing)
                // The most active organizations get a lane each; the figure stays a glance.
                var activity: [String: Int] = [:]
                for d in docs { for o in d.organizations { activity[o, default: 0] += 1 } }
                let lanes = Set(activity.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.timelineLanes).map(\.key))
                let orgs = corpus.organizations.filter { lanes.contains($0.id) }
                entries += docs.filter { !Set($0.organizations).isDisjoint(with: lanes) }
                    .sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(TimelineEntry.statement)
                entries.sort { $0.date < $1.date }
                let t = TimelineFigure(entries: entries, organizations: orgs, sources: sources, style: style, width: width, measure: measure)
                var out = t.blocks(maxHeight: style.document.contentHeight * 0.45)
                if activity.count > orgs.count {
                    out.append(.paragraph([TextRun("The \(orgs.count) most active of \(activity.count) organizations.",
                                                   style: style.small.with { $0.color = style.palette.muted })],
                                          ParagraphStyle(alignment: .left, hyphenate: false, spaceAfter: 6)))
                }
                return out
            },
            "prior-table": { _ in
                let all = priorEngagements
                var out = [priorTable(Array(all.suffix(Self.recentEngagements)), style: style)]
                if all.count > Self.recentEngagements, let letter = annexLetter("earlier-engagements") {
                    out.append(.paragraph([TextRun("The \(Self.recentEngagements) most recent of \(all.count) earlier engagements; the \(all.count - Self.recentEngagements) before them are in Annex \(letter).",
                                                   style: style.small.with { $0.color = style.palette.muted })],
                                          ParagraphStyle(alignment: .left, hyphenate: false, spaceAfter: 6)))
                }
                return out
            },
            "all-prior-engagements": { _ in [priorTable(priorEngagements, style: style)] },
            "earlier-engagements": { _ in
                let all = priorEngagements
                return all.count > Self.recentEngagements ? [priorTable(Array(all.dropLast(Self.recentEngagements)), style: style)] : []
            },
            "key-quotes": { d in quotes(Int(d.lines.first ?? "").map { 0..<$0 } ?? 0..<Self.keyQuotes, style: style) },
            "further-quotes": { _ in quotes(Self.keyQuotes..<Int.max, style: style) },
            "all-quotes": { _ in quotes(0..<Int.max, style: style) },
            "sources": { _ in sources.blocks(corpus: corpus, style: style) },
        ]) { $1 }
    }

    private var cellParagraph: ParagraphStyle { ParagraphStyle(alignment: .left, leading: 1.22, hyphenate: true, spaceAfter: 0) }

    private func cell(_ text: String, _ style: TextStyle, span: Int = 1) -> Table.Cell {
        Table.Cell([.paragraph([TextRun(text, style: style)], cellParagraph)], span: span)
    }

    func engagementTable(style: BriefStyle) -> Block {
        let key = style.small.with { $0.bold = true; $0.color = style.palette.muted }
        let value = style.body.with { $0.size = style.body.size - 0.5 }
        var rows = [("Engagement", event.title), ("Kind", event.kind.rawValue.capitalizedFirst), ("Date", event.date.long)]
        if let l = event.location { rows.append(("Place", l)) }
        if !event.participants.isEmpty { rows.append(("Participants", ListFormat.and(event.participants))) }
        rows.append(("Documents", addressing.isEmpty
                     ? "None addresses it directly; \(earlier.count) from the \(Self.lookback) years before set out open asks"
                     : "\(addressing.count) address it; \(earlier.count) earlier ones from the \(Self.lookback) years before"))
        return .table(Table(columns: [.fixed(80), .fraction(1)], rows: rows.map { Table.Row([cell($0.0, key), cell($0.1, value)]) },
                            style: TableStyle(padding: EdgeInsets(vertical: 2.5, horizontal: 4), stripe: nil, ruleColor: style.palette.rule,
                                              rowRuleWidth: 0, frameRuleWidth: 0.8, spaceBefore: 4, spaceAfter: 8),
                            name: "the engagement"))
    }

    /// Asks grouped by issue (groups in the order of their best-ranked ask).
    func asksTable(_ rows: [AskRow], style: BriefStyle, name: String) -> Block {
        let small = style.small
        let head = small.with { $0.bold = true }
        var groups: [(Issue, [AskRow])] = []
        for r in rows {
            if let i = groups.firstIndex(where: { $0.0.id == r.issue.id }) { groups[i].1.append(r) } else { groups.append((r.issue, [r])) }
        }
        var body: [Table.Row] = []
        for (issue, list) in groups {
            body.append(Table.Row([cell(issue.label, small.with { $0.bold = true; $0.color = style.palette.accent }, span: 4)],
                                  background: style.palette.stripe, role: .group))
            for r in list {
                let status = r.forThisEngagement ? "Raised for this engagement" : "Open since \(r.documents.map(\.date).min()!.short)"
                let srcRuns = sources.references(r.documents.map(\.id), style: small.with { $0.color = style.palette.link },
                                                 muted: style.palette.muted)
                body.append(Table.Row([
                    cell(r.demand.label, small.with { $0.bold = true }),
                    cell("\(r.organizations.count): \(names(r.organizations))", small),
                    Table.Cell([.paragraph(srcRuns, cellParagraph)]),
                    cell(status, small.with { $0.color = r.forThisEngagement ? style.palette.accent : style.palette.muted }),
                ]))
            }
        }
        return .table(Table(columns: [.fraction(2.2), .fraction(1.5), .fixed(60), .fraction(1)],
                            header: [Table.Row([cell("Demand", head), cell("Pressed by", head), cell("Sources", head), cell("Status", head)])],
                            rows: body,
                            style: TableStyle(headerBackground: style.palette.shade, stripe: nil, ruleColor: style.palette.rule,
                                              rowRuleWidth: 0.3, frameRuleWidth: 0.8, spaceBefore: 4, spaceAfter: 6),
                            name: name))
    }

    func priorTable(_ engagements: [(event: Event, documents: [Document])], style: BriefStyle) -> Block {
        let small = style.small, head = small.with { $0.bold = true }
        let rows = engagements.map { (e, docs) -> Table.Row in
            let orgs = docs.flatMap(\.organizations).compactMap(corpus.organization)
            var seen = Set<String>(), unique: [Organization] = []
            for o in orgs where seen.insert(o.id).inserted { unique.append(o) }
            let demands = docs.flatMap(\.asks).compactMap { corpus.demand($0.demand)?.label }
            // Three demands and a count keep the table to a glance; the sources hold the rest.
            var asked = demands.prefix(3).joined(separator: "; ")
            if demands.count > 3 { asked += "; and \(demands.count - 3) more" }
            return Table.Row([cell(e.title, small.with { $0.bold = true }), cell(e.date.short, small),
                              cell(unique.isEmpty ? "—" : names(unique), small),
                              cell(demands.isEmpty ? "No document in the corpus addresses it" : asked, small)])
        }
        if rows.isEmpty {
            return .paragraph([TextRun("The corpus holds no earlier engagement.", style: style.body)], style.paragraph)
        }
        return .table(Table(columns: [.fraction(1.3), .auto, .fraction(0.9), .fraction(2.4)],
                            header: [Table.Row([cell("Engagement", head), cell("Date", head), cell("Asked by", head), cell("What was asked", head)])],
                            rows: rows,
                            style: TableStyle(headerBackground: style.palette.shade, stripe: style.palette.stripe, ruleColor: style.palette.rule,
                                              rowRuleWidth: 0, frameRuleWidth: 0.8, spaceBefore: 4, spaceAfter: 6),
                            name: "the prior engagements"))
    }

    /// The quotes, in the order of their asks' rank.
    private var allQuotes: [(row: AskRow, doc: Document, quote: String)] {
        var out: [(AskRow, Document, String)] = []
        for row in asks {
            for doc in row.documents {
                if let q = doc.asks.first(where: { $0.demand == row.demand.id })?.quote { out.append((row, doc, q)) }
            }
        }
        return out
    }

    var quoteCount: Int { allQuotes.count }

    /// The quotes whose rank falls in `range`, with attribution.
    func quotes(_ range: Range<Int>, style: BriefStyle) -> [Block] {
        var out: [Block] = []
        let meta = style.attribution
        let all = allQuotes
        for (row, doc, q) in all[min(range.lowerBound, all.count)..<min(range.upperBound, all.count)] {
            let who = doc.organizations.compactMap { corpus.organization($0)?.displayShort }.joined(separator: " and ")
            var attribution = [TextRun("— \(who), \(doc.kind.label), \(doc.date.long), on \(row.demand.label.lowercasedFirst) ", style: meta)]
            if let r = sources.reference(doc.id, style: meta.with { $0.color = style.palette.link }) { attribution.append(r) }
            out.append(.quote([.paragraph([TextRun("“\(q)”", style: style.quote)], style.paragraph.with { $0.spaceAfter = 1 })],
                              attribution: attribution))
        }
        if out.isEmpty && range.lowerBound == 0 {
            out.append(.paragraph([TextRun("The documents carry no quotes.", style: style.body)], style.paragraph))
        }
        return out
    }

    public func metadata(creator: String, date: Date) -> DocumentMetadata {
        DocumentMetadata(title: "Meeting brief: \(event.title)", author: "brief",
                         subject: "What \(organizationCount) organizations ask to be raised at the \(event.title) (\(event.date.long))",
                         keywords: [event.id, event.kind.rawValue, "meeting brief"] + event.participants,
                         creator: creator, date: date)
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
