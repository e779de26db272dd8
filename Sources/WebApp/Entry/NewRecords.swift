import Corpus
import Foundation
import Ingest

/// The records a person adds on the review screen with "new…": an
/// organization, an engagement and demands, proposed beside the drafts
/// (`drafts/organizations.yaml`, `drafts/events.yaml`, `drafts/demands.yaml`:
/// where `brief ingest` proposes organizations and engagements, and from where
/// `brief accept` merges those a document uses). Nothing of the corpus itself
/// is written before accepting, so rejecting the draft leaves the corpus as it
/// was. Each entry is written in the corpus format and checked by
/// `CorpusLoader` as `brief check` would check the corpus with it before
/// anything is written; a new record that check refuses refuses the save.
struct NewRecords: Sendable {
    struct NewOrganization: Sendable { let name: String; let short: String?; let kind: OrganizationKind }
    struct NewEvent: Sendable {
        let title: String
        let date: PartialDate
        let kind: EventKind
        let participants: [String]
        let location: String?
    }
    struct NewDemand: Sendable { let ask: Int; let issue: String; let label: String }

    var organization: NewOrganization?
    var event: NewEvent?
    var demands: [NewDemand] = []

    /// The value of the engagement and demand choices that means "a new one, described below":
    /// not a valid id, so it never names a record.
    static let choice = "+new"

    var isEmpty: Bool { organization == nil && event == nil && demands.isEmpty }

    /// What the form asks for; nil fields where "new…" was not used.
    static func from(_ form: FormData) throws -> NewRecords {
        func text(_ name: String) -> String { (form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ name: String) -> String? { let t = text(name); return t.isEmpty ? nil : t }
        var out = NewRecords()
        if let name = optional("new-organization-name") {
            let kind = OrganizationKind(rawValue: text("new-organization-kind")) ?? .other
            out.organization = NewOrganization(name: name, short: optional("new-organization-short"), kind: kind)
        }
        if text("event") == choice {
            guard let title = optional("new-event-title") else {
                throw DraftForm.Invalid(
                    description: "You chose a new engagement: give its title (e.g. “Biden–Putin summit in Geneva”).")
            }
            guard let date = PartialDate(text("new-event-date")) else {
                throw DraftForm.Invalid(
                    description: "The new engagement's date “\(text("new-event-date").prefix(40))” is not a date: "
                        + "write YYYY, YYYY-MM or YYYY-MM-DD.")
            }
            let participants = text("new-event-participants").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            out.event = NewEvent(
                title: title, date: date, kind: EventKind(rawValue: text("new-event-kind")) ?? .meeting,
                participants: participants, location: optional("new-event-location"))
        }
        var i = 0
        while form.first("ask-\(i)-demand") != nil {
            defer { i += 1 }
            guard text("ask-\(i)-demand") == choice, form.first("ask-\(i)-remove") == nil else { continue }
            guard let label = optional("ask-\(i)-new-label") else {
                throw DraftForm.Invalid(
                    description:
                        "Ask \(i + 1) has a new demand: give its label (what is asked, e.g. “Release detained journalists”)."
                )
            }
            guard let issue = optional("ask-\(i)-new-issue"), Slug.isValid(issue) else {
                throw DraftForm.Invalid(description: "Ask \(i + 1) has a new demand: choose the issue it belongs to.")
            }
            out.demands.append(NewDemand(ask: i, issue: issue, label: label))
        }
        return out
    }

    /// The ids the new records get and the files as they will be written.
    struct Plan: Sendable {
        var organization: String?
        var event: String?
        /// Ask index → the new demand's id.
        var demands: [Int: String] = [:]
        /// Path (absolute) → the file's whole new text.
        var files: [(path: String, text: String)] = []
    }

    /// Ids for the new records, unique in the corpus and its proposals, and
    /// the files with them; throws `DraftForm.Invalid` with check's words
    /// when the corpus with them would not pass `brief check`.
    func plan(corpus c: Corpus, root: String, proposals: Proposals) throws -> Plan {
        var plan = Plan()
        guard !isEmpty else { return plan }
        let drafts = (root as NSString).appendingPathComponent("drafts")
        var overlay: [String: Data] = [:]
        /// Where each new entry sits in the staged corpus file, to tell its errors from others.
        var added: [(file: String, firstLine: Int, what: String, lines: Int)] = []

        if let o = organization {
            let taken = Set(c.organizations.map(\.id) + proposals.organizations.map(\.id))
            let id =
                proposals.organizations.first { $0.name == o.name }?.id ?? Self.unique(Slug.make(o.name), taken: taken)
            plan.organization = id
            if !proposals.organizations.contains(where: { $0.id == id }) {
                var entry = "- id: \(id)\n  name: \(DocumentWriter.quoted(o.name))\n"
                if let s = o.short { entry += "  short: \(DocumentWriter.quoted(s))\n" }
                entry += "  kind: \(o.kind.rawValue)\n"
                let path = (drafts as NSString).appendingPathComponent("organizations.yaml")
                plan.files.append((path, Self.appending(entry, to: Self.read(path), header: Self.organizationsHeader)))
                let corpusText = Self.read((root as NSString).appendingPathComponent("organizations.yaml"))
                let staged = Self.appending(entry, to: corpusText, header: "")
                overlay["organizations.yaml"] = Data(staged.utf8)
                added.append(
                    (
                        "organizations.yaml", Self.lines(staged) - Self.lines(entry) + 1, "the new organization",
                        Self.lines(entry)
                    ))
            }
        }
        if let e = event {
            let taken = Set(c.events.map(\.id) + proposals.events.map(\.id))
            let id = Self.unique(Slug.make("\(e.title) \(e.date.year)"), taken: taken)
            plan.event = id
            let entry = DocumentWriter.eventEntry(
                Event(
                    id: id, date: e.date, title: e.title, kind: e.kind, participants: e.participants,
                    location: e.location, source: SourceLocation(file: "")))
            let path = (drafts as NSString).appendingPathComponent("events.yaml")
            plan.files.append((path, Self.appending(entry, to: Self.read(path), header: Self.eventsHeader)))
            let corpusText = Self.read((root as NSString).appendingPathComponent("events.yaml"))
            let staged = Self.appending(entry, to: corpusText, header: "")
            overlay["events.yaml"] = Data(staged.utf8)
            added.append(
                ("events.yaml", Self.lines(staged) - Self.lines(entry) + 1, "the new engagement", Self.lines(entry)))
        }
        if !demands.isEmpty {
            var taken = Set(c.issues.flatMap { $0.demands.map(\.id) } + proposals.demands.map(\.id))
            var entries = ""
            for d in demands {
                guard c.issue(d.issue) != nil else {
                    throw DraftForm.Invalid(
                        description:
                            "Ask \(d.ask + 1)'s new demand: there is no issue “\(d.issue.prefix(40))”; choose one from the list."
                    )
                }
                let id = Self.unique(Self.shortSlug(d.label), taken: taken)
                taken.insert(id)
                plan.demands[d.ask] = id
                entries += (entries.isEmpty ? "" : "\n") + DemandProposals.entry(id: id, issue: d.issue, label: d.label)
            }
            let path = (drafts as NSString).appendingPathComponent(DemandProposals.fileName)
            plan.files.append((path, Self.appending(entries, to: Self.read(path), header: DemandProposals.header)))
            // Checked where accepting will put them: at the end of their issues' lists in issues.yaml.
            let staged = DemandProposals.inserting(
                DemandProposals(text: entries).entries,
                into: Self.read((root as NSString).appendingPathComponent("issues.yaml")),
                issueLines: Dictionary(c.issues.map { ($0.id, $0.location.line) }, uniquingKeysWith: { a, _ in a }))
            if let missing = staged.unplaced.first, let issue = c.issue(missing.issue) {
                throw DraftForm.Invalid(
                    description: "The new demand for issue “\(issue.label)”: its entry in issues.yaml has no "
                        + "`demands:` list to add to; add its first demand in the file.")
            }
            overlay["issues.yaml"] = Data(staged.text.utf8)
            for p in staged.placed { added.append(("issues.yaml", p.firstLine, "the new demand", p.lineCount)) }
        }

        // The corpus with the new entries, read as `brief check` reads it: an error in them refuses the save.
        let (_, diagnostics) = try CorpusLoader(root: root, overlay: overlay).load()
        let problems = diagnostics.filter { d in
            d.severity == .error
                && added.contains { a in
                    d.location.file == (root as NSString).appendingPathComponent(a.file)
                        && d.location.line >= a.firstLine && d.location.line < a.firstLine + a.lines
                }
        }
        if !problems.isEmpty {
            let what = problems.map { d in
                let a = added.first {
                    d.location.file.hasSuffix("/" + $0.file) && d.location.line >= $0.firstLine
                        && d.location.line < $0.firstLine + $0.lines
                }
                return "\(a?.what ?? "a new record"): \(d.message)"
            }
            throw DraftForm.Invalid(description: "Not saved: " + what.joined(separator: "; ") + ".")
        }
        return plan
    }

    /// Organizations, engagements and demands proposed beside the drafts (by
    /// `brief ingest` or by "new…" here), read by the corpus's own loader: the
    /// drafts folder has a corpus's shape, and the proposed demands are read
    /// in the corpus's `issues.yaml` where accepting will put them.
    struct Proposals: Sendable {
        var organizations: [Organization] = []
        var events: [Event] = []
        var demands: [Demand] = []

        static func read(root: String, corpus c: Corpus) -> Proposals {
            let drafts = (root as NSString).appendingPathComponent("drafts")
            let proposed = ((try? DemandProposals(folder: drafts))?.entries ?? []).filter { c.demand($0.id) == nil }
            var issues = Data("[]".utf8)
            if !proposed.isEmpty {
                let staged = DemandProposals.inserting(
                    proposed, into: NewRecords.read((root as NSString).appendingPathComponent("issues.yaml")),
                    issueLines: Dictionary(c.issues.map { ($0.id, $0.location.line) }, uniquingKeysWith: { a, _ in a }))
                issues = Data(staged.text.utf8)
            }
            guard let (lists, _) = try? CorpusLoader(root: drafts, overlay: ["issues.yaml": issues]).load() else {
                return Proposals()
            }
            return Proposals(
                organizations: lists.organizations, events: lists.events,
                demands: proposed.compactMap { lists.demand($0.id) })
        }
    }

    static let organizationsHeader =
        "# Organizations proposed for the drafts; `brief accept` adds those a document uses to the corpus.\n"
    static let eventsHeader =
        "# Engagements proposed for the drafts; `brief accept` adds those a document uses to the corpus.\n"

    /// Longest id made from a label: ids are anchors and must stay readable.
    static let longestMadeID = 48

    static func shortSlug(_ label: String) -> String {
        var slug = Slug.make(label)
        if slug.count > longestMadeID {
            slug = String(slug.prefix(longestMadeID))
            if let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        }
        return slug.isEmpty ? "demand" : slug
    }

    static func unique(_ stem: String, taken: Set<String>) -> String {
        let base = stem.isEmpty ? "new" : String(stem.prefix(longestMadeID + 8))
        var id = base, n = 2
        while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func lines(_ text: String) -> Int { text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }

    /// A YAML list with more entries, a blank line before them.
    static func appending(_ entry: String, to text: String, header: String) -> String {
        if text.isEmpty { return header + entry }
        return text + (text.hasSuffix("\n") ? "" : "\n") + "\n" + entry
    }
}
