/// An inclusive period; either end may be open. Partial dates overlap it
/// when any day they may mean falls inside.
public struct DateRange: Hashable, Sendable {
    public var from: PartialDate?
    public var to: PartialDate?
    public init(from: PartialDate? = nil, to: PartialDate? = nil) { self.from = from; self.to = to }
    public static let all = DateRange()
    /// A date belongs to the range only when its whole period lies inside
    /// (docs/corpus-format.md, format v1.1): `2025` is not in "up to February 2025".
    public func contains(_ d: PartialDate) -> Bool { d.isInside(from: from, to: to) }
    /// Dates that overlap the range without lying inside it: they straddle an edge.
    public func straddles(_ d: PartialDate) -> Bool {
        d.overlaps(from: from, to: to) && !d.isInside(from: from, to: to)
    }
}

/// One cell entry of the issue matrix: a document where the organization made the demand.
public struct MatrixEntry: Hashable, Sendable {
    public var document: String
    public var date: PartialDate
}

/// Organizations (rows) against an issue's demands (columns).
public struct IssueMatrix: Sendable {
    public var issue: Issue
    /// Rows, most involved first (most demands, then earliest, then name).
    public var organizations: [Organization]
    /// Columns, most shared first (most organizations, then taxonomy order).
    public var demands: [Demand]
    /// cells[organization][demand] → documents in date order; absent means never asked.
    public var cells: [String: [String: [MatrixEntry]]]

    public func entries(_ organization: String, _ demand: String) -> [MatrixEntry] {
        cells[organization]?[demand] ?? []
    }
    /// Demands an organization made.
    public func rowTotal(_ organization: String) -> Int { cells[organization]?.count ?? 0 }
    /// Organizations that made a demand.
    public func columnTotal(_ demand: String) -> Int {
        organizations.filter { cells[$0.id]?[demand] != nil }.count
    }
}

/// Statements and engagements on one time axis.
public enum TimelineEntry: Hashable, Sendable {
    case statement(Document)
    case engagement(Event)
    public var date: PartialDate {
        switch self {
        case .statement(let d): return d.date
        case .engagement(let e): return e.date
        }
    }
}

extension Corpus {
    /// Documents with at least one ask on the issue, in date order.
    public func documents(issue: String, in range: DateRange = .all) -> [Document] {
        (documentsByIssue[issue] ?? []).compactMap { range.contains(documents[$0].date) ? documents[$0] : nil }
    }
    public func documents(demand: String, in range: DateRange = .all) -> [Document] {
        (documentsByDemand[demand] ?? []).compactMap { range.contains(documents[$0].date) ? documents[$0] : nil }
    }
    public func documents(organization: String, in range: DateRange = .all) -> [Document] {
        documents.filter { range.contains($0.date) && $0.organizations.contains(organization) }
    }
    public func documents(event: String) -> [Document] { documents.filter { $0.event == event } }
    public func documents(year: Int) -> [Document] { documents.filter { $0.date.year == year } }
    public func documents(in range: DateRange) -> [Document] { documents.filter { range.contains($0.date) } }

    /// Years that have at least one document, ascending.
    public var years: [Int] { Array(Set(documents.map(\.date.year))).sorted() }

    /// The comparative matrix of an issue within a period.
    public func issueMatrix(issue id: String, in range: DateRange = .all) -> IssueMatrix? {
        guard let issue = issue(id) else { return nil }
        var cells: [String: [String: [MatrixEntry]]] = [:]
        var firstDate: [String: PartialDate] = [:]
        for doc in documents(issue: id, in: range) {
            for ask in doc.asks where demand(ask.demand)?.issue == id {
                for org in doc.organizations where organization(org) != nil {
                    // Appended in place, and a document's entries come together, so its second ask of
                    // one demand is the cell's last entry: copying the cell and searching it for each
                    // document made a cell of n documents cost n² (17% of a 20,000-document brief).
                    if cells[org, default: [:]][ask.demand, default: []].last?.document != doc.id {
                        cells[org, default: [:]][ask.demand, default: []].append(
                            MatrixEntry(document: doc.id, date: doc.date))
                    }
                    if firstDate[org].map({ doc.date < $0 }) ?? true { firstDate[org] = doc.date }
                }
            }
        }
        let orgs = organizations.filter { cells[$0.id] != nil }.sorted { a, b in
            let ta = cells[a.id]!.count, tb = cells[b.id]!.count
            if ta != tb { return ta > tb }
            if firstDate[a.id]! != firstDate[b.id]! { return firstDate[a.id]! < firstDate[b.id]! }
            return a.name < b.name
        }
        let order = Dictionary(uniqueKeysWithValues: issue.demands.enumerated().map { ($1.id, $0) })
        func shared(_ d: Demand) -> Int { orgs.filter { cells[$0.id]?[d.id] != nil }.count }
        let demands = issue.demands.sorted { a, b in
            let sa = shared(a), sb = shared(b)
            return sa != sb ? sa > sb : order[a.id]! < order[b.id]!
        }
        return IssueMatrix(issue: issue, organizations: orgs, demands: demands, cells: cells)
    }

    /// Statements on an issue and the engagements they address, plus every
    /// other engagement inside the period they span, in date order.
    public func timeline(issue id: String?, in range: DateRange = .all) -> [TimelineEntry] {
        let docs = id.map { documents(issue: $0, in: range) } ?? documents(in: range)
        var eventIDs = Set(docs.compactMap(\.event))
        if let first = docs.first?.date, let last = docs.last?.date {
            let span = DateRange(from: range.from ?? first, to: range.to ?? last)
            for e in events where span.contains(e.date) { eventIDs.insert(e.id) }
        }
        var entries = docs.map(TimelineEntry.statement)
        entries += events.filter { eventIDs.contains($0.id) }.map(TimelineEntry.engagement)
        return entries.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if case .engagement = a, case .statement = b { return false }
            if case .statement = a, case .engagement = b { return true }
            return false
        }
    }
}
