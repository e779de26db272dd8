import Corpus
import Typesetting

/// Alternative text for the briefs' figures, written from the same data the
/// figures draw (the tagged PDF's /Alt): what a reader who cannot see the
/// figure needs to know, in a sentence or three.
enum FigureDescriptions {
    /// "Timeline 2017–2025: 4 organizations, 9 statements, 5 engagements.
    /// Most recent statement: …. Most recent engagement: …."
    static func timeline(
        _ entries: [TimelineEntry], organizations: [Organization], part: (first: Int, last: Int, of: Int)?,
        highlighted: String?, corpus: (String) -> String
    ) -> String {
        let lanes = Set(organizations.map(\.id))
        let statements: [Document] = entries.compactMap {
            if case .statement(let d) = $0, d.organizations.contains(where: lanes.contains) { return d }
            return nil
        }
        let engagements: [Event] = entries.compactMap {
            if case .engagement(let e) = $0 { return e }; return nil
        }
        let years = entries.map { $0.date.year }
        var text = "Timeline"
        if let lo = years.min(), let hi = years.max() { text += lo == hi ? " \(lo)" : " \(lo)–\(hi)" }
        text +=
            ": "
            + ListFormat.and([
                Counted(organizations.count, "organization").text,
                Counted(statements.count, "statement").text,
                Counted(engagements.count, "engagement").text,
            ])
        if let part { text += " (organizations \(part.first)–\(part.last) of \(part.of))" }
        text += "."
        if let newest = statements.max(by: { $0.date < $1.date }) {
            let who = ListFormat.and(newest.organizations.filter(lanes.contains).map(corpus))
            text += " Most recent statement: \(who), \(newest.kind.label), \(newest.date.long)."
        }
        if let id = highlighted, let e = engagements.first(where: { $0.id == id }) {
            text += " Marked: \(e.title), \(e.date.long)."
        } else if let newest = engagements.max(by: { $0.date < $1.date }) {
            text += " Most recent engagement: \(newest.title), \(newest.date.long)."
        }
        return text
    }

    /// A matrix cell's mark: "Asked in 2 documents, newest 18 Mar 2025."
    static func matrixMark(count: Int, date: String) -> String {
        var text = count > 1 ? "Asked in \(count) documents" : "Asked in 1 document"
        if !date.isEmpty { text += ", newest \(date)" }
        return text + "."
    }

    static let matrixLegend =
        "Legend: a filled disc, asked in one document; a disc in a ring, asked in two or more; a dash, never asked in the period."
}
