/// A loaded corpus: organizations, the issue taxonomy, events and documents,
/// with lookups by id. Documents and events are kept in date order.
public struct Corpus: Sendable {
    public var root: String
    public var organizations: [Organization]
    public var issues: [Issue]
    public var events: [Event]
    public var documents: [Document]
    /// Format v1.1 (`outcomes.yaml`, optional), in date order.
    public var outcomes: [Outcome]

    private var organizationIndex: [String: Int] = [:]
    private var issueIndex: [String: Int] = [:]
    private var demandIndex: [String: Demand] = [:]
    private var eventIndex: [String: Int] = [:]
    private var documentIndex: [String: Int] = [:]
    /// Per demand, its outcomes and the documents asking for it (indices, in
    /// date order): a demand's status reads its own entries, not the whole
    /// record, so listing 200,000 outcomes is linear.
    private(set) var outcomesByDemand: [String: [Int]] = [:]
    private(set) var documentsByDemand: [String: [Int]] = [:]
    /// Per issue, the documents with an ask on it (indices, in date order):
    /// an issue's page, matrix and timeline read its own documents instead
    /// of testing every ask of the corpus.
    private(set) var documentsByIssue: [String: [Int]] = [:]

    public init(
        root: String, organizations: [Organization], issues: [Issue], events: [Event], documents: [Document],
        outcomes: [Outcome] = []
    ) {
        self.root = root
        self.outcomes = outcomes.sorted { ($0.date, $0.demand) < ($1.date, $1.demand) }
        self.organizations = organizations
        self.issues = issues
        self.events = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.documents = documents.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        for (i, o) in self.organizations.enumerated() where organizationIndex[o.id] == nil {
            organizationIndex[o.id] = i
        }
        for (i, s) in self.issues.enumerated() where issueIndex[s.id] == nil {
            issueIndex[s.id] = i
            for d in s.demands where demandIndex[d.id] == nil { demandIndex[d.id] = d }
        }
        for (i, e) in self.events.enumerated() where eventIndex[e.id] == nil { eventIndex[e.id] = i }
        for (i, d) in self.documents.enumerated() {
            documentIndex[d.id] = i
            for demand in Set(d.asks.map(\.demand)) { documentsByDemand[demand, default: []].append(i) }
            for issue in Set(d.asks.compactMap({ demandIndex[$0.demand]?.issue })) {
                documentsByIssue[issue, default: []].append(i)
            }
        }
        for (i, o) in self.outcomes.enumerated() { outcomesByDemand[o.demand, default: []].append(i) }
    }

    public func organization(_ id: String) -> Organization? { organizationIndex[id].map { organizations[$0] } }
    public func issue(_ id: String) -> Issue? { issueIndex[id].map { issues[$0] } }
    public func demand(_ id: String) -> Demand? { demandIndex[id] }
    public func event(_ id: String) -> Event? { eventIndex[id].map { events[$0] } }
    public func document(_ id: String) -> Document? { documentIndex[id].map { documents[$0] } }
}
