import Corpus
import Foundation

/// `brief accept`: a reviewed draft enters the corpus. The draft (a file
/// `brief ingest` wrote, wherever its `--out` put it) is checked as the corpus
/// would be with it — its references, its quotes, the organizations and
/// engagements proposed for it beside the drafts — and only when that
/// corpus has no error is anything written: the document under the id its
/// final fields give, without its review mark, in the corpus's
/// `documents/`; the proposals it refers to appended to the corpus's
/// `organizations.yaml` and `events.yaml`, and the demands proposed for it
/// (`DemandProposals`) added to their issues in `issues.yaml`; the draft removed. Each file is
/// written whole under a temporary name and renamed into place; a failure
/// part-way restores what was written before it.
///
/// The web application calls this too (`DraftAcceptance(corpus:).accept(draft:)`):
/// one rule for what a reviewed draft is.
public struct DraftAcceptance: Sendable {
    /// The corpus folder the drafts enter.
    public let corpusRoot: String

    public init(corpus root: String) { self.corpusRoot = root }

    /// What accepting one draft did.
    public struct Accepted: Sendable, Encodable, Equatable {
        /// The draft's path as given (now removed).
        public var draft: String
        /// The document's id and its path in the corpus.
        public var id: String
        public var document: String
        /// Ids of the proposed organizations, engagements and demands merged with it.
        public var organizations: [String]
        public var events: [String]
        public var demands: [String]
        /// What `brief check` warns about the new document (it is accepted anyway).
        public var warnings: [String]
    }

    /// Accepts one draft, or throws `AcceptanceError` having written nothing.
    public func accept(draft path: String) throws -> Accepted {
        let lock = try CorpusLock(root: corpusRoot)
        defer { lock.release() }
        let staged = try stage(draft: path)
        let errors = staged.problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw AcceptanceError.refused(path, errors) }
        let warnings = staged.problems.filter { $0.location.file == path }.map(\.description)

        // Write: the lists first, then the document (never over a file), then the draft goes.
        let target = Self.documentPath(corpusRoot, staged.id)
        var written = AtomicFiles()
        do {
            if !staged.organizations.isEmpty {
                try written.replace(staged.organizationsPath, with: staged.organizationsText)
            }
            if !staged.events.isEmpty { try written.replace(staged.eventsPath, with: staged.eventsText) }
            if !staged.demands.isEmpty { try written.replace(staged.issuesPath, with: staged.issuesText) }
            try written.create(target, with: staged.reviewed)
            guard unlink(path) == 0 else { throw AcceptanceError.write(path, String(cString: strerror(errno))) }
        } catch {
            written.rollBack()
            throw error
        }
        return Accepted(
            draft: path, id: staged.id, document: target, organizations: staged.organizations.map(\.id),
            events: staged.events.map(\.id), demands: staged.demands.map(\.id), warnings: warnings)
    }

    /// What accepting the draft would report, with nothing written: every
    /// error `brief check` finds in the corpus with the draft and the
    /// proposals it uses, and its warnings about the draft, each located in
    /// the draft or its proposal file. Empty when `accept` would pass
    /// silently. Throws `AcceptanceError` when the draft cannot be read or
    /// the corpus has errors already.
    public func check(draft path: String) throws -> [Diagnostic] {
        do {
            let staged = try stage(draft: path)
            return staged.problems.filter { $0.severity == .error || $0.location.file == path }
        } catch AcceptanceError.refused(_, let problems) {
            return problems
        }
    }

    /// The corpus as it would be with the draft: what would be written and what check says of it.
    private struct Staged {
        var id: String
        var reviewed: String
        var organizations: [ProposalList.Entry]
        var events: [ProposalList.Entry]
        var demands: [DemandProposals.Entry]
        var organizationsPath: String, organizationsText: String
        var eventsPath: String, eventsText: String
        var issuesPath: String, issuesText: String
        /// Every diagnostic of the staged corpus, located in the draft or its proposals.
        var problems: [Diagnostic]
    }

    private func stage(draft path: String) throws -> Staged {
        let data = try Self.contents(path)
        guard let text = String(data: data, encoding: .utf8) else { throw AcceptanceError.notUTF8(path) }
        let (reviewed, markLine) = ReviewMark.removed(text)

        let (base, baseProblems) = try CorpusLoader(root: corpusRoot).load()
        let baseErrors = baseProblems.filter { $0.severity == .error }
        guard baseErrors.isEmpty else { throw AcceptanceError.corpusInvalid(corpusRoot, baseErrors.count) }

        // Proposals live beside the drafts: DIR/organizations.yaml for DIR/documents/ID.md.
        let folder = Self.draftsFolder(of: path)
        let orgFile = (folder as NSString).appendingPathComponent("organizations.yaml")
        let eventFile = (folder as NSString).appendingPathComponent("events.yaml")
        let proposedOrgs = try ProposalList(path: orgFile).entries.filter { base.organization($0.id) == nil }
        let proposedEvents = try ProposalList(path: eventFile).entries.filter { base.event($0.id) == nil }
        let proposedDemands = try DemandProposals(folder: folder).entries.filter { base.demand($0.id) == nil }
        let demandFile = (folder as NSString).appendingPathComponent(DemandProposals.fileName)
        var issueLines: [String: Int] = [:]
        for i in base.issues where issueLines[i.id] == nil { issueLines[i.id] = i.location.line }

        // First reading, with every proposal in view: the draft's final fields.
        let probeID = "accepting-" + String(UInt32(truncatingIfNeeded: getpid()))
        let orgsPath = (corpusRoot as NSString).appendingPathComponent("organizations.yaml")
        let eventsPath = (corpusRoot as NSString).appendingPathComponent("events.yaml")
        let issuesPath = (corpusRoot as NSString).appendingPathComponent("issues.yaml")
        let orgText = try Self.read(orgsPath), eventText = try Self.read(eventsPath)
        let issuesText = try Self.read(issuesPath)
        let probe = try CorpusLoader(
            root: corpusRoot,
            overlay: [
                "organizations.yaml": Data(ProposalList.appending(proposedOrgs, to: orgText).utf8),
                "events.yaml": Data(ProposalList.appending(proposedEvents, to: eventText).utf8),
                "issues.yaml": Data(
                    DemandProposals.inserting(proposedDemands, into: issuesText, issueLines: issueLines).text.utf8),
                "documents/\(probeID).md": Data(reviewed.utf8),
            ]
        ).load()
        let locate = LocationMap(draft: path, markLine: markLine)
        guard let document = probe.0.document(probeID) else {
            let own = probe.1.filter { $0.location.file.hasSuffix("/documents/\(probeID).md") && $0.severity == .error }
            throw AcceptanceError.refused(path, own.map { locate.draft($0, id: probeID) })
        }

        // The id its final fields give, unique in the corpus.
        let stem = DocumentID.make(date: document.date, organizations: document.organizations, title: document.title)
        var id = stem, n = 2
        while base.document(id) != nil || FileManager.default.fileExists(atPath: Self.documentPath(corpusRoot, id)) {
            id = "\(stem)-\(n)"; n += 1
        }
        let orgs = proposedOrgs.filter { document.organizations.contains($0.id) }
        let events = proposedEvents.filter { $0.id == document.event }
        let newOrgText = ProposalList.appending(orgs, to: orgText),
            newEventText = ProposalList.appending(events, to: eventText)
        let demands = proposedDemands.filter { p in document.asks.contains { $0.demand == p.id } }
        let newIssues = DemandProposals.inserting(demands, into: issuesText, issueLines: issueLines)

        // The corpus as it will be: any error refuses the draft, located in the draft or its proposal.
        let (_, problems) = try CorpusLoader(
            root: corpusRoot,
            overlay: [
                "organizations.yaml": Data(newOrgText.utf8), "events.yaml": Data(newEventText.utf8),
                "issues.yaml": Data(newIssues.text.utf8), "documents/\(id).md": Data(reviewed.utf8),
            ]
        ).load()
        let mapped = problems.map {
            locate.demand(
                locate.proposal(
                    locate.draft($0, id: id),
                    merged: [(orgsPath, orgText, orgs, orgFile), (eventsPath, eventText, events, eventFile)]),
                issues: issuesPath, placed: newIssues.placed, file: demandFile)
        }
        return Staged(
            id: id, reviewed: reviewed, organizations: orgs, events: events, demands: newIssues.placed.map(\.entry),
            organizationsPath: orgsPath, organizationsText: newOrgText, eventsPath: eventsPath,
            eventsText: newEventText, issuesPath: issuesPath, issuesText: newIssues.text, problems: mapped)
    }

    /// The folder holding a draft's proposals: DIR for DIR/documents/ID.md, else the draft's own folder.
    static func draftsFolder(of draft: String) -> String {
        let parent = (draft as NSString).deletingLastPathComponent
        if (parent as NSString).lastPathComponent == "documents" {
            return (parent as NSString).deletingLastPathComponent
        }
        return parent.isEmpty ? "." : parent
    }

    static func documentPath(_ root: String, _ id: String) -> String {
        ((root as NSString).appendingPathComponent("documents") as NSString).appendingPathComponent("\(id).md")
    }

    static func read(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        return String(decoding: try contents(path), as: UTF8.self)
    }

    /// A draft's or a proposal file's bytes, read as the corpus's files are (no device, nothing huge).
    static func contents(_ path: String) throws -> Data {
        switch FileReading.contents(of: path) {
        case .success(let data): return data
        case .failure(let problem): throw AcceptanceError.unreadable(path, problem.reason)
        }
    }
}

/// Why a draft was not accepted; nothing was written.
public enum AcceptanceError: Error, CustomStringConvertible, Equatable {
    case unreadable(String, String)
    case notUTF8(String)
    case corpusInvalid(String, Int)
    /// The draft would not pass `brief check`: each problem where it is, in the draft or its proposals.
    case refused(String, [Diagnostic])
    case write(String, String)
    case locked(String, String)

    public var description: String {
        switch self {
        case let .unreadable(p, reason): return "\(p): cannot read the file: \(reason)"
        case .notUTF8(let p): return "\(p): not UTF-8 text: is this a draft from `brief ingest`?"
        case let .corpusInvalid(root, n):
            return
                "\(root): the corpus has \(n) error\(n == 1 ? "" : "s") already: run `brief check` and fix \(n == 1 ? "it" : "them") before accepting drafts"
        case let .refused(p, problems):
            let list =
                problems.isEmpty
                ? "\(p): the draft is not a document (does it start with front matter?)"
                : problems.map(\.description).joined(separator: "\n")
            return list + "\n\(p): not accepted: fix the draft (or its proposal) and run `brief accept` again"
        case let .write(p, reason): return "\(p): cannot write: \(reason); nothing was changed"
        case let .locked(p, reason): return "\(p): cannot lock the corpus: \(reason)"
        }
    }
}

/// Where a problem found in the staged corpus is in the person's files.
private struct LocationMap {
    let draft: String
    let markLine: Int?

    /// A problem in the staged document, at its line in the draft (which still has its review mark).
    func draft(_ d: Diagnostic, id: String) -> Diagnostic {
        guard d.location.file.hasSuffix("/documents/\(id).md") else { return d }
        var l = d.location
        l.file = draft
        if let m = markLine, l.line >= m { l.line += 1 }
        return Diagnostic(d.severity, l, d.message)
    }

    /// A problem in a proposed demand added to `issues.yaml`, at its line in the proposal file.
    func demand(_ d: Diagnostic, issues: String, placed: [DemandProposals.Placed], file: String) -> Diagnostic {
        guard d.location.file == issues else { return d }
        for p in placed where d.location.line >= p.firstLine && d.location.line < p.firstLine + p.lineCount {
            var l = d.location
            l.file = file
            l.line = p.entry.fileLines[d.location.line - p.firstLine]
            return Diagnostic(d.severity, l, d.message)
        }
        return d
    }

    /// A problem in an appended proposal, at its line in the proposal file.
    func proposal(
        _ d: Diagnostic, merged: [(path: String, original: String, entries: [ProposalList.Entry], file: String)]
    ) -> Diagnostic {
        for m in merged where d.location.file == m.path {
            var line = m.original.split(separator: "\n", omittingEmptySubsequences: false).count
            if m.original.hasSuffix("\n") || m.original.isEmpty { line -= 1 }
            guard d.location.line > line else { return d }
            for e in m.entries {
                let count = e.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
                if d.location.line <= line + count {
                    var l = d.location
                    l.file = m.file
                    l.line = e.line + (d.location.line - line - 1)
                    return Diagnostic(d.severity, l, d.message)
                }
                line += count
            }
        }
        return d
    }
}

/// Files written whole (a temporary name, then a rename or a link; the
/// temporary name removed on a signal, see `DraftFile.Temporary`),
/// remembered so that a failure later in the same acceptance can restore them.
struct AtomicFiles {
    private var undo: [(path: String, original: Data?)] = []

    mutating func replace(_ path: String, with text: String) throws {
        let original = FileManager.default.contents(atPath: path)
        try Self.write(path, Data(text.utf8))
        undo.append((path, original))
    }

    /// Writes a new file; an existing one is an error, never replaced.
    mutating func create(_ path: String, with text: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = try Self.temporary(beside: path, Data(text.utf8))
        defer { temporary.remove() }
        // link(2) fails if the name exists: never over a file, even one made a moment ago.
        guard link(temporary.path, path) == 0 else {
            throw AcceptanceError.write(path, String(cString: strerror(errno)))
        }
        undo.append((path, nil))
    }

    /// Removes a file (restored by `rollBack`); an absent file is not an error.
    mutating func remove(_ path: String) throws {
        let original = FileManager.default.contents(atPath: path)
        guard unlink(path) == 0 || errno == ENOENT else {
            throw AcceptanceError.write(path, String(cString: strerror(errno)))
        }
        undo.append((path, original))
    }

    func rollBack() {
        for (path, original) in undo.reversed() {
            if let original { try? Self.write(path, original) } else { unlink(path) }
        }
    }

    static func write(_ path: String, _ data: Data) throws {
        do { try DraftFile.replace(path, with: [UInt8](data)) } catch let f as DraftFile.Failure {
            throw AcceptanceError.write(path, f.reason)
        }
    }

    private static func temporary(beside path: String, _ data: Data) throws -> DraftFile.Temporary {
        do { return try DraftFile.Temporary(beside: path, [UInt8](data)) } catch let f as DraftFile.Failure {
            throw AcceptanceError.write(path, f.reason)
        }
    }
}

/// One acceptance at a time per corpus (the command line and the web
/// application may both accept): an advisory lock on the corpus folder.
struct CorpusLock {
    private let fd: Int32
    init(root: String) throws {
        fd = open(root, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw AcceptanceError.locked(root, String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX) == 0 else {
            let reason = String(cString: strerror(errno)); close(fd)
            throw AcceptanceError.locked(root, reason)
        }
    }
    func release() { flock(fd, LOCK_UN); close(fd) }
}
