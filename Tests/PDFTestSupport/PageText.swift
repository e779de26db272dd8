import Foundation

/// The text of a PDF's pages as poppler places it: each page's size, its
/// words and its lines with their boxes, in points from the top left
/// (`pdftotext -bbox-layout`). The audits read pages through this.
public struct PageText {
    public struct Box {
        public var text: String
        public var x0, y0, x1, y1: Double
        public var width: Double { x1 - x0 }
        public var height: Double { y1 - y0 }
    }

    public struct Page {
        public var width: Double
        public var height: Double
        public var words: [Box] = []
        /// Lines as poppler groups words (a table cell's line is its own line).
        public var lines: [Box] = []
        /// The words of each line, left to right (`lines[i]`'s words are `lineWords[i]`).
        public var lineWords: [[Box]] = []
    }

    public let pages: [Page]

    public init(_ path: String) {
        let xml = PDFInspector.run(["pdftotext", "-bbox-layout", path, "-"]).output
        var pages: [Page] = []
        for chunk in xml.components(separatedBy: "<page ").dropFirst() {
            var page = Page(width: Self.attribute("width", in: chunk), height: Self.attribute("height", in: chunk))
            for line in chunk.components(separatedBy: "<line ").dropFirst() {
                let words = line.components(separatedBy: "<word ").dropFirst().map(Self.word)
                guard !words.isEmpty else { continue }
                page.words += words
                page.lineWords.append(words.sorted { $0.x0 < $1.x0 })
                page.lines.append(
                    Box(
                        text: words.map(\.text).joined(separator: " "),
                        x0: Self.attribute("xMin", in: line), y0: Self.attribute("yMin", in: line),
                        x1: Self.attribute("xMax", in: line), y1: Self.attribute("yMax", in: line)))
            }
            pages.append(page)
        }
        self.pages = pages
    }

    private static func word(_ chunk: String) -> Box {
        let raw = chunk.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) } ?? ""
        return Box(
            text: unescape(raw), x0: attribute("xMin", in: chunk), y0: attribute("yMin", in: chunk),
            x1: attribute("xMax", in: chunk), y1: attribute("yMax", in: chunk))
    }

    /// The number in `name="…"`, the first such attribute in `chunk`.
    private static func attribute(_ name: String, in chunk: String) -> Double {
        guard let r = chunk.range(of: name + "=\"") else { return 0 }
        return Double(chunk[r.upperBound...].prefix { $0 != "\"" }) ?? 0
    }

    private static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
