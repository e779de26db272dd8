import Foundation
import Typesetting
import Yams

/// Loads a corpus folder (format v1) and reports every problem at once.
///
/// Documents are read and parsed in parallel (each is independent); the
/// cross-file checks run afterwards in `CorpusValidator`.
public struct CorpusLoader: Sendable {
    public let root: String
    /// Files read as given instead of from the disk, by path relative to the
    /// root ("organizations.yaml", "documents/ID.md"): the corpus as it would
    /// be after writing them, validated before anything is written
    /// (`brief accept`).
    public let overlay: [String: Data]

    public init(root: String, overlay: [String: Data] = [:]) { self.root = root; self.overlay = overlay }

    /// The corpus (possibly partial) and every diagnostic, sorted by location.
    /// Throws only when the folder is missing or holds no corpus at all.
    public func load() throws -> (Corpus, [Diagnostic]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            throw CorpusError.folderMissing(root)
        }
        let orgPath = path("organizations.yaml"), issuePath = path("issues.yaml"), eventPath = path("events.yaml")
        let docDir = path("documents")
        var diagnostics: [Diagnostic] = []
        var docFiles: [String] = []
        switch FileReading.names(in: docDir, optional: true) {
        case .success(let listing):
            docFiles = listing.names.filter { $0.hasSuffix(".md") }
            for name in listing.notUTF8 where name.hasSuffix(".md") {
                diagnostics.append(
                    .error(
                        SourceLocation(file: (docDir as NSString).appendingPathComponent(name)),
                        "the file name is not UTF-8 (shown with � where it does not decode): rename it to a document id"
                    ))
            }
        case .failure(let problem):
            diagnostics.append(
                .error(SourceLocation(file: docDir), "cannot read the documents folder: \(problem.reason)"))
        }
        for name in overlay.keys.sorted() where name.hasPrefix("documents/") && name.hasSuffix(".md") {
            let file = String(name.dropFirst("documents/".count))
            if !file.contains("/") && !docFiles.contains(file) { docFiles.append(file) }
        }
        let present = [orgPath, issuePath, eventPath].filter { FileManager.default.fileExists(atPath: $0) }
        guard !present.isEmpty || !docFiles.isEmpty || !diagnostics.isEmpty else { throw CorpusError.notACorpus(root) }

        let organizations = readList(orgPath, what: "organization", into: &diagnostics, parse: parseOrganization)
        let issues = readList(issuePath, what: "issue", into: &diagnostics, parse: parseIssue)
        let events = readList(eventPath, what: "event", into: &diagnostics, parse: parseEvent)
        // Format v1.1: outcomes.yaml is optional.
        let outcomePath = path("outcomes.yaml")
        var lst = stat()
        // The events outcomes name, kept even for an entry that is otherwise
        // invalid: a bad date must not hide an unknown event.
        var outcomeEvents: [(id: String, location: SourceLocation)] = []
        let outcomes =
            lstat(outcomePath, &lst) == 0
            ? readList(
                outcomePath, what: "outcome", into: &diagnostics,
                parse: { parseOutcome($0, $1, events: &outcomeEvents) }) : []

        // Documents in parallel: each is read and parsed on its own.
        let paths = docFiles.map { (docDir as NSString).appendingPathComponent($0) }
        let results = paths.concurrentMap { p in
            switch contents(of: p) {
            case .success(let data): DocumentParser(path: p).parse(data)
            case .failure(let problem):
                ParsedDocument(diagnostics: [.error(SourceLocation(file: p), "cannot read file: \(problem.reason)")])
            }
        }
        var documents: [Document] = []
        documents.reserveCapacity(paths.count)
        for r in results {
            if let d = r.document { documents.append(d) }
            diagnostics += r.diagnostics
        }
        let corpus = Corpus(
            root: root, organizations: organizations, issues: issues, events: events, documents: documents,
            outcomes: outcomes)
        diagnostics += CorpusValidator(
            corpus: corpus, references: results.map(\.references), outcomeEvents: outcomeEvents,
            today: CorpusClock.today()
        ).validate()
        diagnostics.sort(by: Diagnostic.inReportOrder)
        return (corpus, diagnostics)
    }

    /// Loads and fails with `CorpusError.invalid` if any error was found.
    public func loadValid() throws -> (Corpus, warnings: [Diagnostic]) {
        let (corpus, diagnostics) = try load()
        if diagnostics.contains(where: { $0.severity == .error }) { throw CorpusError.invalid(diagnostics) }
        return (corpus, diagnostics)
    }

    private func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

    /// A file's bytes: the overlay's when it holds the file, else the disk's.
    private func contents(of path: String) -> Result<Data, FileProblem> {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(prefix), let data = overlay[String(path.dropFirst(prefix.count))] { return .success(data) }
        return FileReading.contents(of: path)
    }

    private func readList<T>(
        _ path: String, what: String, into diagnostics: inout [Diagnostic],
        parse: (YAMLReader, Node) -> T?
    ) -> [T] {
        var lst = stat()
        let overlaid = overlay[(path as NSString).lastPathComponent] != nil
        guard overlaid || lstat(path, &lst) == 0 else {
            diagnostics.append(
                .error(
                    SourceLocation(file: path),
                    "missing: a corpus needs \((path as NSString).lastPathComponent), a list of \(what)s"))
            return []
        }
        let data: Data
        switch contents(of: path) {
        case .success(let d): data = d
        case .failure(let problem):
            diagnostics.append(.error(SourceLocation(file: path), "cannot read file: \(problem.reason)"))
            return []
        }
        let (text, encodingProblems) = TextHygiene.text(of: data, file: path)
        diagnostics += encodingProblems
        let reader = YAMLReader(file: path)
        defer { diagnostics += reader.diagnostics }
        guard let root = reader.compose(text) else { return [] }
        guard case .sequence(let seq) = root else {
            reader.error(
                root, "\((path as NSString).lastPathComponent) must be a list of \(what)s, each starting with `- id: …`"
            )
            return []
        }
        return seq.compactMap { parse(reader, $0) }
    }

    private func parseOrganization(_ r: YAMLReader, _ node: Node) -> Organization? {
        guard let f = r.fields(node, what: "an organization", known: ["id", "name", "short", "kind", "url", "aliases"])
        else { return nil }
        let id = r.slug(f, "id", what: "an organization")
        let name = r.string(f, "name", what: "organization '\(Quoted.cut(id ?? "?"))'", required: true)
        let kind: OrganizationKind? = r.enumeration(
            f, "kind", what: "an organization", required: false, default: .other)
        let url = r.string(f, "url", what: "an organization")
        r.checkLink(f, "url", url)
        // Every field is read (and checked) before deciding: an invalid id must not hide a too-long `short`.
        let short = r.string(f, "short", what: "an organization")
        let aliases = r.strings(f, "aliases", what: "an organization") ?? []
        guard let id, let name, let kind else { return nil }
        return Organization(
            id: id, name: name, short: short, kind: kind, url: url,
            aliases: aliases, location: r.location(f.values["id"] ?? node))
    }

    private func parseIssue(_ r: YAMLReader, _ node: Node) -> Issue? {
        guard let f = r.fields(node, what: "an issue", known: ["id", "label", "keywords", "demands"]) else {
            return nil
        }
        let id = r.slug(f, "id", what: "an issue")
        let label = r.string(f, "label", what: "issue '\(Quoted.cut(id ?? "?"))'", required: true)
        var demands: [Demand] = []
        if let dn = f.values["demands"] {
            if case .sequence(let seq) = dn {
                for item in seq {
                    guard let df = r.fields(item, what: "a demand", known: ["id", "label", "talking_point"]) else {
                        continue
                    }
                    let did = r.slug(df, "id", what: "a demand")
                    let dl = r.string(df, "label", what: "demand '\(Quoted.cut(did ?? "?"))'", required: true)
                    let point = r.string(df, "talking_point", what: "a demand")
                    guard let did, let dl else { continue }
                    demands.append(
                        Demand(
                            id: did, label: dl, issue: id ?? "", location: r.location(df.values["id"]),
                            talkingPoint: point))
                }
            } else {
                r.error(dn, "'demands' must be a list of `- id: … label: …` entries")
            }
        } else {
            r.error(
                f.keys["id"] ?? node, "issue '\(Quoted.cut(id ?? "?"))' has no 'demands'; list its canonical demands")
        }
        let keywords = r.strings(f, "keywords", what: "an issue") ?? []
        guard let id, let label else { return nil }
        return Issue(
            id: id, label: label, keywords: keywords,
            demands: demands, location: r.location(f.values["id"] ?? node))
    }

    private func parseOutcome(_ r: YAMLReader, _ node: Node, events: inout [(id: String, location: SourceLocation)])
        -> Outcome?
    {
        guard
            let f = r.fields(node, what: "an outcome", known: ["demand", "status", "date", "event", "source", "note"])
        else { return nil }
        let demand = r.slug(f, "demand", what: "an outcome")
        let status: OutcomeStatus? = r.enumeration(f, "status", what: "an outcome")
        let date = r.date(f, "date", what: "an outcome")
        let event = r.string(f, "event", what: "an outcome")
        let source = r.string(f, "source", what: "an outcome")
        r.checkLink(f, "source", source)
        let note = r.string(f, "note", what: "an outcome")
        if let event { events.append((event, r.location(f.values["event"]))) }
        guard let demand, let status, let date else { return nil }
        return Outcome(
            demand: demand, status: status, date: date, event: event, source: source,
            note: note, location: r.location(f.values["demand"] ?? node),
            dateLocation: r.location(f.values["date"]), statusLocation: r.location(f.values["status"]))
    }

    private func parseEvent(_ r: YAMLReader, _ node: Node) -> Event? {
        guard
            let f = r.fields(
                node, what: "an event", known: ["id", "date", "title", "kind", "participants", "location"])
        else { return nil }
        let id = r.slug(f, "id", what: "an event")
        let date = r.date(f, "date", what: "event '\(Quoted.cut(id ?? "?"))'")
        let title = r.string(f, "title", what: "event '\(Quoted.cut(id ?? "?"))'", required: true)
        let kind: EventKind? = r.enumeration(f, "kind", what: "an event")
        let participants = r.strings(f, "participants", what: "an event") ?? []
        let location = r.string(f, "location", what: "an event")
        guard let id, let date, let title, let kind else { return nil }
        return Event(
            id: id, date: date, title: title, kind: kind, participants: participants,
            location: location, source: r.location(f.values["id"] ?? node))
    }
}
