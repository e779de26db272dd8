import Corpus
import Foundation

/// A document's text as paragraphs, with each quoted ask marked where it
/// occurs and linked to its demand. Built from the parsed Markdown's plain
/// text; the template escapes every piece.
struct HighlightedText: Sendable {
    struct Segment: Sendable {
        let text: String
        /// Set when the piece is a quote.
        let mark: Mark?
    }
    struct Mark: Sendable {
        let href: String
        let demand: String
        let anchor: String
    }
    struct Block: Sendable {
        let heading: Bool
        let segments: [Segment]
    }
    /// A quote to mark, and where it links.
    struct Quote: Sendable {
        let text: String
        let mark: Mark
    }

    let blocks: [Block]
    /// Quotes that were not found in any paragraph (spanning two, say).
    let unplaced: [Quote]

    init(markdown: [MarkdownBlock], quotes: [Quote]) {
        var placed = Set<Int>()
        var out: [Block] = []
        func flatten(_ b: MarkdownBlock) -> [(Bool, String)] {
            switch b {
            case .heading: return [(true, b.plainText)]
            case .list(_, _, let items): return items.map { (false, "• " + $0.map(\.plainText).joined(separator: " ")) }
            case .blockQuote(let inner): return inner.flatMap(flatten)
            case .thematicBreak: return []
            default: return [(false, b.plainText)]
            }
        }
        for (heading, text) in markdown.flatMap(flatten) where !text.isEmpty {
            out.append(Block(heading: heading, segments: Self.segments(text, quotes: quotes, placed: &placed)))
        }
        blocks = out
        unplaced = quotes.enumerated().filter { !placed.contains($0.offset) }.map(\.element)
    }

    /// Splits a paragraph at the quotes found in it (each placed once, the first occurrence).
    static func segments(_ text: String, quotes: [Quote], placed: inout Set<Int>) -> [Segment] {
        var found: [(Range<String.Index>, Mark)] = []
        for (i, q) in quotes.enumerated() where !placed.contains(i) {
            guard let r = locate(q.text, in: text), !found.contains(where: { $0.0.overlaps(r) }) else { continue }
            found.append((r, q.mark))
            placed.insert(i)
        }
        found.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out: [Segment] = []
        var at = text.startIndex
        for (r, mark) in found {
            if at < r.lowerBound { out.append(Segment(text: String(text[at..<r.lowerBound]), mark: nil)) }
            out.append(Segment(text: String(text[r]), mark: mark))
            at = r.upperBound
        }
        if at < text.endIndex { out.append(Segment(text: String(text[at...]), mark: nil)) }
        return out
    }

    /// Where a quote occurs: exactly, else ignoring case, diacritics and the
    /// kind of quotation marks, with surrounding quotation marks and
    /// elisions ("...") at its ends left out as `brief check` leaves them out.
    static func locate(_ quote: String, in text: String) -> Range<String.Index>? {
        var q = quote.trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<2 {
            for mark in ["[...]", "...", "…"] {
                if q.hasPrefix(mark) { q = String(q.dropFirst(mark.count)).trimmingCharacters(in: .whitespaces) }
                if q.hasSuffix(mark) { q = String(q.dropLast(mark.count)).trimmingCharacters(in: .whitespaces) }
            }
            if q.count >= 2, let f = q.first, let l = q.last, "\"'“”‘’«»".contains(f), "\"'“”‘’«»".contains(l) {
                q = String(q.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            }
        }
        guard !q.isEmpty else { return nil }
        if let r = text.range(of: q) { return r }
        if let r = text.range(of: q, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]) {
            return r
        }
        let straight = { (s: String) in
            s.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
                .replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "’", with: "'")
        }
        // Same length after the swap (one character for one), so ranges carry over.
        let t = straight(text)
        guard t.count == text.count, let r = t.range(of: straight(q), options: [.caseInsensitive]) else { return nil }
        let lo = t.distance(from: t.startIndex, to: r.lowerBound),
            len = t.distance(from: r.lowerBound, to: r.upperBound)
        let start = text.index(text.startIndex, offsetBy: lo)
        return start..<text.index(start, offsetBy: len)
    }
}
