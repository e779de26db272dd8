import Corpus
import Ingest

/// What the document page says right after a draft was accepted: what
/// `DraftAcceptance` merged and warned about, and `brief check`'s result on
/// the corpus as it is now (from the served snapshot, the check report's own
/// source).
struct AcceptanceNotice: Sendable {
    let file: String
    let organizations: [Link]
    let events: [Link]
    let demands: [Link]
    let warnings: [String]
    let checkClean: Bool
    /// "0 errors and 2 warnings".
    let checkCounts: String

    init(_ a: DraftAcceptance.Accepted, snapshot s: CorpusSnapshot, shown: (String) -> String) {
        file = "documents/\(a.id).md"
        organizations = a.organizations.map {
            Link(href: Paths.organization($0), text: s.corpus.organization($0)?.name ?? $0)
        }
        events = a.events.map { Link(href: Paths.event($0), text: s.corpus.event($0)?.title ?? $0) }
        demands = a.demands.map { id in
            let d = s.corpus.demand(id)
            return Link(href: d.map { Paths.demand($0.issue, $0.id) } ?? "#", text: d?.label ?? id)
        }
        warnings = a.warnings.map(shown)
        checkClean = s.diagnostics.isEmpty
        checkCounts = "\(Counted.phrase(s.errors.count, "error")) and \(Counted.phrase(s.warnings.count, "warning"))"
    }
}
