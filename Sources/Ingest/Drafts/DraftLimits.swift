import Corpus
import Foundation

/// A draft's fields brought within what `brief check` accepts
/// (`FieldLimits`): control characters a page carried are dropped, values
/// longer than their field are cut at a word with "…", and an empty title
/// is replaced by a placeholder — each with a warning for the reviewer. A
/// draft is never one that the corpus's own check would refuse for these.
enum DraftLimits {
    static let untitled = "Untitled statement"

    static func fit(_ fields: inout DocumentWriter.Fields, warnings: inout [String]) {
        func fitted(_ value: String, key: String) -> String {
            let clean = withoutControls(value)
            if clean != value { warnings.append("control characters removed from `\(key)`") }
            let limit = FieldLimits.characters(for: key)
            guard clean.count > limit else { return clean }
            warnings.append(
                "`\(key)` was \(clean.count) characters, cut to \(limit) (the most a brief sets): shorten it by hand")
            return cut(clean, to: limit)
        }
        fields.title = fitted(fields.title, key: "title").trimmingWhitespaceScalars()
        if fields.title.isEmpty {
            fields.title = untitled
            warnings.append("the page gives no title: set `title` by hand")
        }
        if let to = fields.to { fields.to = fitted(to, key: "to") }
        if let source = fields.source, source.count > FieldLimits.characters(for: "source") {
            fields.source = nil
            warnings.append(
                "the source address is longer than \(FieldLimits.characters(for: "source")) characters: set `source` by hand"
            )
        }
        fields.asks = fields.asks.map { ask in
            // A quote is kept only whole and clean: cut, it would no longer be the page's words.
            var quote = ask.quote.map { withoutControls($0) }
            if let q = quote, q != ask.quote || q.count > FieldLimits.characters(for: "quote") { quote = nil }
            return (demand: ask.demand, text: fitted(ask.text, key: "text"), quote: quote)
        }
    }

    /// Control characters (C0 but tab, DEL, C1, bidirectional overrides, and
    /// U+FEFF, a byte-order mark out of place, which the YAML reader drops so
    /// that a title of one would read as empty) removed; line breaks too
    /// unless `keepingLines` (a body keeps them).
    static func withoutControls(_ s: String, keepingLines: Bool = false) -> String {
        let drop = { (u: Unicode.Scalar) in isControl(u) && !(keepingLines && u == "\n") }
        guard s.unicodeScalars.contains(where: drop) else { return s }
        var out = ""
        out.unicodeScalars.append(contentsOf: s.unicodeScalars.filter { !drop($0) })
        return out
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t") || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
            || (0x2066...0x2069).contains(u.value) || u.value == 0xFEFF
    }

    /// At most `limit` characters, ending at a word and with "…".
    static func cut(_ s: String, to limit: Int) -> String {
        let head = s.prefix(limit - 1)
        let atWord = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return String(atWord.count > limit / 2 ? atWord : head) + "…"
    }
}
