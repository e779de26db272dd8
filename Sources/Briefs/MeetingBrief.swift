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
        /// Raised in a document written for this engagement.
        public var forThisEngagement: Bool
        public var latest: PartialDate
        /// The newest document's own words for the ask.
        public var text: String
        /// Where the demand stands at the engagement's date.
        public var status: DemandStatus
        /// Whether a document asking it was addressed to a participant.
        public var addressedToParticipant: Bool
        /// Still to be raised: written for this engagement, or open (or pending).
        public var isLive: Bool { forThisEngagement || status.state == .open || status.state == .pending }
    }

    /// How a document stands to the engagement.
    public enum Relation: String, Sendable {
        /// Written for this engagement (its `event`).
        case addresses
        /// Wholly before the engagement's date.
        case before
        /// Its period overlaps the engagement's date (a document dated `2025`
        /// and a call on 18 March 2025): the order is unknown.
        case samePeriod = "same-period"
    }

    public let corpus: Corpus
    public let event: Event
    /// Years before the engagement whose documents count.
    public let lookback: Int
    /// Documents written for this engagement.
    public let addressing: [Document]
    /// Documents wholly before it, within the look-back.
    public let earlier: [Document]
    /// Documents whose date overlaps the engagement's (order unknown).
    public let samePeriod: [Document]
    /// Asks in order: those written for this engagement first, then live
    /// asks by independent documents, recency and addressee, then asks the
    /// record shows as met, rejected or moot.
    public let asks: [AskRow]
    let sources: SourceList

    /// Default years before the engagement whose documents count as open asks.
    public static let defaultLookback = 5
    /// Asks in the main table (at least; every ask written for the engagement is there).
    public static let mainAsks = 8
    /// Talking points (at most one page).
    public static let talkingPoints = 5
    /// Demands in the bottom line.
    public static let bottomLineAsks = 3
    /// Prior engagements in the body (the most recent); the others go to an annex.
    public static let recentEngagements = 6
    /// Quotes in the body; the rest go to an annex.
    public static let keyQuotes = 2

    public init(corpus: Corpus, event id: String, lookback: Int = MeetingBrief.defaultLookback) throws {
        guard let event = corpus.event(id) else {
            throw BriefError.unknownEvent(id, known: corpus.events.map(\.id))
        }
        let from = PartialDate(year: event.date.year - lookback, month: event.date.month, day: event.date.day)
        let recent = { (d: Document) in from.map { d.date.overlaps(from: $0, to: nil) } ?? true }
        let addressing = corpus.documents(event: id)
        let others = corpus.documents.filter { $0.event != id && recent($0) }
        let earlier = others.filter { $0.date.relation(to: event.date) == .before }
        let samePeriod = others.filter { $0.date.relation(to: event.date) == .samePeriod }
        guard !(addressing.isEmpty && earlier.isEmpty && samePeriod.isEmpty) else {
            throw BriefError.nothingInPeriod(what: "anything before '\(id)'", range: DateRange(from: from, to: event.date))
        }
        self.corpus = corpus; self.event = event; self.lookback = lookback
        self.addressing = addressing; self.earlier = earlier; self.samePeriod = samePeriod

        let participants = event.participants.map { $0.lowercased() }
        func toParticipant(_ d: Document) -> Bool {
            guard let to = d.to?.lowercased() else { return false }
            return participants.contains { p in
                p.split(separator: " ").last.map { to.contains($0) } ?? false
            }
        }
        var rows: [String: AskRow] = [:]
        var order: [String] = []
        for doc in addressing + earlier + samePeriod {
            for ask in doc.asks {
                guard let demand = corpus.demand(ask.demand), let issue = corpus.issue(demand.issue) else { continue }
                if rows[demand.id] == nil {
                    order.append(demand.id)
                    rows[demand.id] = AskRow(demand: demand, issue: issue, organizations: [], documents: [], forThisEngagement: false,
                                             latest: doc.date, text: ask.text, status: corpus.status(of: demand.id, at: event.date),
                                             addressedToParticipant: false)
                }
                var row = rows[demand.id]!
                for o in doc.organizations.compactMap(corpus.organization) where !row.organizations.contains(o) { row.organizations.append(o) }
                if !row.documents.contains(doc) { row.documents.append(doc) }
                if doc.event == id { row.forThisEngagement = true }
                if toParticipant(doc) { row.addressedToParticipant = true }
                // The text written for this engagement wins; otherwise the newest.
                if doc.event == id || (!row.forThisEngagement && row.latest <= doc.date) { row.latest = max(row.latest, doc.date); row.text = ask.text }
                rows[demand.id] = row
            }
        }
        asks = order.compactMap { rows[$0] }.sorted { a, b in
            if a.forThisEngagement != b.forThisEngagement { return a.forThisEngagement }
            if a.isLive != b.isLive { return a.isLive }
            // Independent documents: a joint letter is one voice.
            if a.documents.count != b.documents.count { return a.documents.count > b.documents.count }
            if a.latest != b.latest { return b.latest < a.latest }
            if a.addressedToParticipant != b.addressedToParticipant { return a.addressedToParticipant }
            return a.demand.id < b.demand.id
        }
        sources = SourceList((addressing + earlier + samePeriod).sorted { ($0.date, $0.id) < ($1.date, $1.id) })
    }

    /// Asks in the body: every one written for this engagement, then the
    /// best-ranked others up to `mainAsks`.
    public var bodyAsks: [AskRow] {
        let own = asks.filter(\.forThisEngagement).count
        return Array(asks.prefix(max(Self.mainAsks, own)))
    }
    public var annexAsks: [AskRow] { Array(asks.dropFirst(bodyAsks.count)) }

    /// The bottom line and the talking points draw on live asks only: the
    /// record's met or moot demands are not asked again.
    public var bottomLine: [AskRow] { Array(asks.filter(\.isLive).prefix(Self.bottomLineAsks)) }
    public var talkingPointAsks: [AskRow] { Array(asks.filter(\.isLive).prefix(Self.talkingPoints)) }

    /// A sentence a principal can say: the demand's own talking point, else
    /// the ask in the document's words.
    public func talkingPoint(_ a: AskRow) -> String {
        if let t = a.demand.talkingPoint, !t.isEmpty { return Sentence.ending(t) }
        return Sentence.ending(a.text.prefix(1).uppercased() + a.text.dropFirst())
    }

    /// Organizations whose asks the body shows (the timeline's lanes).
    public var bodyOrganizations: [Organization] {
        var seen = Set<String>(), out: [Organization] = []
        for a in bodyAsks { for o in a.organizations where seen.insert(o.id).inserted { out.append(o) } }
        return out
    }

    public var organizationCount: Int { Set(asks.flatMap { $0.organizations.map(\.id) }).count }
    public var documentCount: Int { addressing.count + earlier.count + samePeriod.count }

    /// Engagements wholly before this one (never itself), with the documents addressing each.
    public var priorEngagements: [(event: Event, documents: [Document])] {
        corpus.events.filter { $0.id != event.id && $0.date.relation(to: event.date) == .before }
            .map { e in (e, corpus.documents(event: e.id)) }
    }

    /// An annex that has something to show: empty annexes are left out, and
    /// an annex never repeats what the body shows. Letters follow the order.
    public struct Annex: Sendable {
        public var letter: String
        public var title: String
        public var directive: String
    }

    public var annexes: [Annex] {
        var list: [(String, String)] = []
        if !annexAsks.isEmpty { list.append(("further asks", "further-asks")) }
        if quoteCount > Self.keyQuotes { list.append(("further quotes", "further-quotes")) }
        if priorEngagements.count > Self.recentEngagements { list.append(("earlier engagements", "earlier-engagements")) }
        return list.enumerated().map { Annex(letter: String(UnicodeScalar(UInt8(65 + $0.offset))), title: $0.element.0, directive: $0.element.1) }
    }

    private func annexLetter(_ directive: String) -> String? { annexes.first { $0.directive == directive }?.letter }

    /// Each document and how it stands to the engagement.
    public var documentRelations: [(Document, Relation)] {
        addressing.map { ($0, .addresses) } + earlier.map { ($0, .before) } + samePeriod.map { ($0, .samePeriod) }
    }

    /// Up to five short names, then "and N others".
    private func names(_ orgs: [Organization]) -> String { ListFormat.capped(orgs.map(\.displayShort)) }
    private func refs(_ docs: [Document]) -> String {
        let (omitted, shown) = sources.newestNumbers(docs.map(\.id))
        let list = shown.map { "[\($0)]" }.joined(separator: " ")
        return omitted > 0 ? "+\(omitted) " + list : list
    }

    public func context(generated: String) -> MeetingBriefContext {
        let bottomLineText = ListFormat.sentenceList(bottomLine.map { a in
            let why = a.forThisEngagement ? "written for this engagement" : a.status.summary.lowercasedFirst
            let escape = MarkdownContentType().escapeText
            return "**\(escape(a.demand.label))** (\(escape(names(a.organizations))); \(why))"
        })
        return MeetingBriefContext(
            event: .init(id: event.id, title: event.title, kind: event.kind.rawValue.capitalizedFirst, date: event.date.long,
                         participants: ListFormat.and(event.participants), location: event.location ?? "",
                         hasLocation: !(event.location ?? "").isEmpty),
            generated: generated,
            cutoff: documentRelations.map(\.0.date).max()?.long ?? event.date.long,
            organizations: Counted(organizationCount, "organization").text,
            documents: Counted(documentCount, "document").text,
            addressing: Counted(addressing.count, "document").text,
            lookback: Counted(lookback, "year").text,
            hasAddressing: !addressing.isEmpty,
            bottomLineText: bottomLineText, hasBottomLine: !bottomLine.isEmpty,
            talkingPoints: talkingPointAsks.map { a in
                .init(text: talkingPoint(a), organizations: names(a.organizations), sources: refs(a.documents),
                      forThisEngagement: a.forThisEngagement)
            },
            hasAnnexes: !annexes.isEmpty,
            annexes: annexes.map { .init(letter: $0.letter, title: $0.title, directive: $0.directive) })
    }

    public func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive) throws -> [Block]] {
        let width = style.document.contentWidth
        return CommonDirectives.all(style: style).merging([
            "engagement": { _ in [engagementTable(style: style)] },
            "asks": { _ in [asksTable(bodyAsks, style: style, name: "the asks")] },
            "further-asks": { _ in
                annexAsks.isEmpty ? [] : [asksTable(annexAsks, style: style, name: "the further asks")]
            },
            "prior-timeline": { _ in
                // Lanes: the organizations whose asks the body shows. The engagement
                // itself is drawn apart (ringed, and named so), never as a prior one.
                let prior = Array(priorEngagements.suffix(Self.recentEngagements))
                let lanes = bodyOrganizations
                guard !lanes.isEmpty else { return [] }
                let laneIDs = Set(lanes.map(\.id))
                let docs = Set(prior.flatMap(\.documents) + documentRelations.map(\.0)).filter { !Set($0.organizations).isDisjoint(with: laneIDs) }
                var entries: [TimelineEntry] = prior.map { .engagement($0.event) } + [.engagement(event)]
                entries += docs.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(TimelineEntry.statement)
                entries.sort { $0.date < $1.date }
                var t = TimelineFigure(entries: entries, organizations: lanes, sources: sources, style: style, width: width, measure: measure)
                t.highlighted = event.id
                return t.blocks(maxHeight: style.document.contentHeight * 0.45)
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
            "key-quotes": { d in quotes(0..<(try d.count(default: Self.keyQuotes)), style: style) },
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
        var parts: [String] = []
        parts.append(addressing.isEmpty ? "none written for it" : "\(Counted(addressing.count, "document").text) written for it")
        parts.append(earlier.isEmpty ? "none from the \(Counted(lookback, "year").text) before"
                     : "\(Counted(earlier.count, "document").text) from the \(Counted(lookback, "year").text) before")
        if !samePeriod.isEmpty {
            parts.append("\(Counted(samePeriod.count, "document").text) dated only to the same period (order unknown)")
        }
        rows.append(("Documents", ListFormat.and(parts).prefix(1).uppercased() + ListFormat.and(parts).dropFirst()))
        return .table(Table(columns: [.fixed(80), .fraction(1)], rows: rows.map { row in
            var label = cell(row.0, key)
            label.isRowHeader = true   // the key heads its row: "Date", "Where", "Documents"
            return Table.Row([label, cell(row.1, value)])
        },
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
                let status = statusText(r)
                let srcRuns = sources.references(r.documents.map(\.id), style: small.with { $0.color = style.palette.link },
                                                 muted: style.palette.muted)
                body.append(Table.Row([
                    cell(r.demand.label, small.with { $0.bold = true }),
                    cell(pressedBy(r), small),
                    Table.Cell([.paragraph(srcRuns, cellParagraph)]),
                    cell(status, small.with { $0.color = r.isLive ? (r.forThisEngagement ? style.palette.accent : style.palette.muted) : style.palette.text }),
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

    /// The status column: what the record says at the engagement's date.
    func statusText(_ r: AskRow) -> String {
        let s = r.status
        if r.forThisEngagement {
            var text = "Written for this engagement"
            if s.state != .open, let o = s.outcome { text += "; \(o.status.label) (\(o.date.short))" }
            if let p = s.previous { text += "; \(p.status.label) before (\(p.date.short))" }
            return text
        }
        switch s.state {
        case .open:
            let earliest = r.documents.map(\.date).min()!
            // Documents dated only to a period holding the engagement: say so, do not guess the order.
            var text = r.documents.allSatisfy({ $0.date.relation(to: event.date) == .samePeriod })
                ? "Open; asked in \(earliest.short), same period (order unknown)"
                : "Open since \(earliest.short)"
            if let p = s.previous { text += "; \(p.status.label) before (\(p.date.short))" }
            return text
        default:
            return s.state.label.prefix(1).uppercased() + s.state.label.dropFirst()
                + (s.outcome.map { " (\($0.date.short)\(s.uncertainOrder ? ", same period" : ""))" } ?? "")
        }
    }

    /// Who presses a demand, one voice per document: "HRW; AI USA and AI Ukraine (jointly)".
    func pressedBy(_ r: AskRow) -> String {
        var seen = Set<[String]>()
        var voices: [String] = []
        for d in r.documents {
            let orgs = d.organizations.compactMap(corpus.organization)
            guard seen.insert(orgs.map(\.id)).inserted else { continue }
            voices.append(orgs.count > 1 ? ListFormat.and(orgs.map(\.displayShort)) + " (jointly)" : orgs.first?.displayShort ?? "")
        }
        let shown = voices.prefix(5).joined(separator: "; ")
        return voices.count > 5 ? shown + "; and \(voices.count - 5) more" : shown
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
        let all = allQuotes
        for (row, doc, q) in all[min(range.lowerBound, all.count)..<min(range.upperBound, all.count)] {
            out.append(QuotedAsk.block(q, from: doc, demand: row.demand.label, corpus: corpus, sources: sources, style: style))
        }
        if out.isEmpty && range.lowerBound == 0 {
            out.append(.paragraph([TextRun("The documents carry no quotes.", style: style.body)], style.paragraph))
        }
        return out
    }

    public func record() -> BriefRecord { MeetingRecord(self) }

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
