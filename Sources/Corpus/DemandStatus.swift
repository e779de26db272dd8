/// Where a demand stands at a date, from the record (DESIGN.md, format
/// v1.1): the latest outcome on or before the date — unless a document
/// raised the demand again after that outcome, which makes it open again
/// (the earlier outcome is kept, so briefs can say it was met before).
/// With no outcome, a demand that documents make is open.
public struct DemandStatus: Hashable, Sendable {
    public enum State: String, Sendable, Codable {
        case open, met, partlyMet = "partly-met", rejected, pending, moot
        /// Words for a sentence: "open", "partly met".
        public var label: String { self == .partlyMet ? "partly met" : rawValue }
    }

    public var state: State
    /// The outcome that sets the state (nil when open).
    public var outcome: Outcome?
    /// An outcome the record later reopened by asking again.
    public var previous: Outcome?
    /// The state's date: the outcome's, or for an open demand the first
    /// time it was asked since the last outcome.
    public var date: PartialDate?
    /// Whether the outcome's period and the date overlap (a `2025` outcome
    /// before a call on 18 March 2025): the order is not known.
    public var uncertainOrder: Bool

    /// "Met (7 April 2022)", "Open since March 2025; met before (7 April 2022)".
    public var summary: String {
        var s = state.label.prefix(1).uppercased() + state.label.dropFirst()
        if state == .open {
            if let date { s += " since \(date.long)" }
            if let p = previous { s += "; \(p.status.label) before (\(p.date.long))" }
        } else if let o = outcome {
            s += " (\(o.date.long)\(uncertainOrder ? ", same period" : ""))"
        }
        return s
    }
}

extension Corpus {
    /// The status of a demand at `date` (nil for "now": every record counts).
    public func status(of demand: String, at date: PartialDate? = nil) -> DemandStatus {
        func known(_ d: PartialDate) -> Bool { date.map { d.relation(to: $0) != .after } ?? true }
        let outcomes = (outcomesByDemand[demand] ?? []).map { self.outcomes[$0] }.filter { known($0.date) }
        let asked = (documentsByDemand[demand] ?? []).map { documents[$0].date }.filter(known)
        guard let last = outcomes.last else {
            return DemandStatus(state: .open, outcome: nil, previous: nil, date: asked.min(), uncertainOrder: false)
        }
        // Asked again after the outcome (wholly after its period): open again.
        let again = asked.filter { $0.relation(to: last.date) == .after }
        if let first = again.min() {
            return DemandStatus(state: .open, outcome: nil, previous: last, date: first, uncertainOrder: false)
        }
        let state = DemandStatus.State(rawValue: last.status.rawValue) ?? .open
        let uncertain = date.map { last.date.relation(to: $0) == .samePeriod } ?? false
        return DemandStatus(state: state, outcome: last, previous: nil, date: last.date, uncertainOrder: uncertain)
    }
}
