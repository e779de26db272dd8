import Corpus
import Foundation

/// Writes drafts for review: `documents/ID.md` (never over an existing
/// file), `organizations.yaml` and `events.yaml` with only the
/// organizations and engagements the corpus lacks, and `REVIEW.md` listing
/// every field with its evidence.
public struct DraftFolder {
    public let path: String
    public init(path: String) { self.path = path }

    /// What one page gave, for `--json`.
    public struct Result: Encodable {
        public var input: String
        public var draft: String?
        public var warnings: [String]
        public init(input: String, draft: String?, warnings: [String]) { self.input = input; self.draft = draft; self.warnings = warnings }
    }

    /// The folder could not be written: why, and which drafts were written before.
    public struct WriteError: Error, CustomStringConvertible {
        public var reason: String
        public var written: [String]
        public var description: String {
            reason + (written.isEmpty ? "; no draft was written"
                      : "; \(written.count) draft\(written.count == 1 ? " was" : "s were") written before: \(written.joined(separator: ", "))")
        }
    }

    public func write(_ drafts: [Draft], failures: [(String, String)], corpus: Corpus) throws -> [String: String] {
        var written: [String: String] = [:]
        do { return try write(drafts, failures: failures, corpus: corpus, into: &written) } catch {
            let reason = (error as? DraftFile.Failure)?.description ?? "cannot write \(path): \(Self.reason(error))"
            throw WriteError(reason: reason, written: drafts.compactMap { written[$0.input] })
        }
    }

    /// Foundation's error as the system's sentence ("Not a directory"), not a dump.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedFailureReason ?? ns.localizedDescription
    }

    private func write(_ drafts: [Draft], failures: [(String, String)], corpus: Corpus, into written: inout [String: String]) throws -> [String: String] {
        let docs = (path as NSString).appendingPathComponent("documents")
        try DraftFile.makeFolder(docs)
        for d in drafts {
            let file = (docs as NSString).appendingPathComponent("\(d.id).md")
            if try DraftFile.create(d.text, at: file) { written[d.input] = file }
        }
        let newOrgs = drafts.flatMap(\.newOrganizations)
        if !newOrgs.isEmpty {
            var yaml = "# Organizations named by the drafts that the corpus lacks: check, then merge into the corpus.\n"
            var seen = Set<String>()
            for (name, _) in newOrgs where seen.insert(Slug.make(name)).inserted {
                yaml += "- id: \(Slug.make(name))\n  name: \(DocumentWriter.quoted(name))\n  kind: ngo\n"
            }
            try write(yaml, to: "organizations.yaml")
        }
        let newEvents = drafts.compactMap(\.newEvent)
        if !newEvents.isEmpty {
            var yaml = "# Engagements the drafts speak of that the corpus lacks: check, then merge into the corpus.\n"
            var seen = Set<String>()
            for e in newEvents where seen.insert(e.id).inserted { yaml += DocumentWriter.eventEntry(e) }
            try write(yaml, to: "events.yaml")
        }
        try write(review(drafts, failures: failures, written: written, corpus: corpus), to: "REVIEW.md")
        return written
    }

    /// Writes `name`, or `name-2`, `name-3`… when it exists: an earlier review is never replaced.
    private func write(_ text: String, to name: String) throws {
        var target = (path as NSString).appendingPathComponent(name)
        var n = 2
        while try !DraftFile.create(text, at: target) {
            target = (path as NSString).appendingPathComponent((name as NSString).deletingPathExtension + "-\(n)." + (name as NSString).pathExtension)
            n += 1
        }
    }

    func review(_ drafts: [Draft], failures: [(String, String)], written: [String: String], corpus: Corpus) -> String {
        var out = "# Drafts to review\n\nEach field with where it was read (`page:line`) and how sure the reading is. "
            + "Move a reviewed draft into the corpus's `documents/` and run `brief check`.\n"
        for d in drafts {
            let input = Quoted.printable(d.input)  // a file name's escape sequences shown, not obeyed
            out += "\n## \(d.id)\n\nFrom `\(input)`\(written[d.input] == nil ? " (not written: a file of that name exists)" : "").\n\n"
            out += "| field | value | evidence | confidence |\n|---|---|---|---|\n"
            for key in d.evidence.keys.sorted() {
                let e = d.evidence[key]!
                let value: String
                switch key {
                case "title": value = d.fields.title
                case "date": value = d.fields.date.description
                case "kind": value = d.fields.kind.rawValue
                case "to": value = d.fields.to ?? ""
                case "event": value = d.fields.event ?? ""
                case "source": value = d.fields.source ?? ""
                case "language": value = d.fields.language ?? ""
                default: value = String(key.split(separator: "/").last ?? "")
                }
                let place = e.line > 0 ? "\(input):\(e.line)" : "inferred"
                out += "| \(key) | \(cell(value)) | \(place): “\(cell(String(e.excerpt.prefix(90))))” | \(e.confidence) |\n"
            }
            if !d.unmatched.isEmpty {
                out += "\nSentences that read as asks but match no demand (each a suggested new demand):\n\n"
                for u in d.unmatched { out += "- \(input):\(u.line): “\(u.sentence.prefix(200))”\n" }
            }
            if !d.warnings.isEmpty { out += "\nWarnings:\n\n" + d.warnings.map { "- \($0)\n" }.joined() }
            let problems = corpus.validate(documentText: d.text, path: "documents/\(d.id).md")
            if !problems.isEmpty { out += "\n`brief check` on this draft:\n\n" + problems.map { "- \($0.description)\n" }.joined() }
        }
        if !failures.isEmpty {
            out += "\n## Pages that gave no draft\n\n" + failures.map { "- `\(Quoted.printable($0.0))`: \($0.1)\n" }.joined()
        }
        return out
    }

    private func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
}
