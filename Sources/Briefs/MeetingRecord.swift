import Corpus
import Foundation

/// The meeting brief as data: what leads, every ask with its status and
/// whether the body shows it, the talking points, how each document stands
/// to the engagement, and the prior engagements.
struct MeetingRecord: BriefRecord, Encodable {
    struct Ask: Encodable {
        var demand: String
        var issue: String
        var status: String
        var status_date: String?
        var previously: String?
        var for_this_engagement: Bool
        var in_body: Bool
        var organizations: [String]
        /// Separate documents making it (a joint letter is one).
        var documents: Int
        var document_ids: [String]
        var latest: String
    }
    struct TalkingPoint: Encodable { var demand: String; var text: String }
    struct DocumentRelation: Encodable { var id: String; var relation: String; var date: String }

    let kind = "meeting"
    var event: String
    var event_date: String
    var lookback_years: Int
    var organizations: Int
    var bottom_line: [String]
    var asks: [Ask]
    var talking_points: [TalkingPoint]
    var documents: [DocumentRelation]
    var prior_engagements: [String]
    var annexes: [String]

    init(_ b: MeetingBrief) {
        event = b.event.id
        event_date = b.event.date.description
        lookback_years = b.lookback
        organizations = b.organizationCount
        bottom_line = b.bottomLine.map(\.demand.id)
        let body = Set(b.bodyAsks.map(\.demand.id))
        asks = b.asks.map { a in
            Ask(demand: a.demand.id, issue: a.issue.id, status: a.status.state.rawValue, status_date: a.status.date?.description,
                previously: a.status.previous.map { "\($0.status.rawValue) \($0.date.description)" },
                for_this_engagement: a.forThisEngagement, in_body: body.contains(a.demand.id),
                organizations: a.organizations.map(\.id), documents: a.documents.count, document_ids: a.documents.map(\.id),
                latest: a.latest.description)
        }
        talking_points = b.talkingPointAsks.map { TalkingPoint(demand: $0.demand.id, text: b.talkingPoint($0)) }
        documents = b.documentRelations.map { DocumentRelation(id: $0.0.id, relation: $0.1.rawValue, date: $0.0.date.description) }
        prior_engagements = b.priorEngagements.map(\.event.id)
        annexes = b.annexes.map { "\($0.letter): \($0.title)" }
    }

    func csv() -> String {
        var lines = ["section,id,issue,status,status_date,for_this_engagement,in_body,organizations,documents,latest"]
        for a in asks {
            lines.append(BriefData.csvLine(["ask", a.demand, a.issue, a.status, a.status_date ?? "", String(a.for_this_engagement),
                                            String(a.in_body), a.organizations.joined(separator: " "), String(a.documents), a.latest]))
        }
        for (i, d) in bottom_line.enumerated() { lines.append(BriefData.csvLine(["bottom-line", d, "", String(i + 1), "", "", "", "", "", ""])) }
        for t in talking_points { lines.append(BriefData.csvLine(["talking-point", t.demand, "", t.text, "", "", "", "", "", ""])) }
        for d in documents { lines.append(BriefData.csvLine(["document", d.id, "", d.relation, d.date, "", "", "", "", ""])) }
        for e in prior_engagements { lines.append(BriefData.csvLine(["prior-engagement", e, "", "", "", "", "", "", "", ""])) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The annual summary as data: each demand of the year with its change
/// class, the dropped demands and the year's outcomes.
struct AnnualRecord: BriefRecord, Encodable {
    struct DemandEntry: Encodable {
        var id: String
        var issue: String
        var documents: Int
        var organizations: [String]
        var change: String
    }
    struct OutcomeEntry: Encodable { var demand: String; var status: String; var date: String; var note: String? }

    let kind = "annual"
    var year: Int
    var documents: Int
    var organizations: Int
    var demands: [DemandEntry]
    var dropped: [String]
    var outcomes: [OutcomeEntry]

    init(_ s: AnnualSummary) {
        year = s.year
        documents = s.documents.count
        organizations = s.organizations.count
        demands = s.demandChanges.map { d, change in
            let docs = s.documents.filter { $0.asks.contains { $0.demand == d.id } }
            var orgs: [String] = []
            for o in docs.flatMap(\.organizations) where !orgs.contains(o) { orgs.append(o) }
            return DemandEntry(id: d.id, issue: d.issue, documents: docs.count, organizations: orgs, change: change.rawValue)
        }
        dropped = s.changes.dropped.map(\.id)
        outcomes = s.outcomes.map { OutcomeEntry(demand: $0.demand, status: $0.status.rawValue, date: $0.date.description, note: $0.note) }
    }

    func csv() -> String {
        var lines = ["section,demand,issue,documents,organizations,change"]
        for d in demands {
            lines.append(BriefData.csvLine(["demand", d.id, d.issue, String(d.documents), d.organizations.joined(separator: " "), d.change]))
        }
        for d in dropped { lines.append(BriefData.csvLine(["dropped", d, "", "", "", "dropped"])) }
        for o in outcomes { lines.append(BriefData.csvLine(["outcome", o.demand, "", o.date, "", o.status])) }
        return lines.joined(separator: "\n") + "\n"
    }
}
