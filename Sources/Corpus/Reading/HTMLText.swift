import CHTMLText
import Foundation

/// The text of a raw HTML block in a document body, its markup dropped.
///
/// Bodies are Markdown; a pasted `<div>…</div>` must not make its words
/// vanish from a brief. libxml2's HTML parser reads it (the parser ingest
/// uses for pages): entities are decoded (`Caf&eacute;` is "Café"),
/// attributes and closed comments dropped, scripts and styles left out,
/// every other element's words kept, in one line. A comment opened and
/// never closed would hide the rest of the block: its `<!--` is text.
enum HTMLText {
    static func strip(_ html: String) -> String {
        var bytes = Array(textualizingUnclosedComments(html).utf8)
        bytes.append(0)
        guard
            let raw = bytes.withUnsafeBufferPointer({ p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                    brief_html_fragment_text($0, p.count - 1)
                }
            })
        else { return "" }
        defer { free(raw) }
        return String(cString: raw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every `<!--` from the first one that has no `-->` after it on, as
    /// text (`&lt;!--`). One pass: each search starts where the last ended.
    static func textualizingUnclosedComments(_ html: String) -> String {
        var position = html.startIndex
        while let open = html.range(of: "<!--", range: position..<html.endIndex) {
            guard let close = html.range(of: "-->", range: open.upperBound..<html.endIndex) else {
                return String(html[..<open.lowerBound])
                    + html[open.lowerBound...].replacingOccurrences(of: "<!--", with: "&lt;!--")
            }
            position = close.upperBound
        }
        return html
    }
}
