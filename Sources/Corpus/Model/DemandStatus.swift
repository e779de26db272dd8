/// Where a demand stands at a date, from the record (format v1.1, see
/// docs/corpus-format.md): the latest outcome on or before the date —
/// unless a document raised the demand again after that outcome, which
/// makes it open again (the earlier outcome is kept, so briefs can say it
/// was met before). With no outcome, a demand that documents make is open,
/// unless every ask since the last outcome was written for an engagement
/// now past and names it ("call off the summit"): then it has lapsed.
public struct DemandStatus: Hashable, Sendable {
    public enum State: String, Sendable, Codable {
        case open, met, partlyMet = "partly-met", rejected, pending, moot, lapsed
        /// Words for a sentence: "open", "partly met".
        public var label: String { self == .partlyMet ? "partly met" : rawValue }
    }

    public var state: State
    /// The outcome that sets the state (nil when open or lapsed).
    public var outcome: Outcome?
    /// An outcome the record later reopened by asking again.
    public var previous: Outcome?
    /// The state's date: the outcome's, for an open demand the first time it
    /// was asked since the last outcome, for a lapsed one its engagement's.
    public var date: PartialDate?
    /// Whether the outcome's period and the date overlap (a `2025` outcome
    /// before a call on 18 March 2025): the order is not known.
    public var uncertainOrder: Bool
    /// The past engagement a lapsed demand was asked for.
    public var lapsedWith: Event? = nil

    /// "Met (7 April 2022)", "Open since March 2025; met before (7 April 2022)",
    /// "Lapsed (asked for the Spring summit, March 2025)".
    public var summary: String { text(\.long) }
    /// The same with short dates ("7 Apr 2022"), for tables.
    public var shortSummary: String { text(\.short) }

    private func text(_ format: KeyPath<PartialDate, String>) -> String {
        var s = state.label.prefix(1).uppercased() + state.label.dropFirst()
        switch state {
        case .open:
            if let date { s += " since \(date[keyPath: format])" }
            if let p = previous { s += "; \(p.status.label) before (\(p.date[keyPath: format]))" }
        case .lapsed:
            if let e = lapsedWith { s += " (asked for \(e.title), \(e.date[keyPath: format]))" }
        default:
            if let o = outcome { s += " (\(o.date[keyPath: format])\(uncertainOrder ? ", same period" : ""))" }
        }
        return s
    }
}

extension Corpus {
    /// The status of a demand at `date` (nil for "now": every record counts,
    /// and an engagement is past when a document or outcome is dated after it).
    public func status(of demand: String, at date: PartialDate? = nil) -> DemandStatus {
        status(of: demand, at: date, excluding: { _ in false })
    }

    /// The status of a demand going into `event`, and the outcome decided at
    /// the engagement itself (one dated within its date, or naming it), which
    /// is its result and not its starting point.
    public func status(of demand: String, goingInto event: Event) -> (status: DemandStatus, decidedHere: Outcome?) {
        let decided = { (o: Outcome) in o.event == event.id || o.date.isInside(from: event.date, to: event.date) }
        let here = outcomes.last { $0.demand == demand && decided($0) }
        return (status(of: demand, at: event.date, excluding: decided), here)
    }

    private func status(of demand: String, at date: PartialDate?, excluding: (Outcome) -> Bool) -> DemandStatus {
        func known(_ d: PartialDate) -> Bool { date.map { d.relation(to: $0) != .after } ?? true }
        let outcomes = (outcomesByDemand[demand] ?? []).map { self.outcomes[$0] }.filter {
            known($0.date) && !excluding($0)
        }
        let askers = (documentsByDemand[demand] ?? []).map { documents[$0] }.filter { known($0.date) }
        guard let last = outcomes.last else {
            if let lapse = lapse(of: demand, askers: askers, at: date) { return lapse }
            return DemandStatus(
                state: .open, outcome: nil, previous: nil, date: askers.map(\.date).min(), uncertainOrder: false)
        }
        // Asked again after the outcome (wholly after its period): open again.
        let again = askers.filter { $0.date.relation(to: last.date) == .after }
        if let first = again.map(\.date).min() {
            if let lapse = lapse(of: demand, askers: again, at: date) { return lapse }
            return DemandStatus(state: .open, outcome: nil, previous: last, date: first, uncertainOrder: false)
        }
        let state = DemandStatus.State(rawValue: last.status.rawValue) ?? .open
        let uncertain = date.map { last.date.relation(to: $0) == .samePeriod } ?? false
        return DemandStatus(state: state, outcome: last, previous: nil, date: last.date, uncertainOrder: uncertain)
    }

    /// Lapsed: every ask (by `askers`) was written for an engagement wholly
    /// before `date` and names it in its words. Dated by the latest of them.
    private func lapse(of demand: String, askers: [Document], at date: PartialDate?) -> DemandStatus? {
        guard !askers.isEmpty else { return nil }
        // "Now" (no date): the newest dated thing in the record, found once and only when needed.
        guard
            let now = date
                ?? (askers.allSatisfy({ $0.event != nil }) ? (documents.map(\.date) + outcomes.map(\.date)).max() : nil)
        else { return nil }
        var latest: Event?
        for doc in askers {
            guard let id = doc.event, let e = event(id), e.date.relation(to: now) == .before,
                doc.asks.contains(where: {
                    $0.demand == demand && EngagementReference.names(e, in: $0.text + " " + ($0.quote ?? ""))
                })
            else { return nil }
            if latest.map({ $0.date < e.date }) ?? true { latest = e }
        }
        guard let e = latest else { return nil }
        return DemandStatus(
            state: .lapsed, outcome: nil, previous: nil, date: e.date, uncertainOrder: false, lapsedWith: e)
    }
}
