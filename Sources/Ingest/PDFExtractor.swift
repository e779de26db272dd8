import CPDFText
import Foundation

/// PDF text through poppler's library (the C wall is `CPDFText`).
enum PDFExtractor {
    static func text(_ path: String) throws -> String {
        var error: UnsafeMutablePointer<CChar>? = nil
        // poppler takes a file URI, which needs an absolute path.
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let raw = brief_pdf_text(absolute, &error) else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            free(error)
            throw IngestError.pdf(path, reason)
        }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// A PDF's text comes as the lines it was set in: join the lines of a
    /// paragraph (a blank line or a page break ends it) so sentences are whole.
    static func unwrap(_ text: String) -> String {
        var out: [String] = []
        var current = ""
        for raw in text.replacingOccurrences(of: "\u{0C}", with: "\n\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !current.isEmpty { out.append(current); current = "" }
                out.append("")
                continue
            }
            if current.isEmpty { current = line }
            else if current.hasSuffix("-") && !current.hasSuffix(" -") { current.removeLast(); current += line }
            else { current += " " + line }
        }
        if !current.isEmpty { out.append(current) }
        return out.joined(separator: "\n")
    }
}
