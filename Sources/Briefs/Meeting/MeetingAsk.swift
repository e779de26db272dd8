import Corpus

/// One demand as the organizations press it for an engagement: computed
/// once, with every text the brief prints about it, so that the page and
/// `--data` say the same thing (MeetingRecord reads these fields).
public struct MeetingAsk: Sendable {
    public var demand: Demand
    public var issue: Issue
    /// Every document in the brief's scope making the demand: those written
    /// for this engagement first, then newest first.
    public var documents: [Document]
    /// Every author of those documents.
    public var organizations: [Organization]
    /// Raised in a document written for this engagement.
    public var forThisEngagement: Bool
    public var latest: PartialDate
    /// Where the demand stands going into the engagement (from the whole record).
    public var status: DemandStatus
    /// The outcome decided at this engagement: its result, not its starting point.
    public var decidedHere: Outcome?
    /// The status exactly as printed in the table, the bottom line and the data.
    public var statusText: String
    /// The documents the ask's words (and "written for this engagement") are
    /// credited to: those written for this engagement, else the newest.
    public var credited: [Document]
    /// "FIDH, written for this engagement; also HRW and EPP, latest Mar 2024".
    public var attribution: String
    /// Engagements its documents were written for, in the documents' order.
    public var writtenFor: [String]
    /// Whether a document asking it was addressed to a participant.
    public var addressedToParticipant: Bool
    /// What a principal can say about it, if anything may be said in its name.
    public var talkingPoint: MeetingTalkingPoint?
    /// Its place in the documents' own order (ties in the ranking keep it).
    var order: Int

    /// Still to be raised: written for this engagement, or open (or pending) going in.
    public var isLive: Bool { forThisEngagement || status.state == .open || status.state == .pending }
}

/// A talking point and whose words it is.
public struct MeetingTalkingPoint: Sendable {
    public enum Source: String, Sendable { case talkingPoint = "talking_point", document }
    public var text: String
    public var source: Source
    /// The document whose words these are (nil for a demand's `talking_point`).
    public var document: Document?
    /// Who it is credited to: the document's authors, or for a demand's own
    /// sentence the authors of the documents credited with the ask.
    public var organizations: [Organization]
}

/// The words the meeting brief uses for asks: one place for each phrase.
struct MeetingWording {
    let corpus: Corpus
    let event: Event

    /// The months before the engagement whose unattached documents may still
    /// speak as talking points; older words are carried forward, not said.
    static let talkingPointMonths = 12

    /// "FIDH", "AI USA and AI Ukraine jointly".
    func voice(_ d: Document) -> String {
        let names = d.organizations.map { corpus.organization($0)?.displayShort ?? $0 }
        return names.count > 1 ? ListFormat.and(names) + " jointly" : names.first ?? ""
    }

    /// How a document stands to this engagement, in a few words.
    func occasion(_ d: Document) -> String {
        if d.event == event.id { return "written for this engagement" }
        if let id = d.event, let e = corpus.event(id) { return "asked for \(e.title), \(d.date.short)" }
        return d.date.short
    }

    /// The credited voices with their occasion, then the other documents' voices.
    func attribution(credited: [Document], others: [Document]) -> String {
        let shared = credited.allSatisfy { $0.event == event.id } && credited.count > 1
        var text =
            shared
            ? ListFormat.and(credited.map(voice)) + ", each written for this engagement"
            : credited.map { "\(voice($0)), \(occasion($0))" }.joined(separator: "; ")
        let creditedOrgs = Set(credited.flatMap(\.organizations))
        var seen = Set<[String]>(), voices: [String] = []
        for d in others where !Set(d.organizations).isSubset(of: creditedOrgs) && seen.insert(d.organizations).inserted
        {
            voices.append(voice(d))
        }
        if !voices.isEmpty, let newest = others.map(\.date).max() {
            let shown =
                voices.count > 4
                ? voices.prefix(4).joined(separator: ", ") + " and \(voices.count - 4) more" : ListFormat.and(voices)
            text += "; also \(shown), \(voices.count > 1 ? "latest " : "")\(newest.short)"
        }
        return text
    }

    /// The status as printed: "Open since 9 Sep 2024; met before (7 Oct 2022)",
    /// "Lapsed (asked for …)", "Met (7 Apr 2022)", with "; decided here: met
    /// (7 Apr 2022)" when this engagement decided it.
    func statusText(_ s: DemandStatus, decidedHere: Outcome?, documents: [Document]) -> String {
        var text: String
        // A document written for this engagement came before it, whatever its date's precision.
        let ownDate = documents.contains { $0.event == event.id && $0.date == s.date }
        if s.state == .open, let d = s.date, d.relation(to: event.date) == .samePeriod, !ownDate {
            // Dated only to a period holding the engagement: say so, do not guess the order.
            text = "Open; first asked in \(d.short), same period (order unknown)"
            if let p = s.previous { text += "; \(p.status.label) before (\(p.date.short))" }
        } else {
            text = s.shortSummary
        }
        if let o = decidedHere { text += "; decided here: \(o.status.label) (\(o.date.short))" }
        return text
    }

    /// A sentence a principal can say, and whose words it is: the demand's
    /// own talking point; else the words of a document written for this
    /// engagement, or of one tied to no engagement from the last 12 months.
    /// Words written for another engagement are never put in the principal's mouth.
    func talkingPoint(_ demand: Demand, documents: [Document], credited: [Document]) -> MeetingTalkingPoint? {
        let orgs = { (docs: [Document]) in
            var seen = Set<String>()
            return docs.flatMap(\.organizations).filter { seen.insert($0).inserted }.compactMap(corpus.organization)
        }
        if let t = demand.talkingPoint, !t.isEmpty {
            return MeetingTalkingPoint(
                text: Sentence.ending(t), source: .talkingPoint, document: nil, organizations: orgs(credited))
        }
        let recentFrom = event.date.adding(months: -Self.talkingPointMonths)
        let speakable =
            documents.first { $0.event == event.id }
            ?? documents.first {
                $0.event == nil && $0.date.isInside(from: recentFrom, to: nil)
                    && $0.date.relation(to: event.date) != .after
            }
        guard let doc = speakable, let ask = doc.asks.first(where: { $0.demand == demand.id }) else { return nil }
        return MeetingTalkingPoint(
            text: Sentence.ending(ask.text.prefix(1).uppercased() + ask.text.dropFirst()), source: .document,
            document: doc, organizations: orgs([doc]))
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
