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

    /// Reads a page; throws `IngestError` for unknown formats and unreadable files.
    public static func load(_ path: String) throws -> PageText {
        if path == standardInput { return try standardInputPage() }
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "txt", "text":
            guard let data = FileManager.default.contents(atPath: path) else { throw IngestError.unreadable(path) }
            let text = String(decoding: data, as: UTF8.self)
            return PageText(path: path, format: .text, lines: Self.lines(text), links: [], declaredLanguage: nil)
        case "html", "htm":
            guard let data = FileManager.default.contents(atPath: path) else { throw IngestError.unreadable(path) }
            let extracted = HTMLExtractor.extract(data)
            return PageText(path: path, format: .html, lines: extracted.lines, links: extracted.links, declaredLanguage: extracted.language)
        case "pdf":
            let text = try PDFExtractor.text(path)
            return PageText(path: path, format: .pdf, lines: Self.lines(PDFExtractor.unwrap(text)), links: [], declaredLanguage: nil)
        default:
            throw IngestError.unsupported(path)
        }
    }

    /// The name that reads a page from standard input.
    public static let standardInput = "-"

    /// A page piped in: a PDF by its `%PDF-` signature, HTML by its opening
    /// tag, else text.
    static func standardInputPage() throws -> PageText {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let head = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if data.starts(with: Array("%PDF-".utf8)) {
            // poppler reads PDFs from files: the bytes go to a private temporary one.
            let temp = NSTemporaryDirectory() + "brief-stdin-\(getpid()).pdf"
            guard FileManager.default.createFile(atPath: temp, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw IngestError.unreadable(standardInput)
            }
            defer { unlink(temp) }
            let text = try PDFExtractor.text(temp)
            return PageText(path: standardInput, format: .pdf, lines: Self.lines(PDFExtractor.unwrap(text)), links: [], declaredLanguage: nil)
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") || head.hasPrefix("<head") || head.hasPrefix("<body") {
            let extracted = HTMLExtractor.extract(data)
            return PageText(path: standardInput, format: .html, lines: extracted.lines, links: extracted.links, declaredLanguage: extracted.language)
        }
        return PageText(path: standardInput, format: .text, lines: Self.lines(String(decoding: data, as: UTF8.self)), links: [], declaredLanguage: nil)
    }

    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// What can go wrong with one page; the others are still processed.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case unsupported(String)
    case unreadable(String)
    case pdf(String, String)
    case empty(String)

    public var description: String {
        switch self {
        case .unsupported(let p): return "\(p): not a page brief can read; give a .txt, .html/.htm or .pdf file"
        case .unreadable(let p): return "\(p): cannot read the file"
        case let .pdf(p, reason): return "\(p): cannot read the PDF: \(reason)"
        case .empty(let p): return "\(p): no statement text found on the page"
        }
    }
}
