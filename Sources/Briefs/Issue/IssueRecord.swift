import Corpus
import Foundation

/// The issue brief as data (`--data`): the matrix, the timeline, and per
/// demand how many separate documents make it, whether it is shared, and
/// its status; which documents may be the first and the most recent; the
/// period and what it left out at its edges.
struct IssueRecord: BriefRecord, Encodable {
    struct OrganizationRow: Encodable { var id, name: String; var demands: Int }
    struct DemandColumn: Encodable {
        var id, label: String
        var organizations, documents: Int
        var shared: Bool
        var status: String
        var status_date: String?
        var previously: Previous?
        /// False for a demand no one made in the period (named in a sentence, not a column).
        var in_matrix: Bool
    }
    struct Previous: Encodable { var status, date: String }
    struct Cell: Encodable {
        struct Entry: Encodable { var document, date: String }
        var organization, demand: String
        var asked: Bool
        var documents: [Entry]
    }
    struct TimelineItem: Encodable {
        var type, date, id, title: String
        var organizations: [String]?
        var kind: String?
    }
    struct Period: Encodable {
        var from, to: String?
        var left_out: [String]
    }

    let kind = "issue"
    var issue, label: String
    var organizations: [OrganizationRow]
    var demands: [DemandColumn]
    var matrix: [Cell]
    var timeline: [TimelineItem]
    var unasked, first, most_recent: [String]
    var period: Period
    private let csvText: String

    init(brief b: IssueBrief) {
        let m = b.matrix
        issue = b.issue.id
        label = b.issue.label
        organizations = m.organizations.map { OrganizationRow(id: $0.id, name: $0.name, demands: m.rowTotal($0.id)) }
        demands = (m.demands + b.unasked).map { d in
            let status = b.corpus.status(of: d.id, at: b.range.to)
            return DemandColumn(
                id: d.id, label: d.label, organizations: m.columnTotal(d.id), documents: b.documentCount(of: d.id),
                shared: b.isShared(d.id), status: status.state.rawValue, status_date: status.date?.description,
                previously: status.previous.map { Previous(status: $0.status.rawValue, date: $0.date.description) },
                in_matrix: m.demands.contains(d))
        }
        matrix = m.organizations.flatMap { o in
            m.demands.map { d in
                let e = m.entries(o.id, d.id)
                return Cell(
                    organization: o.id, demand: d.id, asked: !e.isEmpty,
                    documents: e.map { Cell.Entry(document: $0.document, date: $0.date.description) })
            }
        }
        timeline = b.corpus.timeline(issue: b.issue.id, in: b.range).map { entry in
            switch entry {
            case .statement(let d):
                return TimelineItem(
                    type: "statement", date: d.date.description, id: d.id, title: d.title,
                    organizations: d.organizations)
            case .engagement(let e):
                return TimelineItem(
                    type: "engagement", date: e.date.description, id: e.id, title: e.title, kind: e.kind.rawValue)
            }
        }
        unasked = b.unasked.map(\.id)
        first = b.mayBeFirst.map(\.id)
        most_recent = b.mayBeLatest.map(\.id)
        period = Period(
            from: (b.range.from ?? b.documents.first?.date)?.description,
            to: (b.range.to ?? b.documents.last?.date)?.description, left_out: b.leftOut.map(\.id))
        csvText = Self.csv(b, demands: demands)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, issue, label, organizations, demands, matrix, timeline, unasked, first, most_recent, period
    }

    func csv() -> String { csvText }

    /// One row per fact: matrix entries, timeline entries, demands, documents left out.
    private static func csv(_ b: IssueBrief, demands: [DemandColumn]) -> String {
        var lines = ["section,organization,demand,demand_label,date,document,title"]
        let m = b.matrix
        for o in m.organizations {
            for d in m.demands {
                for e in m.entries(o.id, d.id) {
                    let title = b.corpus.document(e.document)?.title ?? ""
                    lines.append(
                        BriefData.csvLine(["matrix", o.id, d.id, d.label, e.date.description, e.document, title]))
                }
            }
        }
        for entry in b.corpus.timeline(issue: b.issue.id, in: b.range) {
            switch entry {
            case .statement(let d):
                lines.append(
                    BriefData.csvLine([
                        "timeline", d.organizations.joined(separator: " "), "", "statement", d.date.description, d.id,
                        d.title,
                    ]))
            case .engagement(let e):
                lines.append(
                    BriefData.csvLine(["timeline", "", "", e.kind.rawValue, e.date.description, e.id, e.title]))
            }
        }
        for d in demands {
            lines.append(
                BriefData.csvLine([
                    "demand", "", d.id, d.label, d.status_date ?? "", String(d.documents),
                    (d.shared ? "shared" : "single") + " " + d.status,
                ]))
        }
        for d in b.leftOut {
            lines.append(
                BriefData.csvLine([
                    "left-out", d.organizations.joined(separator: " "), "", "straddles the period", d.date.description,
                    d.id, d.title,
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
