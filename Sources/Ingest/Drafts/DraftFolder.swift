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
        public init(input: String, draft: String?, warnings: [String]) {
            self.input = input; self.draft = draft; self.warnings = warnings
        }
    }

    /// What a run wrote: each page's draft, the pages already held (and
    /// where), and the review file (the one this run wrote; an earlier
    /// run's is never overwritten).
    public struct Written: Sendable {
        public var drafts: [String: String]
        public var duplicates: [String: String]
        public var review: String
    }

    /// The folder could not be written: why, and which drafts were written before.
    public struct WriteError: Error, CustomStringConvertible {
        public var reason: String
        public var written: [String]
        public var description: String {
            reason
                + (written.isEmpty
                    ? "; no draft was written"
                    : "; \(written.count) draft\(written.count == 1 ? " was" : "s were") written before: \(written.joined(separator: ", "))")
        }
    }

    public func write(_ drafts: [Draft], failures: [(String, String)], corpus: Corpus) throws -> Written {
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

    private func write(
        _ drafts: [Draft], failures: [(String, String)], corpus: Corpus, into written: inout [String: String]
    ) throws -> Written {
        let docs = (path as NSString).appendingPathComponent("documents")
        try DraftFile.makeFolder(docs)
        var known = KnownTexts()
        for d in corpus.documents { known.add(d.body, place: d.location.file) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: docs))?.sorted() ?? []
        where name.hasSuffix(".md") {
            let file = (docs as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: file) {
                known.add(Self.body(String(decoding: data, as: UTF8.self)), place: file)
            }
        }
        var duplicates: [String: String] = [:]
        var kept: [Draft] = []
        for d in drafts {
            if let place = known.place(of: d.body) { duplicates[d.input] = place; continue }
            let file = (docs as NSString).appendingPathComponent("\(d.id).md")
            // Linked into place from a temporary name, never over an existing file.
            guard try DraftFile.create(d.text, at: file) else { continue }
            written[d.input] = file
            known.add(d.body, place: d.input)
            kept.append(d)
        }
        let newOrgs = kept.flatMap(\.newOrganizations)
        if !newOrgs.isEmpty {
            let entries = newOrgs.map { name, _ in
                ProposalList.Entry(
                    id: Slug.make(name),
                    text: "- id: \(Slug.make(name))\n  name: \(DocumentWriter.quoted(name))\n  kind: ngo\n", line: 0)
            }
            try merge(
                entries, into: "organizations.yaml",
                header:
                    "# Organizations named by the drafts that the corpus lacks: check them; `brief accept` merges those a draft names.\n"
            )
        }
        let newEvents = kept.compactMap(\.newEvent)
        if !newEvents.isEmpty {
            try merge(
                newEvents.map { ProposalList.Entry(id: $0.id, text: DocumentWriter.eventEntry($0), line: 0) },
                into: "events.yaml",
                header:
                    "# Engagements the drafts speak of that the corpus lacks: check them; `brief accept` merges those a draft names.\n"
            )
        }
        let review = try writeNew(
            review(kept, failures: failures, written: written, duplicates: duplicates, corpus: corpus),
            name: "REVIEW.md")
        return Written(drafts: written, duplicates: duplicates, review: review)
    }

    /// Adds the entries whose ids the folder's list lacks.
    private func merge(_ entries: [ProposalList.Entry], into name: String, header: String) throws {
        let file = (path as NSString).appendingPathComponent(name)
        let existing = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? header
        let merged = ProposalList.appending(entries, to: existing)
        if merged != existing || !FileManager.default.fileExists(atPath: file) {
            try AtomicFiles.write(file, Data(merged.utf8))
        }
    }

    /// Writes a file under `name`, or `NAME-2.md`… when it exists; returns the path written.
    private func writeNew(_ text: String, name: String) throws -> String {
        var target = (path as NSString).appendingPathComponent(name)
        var n = 2
        while try !DraftFile.create(text, at: target) {
            target = (path as NSString).appendingPathComponent(
                (name as NSString).deletingPathExtension + "-\(n)." + (name as NSString).pathExtension)
            n += 1
        }
        return target
    }

    /// A document file's text after its front matter.
    static func body(_ text: String) -> String {
        guard text.hasPrefix("---"),
            let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
        else { return text }
        return String(text[close.upperBound...])
    }

    func review(
        _ drafts: [Draft], failures: [(String, String)], written: [String: String], duplicates: [String: String] = [:],
        corpus: Corpus
    ) -> String {
        var out =
            "# Drafts to review\n\nEach field with where it was read (`page:line`) and how sure the reading is. "
            + "Each draft carries `review: pending` and `brief check` refuses it in `documents/`: "
            + "once reviewed, `brief accept DRAFT` checks it and moves it into the corpus with the organizations and engagements proposed for it.\n\n"
            + "Confidence: a field marked high was right at least 95% of the time on the development set (README, “Feeding the corpus”); "
            + "medium and low need a look, low first.\n"
        // Every low field of every draft, with the page's words, before anything else.
        let lows = drafts.flatMap { d in
            d.evidence.filter { $0.value.confidence == "low" && !$0.key.hasPrefix("asks/") }.sorted { $0.key < $1.key }
                .map { (d, $0.key, $0.value) }
        }
        if !lows.isEmpty {
            out += "\n## Read these first (low confidence)\n\n"
            for (d, key, e) in lows {
                let place = e.line > 0 ? "\(d.input):\(e.line)" : "inferred"
                out += "- `\(d.id)` \(key): \(place): “\(cell(String(e.excerpt.prefix(120))))”\n"
            }
        }
        // Drafts with the most to check first.
        let drafts = drafts.sorted { a, b in
            a.evidence.values.filter { $0.confidence == "low" }.count
                > b.evidence.values.filter { $0.confidence == "low" }.count
        }
        for d in drafts {
            let input = Quoted.printable(d.input)  // a file name's escape sequences shown, not obeyed
            out +=
                "\n## \(d.id)\n\nFrom `\(input)`\(written[d.input] == nil ? " (not written: a file of that name exists)" : "").\n\n"
            out += "| field | value | evidence | confidence |\n|---|---|---|---|\n"
            // The fields least sure first: what a person should read before the rest.
            let rank = ["low": 0, "medium": 1, "high": 2]
            for key in d.evidence.keys.sorted(by: {
                (rank[d.evidence[$0]!.confidence] ?? 0, $0) < (rank[d.evidence[$1]!.confidence] ?? 0, $1)
            }) {
                let e = d.evidence[key]!
                let value: String
                switch key {
                case "title": value = d.fields.title
                case "date": value = d.fields.date.description
                case "kind": value = d.fields.kind.rawValue
                case "to": value = d.fields.to ?? ""
                case "event": value = d.fields.event ?? ""
                case "organizations": value = d.fields.organizations.joined(separator: ", ")
                case "source": value = d.fields.source ?? ""
                case "language": value = d.fields.language ?? ""
                default: value = String(key.split(separator: "/").last ?? "")
                }
                let place = e.line > 0 ? "\(input):\(e.line)" : "inferred"
                out +=
                    "| \(key) | \(cell(value)) | \(place): “\(cell(String(e.excerpt.prefix(90))))” | \(e.confidence) |\n"
            }
            if !d.unmatched.isEmpty {
                out += "\nSentences that read as asks but match no demand (each a suggested new demand):\n\n"
                for u in d.unmatched { out += "- \(input):\(u.line): “\(u.sentence.prefix(200))”\n" }
            }
            if !d.warnings.isEmpty { out += "\nWarnings:\n\n" + d.warnings.map { "- \($0)\n" }.joined() }
            let problems = corpus.validate(documentText: d.documentText, path: "documents/\(d.id).md")
            if !problems.isEmpty {
                out += "\n`brief check` on this draft:\n\n" + problems.map { "- \($0.description)\n" }.joined()
            }
        }
        if !duplicates.isEmpty {
            out +=
                "\n## Pages already held (not drafted again)\n\n"
                + duplicates.sorted { $0.key < $1.key }.map { "- `\($0.key)`: its text is `\($0.value)`\n" }.joined()
        }
        if !failures.isEmpty {
            out +=
                "\n## Pages that gave no draft\n\n"
                + failures.map { "- `\(Quoted.printable($0.0))`: \($0.1)\n" }.joined()
        }
        return out
    }

    private func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
