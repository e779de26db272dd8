import CHTMLText
import Foundation

/// An HTML page's text through libxml2's HTML parser (behind `CHTMLText`):
/// one line per block element, the page's furniture elements (scripts,
/// navigation, headers, footers, asides, forms) left out.
enum HTMLExtractor {
    struct Result { var lines: [String]; var links: [String]; var language: String? }

    static func extract(_ data: Data) -> Result {
        var lang: UnsafeMutablePointer<CChar>? = nil, links: UnsafeMutablePointer<CChar>? = nil
        let text: String = data.withUnsafeBytes { raw in
            guard let p = brief_html_text(raw.bindMemory(to: CChar.self).baseAddress, raw.count, &lang, &links) else {
                return ""
            }
            defer { free(p) }
            return String(cString: p)
        }
        defer { free(lang); free(links) }
        return Result(
            lines: PageText.lines(text),
            links: links.map { String(cString: $0).split(separator: "\n").map(String.init) } ?? [],
            language: lang.map { String(cString: $0) })
    }
}
