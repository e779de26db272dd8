import Corpus
import Foundation

/// Demands proposed for the drafts, in `demands.yaml` beside them (as
/// organizations and engagements are proposed in `organizations.yaml` and
/// `events.yaml`): each entry is a demand of `issues.yaml` with one more
/// field, `issue:`, the issue whose `demands:` list it joins. `brief accept`
/// adds those a document uses to their issues; nothing else writes
/// `issues.yaml` for a draft, so a rejected draft leaves the corpus as it was.
///
///     - id: release-detained-journalists
///       issue: detainees
///       label: "Release detained journalists"
public struct DemandProposals: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var issue: String
        /// The demand's lines as `issues.yaml` will hold them (without `issue:`), before indentation.
        var lines: [String]
        /// 1-based line in its file of each of `lines`.
        var fileLines: [Int]
    }
    public var entries: [Entry]

    /// The file's name beside the drafts.
    public static let fileName = "demands.yaml"
    public static let header =
        "# Demands proposed for the drafts; `brief accept` adds those a document uses to their issue in issues.yaml.\n"

    public init(text: String) {
        entries = ProposalList(text: text).entries.map { e in
            var lines = e.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            var fileLines = Array(e.line..<(e.line + lines.count))
            var issue = ""
            if let i = lines.firstIndex(where: { Self.value(of: "issue", in: $0) != nil }) {
                issue = Self.value(of: "issue", in: lines[i]) ?? ""
                fileLines.remove(at: i)
                let first = lines.remove(at: i)
                // The entry's "- " goes to the line that is now first.
                if i == 0, first.hasPrefix("- "), !lines.isEmpty { lines[0] = "- " + lines[0].drop { $0 == " " } }
            }
            return Entry(id: e.id, issue: issue, lines: lines, fileLines: fileLines)
        }
    }

    /// Reads `demands.yaml` in a drafts folder; an absent file is an empty list.
    public init(folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: path) else { self.init(text: ""); return }
        self.init(text: String(decoding: try PageText.read(path), as: UTF8.self))
    }

    /// `key: value` on a line of an entry (quotes removed), or nil.
    static func value(of key: String, in line: String) -> String? {
        let l = line.drop { $0 == " " || $0 == "-" || $0 == "\t" }
        guard l.hasPrefix(key + ":") else { return nil }
        let value = l.dropFirst(key.count + 1).split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        return value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }

    /// One entry's text for `demands.yaml`.
    public static func entry(id: String, issue: String, label: String) -> String {
        "- id: \(id)\n  issue: \(issue)\n  label: \(DocumentWriter.quoted(label))\n"
    }

    /// Where entries went in `issues.yaml`: the 1-based first line and the number of lines.
    public struct Placed: Sendable, Equatable {
        public var entry: Entry
        public var firstLine: Int
        public var lineCount: Int
    }

    /// `issues.yaml`'s text with `entries` added, each at the end of its
    /// issue's `demands:` list (the issue's entry starting at the line
    /// `issueLines` gives), indented as that list is. Entries whose issue is
    /// unknown or has no block `demands:` list are left out, in `unplaced`.
    public static func inserting(_ entries: [Entry], into text: String, issueLines: [String: Int]) -> (
        text: String, placed: [Placed], unplaced: [Entry]
    ) {
        var text = text, placed: [Placed] = [], unplaced: [Entry] = []
        var issueLines = issueLines
        for e in entries {
            guard let line = issueLines[e.issue], let (t, first) = inserting(e.lines, into: text, issueLine: line)
            else {
                unplaced.append(e)
                continue
            }
            // What lies below the new lines moves down: issues, and entries placed earlier.
            for (id, l) in issueLines where l >= first { issueLines[id] = l + e.lines.count }
            for i in placed.indices where placed[i].firstLine >= first { placed[i].firstLine += e.lines.count }
            text = t
            placed.append(Placed(entry: e, firstLine: first, lineCount: e.lines.count))
        }
        return (text, placed, unplaced)
    }

    /// `text` with `lines` (a demand's `- id:` line and the rest, unindented)
    /// added at the end of the `demands:` list of the issue whose entry starts
    /// at `issueLine`, indented as that list is; and the 1-based line it
    /// starts on. nil when the issue has no block `demands:` list.
    static func inserting(_ new: [String], into text: String, issueLine: Int) -> (String, Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard issueLine >= 1, issueLine <= lines.count else { return nil }
        func indent(_ l: String) -> Int { l.prefix { $0 == " " }.count }
        func blank(_ l: String) -> Bool {
            l.trimmingCharacters(in: .whitespaces).isEmpty || l.trimmingCharacters(in: .whitespaces).hasPrefix("#")
        }
        var start = issueLine - 1
        // The entry's `- ` line (the id may be on a later line of it).
        while start > 0, !lines[start].hasPrefix("- ") { start -= 1 }
        var end = start + 1
        while end < lines.count, blank(lines[end]) || indent(lines[end]) > 0 { end += 1 }
        guard
            let key = (start..<end).first(where: {
                let t = lines[$0].drop { $0 == " " || $0 == "-" }
                return t.hasPrefix("demands:")
                    && t.dropFirst("demands:".count).trimmingCharacters(in: .whitespaces).isEmpty
            })
        else { return nil }
        let keyIndent = indent(lines[key]) + (lines[key].hasPrefix("- ") ? 2 : 0)
        var last = key, itemIndent: Int?
        var i = key + 1
        while i < end {
            if !blank(lines[i]) {
                guard
                    indent(lines[i]) > keyIndent
                        || (lines[i].dropFirst(keyIndent).hasPrefix("- ") && indent(lines[i]) == keyIndent)
                else { break }
                if itemIndent == nil { itemIndent = indent(lines[i]) }
                last = i
            }
            i += 1
        }
        let pad = String(repeating: " ", count: itemIndent ?? keyIndent + 2)
        lines.insert(contentsOf: new.map { pad + $0 }, at: last + 1)
        return (lines.joined(separator: "\n"), last + 2)
    }
}
