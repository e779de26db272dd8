import Corpus
import Foundation

/// How well drafts match a person's record, field by field, leave-one-out:
/// each page is ingested against the corpus without the document a person
/// made from it, and the draft is compared with that document.
public struct IngestEvaluation {
    public struct Row: Sendable {
        public var page: String
        public var document: String
        public var bodyF1, titleF1, organizationsF1, asksIssueF1, asksDemandF1: Double
        public var dateExact, eventExact, kindExact, quotesExact: Bool
        /// The confidence the draft gave each field (title, organizations, date, kind, event).
        public var confidence: [String: String] = [:]

        /// Whether each field is right: a title whose words are the record's
        /// (F1 at least 0.9), exactly the record's organizations, date, kind, event.
        public var right: [String: Bool] {
            [
                "title": titleF1 >= 0.9, "organizations": organizationsF1 == 1, "date": dateExact, "kind": kindExact,
                "event": eventExact,
            ]
        }
    }

    /// The fields whose confidence is calibrated.
    public static let calibratedFields = ["title", "organizations", "date", "kind", "event"]

    /// A field's confidence: its evidence's, the lowest of its parts' for organizations.
    static func confidence(_ d: Draft) -> [String: String] {
        let rank = ["low": 0, "medium": 1, "high": 2]
        var out: [String: String] = [:]
        for f in calibratedFields { out[f] = d.evidence[f]?.confidence ?? "low" }
        _ = rank
        return out
    }

    /// Per field and confidence: how many fields were right of how many.
    public static func calibration(_ rows: [Row]) -> String {
        var out = "calibration (field: confidence right/total)\n"
        for f in calibratedFields {
            var parts: [String] = []
            for level in ["high", "medium", "low"] {
                let marked = rows.filter { $0.confidence[f] == level }
                guard !marked.isEmpty else { continue }
                parts.append("\(level) \(marked.filter { $0.right[f] == true }.count)/\(marked.count)")
            }
            out += "  \(f): " + parts.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// The words compared, as ingest reads them (`Words`).
    public static func tokens(_ s: String) -> [String] { Words.of(s).map(String.init) }

    /// F1 of two bags of items.
    public static func f1<T: Hashable>(_ a: [T], _ b: [T]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var counts: [T: Int] = [:]
        for x in b { counts[x, default: 0] += 1 }
        var hit = 0
        for x in a where (counts[x] ?? 0) > 0 { hit += 1; counts[x]! -= 1 }
        guard hit > 0 else { return 0 }
        let p = Double(hit) / Double(a.count), r = Double(hit) / Double(b.count)
        return 2 * p * r / (p + r)
    }

    /// With `answers` (a corpus holding the records a person made from the
    /// pages), each page is ingested against `corpus` as it is and compared
    /// with its record there; without, leave-one-out within `corpus`.
    public static func run(pages: [String], corpus: Corpus, answers: Corpus? = nil) -> [Row] {
        var rows: [Row] = []
        for page in pages {
            guard let text = try? PageText.load(page) else { continue }
            let pageTokens = Set(tokens(text.lines.joined(separator: " ")))
            // The person's record made from this page: the document whose body it holds best.
            guard
                let truth = (answers ?? corpus).documents.max(by: { a, b in
                    Set(tokens(a.body)).intersection(pageTokens).count * 1000 / max(1, Set(tokens(a.body)).count)
                        < Set(tokens(b.body)).intersection(pageTokens).count * 1000 / max(1, Set(tokens(b.body)).count)
                })
            else { continue }
            let without =
                answers != nil
                ? corpus
                : Corpus(
                    root: corpus.root, organizations: corpus.organizations, issues: corpus.issues,
                    events: corpus.events,
                    documents: corpus.documents.filter { $0.id != truth.id }, outcomes: corpus.outcomes)
            guard let d = try? Ingester(corpus: without).draft(page, takenIDs: []) else {
                rows.append(
                    Row(
                        page: page, document: truth.id, bodyF1: 0, titleF1: 0, organizationsF1: 0, asksIssueF1: 0,
                        asksDemandF1: 0,
                        dateExact: false, eventExact: false, kindExact: false, quotesExact: false))
                continue
            }
            let issueOf = { (demand: String) in (answers ?? corpus).demand(demand)?.issue ?? demand }
            let draftDemands = d.fields.asks.map(\.demand), truthDemands = truth.asks.map(\.demand)
            let quotes = d.fields.asks.allSatisfy {
                $0.quote.map { TextNormalization.isExcerpt($0, of: d.body) } ?? true
            }
            rows.append(
                Row(
                    page: page, document: truth.id,
                    bodyF1: f1(tokens(d.body), tokens(truth.body)),
                    titleF1: f1(tokens(d.fields.title), tokens(truth.title)),
                    organizationsF1: f1(d.fields.organizations, truth.organizations),
                    asksIssueF1: f1(Array(Set(draftDemands.map(issueOf))), Array(Set(truthDemands.map(issueOf)))),
                    asksDemandF1: f1(Array(Set(draftDemands)), Array(Set(truthDemands))),
                    dateExact: d.fields.date == truth.date, eventExact: d.fields.event == truth.event,
                    kindExact: d.fields.kind == truth.kind, quotesExact: quotes, confidence: confidence(d)))
        }
        return rows
    }

    public static func report(_ rows: [Row]) -> String {
        func mean(_ f: (Row) -> Double) -> Double { rows.isEmpty ? 0 : rows.map(f).reduce(0, +) / Double(rows.count) }
        func share(_ f: (Row) -> Bool) -> Double {
            rows.isEmpty ? 0 : Double(rows.filter(f).count) / Double(rows.count)
        }
        var out = "page  document  body  title  orgs  date  event  kind  asks(issue)  asks(demand)  quotes\n"
        for r in rows {
            out += String(
                format: "%@  %@  %.2f  %.2f  %.2f  %@  %@  %@  %.2f  %.2f  %@\n",
                (r.page as NSString).lastPathComponent, r.document,
                r.bodyF1, r.titleF1, r.organizationsF1, r.dateExact ? "yes" : "no", r.eventExact ? "yes" : "no",
                r.kindExact ? "yes" : "no", r.asksIssueF1, r.asksDemandF1, r.quotesExact ? "yes" : "no")
        }
        out += String(
            format:
                "mean  body %.2f · title %.2f · organizations %.2f · date %.2f · event %.2f · kind %.2f · asks by issue %.2f · by demand %.2f · quotes exact %.2f\n",
            mean(\.bodyF1), mean(\.titleF1), mean(\.organizationsF1), share(\.dateExact), share(\.eventExact),
            share(\.kindExact),
            mean(\.asksIssueF1), mean(\.asksDemandF1), share(\.quotesExact))
        return out + calibration(rows)
    }
}
