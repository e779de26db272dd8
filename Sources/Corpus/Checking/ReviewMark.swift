import Foundation

/// The mark a draft carries until a person has reviewed it: a front-matter
/// line `review: pending`, written by `brief ingest` and removed only by
/// `brief accept`. A document in `documents/` that still carries it is an
/// error for `brief check` (and so for every brief, which loads only a valid
/// corpus): a draft can never reach a brief unreviewed, even when it is moved
/// there by hand.
public enum ReviewMark {
    /// The front-matter key.
    public static let key = "review"
    /// Its one value.
    public static let pending = "pending"
    /// The line as written in the front matter.
    public static let line = "\(key): \(pending)"

    /// What `brief check` says of a document that carries the mark.
    public static let message =
        "not reviewed: this is a draft from `brief ingest`; review it, then run `brief accept` on the draft "
        + "(it checks the draft, moves it into documents/ and removes this line)"

    /// `text` (a document in the corpus format) with the mark added as the
    /// first line of its front matter; unchanged if it has no front matter.
    public static func marked(_ text: String) -> String {
        guard text.hasPrefix("---\n") else { return text }
        return "---\n\(line)\n" + text.dropFirst(4)
    }

    /// `text` without the mark, and the 1-based line it stood on (nil when
    /// the text carries none). Only a line of the front matter counts.
    public static func removed(_ text: String) -> (text: String, line: Int?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else { return (text, nil) }
        for i in lines.indices.dropFirst() {
            let l = lines[i].trimmingCharacters(in: .whitespaces)
            if l == "---" || l == "..." { break }
            if isMark(l) {
                lines.remove(at: i)
                return (lines.joined(separator: "\n"), i + 1)
            }
        }
        return (text, nil)
    }

    /// A front-matter line that is the mark (any spacing, quoted or not).
    static func isMark(_ line: String) -> Bool {
        guard line.hasPrefix(key) else { return false }
        let rest = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix(":") else { return false }
        return !rest.dropFirst().trimmingCharacters(in: .whitespaces).isEmpty
    }
}
