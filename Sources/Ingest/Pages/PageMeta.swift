import CHTMLText
import Corpus
import Foundation

/// What an HTML page says about itself besides its text: its `<title>`,
/// `og:title`, site name and `<h1>` headings (for the headline), and the
/// publication dates in `<meta>` tags, JSON-LD `datePublished` and `<time
/// datetime>` (for the date). A PDF's only one is its headline, the first
/// page's largest type, as its one heading (`PDFExtractor.read`); a text page
/// has none.
public struct PageMeta: Sendable {
    public var title: String?
    public var ogTitle: String?
    public var siteName: String?
    public var headings: [String] = []
    /// The text of the page's `<header>` (its masthead and menus), which the page's text leaves out.
    public var header: [String] = []
    /// The page's own address (`og:url`, `<link rel=canonical>`).
    public var url: String?
    /// Publication dates the markup declares, most trusted first, with where each was read.
    public var dates: [(date: PartialDate, source: String)] = []

    public init() {}

    /// `<meta>` names that carry a publication date, most trusted first.
    static let dateNames = [
        "article:published_time", "datepublished", "og:published_time", "publish-date", "publishdate",
        "pubdate", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created",
        "dcterms.issued",
        "citation_publication_date", "parsely-pub-date", "sailthru.date",
    ]

    static func read(_ data: Data) -> PageMeta {
        let raw: String = data.withUnsafeBytes { bytes in
            guard let p = brief_html_meta(bytes.bindMemory(to: CChar.self).baseAddress, bytes.count) else { return "" }
            defer { free(p) }
            return String(cString: p)
        }
        var meta = PageMeta()
        var named: [String: String] = [:]
        var ld: [PartialDate] = []
        var times: [PartialDate] = []
        for line in raw.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let key = String(line[..<tab]),
                value = String(line[line.index(after: tab)...]).trimmingWhitespaceScalars()
            guard !value.isEmpty else { continue }
            switch key {
            case "title": if meta.title == nil { meta.title = value }
            case "h1": meta.headings.append(value)
            case "header": meta.header.append(value)
            case "canonical": if meta.url == nil { meta.url = value }
            case "time": if let d = isoDate(value) { times.append(d) }
            case "ld+json": ld += jsonLDDates(value)
            default:
                guard key.hasPrefix("meta:") else { continue }
                let name = String(key.dropFirst(5))
                if named[name] == nil { named[name] = value }
            }
        }
        meta.ogTitle = named["og:title"] ?? named["twitter:title"]
        meta.siteName = named["og:site_name"] ?? named["application-name"]
        if let u = named["og:url"] { meta.url = u }
        for name in dateNames {
            if let v = named[name], let d = isoDate(v) { meta.dates.append((d, "<meta \(name)>: \(v)")) }
        }
        meta.dates += ld.map { ($0, "JSON-LD datePublished") }
        meta.dates += times.prefix(1).map { ($0, "<time datetime>") }
        return meta
    }

    /// "2018-08-17T10:00:00+02:00" → 2018-08-17; "2018-08" → 2018-08.
    static func isoDate(_ s: String) -> PartialDate? {
        let head = s.prefix { $0.isNumber || $0 == "-" }
        for length in [10, 7] where head.count >= length {
            if let d = PartialDate(String(head.prefix(length))) { return d }
        }
        return nil
    }

    /// `"datePublished": "…"` anywhere in a JSON-LD block (graphs nest it).
    static func jsonLDDates(_ text: String) -> [PartialDate] {
        var out: [PartialDate] = []
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: "\"datePublished\"", range: search) {
            search = r.upperBound..<text.endIndex
            let rest = text[r.upperBound...].drop { $0 == " " || $0 == ":" }
            guard rest.first == "\"" else { continue }
            if let d = isoDate(String(rest.dropFirst().prefix(40))) { out.append(d) }
        }
        return out
    }
}
