import Corpus
import Foundation

/// A page as text, line by line, whatever it came as: a captured `.txt`,
/// an `.html` page (through libxml2's parser), or a `.pdf` (through
/// poppler). Lines keep their number in the page (1-based) for evidence.
public struct PageText: Sendable {
    public enum Format: String, Sendable { case text, html, pdf }
    public var path: String
    public var format: Format
    public var lines: [String]
    /// Links the page shows (HTML `href`s, or addresses in the text).
    public var links: [String]
    /// The HTML `lang` attribute, when the page has one.
    public var declaredLanguage: String?
    /// What reading the page noticed (undecodable bytes, an unknown charset).
    public var warnings: [String] = []
    /// An HTML page's title, headings and declared dates; a PDF's headline.
    public var meta = PageMeta()

    /// Reads a page; throws `IngestError` for unknown formats and unreadable files.
    public static func load(_ path: String) throws -> PageText {
        if path == standardInput { return try standardInputPage() }
        let ext = (path as NSString).pathExtension.lowercasedByScalar()
        switch ext {
        case "txt", "text":
            let decoded = PageDecoding.decode(try read(path), html: false)
            var lines = Self.lines(decoded.text)
            // Text wrapped at a fixed width (a mailing list's archive, a newspaper's) has its paragraphs
            // put back together as a PDF's are: no line of it would otherwise read as prose.
            if Self.isHardWrapped(lines) {
                lines = PDFExtractor.paragraphs(decoded.text, sizes: []).lines.map(\.text)
            }
            return PageText(
                path: path, format: .text, lines: lines, links: [], declaredLanguage: nil, warnings: decoded.warnings)
        case "html", "htm":
            // Decoded here, in the page's own encoding, and handed to libxml2 as UTF-8.
            let decoded = PageDecoding.decode(try read(path), html: true)
            let utf8 = Data(decoded.text.utf8)
            let extracted = HTMLExtractor.extract(utf8)
            return PageText(
                path: path, format: .html, lines: extracted.lines, links: extracted.links,
                declaredLanguage: extracted.language,
                warnings: decoded.warnings, meta: PageMeta.read(utf8))
        case "pdf":
            // poppler reads the file itself: it is judged as every other file first.
            if let problem = FileReading.problem(path) { throw IngestError.unreadable(path, problem.reason) }
            return try pdfPage(path, reading: path)
        default:
            throw IngestError.unsupported(path)
        }
    }

    /// A PDF page named `path`, read from the file `file`: its paragraphs, and its headline (the
    /// first page's largest display type) as its one heading, as an HTML page's `<h1>` is.
    static func pdfPage(_ path: String, reading file: String) throws -> PageText {
        let printed = PDFExtractor.read(try PDFExtractor.text(file))
        var meta = PageMeta()
        if let headline = printed.headline { meta.headings = [headline] }
        var lines = Self.lines(printed.text)
        // A printout's header gives the page's <title>, which names the site beside the headline. Set
        // on a line of its own, that line is the header's, never the page's headline: it leaves the
        // text, as an HTML page's `<header>` does, and is read as that is (for the site's name).
        if let (title, line) = PDFExtractor.printedTitle(lines) {
            meta.title = title
            if let line {
                meta.header.append(lines[line])
                lines[line] = ""
            }
        }
        return PageText(
            path: path, format: .pdf, lines: lines, links: [], declaredLanguage: nil, meta: meta)
    }

    /// The file's bytes, or `unreadable` with the system's reason.
    static func read(_ path: String) throws -> Data {
        switch FileReading.contents(of: path) {
        case .success(let data): return data
        case .failure(let problem): throw IngestError.unreadable(path, problem.reason)
        }
    }

    /// The name that reads a page from standard input.
    public static let standardInput = "-"

    /// A page piped in: a PDF by its `%PDF-` signature, HTML by its opening
    /// tag, else text.
    static func standardInputPage() throws -> PageText {
        let data: Data
        switch FileReading.standardInput() {
        case .success(let d): data = d
        case .failure(let problem): throw IngestError.unreadable(standardInput, problem.reason)
        }
        let head = String(decoding: data.prefix(512), as: UTF8.self).trimmingWhitespaceAndNewlineScalars()
            .lowercasedByScalar()
        if data.starts(with: Array("%PDF-".utf8)) {
            // poppler reads PDFs from files: the bytes go to a private temporary one.
            let temp = NSTemporaryDirectory() + "brief-stdin-\(getpid()).pdf"
            guard FileManager.default.createFile(atPath: temp, contents: data, attributes: [.posixPermissions: 0o600])
            else {
                throw IngestError.unreadable(standardInput, "no temporary file could be made for it")
            }
            defer { unlink(temp) }
            return try pdfPage(standardInput, reading: temp)
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml")
            || head.hasPrefix("<head") || head.hasPrefix("<body")
        {
            let decoded = PageDecoding.decode(data, html: true)
            let utf8 = Data(decoded.text.utf8)
            let extracted = HTMLExtractor.extract(utf8)
            return PageText(
                path: standardInput, format: .html, lines: extracted.lines, links: extracted.links,
                declaredLanguage: extracted.language,
                warnings: decoded.warnings, meta: PageMeta.read(utf8))
        }
        let decoded = PageDecoding.decode(data, html: false)
        return PageText(
            path: standardInput, format: .text, lines: Self.lines(decoded.text), links: [], declaredLanguage: nil,
            warnings: decoded.warnings)
    }

    /// Whether a text page is wrapped at a fixed width: at least `wrappedLines` lines with text, nine in
    /// ten no longer than `wrapWidth` characters and none longer than `longestUnwrapped` (a footer's
    /// notice may run past the width), and at least half of them filling `fullLine` of the width nine
    /// in ten reach. A page whose paragraphs are lines of their own holds far longer ones.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        let lengths = lines.map(\.count).filter { $0 > 0 }.sorted()
        guard lengths.count >= wrappedLines, let widest = lengths.last, widest <= longestUnwrapped else { return false }
        let width = lengths[lengths.count * 9 / 10]
        guard width <= wrapWidth else { return false }
        let full = lengths.filter { Double($0) >= Double(width) * fullLine }.count
        return Double(full) >= Double(lengths.count) * fullShare
    }
    static let wrappedLines = 15
    /// A terminal's width, at which mail and old archives wrap.
    static let wrapWidth = 80
    static let longestUnwrapped = 120
    static let fullLine = 0.8
    static let fullShare = 0.5

    /// The text's lines, cut at each line feed, a carriage return before it dropped ("\r\n"
    /// ends a line as "\n" does). Cut on bytes: a line feed is one byte in UTF-8 and never part
    /// of another character's bytes.
    static func lines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == lineFeed {
                var end = i
                if i < bytes.count, end > start, bytes[end - 1] == carriageReturn { end -= 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = i + 1
            }
            return out
        }
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}

/// What can go wrong with one page; the others are still processed.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case unsupported(String)
    case unreadable(String, String)
    case pdf(String, String)
    case empty(String)

    public var description: String {
        // File names are shown with their control characters made visible.
        switch self {
        case .unsupported(let p):
            return "\(Quoted.printable(p)): not a page brief can read; give a .txt, .html/.htm or .pdf file"
        case let .unreadable(p, reason): return "\(Quoted.printable(p)): cannot read the file: \(reason)"
        case let .pdf(p, reason): return "\(Quoted.printable(p)): cannot read the PDF: \(reason)"
        case .empty(let p): return "\(Quoted.printable(p)): no statement text found on the page"
        }
    }
}
