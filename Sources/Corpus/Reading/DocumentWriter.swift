import Foundation

/// Writes a document in the corpus format (front matter, then the body),
/// so that reading it back gives the same document. Values are written as
/// YAML double-quoted strings whenever they are not plain words, so no
/// text can change their meaning.
public enum DocumentWriter {
    public struct Fields: Sendable {
        public var title: String
        public var organizations: [String]
        public var date: PartialDate
        public var kind: DocumentKind
        public var to: String?
        public var event: String?
        public var source: String?
        public var language: String?
        public var asks: [(demand: String, text: String, quote: String?)]
        public init(
            title: String, organizations: [String], date: PartialDate, kind: DocumentKind, to: String? = nil,
            event: String? = nil, source: String? = nil, language: String? = nil,
            asks: [(demand: String, text: String, quote: String?)] = []
        ) {
            self.title = title; self.organizations = organizations; self.date = date; self.kind = kind; self.to = to
            self.event = event; self.source = source; self.language = language; self.asks = asks
        }
    }

    /// An `events.yaml` entry that reads back as `e` (all but its source location).
    public static func eventEntry(_ e: Event) -> String {
        var out =
            "- id: \(e.id)\n  date: \(e.date.description)\n  title: \(quoted(e.title))\n  kind: \(e.kind.rawValue)\n"
        if !e.participants.isEmpty {
            out += "  participants: [\(e.participants.map(quoted).joined(separator: ", "))]\n"
        }
        if let location = e.location { out += "  location: \(quoted(location))\n" }
        return out
    }

    /// A YAML scalar that reads back as exactly `s`.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += String(format: "\\x%02X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    public static func text(_ f: Fields, body: String) -> String {
        var lines = [
            "---", "title: \(quoted(f.title))", "organizations: [\(f.organizations.joined(separator: ", "))]",
            "date: \(f.date.description)", "kind: \(f.kind.rawValue)",
        ]
        if let to = f.to { lines.append("to: \(quoted(to))") }
        if let e = f.event { lines.append("event: \(e)") }
        if let s = f.source { lines.append("source: \(quoted(s))") }
        if let l = f.language { lines.append("language: \(l)") }
        if !f.asks.isEmpty {
            lines.append("asks:")
            for a in f.asks {
                lines.append("  - demand: \(a.demand)")
                lines.append("    text: \(quoted(a.text))")
                if let q = a.quote { lines.append("    quote: \(quoted(q))") }
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body + (body.hasSuffix("\n") ? "" : "\n")
    }
}

extension Corpus {
    /// Checks one document's text as `brief check` would, against this
    /// corpus (references resolved, quotes verified), without writing it.
    public func validate(documentText text: String, path: String) -> [Diagnostic] {
        let parsed = DocumentParser(path: path).parse(Data(text.utf8))
        var out = parsed.diagnostics
        out += CorpusValidator(corpus: self, references: [parsed.references]).unresolved(parsed.references)
        return out
    }
}
