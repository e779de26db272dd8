import Corpus
import Foundation
import Typesetting

/// What a brief claims, as data a program can check (`--data`): JSON
/// (structured) or CSV (one row per fact). Every brief kind has both.
public protocol BriefRecord {
    func json() throws -> Data
    func csv() -> String
}

/// Encodable records are written as sorted, indented JSON.
extension BriefRecord where Self: Encodable {
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

public enum BriefData {
    /// Writes a brief's record (`BriefContent.record()`) as `.json` or `.csv`, atomically.
    public static func write(_ record: any BriefRecord, to path: String) throws {
        let text: String
        if path.hasSuffix(".json") {
            text = String(decoding: try record.json(), as: UTF8.self) + "\n"
        } else {
            text = record.csv()
        }
        // Written as the PDF is (`OutputFile`): through a link, onto a device,
        // atomically, and nothing left behind on an error or a signal.
        try OutputFile.write(Array(text.utf8), to: path)
    }

    static func csvLine(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    static func object(_ b: IssueBrief) -> [String: Any] {
        let m = b.matrix
        var cells: [[String: Any]] = []
        for o in m.organizations {
            for d in m.demands {
                let e = m.entries(o.id, d.id)
                cells.append(["organization": o.id, "demand": d.id, "asked": !e.isEmpty,
                              "documents": e.map { ["document": $0.document, "date": $0.date.description] }])
            }
        }
        let timeline: [[String: Any]] = b.corpus.timeline(issue: b.issue.id, in: b.range).map { entry in
            switch entry {
            case .statement(let d): return ["type": "statement", "date": d.date.description, "id": d.id, "title": d.title, "organizations": d.organizations]
            case .engagement(let e): return ["type": "engagement", "date": e.date.description, "id": e.id, "title": e.title, "kind": e.kind.rawValue]
            }
        }
        return ["issue": b.issue.id, "label": b.issue.label,
                "organizations": m.organizations.map { ["id": $0.id, "name": $0.name, "demands": m.rowTotal($0.id)] },
                "demands": m.demands.map { ["id": $0.id, "label": $0.label, "organizations": m.columnTotal($0.id)] },
                "matrix": cells, "timeline": timeline]
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func csv(_ b: IssueBrief) -> String {
        var lines = ["section,organization,demand,demand_label,date,document,title"]
        let m = b.matrix
        for o in m.organizations {
            for d in m.demands {
                for e in m.entries(o.id, d.id) {
                    let title = b.corpus.document(e.document)?.title ?? ""
                    lines.append(["matrix", o.id, d.id, d.label, e.date.description, e.document, title].map(field).joined(separator: ","))
                }
            }
        }
        for entry in b.corpus.timeline(issue: b.issue.id, in: b.range) {
            switch entry {
            case .statement(let d):
                lines.append(["timeline", d.organizations.joined(separator: " "), "", "statement", d.date.description, d.id, d.title].map(field).joined(separator: ","))
            case .engagement(let e):
                lines.append(["timeline", "", "", e.kind.rawValue, e.date.description, e.id, e.title].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
