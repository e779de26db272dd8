import Corpus
import Foundation

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
            return DemandEntry(
                id: d.id, issue: d.issue, documents: docs.count, organizations: orgs, change: change.rawValue)
        }
        dropped = s.changes.dropped.map(\.id)
        outcomes = s.outcomes.map {
            OutcomeEntry(demand: $0.demand, status: $0.status.rawValue, date: $0.date.description, note: $0.note)
        }
    }

    func csv() -> String {
        var lines = ["section,demand,issue,documents,organizations,change"]
        for d in demands {
            lines.append(
                BriefData.csvLine([
                    "demand", d.id, d.issue, String(d.documents), d.organizations.joined(separator: " "), d.change,
                ]))
        }
        for d in dropped { lines.append(BriefData.csvLine(["dropped", d, "", "", "", "dropped"])) }
        for o in outcomes { lines.append(BriefData.csvLine(["outcome", o.demand, "", o.date, "", o.status])) }
        return lines.joined(separator: "\n") + "\n"
    }
}
