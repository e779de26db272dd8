import Foundation

/// The text of a raw HTML block in a document body, its markup dropped.
///
/// Bodies are Markdown; a pasted `<div>…</div>` must not make its words
/// vanish from a brief. This is no HTML parser: tags are removed, the
/// contents of `script` and `style` with them, and the common entities
/// decoded; structure is not kept.
///
/// One pass: each `<` looks ahead for its `>` once, and once a search finds
/// none, no later `<` searches again (50,000 unclosed `<!--` are text, read
/// in linear time, not 50,000 scans to the end).
enum HTMLText {
    static func strip(_ html: String) -> String {
        var out = ""
        var i = html.startIndex
        var skippingUntil: String? = nil
        var noCloseAhead = false
        while i < html.endIndex {
            let c = html[i]
            let close = c == "<" && !noCloseAhead ? html[i...].firstIndex(of: ">") : nil
            if c == "<" && close == nil { noCloseAhead = true }
            if let close {
                let tag = html[html.index(after: i)..<close].lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" || $0 == "\t" }).first.map(String.init) ?? ""
                if let until = skippingUntil {
                    if tag.hasPrefix("/") && tag.dropFirst().hasPrefix(until) { skippingUntil = nil }
                } else if name == "script" || name == "style" {
                    if !tag.hasSuffix("/") { skippingUntil = name }
                } else if ["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th"]
                            .contains(tag.hasPrefix("/") ? String(tag.dropFirst()) : name) {
                    out += " "
                }
                i = html.index(after: close)
                continue
            }
            if skippingUntil == nil { out.append(c) }
            i = html.index(after: i)
        }
        for (entity, value) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
