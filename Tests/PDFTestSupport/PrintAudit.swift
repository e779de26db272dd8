import Foundation

/// What a print shop checks before it prints a file, and a reader before
/// they trust it: the file is sound, carries a title and its creator, embeds
/// (a subset of) every font, has bookmarks when it runs to several pages,
/// keeps every word clear of the paper's edge, sets no word over another,
/// and its text can be extracted — including the phrases the test expects.
///
/// `problems` is empty when everything holds; each entry says what and where.
public struct PrintAudit {
    public private(set) var problems: [String] = []

    /// The closest a word may come to any edge of the paper, in points: a
    /// quarter inch, inside what office printers can print.
    public static let minimumMargin = 18.0
    /// How much of the smaller of two word boxes may lie under the other
    /// before the words count as set over each other (glyph boxes of
    /// neighbouring lines touch; overprinted words cover each other).
    public static let overlapShare = 0.35

    public init(_ path: String, expect: [String] = [], outline requireOutline: Bool = true) {
        let pdf = PDFInspector(path)
        guard pdf.isValid else {
            problems.append("qpdf --check finds the file damaged or warns about it")
            return
        }
        let info = pdf.info
        for key in ["Title", "Creator"] where (info[key] ?? "").isEmpty { problems.append("metadata: no \(key)") }
        for font in pdf.fonts where !(font.embedded && font.subset) {
            problems.append("font \(font.name) is not embedded as a subset")
        }
        let text = PageText(path)
        if requireOutline && text.pages.count > 1 && pdf.outline.isEmpty { problems.append("no outline (bookmarks)") }
        if text.pages.allSatisfy({ $0.words.isEmpty }) { problems.append("no extractable text") }
        for (n, page) in text.pages.enumerated() {
            problems += Self.edgeProblems(page, number: n + 1) + Self.overlapProblems(page, number: n + 1)
        }
        for phrase in expect where !pdf.contains(phrase) { problems.append("expected text not found: \"\(phrase)\"") }
    }

    /// Words closer than `minimumMargin` to an edge (half a point of rounding allowed).
    static func edgeProblems(_ page: PageText.Page, number: Int) -> [String] {
        let m = minimumMargin - 0.5
        return page.words.filter { $0.x0 < m || $0.y0 < m || $0.x1 > page.width - m || $0.y1 > page.height - m }
            .map { "page \(number): \"\($0.text)\" lies within \(Int(minimumMargin)) pt of the paper's edge" }
    }

    /// Pairs of words whose boxes cover more than `overlapShare` of the smaller one.
    static func overlapProblems(_ page: PageText.Page, number: Int) -> [String] {
        let words = page.words.sorted { $0.y0 < $1.y0 }
        var out: [String] = []
        for (i, a) in words.enumerated() {
            for b in words[(i + 1)...] {
                guard b.y0 < a.y1 else { break }  // sorted by top: nothing further down reaches a
                let w = min(a.x1, b.x1) - max(a.x0, b.x0), h = min(a.y1, b.y1) - max(a.y0, b.y0)
                let smaller = min(a.width * a.height, b.width * b.height)
                if w > 0, h > 0, smaller > 0, w * h > overlapShare * smaller {
                    out.append("page \(number): \"\(a.text)\" and \"\(b.text)\" are set over each other")
                }
            }
        }
        return out
    }
}
