import Corpus
import Foundation
import Typesetting

/// The meeting-prep brief: what organizations want raised at one
/// engagement, read on the way there. Everything it says is computed here
/// once — each ask's documents, status, attribution and talking point, what
/// changed since the last engagement with these participants — and both
/// the PDF (MeetingBriefPage) and `--data` (MeetingRecord) print these
/// fields; neither recomputes them.
public struct MeetingBrief: BriefContent {
    public let kind = "Meeting brief"
    public static let defaultTemplate = "meeting-brief"
    public typealias AskRow = MeetingAsk

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

    /// What changed since the previous engagement with an overlapping set of participants.
    public struct SinceLast: Sendable {
        public var engagement: Event
        /// Demands first asked after it.
        public var newAsks: [Demand]
        /// Outcomes recorded after it, up to this engagement.
        public var outcomes: [Outcome]
        /// Demands asked before it and raised again after it.
        public var raisedAgain: [Demand]
    }

    public let corpus: Corpus
    public let event: Event
    /// Years before the engagement whose documents count.
    public let lookback: Int
    /// The look-back's first day: a document counts only when its whole period is on or after it.
    public let lookbackStart: PartialDate?
    /// Documents written for this engagement.
    public let addressing: [Document]
    /// Documents wholly before it, wholly within the look-back.
    public let earlier: [Document]
    /// Documents whose date overlaps the engagement's (order unknown).
    public let samePeriod: [Document]
    /// Documents whose period straddles the look-back's start: left out, and said so.
    public let leftOutAtEdge: [Document]
    /// Asks in order: those written for this engagement first, then live
    /// asks by independent documents, recency and addressee, then asks the
    /// record shows as met, rejected, moot or lapsed; ties keep the
    /// documents' own order.
    public let asks: [AskRow]
    public let sinceLast: SinceLast?
    let sources: SourceList
    let wording: MeetingWording

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
    /// A brief whose newest document is older than this before the engagement warns on page 1.
    public static let staleMonths = 12

    public init(corpus: Corpus, event id: String, lookback: Int = MeetingBrief.defaultLookback) throws {
        guard let event = corpus.event(id) else {
            throw BriefError.unknownEvent(id, known: corpus.events.map(\.id))
        }
        let from = PartialDate(year: event.date.year - lookback, month: event.date.month, day: event.date.day)
        let addressing = corpus.documents(event: id)
        let candidates = corpus.documents.filter { $0.event != id && $0.date.relation(to: event.date) != .after }
        let others = candidates.filter { $0.date.isInside(from: from, to: nil) }
        let earlier = others.filter { $0.date.relation(to: event.date) == .before }
        let samePeriod = others.filter { $0.date.relation(to: event.date) == .samePeriod }
        guard !(addressing.isEmpty && earlier.isEmpty && samePeriod.isEmpty) else {
            throw BriefError.nothingInPeriod(
                what: "anything before '\(id)'", range: DateRange(from: from, to: event.date))
        }
        self.corpus = corpus; self.event = event; self.lookback = lookback; self.lookbackStart = from
        self.addressing = addressing; self.earlier = earlier; self.samePeriod = samePeriod
        self.leftOutAtEdge =
            from.map { f in
                candidates.filter { $0.date.overlaps(from: f, to: nil) && !$0.date.isInside(from: f, to: nil) }
            } ?? []
        let wording = MeetingWording(corpus: corpus, event: event)
        self.wording = wording
        asks = Self.rank(
            Self.collectAsks(
                corpus: corpus, event: event, documents: addressing + earlier + samePeriod, wording: wording))
        sinceLast = Self.sinceLast(corpus: corpus, event: event)
        sources = SourceList((addressing + earlier + samePeriod).sorted { ($0.date, $0.id) < ($1.date, $1.id) })
    }

    /// One row per demand. Documents are visited as the brief reads them —
    /// written for this engagement first, then newest first — and each
    /// document's asks in its own order, which gives the tie order.
    static func collectAsks(corpus: Corpus, event: Event, documents: [Document], wording: MeetingWording) -> [AskRow] {
        let participants = event.participants.map { $0.lowercased() }
        func toParticipant(_ d: Document) -> Bool {
            guard let to = d.to?.lowercased() else { return false }
            return participants.contains { p in p.split(separator: " ").last.map { to.contains($0) } ?? false }
        }
        let visit = documents.enumerated().sorted { a, b in
            let fa = a.element.event == event.id, fb = b.element.event == event.id
            if fa != fb { return fa }
            if a.element.date != b.element.date { return b.element.date < a.element.date }
            return a.offset < b.offset
        }.map(\.element)
        var byDemand: [String: [Document]] = [:], order: [String] = []
        for doc in visit {
            for ask in doc.asks where corpus.demand(ask.demand) != nil {
                if byDemand[ask.demand] == nil { order.append(ask.demand) }
                if byDemand[ask.demand]?.contains(doc) != true { byDemand[ask.demand, default: []].append(doc) }
            }
        }
        return order.enumerated().compactMap { index, id in
            guard let demand = corpus.demand(id), let issue = corpus.issue(demand.issue), let docs = byDemand[id] else {
                return nil
            }
            let own = docs.filter { $0.event == event.id }
            let credited = own.isEmpty ? [docs[0]] : own
            let (status, decided) = corpus.status(of: id, goingInto: event)
            var seen = Set<String>()
            var writtenFor: [String] = []
            for d in docs { if let e = d.event, !writtenFor.contains(e) { writtenFor.append(e) } }
            return AskRow(
                demand: demand, issue: issue, documents: docs,
                organizations: docs.flatMap(\.organizations).filter { seen.insert($0).inserted }.compactMap(
                    corpus.organization),
                forThisEngagement: !own.isEmpty, latest: docs.map(\.date).max()!,
                status: status, decidedHere: decided,
                statusText: wording.statusText(status, decidedHere: decided, documents: docs),
                credited: credited,
                attribution: wording.attribution(credited: credited, others: docs.filter { !credited.contains($0) }),
                writtenFor: writtenFor, addressedToParticipant: docs.contains(where: toParticipant),
                talkingPoint: wording.talkingPoint(demand, documents: docs, credited: credited), order: index)
        }
    }

    /// The ranking: written for this engagement, live, separate documents
    /// (a joint letter is one voice), recency, addressed to a participant;
    /// then the documents' own order — never the ids' alphabet.
    static func rank(_ rows: [AskRow]) -> [AskRow] {
        rows.sorted { a, b in
            if a.forThisEngagement != b.forThisEngagement { return a.forThisEngagement }
            if a.isLive != b.isLive { return a.isLive }
            if a.documents.count != b.documents.count { return a.documents.count > b.documents.count }
            if a.latest != b.latest { return b.latest < a.latest }
            if a.addressedToParticipant != b.addressedToParticipant { return a.addressedToParticipant }
            return a.order < b.order
        }
    }

    /// The previous engagement sharing a participant, and what changed since.
    static func sinceLast(corpus: Corpus, event: Event) -> SinceLast? {
        let names = Set(event.participants.map { $0.lowercased() })
        guard !names.isEmpty,
            let previous = corpus.events.filter({
                $0.id != event.id && $0.date.relation(to: event.date) == .before
                    && !names.isDisjoint(with: $0.participants.map { $0.lowercased() })
            }).max(by: { ($0.date, $0.id) < ($1.date, $1.id) })
        else { return nil }
        let upTo = { (d: PartialDate) in d.relation(to: event.date) != .after }
        let after = corpus.documents.filter { $0.date.relation(to: previous.date) == .after && upTo($0.date) }
        let before = corpus.documents.filter { $0.date.relation(to: previous.date) != .after }
        let askedBefore = Set(before.flatMap { $0.asks.map(\.demand) })
        var newAsks: [Demand] = [], again: [Demand] = [], seen = Set<String>()
        for doc in after.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            for ask in doc.asks where seen.insert(ask.demand).inserted {
                guard let d = corpus.demand(ask.demand) else { continue }
                if askedBefore.contains(d.id) { again.append(d) } else { newAsks.append(d) }
            }
        }
        let outcomes = corpus.outcomes.filter {
            $0.date.relation(to: previous.date) == .after && upTo($0.date) && $0.event != event.id
                && !$0.date.isInside(from: event.date, to: event.date)
        }
        return SinceLast(engagement: previous, newAsks: newAsks, outcomes: outcomes, raisedAgain: again)
    }

    /// Asks in the body: every one written for this engagement, then the
    /// best-ranked others up to `mainAsks`.
    public var bodyAsks: [AskRow] {
        let own = asks.filter(\.forThisEngagement).count
        return Array(asks.prefix(max(Self.mainAsks, own)))
    }
    public var annexAsks: [AskRow] { Array(asks.dropFirst(bodyAsks.count)) }

    /// The bottom line draws on live asks only: the record's met, moot or
    /// lapsed demands are not asked again.
    public var bottomLine: [AskRow] { Array(asks.filter(\.isLive).prefix(Self.bottomLineAsks)) }
    /// Talking points: live asks that have words a principal may say.
    public var talkingPointAsks: [AskRow] {
        Array(asks.filter { $0.isLive && $0.talkingPoint != nil }.prefix(Self.talkingPoints))
    }

    /// Organizations whose asks the body shows (the timeline's lanes).
    public var bodyOrganizations: [Organization] {
        var seen = Set<String>(), out: [Organization] = []
        for a in bodyAsks { for o in a.organizations where seen.insert(o.id).inserted { out.append(o) } }
        return out
    }

    public var organizationCount: Int { Set(asks.flatMap { $0.organizations.map(\.id) }).count }
    public var documentCount: Int { addressing.count + earlier.count + samePeriod.count }

    /// The newest document the brief draws on.
    public var dataAsOf: PartialDate? { documentRelations.map(\.0.date).max() }
    /// Whether the newest document ends more than `staleMonths` before the engagement.
    public var isStale: Bool {
        guard let newest = dataAsOf else { return true }
        return PartialDate.dayNumber(newest.latest) < event.date.adding(months: -Self.staleMonths).dayNumber
    }

    /// The verb for what the principal does with an ask: one raises it at a
    /// meeting, a call, a visit or a summit, and presses for it at a session or a vote.
    public var verb: String {
        switch event.kind {
        case .meeting, .call, .visit, .summit: return "Raise"
        case .session, .other: return "Press for"
        }
    }

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
        if priorEngagements.count > Self.recentEngagements {
            list.append(("earlier engagements", "earlier-engagements"))
        }
        return list.enumerated().map {
            Annex(letter: String(UnicodeScalar(UInt8(65 + $0.offset))), title: $0.element.0, directive: $0.element.1)
        }
    }

    func annexLetter(_ directive: String) -> String? { annexes.first { $0.directive == directive }?.letter }

    /// Each document and how it stands to the engagement.
    public var documentRelations: [(Document, Relation)] {
        addressing.map { ($0, .addresses) } + earlier.map { ($0, .before) } + samePeriod.map { ($0, .samePeriod) }
    }

    /// The quotes, in the order of their asks' rank.
    var allQuotes: [(row: AskRow, doc: Document, quote: String)] {
        var out: [(AskRow, Document, String)] = []
        for row in asks {
            for doc in row.documents {
                if let q = doc.asks.first(where: { $0.demand == row.demand.id })?.quote { out.append((row, doc, q)) }
            }
        }
        return out
    }

    var quoteCount: Int { allQuotes.count }

    public func record() -> BriefRecord { MeetingRecord(self) }

    public func metadata(creator: String, date: Date) -> DocumentMetadata {
        DocumentMetadata(
            title: "Meeting brief: \(event.title)", author: "brief",
            subject:
                "What \(organizationCount) organizations ask to be raised at the \(event.title) (\(event.date.long))",
            keywords: [event.id, event.kind.rawValue, "meeting brief"] + event.participants,
            creator: creator, date: date)
    }
}
