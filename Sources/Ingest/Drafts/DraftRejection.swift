import Corpus
import Foundation

/// Rejecting a draft: the draft goes, and with it the records proposed for
/// it beside the drafts (`organizations.yaml`, `events.yaml`,
/// `demands.yaml`): those it names that no other draft in its folder names.
/// A proposal another draft names stays, and so does one no draft names (it
/// is not this draft's); while any draft's front matter cannot be read, no
/// proposal is removed, since what that draft names is unknown. Nothing of
/// the corpus is written: proposals enter it only with an accepted draft
/// (`DraftAcceptance`).
///
/// The proposal files are written whole (a temporary name, then a rename)
/// before the draft is removed, and restored if it cannot be: a rejection
/// is done entirely or not at all.
public struct DraftRejection: Sendable {
    /// The corpus folder the drafts are for (locked while rejecting, as accepting locks it).
    public let corpusRoot: String

    public init(corpus root: String) { self.corpusRoot = root }

    /// What rejecting one draft removed besides the draft.
    public struct Rejected: Sendable, Equatable {
        /// Ids of the proposals removed with the draft, by file.
        public var organizations: [String] = []
        public var events: [String] = []
        public var demands: [String] = []
    }

    /// Removes the draft at `path` and the proposals only it names; throws
    /// `AcceptanceError` (`unreadable`, `write`, `locked`) having changed nothing.
    public func reject(draft path: String) throws -> Rejected {
        let lock = try CorpusLock(root: corpusRoot)
        defer { lock.release() }
        let folder = DraftAcceptance.draftsFolder(of: path)
        var rejected = Rejected()
        var written = AtomicFiles()
        do {
            if let own = try Self.named(path), let others = try Self.namedByOthers(than: path, in: folder) {
                let files: [(String, Set<String>, Set<String>, WritableKeyPath<Rejected, [String]>)] = [
                    ("organizations.yaml", Set(own.organizations), others.organizations, \.organizations),
                    ("events.yaml", Set(own.event.map { [$0] } ?? []), others.events, \.events),
                    (DemandProposals.fileName, Set(own.demands), others.demands, \.demands),
                ]
                for (name, named, keep, field) in files {
                    let file = (folder as NSString).appendingPathComponent(name)
                    let text = try DraftAcceptance.read(file)
                    let ids = Set(ProposalList(text: text).entries.map(\.id)).intersection(named.subtracting(keep))
                    guard !ids.isEmpty else { continue }
                    let left = ProposalList.removing(ids, from: text)
                    if ProposalList(text: left).entries.isEmpty && ProposalList.isBlank(left) {
                        try written.remove(file)
                    } else {
                        try written.replace(file, with: left)
                    }
                    rejected[keyPath: field] = ids.sorted()
                }
            }
            guard unlink(path) == 0 else { throw AcceptanceError.write(path, String(cString: strerror(errno))) }
        } catch {
            written.rollBack()
            throw error
        }
        return rejected
    }

    /// The records a draft names; nil when its front matter cannot be read.
    static func named(_ path: String) throws -> NamedRecords? {
        let text = String(decoding: try DraftAcceptance.contents(path), as: UTF8.self)
        let named = NamedRecords(documentText: text, path: path)
        return named.isEmpty ? nil : named
    }

    struct Others {
        var organizations: Set<String> = []
        var events: Set<String> = []
        var demands: Set<String> = []
    }

    /// What the folder's other drafts name; nil when one of them cannot be read.
    static func namedByOthers(than path: String, in folder: String) throws -> Others? {
        let documents = (folder as NSString).appendingPathComponent("documents")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
        var others = Others()
        for name in names where name.hasSuffix(".md") {
            let other = (documents as NSString).appendingPathComponent(name)
            guard !Self.isSameFile(other, path) else { continue }
            guard let n = try? named(other) else { return nil }
            others.organizations.formUnion(n.organizations)
            if let e = n.event { others.events.insert(e) }
            others.demands.formUnion(n.demands)
        }
        return others
    }

    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return a == b }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
