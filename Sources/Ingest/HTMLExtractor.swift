import CLibXML2
import Foundation

/// An HTML page's text through libxml2's HTML parser (the only file that
/// touches it): block elements become lines; scripts, styles, navigation,
/// headers, footers, asides and forms are page furniture and are skipped.
enum HTMLExtractor {
    struct Result { var lines: [String]; var links: [String]; var language: String? }

    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                                        "svg", "button", "select", "template"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article",
                                       "main", "br", "tr", "td", "th", "dt", "dd", "figcaption", "pre", "ul", "ol", "table", "time"]

    static func extract(_ data: Data) -> Result {
        var result = Result(lines: [], links: [], language: nil)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            htmlReadMemory(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), nil, "UTF-8", options)
        }
        guard let doc else { return result }
        defer { xmlFreeDoc(doc) }
        var current = ""
        func flush() {
            let line = current.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if !line.isEmpty { result.lines.append(line); result.lines.append("") }
            current = ""
        }
        func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0).lowercased() } ?? "" }
        func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
            guard let v = xmlGetProp(node, key) else { return nil }
            // libxml2 allocates with malloc unless told otherwise; free as it does.
            defer { free(v) }
            return String(cString: v)
        }
        func walk(_ node: xmlNodePtr?) {
            var n = node
            while let node = n {
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    let tag = name(node)
                    if tag == "html", let lang = attribute(node, "lang") { result.language = lang }
                    if !skipped.contains(tag) {
                        if tag == "a", let href = attribute(node, "href"), href.hasPrefix("http") { result.links.append(href) }
                        let block = blocks.contains(tag)
                        if block { flush() }
                        walk(node.pointee.children)
                        if block { flush() }
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let c = node.pointee.content { current += String(cString: c) }
                default: break
                }
                n = node.pointee.next
            }
        }
        walk(xmlDocGetRootElement(doc))
        flush()
        return result
    }
}
