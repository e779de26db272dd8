import Corpus
import Foundation

/// The review screen's form and what it sends back: a draft's fields as
/// choices from the corpus and the records proposed beside the drafts
/// (organizations, engagements, demands), each with "new…" to add one
/// (`NewRecords`); read back into `DocumentWriter.Fields`, the same record
/// `brief ingest` writes.
struct DraftForm: Sendable {
    struct Choice: Sendable { let value: String; let label: String; let selected: Bool }
    struct Group: Sendable { let label: String?; let choices: [Choice] }
    struct AskField: Sendable {
        let index: Int
        let legend: String
        let demands: [Group]
        let text: String
        let quote: String
    }

    let title: String
    let date: String
    let kinds: [Choice]
    let to: String
    let events: [Choice]
    let source: String
    let language: String
    let organizations: [Choice]
    let newOrganizations: String
    let asks: [AskField]
    let body: String
    /// For the "new…" parts of the form.
    let organizationKinds: [Choice]
    let eventKinds: [Choice]
    let issues: [Choice]
    let newChoice: String

    /// Empty asks offered below the drafted ones, to add a demand the draft missed.
    static let blankAsks = 1

    init(document d: Document, corpus c: Corpus, proposals p: NewRecords.Proposals) {
        title = d.title
        date = d.date.description
        kinds = DocumentKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0 == d.kind) }
        to = d.to ?? ""
        let proposedEvents = p.events.filter { c.event($0.id) == nil }
        events =
            [Choice(value: "", label: "none", selected: d.event == nil)]
            + proposedEvents.map {
                Choice(
                    value: $0.id, label: "\($0.date.description) · \($0.title) (new, added on accepting)",
                    selected: $0.id == d.event)
            }
            + c.events.reversed().map {
                Choice(value: $0.id, label: "\($0.date.description) · \($0.title)", selected: $0.id == d.event)
            }
            + [Choice(value: NewRecords.choice, label: "new engagement… (describe it below)", selected: false)]
        source = d.source ?? ""
        language = d.language ?? ""
        let proposedOrganizations = p.organizations.filter { c.organization($0.id) == nil }
        let known = Set(c.organizations.map(\.id) + proposedOrganizations.map(\.id))
        organizations =
            proposedOrganizations.map {
                Choice(
                    value: $0.id, label: "\($0.name) (new, added on accepting)",
                    selected: d.organizations.contains($0.id))
            }
            + c.organizations.sorted { $0.name < $1.name }.map {
                Choice(value: $0.id, label: $0.name, selected: d.organizations.contains($0.id))
            }
        newOrganizations = d.organizations.filter { !known.contains($0) }.joined(separator: ", ")
        func demandGroups(_ selected: String?) -> [Group] {
            [Group(label: nil, choices: [Choice(value: "", label: "choose a demand", selected: selected == nil)])]
                + c.issues.map { i in
                    Group(
                        label: i.label,
                        choices: i.demands.map { Choice(value: $0.id, label: $0.label, selected: $0.id == selected) }
                            + p.demands.filter { $0.issue == i.id }.map {
                                Choice(
                                    value: $0.id, label: "\($0.label) (new, added on accepting)",
                                    selected: $0.id == selected)
                            })
                }
                + [
                    Group(
                        label: nil,
                        choices: [
                            Choice(value: NewRecords.choice, label: "new demand… (describe it below)", selected: false)
                        ])
                ]
        }
        var asks = d.asks.enumerated().map { i, a in
            AskField(
                index: i, legend: "Ask \(i + 1)", demands: demandGroups(a.demand), text: a.text, quote: a.quote ?? "")
        }
        for j in 0..<Self.blankAsks {
            let i = asks.count + j
            asks.append(
                AskField(index: i, legend: "Another ask (optional)", demands: demandGroups(nil), text: "", quote: ""))
        }
        self.asks = asks
        body = d.body
        organizationKinds = OrganizationKind.allCases.map {
            Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == .ngo)
        }
        eventKinds = EventKind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == .meeting) }
        issues = c.issues.map { Choice(value: $0.id, label: $0.label, selected: false) }
        newChoice = NewRecords.choice
    }

    /// A field the person must fix before the draft can be saved.
    struct Invalid: Error, CustomStringConvertible { let description: String }

    /// The fields as submitted, with the ids `new` gave the records made
    /// with "new…". Asks without a demand, or marked for removal, are left out.
    static func fields(from form: FormData, new: NewRecords.Plan = .init()) throws -> (
        DocumentWriter.Fields, body: String
    ) {
        func text(_ name: String) -> String { (form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ name: String) -> String? { let t = text(name); return t.isEmpty ? nil : t }
        let title = text("title")
        guard !title.isEmpty else { throw Invalid(description: "The title is empty: give the document's headline.") }
        guard let date = PartialDate(text("date")) else {
            throw Invalid(
                description: "The date “\(text("date").prefix(40))” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
        guard let kind = DocumentKind(rawValue: text("kind")) else {
            throw Invalid(description: "Choose the document's kind.")
        }
        var organizations = form.all("organizations").filter(Slug.isValid)
        for o in text("new_organizations").split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init) {
            guard Slug.isValid(o) else {
                throw Invalid(
                    description:
                        "“\(o.prefix(40))” is not an organization id: use lowercase letters, digits and hyphens (e.g. amnesty-international)."
                )
            }
            if !organizations.contains(o) { organizations.append(o) }
        }
        if let o = new.organization, !organizations.contains(o) { organizations.append(o) }
        guard !organizations.isEmpty else {
            throw Invalid(description: "Choose at least one organization (or give a new one's id).")
        }
        var event = optional("event")
        if event == NewRecords.choice { event = new.event }
        if let e = event, !Slug.isValid(e) { throw Invalid(description: "Choose the engagement from the list.") }
        var asks: [(demand: String, text: String, quote: String?)] = []
        var i = 0
        while form.first("ask-\(i)-demand") != nil {
            defer { i += 1 }
            let chosen = text("ask-\(i)-demand")
            let demand = chosen == NewRecords.choice ? new.demands[i] ?? "" : chosen
            if demand.isEmpty || form.first("ask-\(i)-remove") != nil { continue }
            guard Slug.isValid(demand) else {
                throw Invalid(description: "Choose ask \(i + 1)'s demand from the list.")
            }
            // One sentence: line breaks typed into the box are spaces.
            let t = text("ask-\(i)-text").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            guard !t.isEmpty else {
                throw Invalid(description: "Ask \(i + 1) has no text: say what the document asks, in a sentence.")
            }
            asks.append((demand, t, optional("ask-\(i)-quote")))
        }
        let body = (form.first("body") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        return (
            DocumentWriter.Fields(
                title: title, organizations: organizations, date: date, kind: kind, to: optional("to"),
                event: event, source: optional("source"), language: optional("language"),
                asks: asks), body
        )
    }

    /// Names of the fields that differ between two versions of a draft, for
    /// the message when a save is refused.
    static func differences(_ a: Document?, _ b: Document?) -> [String] {
        guard let a, let b else { return ["the whole file"] }
        var out: [String] = []
        if a.title != b.title { out.append("title") }
        if a.date != b.date { out.append("date") }
        if a.kind != b.kind { out.append("kind") }
        if a.organizations != b.organizations { out.append("organizations") }
        if a.to != b.to { out.append("to") }
        if a.event != b.event { out.append("engagement") }
        if a.source != b.source { out.append("source") }
        if a.language != b.language { out.append("language") }
        if a.asks.map({ [$0.demand, $0.text, $0.quote ?? ""] }) != b.asks.map({ [$0.demand, $0.text, $0.quote ?? ""] })
        {
            out.append("asks")
        }
        if a.body.trimmingCharacters(in: .whitespacesAndNewlines)
            != b.body.trimmingCharacters(in: .whitespacesAndNewlines)
        {
            out.append("text")
        }
        return out
    }
}
