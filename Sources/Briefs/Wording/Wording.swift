/// Wording every brief shares, so that number agreement and lists read the
/// same everywhere.

import Foundation

/// Lists of names and phrases.
enum ListFormat {
    /// "A", "A and B", "A, B and C".
    static func and(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// How many items a summary names before counting the rest ("and 3 others"):
    /// a summary stays a summary however large the corpus.
    static let longestNamed = 5

    /// At most five, then "and N others": "A, B, C, D, E and 3 others".
    static func capped(_ items: [String], limit: Int = longestNamed) -> String {
        capped(count: items.count, limit: limit) { items[$0] }
    }

    /// The same, naming only the items it prints (`name(i)` for i below
    /// `count`): a joint letter's thousand signers are counted, not named.
    static func capped(count: Int, limit: Int = longestNamed, name: (Int) -> String) -> String {
        count <= limit + 1
            ? and((0..<count).map(name))
            : (0..<limit).map(name).joined(separator: ", ") + " and \(count - limit) others"
    }

    /// Phrases that may hold commas: "A; B; and C", "A and B", "A".
    static func sentenceList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + " and " + items[1]
        default: return items.dropLast().joined(separator: "; ") + "; and " + items.last!
        }
    }
}

/// A count with its noun in agreement: "1 organization", "3 organizations".
struct Counted {
    let count: Int
    let singular: String
    let plural: String
    init(_ count: Int, _ singular: String, plural: String? = nil) {
        self.count = count; self.singular = singular; self.plural = plural ?? singular + "s"
    }
    var noun: String { count == 1 ? singular : plural }
    var text: String { "\(count) \(noun)" }
}

/// Sentences for a principal.
enum Sentence {
    /// The text with a final full stop if it has none.
    static func ending(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let last = t.last else { return t }
        return ".!?…".contains(last) ? t : t + "."
    }
}
