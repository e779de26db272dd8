import Corpus
import Foundation

/// The meeting brief as data (`--data`): the fields MeetingBrief computed
/// once and the page prints — what leads, every ask with its status as
/// printed and who it is credited to, the talking points and whose words
/// they are, how each document stands to the engagement, what changed since
/// last time. Nothing here is derived anew.
struct MeetingRecord: BriefRecord, Encodable {
    struct Ask: Encodable {
        var demand: String
        var issue: String
        var status: String
        var status_date: String?
        /// Exactly as the table prints it.
        var status_text: String
        var previously: String?
        @Null var decided_here: Decided?
        var for_this_engagement: Bool
        var in_body: Bool
        var organizations: [String]
        /// Separate documents making it (a joint letter is one).
        var documents: Int
        var document_ids: [String]
        /// Engagements its documents were written for (null for none).
        @Null var written_for: [String]?
        /// Who its words are credited to, as printed.
        var attribution: String
        var attributed_to: [String]
        var latest: String
    }
    struct Decided: Encodable { var status: String; var date: String }
    struct BottomLineItem: Encodable {
        var demand: String
        var attributed_to: [String]
        var documents: [String]
        var for_this_engagement: Bool
        var status_text: String
    }
    struct TalkingPoint: Encodable {
        var demand: String
        var text: String
        var source: String
        @Null var document: String?
        var organizations: [String]
    }
    struct SinceLast: Encodable {
        var engagement: String
        var new_asks: [String]
        var outcomes: [OutcomeEntry]
        var raised_again: [String]
    }
    struct OutcomeEntry: Encodable { var demand: String; var status: String; var date: String }
    struct DocumentRelation: Encodable { var id: String; var relation: String; var date: String }

    let kind = "meeting"
    var event: String
    var event_date: String
    var lookback_years: Int
    var organizations: Int
    var bottom_line: [String]
    var bottom_line_items: [BottomLineItem]
    var asks: [Ask]
    var talking_points: [TalkingPoint]
    var documents: [DocumentRelation]
    var prior_engagements: [String]
    @Null var since_last: SinceLast?
    @Null var data_as_of: String?
    var stale: Bool
    var left_out_at_edge: [String]
    var annexes: [String]

    init(_ b: MeetingBrief) {
        event = b.event.id
        event_date = b.event.date.description
        lookback_years = b.lookback
        organizations = b.organizationCount
        bottom_line = b.bottomLine.map(\.demand.id)
        bottom_line_items = b.bottomLine.map { a in
            BottomLineItem(
                demand: a.demand.id, attributed_to: Self.authors(a.credited), documents: a.credited.map(\.id),
                for_this_engagement: a.forThisEngagement, status_text: a.statusText)
        }
        let body = Set(b.bodyAsks.map(\.demand.id))
        asks = b.asks.map { a in
            Ask(
                demand: a.demand.id, issue: a.issue.id, status: a.status.state.rawValue,
                status_date: a.status.date?.description,
                status_text: a.statusText,
                previously: a.status.previous.map { "\($0.status.rawValue) \($0.date.description)" },
                decided_here: a.decidedHere.map { Decided(status: $0.status.rawValue, date: $0.date.description) },
                for_this_engagement: a.forThisEngagement, in_body: body.contains(a.demand.id),
                organizations: a.organizations.map(\.id), documents: a.documents.count,
                document_ids: a.documents.map(\.id),
                written_for: a.writtenFor.isEmpty ? nil : a.writtenFor, attribution: a.attribution,
                attributed_to: Self.authors(a.credited), latest: a.latest.description)
        }
        talking_points = b.talkingPointAsks.compactMap { a in
            a.talkingPoint.map {
                TalkingPoint(
                    demand: a.demand.id, text: $0.text, source: $0.source.rawValue, document: $0.document?.id,
                    organizations: $0.organizations.map(\.id))
            }
        }
        documents = b.documentRelations.map {
            DocumentRelation(id: $0.0.id, relation: $0.1.rawValue, date: $0.0.date.description)
        }
        prior_engagements = b.priorEngagements.map(\.event.id)
        since_last = b.sinceLast.map { s in
            SinceLast(
                engagement: s.engagement.id, new_asks: s.newAsks.map(\.id),
                outcomes: s.outcomes.map {
                    OutcomeEntry(demand: $0.demand, status: $0.status.rawValue, date: $0.date.description)
                },
                raised_again: s.raisedAgain.map(\.id))
        }
        data_as_of = b.dataAsOf?.description
        stale = b.isStale
        left_out_at_edge = b.leftOutAtEdge.map(\.id)
        annexes = b.annexes.map { "\($0.letter): \($0.title)" }
    }

    /// The authors of the documents, each once, in order.
    static func authors(_ docs: [Document]) -> [String] {
        var seen = Set<String>()
        return docs.flatMap(\.organizations).filter { seen.insert($0).inserted }
    }

    func csv() -> String {
        var lines = [
            "section,id,issue,status,status_date,for_this_engagement,in_body,organizations,documents,latest,status_text,attributed_to"
        ]
        for a in asks {
            lines.append(
                BriefData.csvLine([
                    "ask", a.demand, a.issue, a.status, a.status_date ?? "", String(a.for_this_engagement),
                    String(a.in_body), a.organizations.joined(separator: " "), String(a.documents), a.latest,
                    a.status_text, a.attributed_to.joined(separator: " "),
                ]))
        }
        let pad = { (n: Int) in Array(repeating: "", count: n) }
        for (i, d) in bottom_line_items.enumerated() {
            lines.append(
                BriefData.csvLine(
                    ["bottom-line", d.demand, "", String(i + 1)] + pad(3) + [d.attributed_to.joined(separator: " ")]
                        + pad(2) + [d.status_text, d.attributed_to.joined(separator: " ")]))
        }
        for t in talking_points {
            lines.append(
                BriefData.csvLine([
                    "talking-point", t.demand, "", t.text, "", "", "", t.organizations.joined(separator: " "),
                    t.document ?? "", t.source, "", "",
                ]))
        }
        for d in documents { lines.append(BriefData.csvLine(["document", d.id, "", d.relation, d.date] + pad(7))) }
        for e in prior_engagements { lines.append(BriefData.csvLine(["prior-engagement", e] + pad(10))) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A value written as JSON `null` when absent, rather than left out: the
/// data contract names these keys whether or not they have a value.
@propertyWrapper
struct Null<Value: Encodable>: Encodable {
    var wrappedValue: Value?
    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}
