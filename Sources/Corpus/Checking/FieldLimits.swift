/// The longest value each corpus field may hold, in characters.
///
/// Briefs set ids, names and labels in table cells, headings and running
/// text: a value far longer than any real one (a 100,000-character label)
/// cannot be set on a page, so it is refused by `brief check`, with its
/// location, instead of failing deep in layout.
public enum FieldLimits {
    public static func characters(for key: String) -> Int {
        switch key {
        case "id", "demand", "event", "organizations", "kind", "status", "language", "date": return 100
        case "short": return 40
        case "name", "aliases", "participants", "signatories", "keywords", "location": return 200
        case "label", "to": return 300
        case "title": return 400
        case "note", "talking_point": return 600
        case "text": return 1_200
        case "source", "url": return 2_000
        case "quote": return 4_000
        default: return 1_000
        }
    }

    /// What the limit is for, in a message.
    static func purpose(of key: String) -> String {
        switch key {
        case "id", "demand", "event", "organizations": return "anchors and references"
        case "short", "name", "label", "aliases": return "table cells and column heads"
        case "title": return "headings"
        default: return "pages"
        }
    }
}
