import Corpus
import Foundation

/// The issue brief as data: the matrix, the timeline, and per demand how
/// many separate documents make it, whether it is shared, and its status.
struct IssueRecord: BriefRecord {
    let brief: IssueBrief

    func json() throws -> Data {
        var object = BriefData.object(brief)
        let b = brief
        object["kind"] = "issue"
        object["demands"] = (b.matrix.demands + b.unasked).map { d -> [String: Any] in
            let status = b.corpus.status(of: d.id, at: b.range.to)
            var entry: [String: Any] = ["id": d.id, "label": d.label, "organizations": b.matrix.columnTotal(d.id),
                                        "documents": b.documentCount(of: d.id), "shared": b.isShared(d.id),
                                        "status": status.state.rawValue, "in_matrix": b.matrix.demands.contains(d)]
            if let date = status.date { entry["status_date"] = date.description }
            if let p = status.previous { entry["previously"] = ["status": p.status.rawValue, "date": p.date.description] }
            return entry
        }
        object["unasked"] = b.unasked.map(\.id)
        object["first"] = b.mayBeFirst.map(\.id)
        object["most_recent"] = b.mayBeLatest.map(\.id)
        var period: [String: Any] = ["left_out": b.leftOut.map(\.id)]
        period["from"] = (b.range.from ?? b.documents.first?.date)?.description
        period["to"] = (b.range.to ?? b.documents.last?.date)?.description
        object["period"] = period
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    func csv() -> String {
        var text = BriefData.csv(brief)
        for d in brief.matrix.demands {
            let status = brief.corpus.status(of: d.id, at: brief.range.to)
            text += BriefData.csvLine(["demand", "", d.id, d.label, status.date?.description ?? "", String(brief.documentCount(of: d.id)),
                                       (brief.isShared(d.id) ? "shared" : "single") + " " + status.state.rawValue]) + "\n"
        }
        for d in brief.leftOut {
            text += BriefData.csvLine(["left-out", d.organizations.joined(separator: " "), "", "straddles the period", d.date.description, d.id, d.title]) + "\n"
        }
        return text
    }
}
