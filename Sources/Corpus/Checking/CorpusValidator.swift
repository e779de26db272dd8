/// Cross-file checks: unique ids, references that resolve, and things
/// nothing refers to.
struct CorpusValidator {
    let corpus: Corpus
    /// References of every document file, including those that failed to parse.
    let references: [DocumentReferences]
    /// Every event an outcome names, where it is named (valid entry or not).
    var outcomeEvents: [(id: String, location: SourceLocation)] = []
    /// Today, or `SOURCE_DATE_EPOCH`'s day: no outcome can lie after it.
    var today: PartialDate? = nil

    func validate() -> [Diagnostic] {
        var out: [Diagnostic] = []
        func unique(_ items: [(String, SourceLocation)], what: String) {
            var seen: [String: SourceLocation] = [:]
            for (id, loc) in items {
                if let first = seen[id] {
                    out.append(
                        .error(loc, "\(what) id '\(Quoted.cut(id))' is already used at \(first); ids must be unique"))
                } else {
                    seen[id] = loc
                }
            }
        }
        unique(corpus.organizations.map { ($0.id, $0.location) }, what: "organization")
        unique(corpus.issues.map { ($0.id, $0.location) }, what: "issue")
        unique(corpus.issues.flatMap { $0.demands.map { ($0.id, $0.location) } }, what: "demand")
        unique(corpus.events.map { ($0.id, $0.source) }, what: "event")

        var usedOrgs = Set<String>(), usedIssues = Set<String>()
        for refs in references {
            out += unresolved(refs)
            usedOrgs.formUnion(refs.organizations.map(\.id).filter { corpus.organization($0) != nil })
            usedIssues.formUnion(refs.demands.compactMap { corpus.demand($0.id)?.issue })
        }
        let demandIDs = corpus.issues.flatMap { $0.demands.map(\.id) }
        let eventIDs = corpus.events.map(\.id)
        // One status per demand and day: (demand, date) → the first outcome's status and place.
        var sameDay: [String: (OutcomeStatus, SourceLocation)] = [:]
        for outcome in corpus.outcomes {
            if corpus.demand(outcome.demand) == nil {
                out.append(
                    .error(
                        outcome.location,
                        "demand '\(Quoted.cut(outcome.demand))' is not in issues.yaml\(Suggestions.hint(outcome.demand, demandIDs))"
                    ))
            }
            if let today, outcome.date.relation(to: today) == .after {
                out.append(
                    .error(
                        outcome.dateLocation ?? outcome.location,
                        "this outcome is dated \(outcome.date.long), after today (\(today.long)); the record holds what has happened: correct the date"
                    ))
            }
            let key = outcome.demand + "\u{0}" + outcome.date.description
            if let (status, first) = sameDay[key] {
                if status != outcome.status {
                    out.append(
                        .error(
                            outcome.statusLocation ?? outcome.location,
                            "'\(Quoted.cut(outcome.demand))' is \(outcome.status.rawValue) here but \(status.rawValue) on the same day at \(first); keep the one that is right"
                        ))
                }
            } else {
                sameDay[key] = (outcome.status, outcome.statusLocation ?? outcome.location)
            }
        }
        for (e, location) in outcomeEvents where corpus.event(e) == nil {
            out.append(
                .error(
                    location,
                    "event '\(Quoted.cut(e))' of this outcome is not in events.yaml\(Suggestions.hint(e, eventIDs))"))
        }
        for o in corpus.organizations where !usedOrgs.contains(o.id) {
            out.append(.warning(o.location, "organization '\(Quoted.cut(o.id))' is named by no document"))
        }
        for i in corpus.issues where !usedIssues.contains(i.id) {
            out.append(.warning(i.location, "issue '\(Quoted.cut(i.id))' has no document asking any of its demands"))
        }
        return out
    }

    /// References of one document that name nothing in the corpus, with "did you mean".
    func unresolved(_ refs: DocumentReferences) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (o, loc) in refs.organizations where corpus.organization(o) == nil {
            out.append(
                .error(
                    loc,
                    "organization '\(Quoted.cut(o))' is not in organizations.yaml\(Suggestions.hint(o, corpus.organizations.map(\.id)))"
                ))
        }
        if let (e, loc) = refs.event, corpus.event(e) == nil {
            out.append(
                .error(
                    loc, "event '\(Quoted.cut(e))' is not in events.yaml\(Suggestions.hint(e, corpus.events.map(\.id)))"
                ))
        }
        for (d, loc) in refs.demands where corpus.demand(d) == nil {
            out.append(
                .error(
                    loc,
                    "demand '\(Quoted.cut(d))' is not in issues.yaml\(Suggestions.hint(d, corpus.issues.flatMap { $0.demands.map(\.id) }))"
                ))
        }
        return out
    }
}
