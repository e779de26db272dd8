/// The "make a brief" box on an issue, engagement or year page: direct
/// links to the PDF and its data, and a form (plain GET, no script) with the
/// command line's options.
struct BriefForm: Sendable {
    enum Kind: Sendable {
        case issue, meeting, year
        /// The first segment of the addresses of its records and briefs (`/issues/ID/brief.pdf`).
        var prefix: String {
            switch self {
            case .issue: return "issues"
            case .meeting: return "events"
            case .year: return "years"
            }
        }
    }
    let action: String
    let pdf: String
    let json: String
    let csv: String
    let period: Bool
    let lookback: Bool
    let defaultLookback: Int
    let noun: String

    init(base: String, kind: Kind) {
        action = "\(base)/brief"
        pdf = "\(base)/brief.pdf"
        json = "\(base)/brief.json"
        csv = "\(base)/brief.csv"
        period = kind == .issue
        lookback = kind == .meeting
        defaultLookback = 5
        noun = kind == .issue ? "issue brief" : kind == .meeting ? "meeting brief" : "annual summary"
    }
}
