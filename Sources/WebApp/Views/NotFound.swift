import Corpus
import Hummingbird

/// An unknown id: 404, with the suggestion `brief generate` would make
/// (`Suggestions.closest`, the same edit distance) and the list to pick from.
struct NotFound: Error, Sendable {
    let what: String
    let id: String
    let suggestion: Link?
    let list: Link

    init(what: String, id: String, known: [String], href: (String) -> String, list: Link) {
        self.what = what
        self.id = String(id.prefix(200))
        suggestion = Suggestions.closest(to: id, in: known).map { Link(href: href($0), text: $0) }
        self.list = list
    }
}
