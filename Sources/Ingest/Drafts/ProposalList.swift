import Foundation

/// A list of proposed `organizations.yaml` or `events.yaml` entries, written
/// beside the drafts by `brief ingest` and merged into the corpus by `brief
/// accept`. Entries are kept as the text a person may have edited (comments
/// and all), split at the top-level `- ` items of a YAML block list: the
/// corpus's loader, not this type, judges what they say.
struct ProposalList {
    struct Entry: Equatable {
        var id: String
        /// The entry's lines, ending in a newline.
        var text: String
        /// 1-based line of the entry's first line in its file.
        var line: Int
    }
    var entries: [Entry]

    init(text: String) {
        var entries: [Entry] = []
        var current: (lines: [Substring], line: Int)? = nil
        func close() {
            guard let c = current else { return }
            let id = c.lines.lazy.compactMap(Self.id(in:)).first ?? ""
            entries.append(Entry(id: id, text: c.lines.map { $0 + "\n" }.joined(), line: c.line))
            current = nil
        }
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("- ") || line == "-" {
                close(); current = ([line], i + 1)
            } else if current != nil, line.first == " " || line.first == "\t" {
                current!.lines.append(line)
            } else {
                close()
            }  // a comment or blank line at the top level ends an entry
        }
        close()
        self.entries = entries
    }

    /// Reads the file at `path`; an absent file is an empty list.
    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { self.init(text: ""); return }
        let data = try PageText.read(path)
        self.init(text: String(decoding: data, as: UTF8.self))
    }

    /// "- id: x" or "  id: x" (quotes removed).
    static func id(in line: Substring) -> String? {
        var l = line.drop { $0 == " " || $0 == "-" || $0 == "\t" }
        guard l.hasPrefix("id:") else { return nil }
        l = l.dropFirst(3)
        let value = l.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        return value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }

    /// `text` (a YAML list) without the entries whose ids are in `ids`, each
    /// with the blank lines just above it; everything else (comments, other
    /// entries) as it was written.
    static func removing(_ ids: Set<String>, from text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // From the last entry up, so that the lines above keep their numbers.
        for e in ProposalList(text: text).entries.reversed() where ids.contains(e.id) {
            let count = e.text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            var first = e.line - 1
            while first > 0, lines[first - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { first -= 1 }
            lines.removeSubrange(first..<min(lines.count, e.line - 1 + count))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `text` holds nothing but comments and blank lines.
    static func isBlank(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy {
            let t = $0.drop { $0 == " " || $0 == "\t" }
            return t.isEmpty || t.hasPrefix("#")
        }
    }

    /// `text` (a YAML list) with the entries whose ids it lacks appended.
    static func appending(_ new: [Entry], to text: String) -> String {
        let known = Set(ProposalList(text: text).entries.map(\.id))
        var out = text
        for e in new where !known.contains(e.id) {
            if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
            out += e.text
        }
        return out
    }
}
