import Corpus
import Typesetting

/// Marks passages written in another script with their language, so that
/// they hyphenate by their own patterns and the tagged PDF gives them a
/// /Lang: Cyrillic words become Russian, or Ukrainian when the passage
/// uses letters Russian lacks (і, ї, є, ґ). A run already given a language
/// other than the brief's keeps it.
enum PassageLanguage {
    static func mark(_ blocks: [Block]) -> [Block] { blocks.map(mark) }

    static func mark(_ block: Block) -> Block {
        switch block {
        case .paragraph(let runs, let ps): return .paragraph(mark(runs), ps)
        case .heading(var h): h.runs = mark(h.runs); return .heading(h)
        case .list(var l): l.items = l.items.map(mark); return .list(l)
        case .quote(let blocks, let attribution): return .quote(mark(blocks), attribution: attribution.map(mark))
        case .keepTogether(let blocks): return .keepTogether(mark(blocks))
        case .table(var t):
            t.header = t.header.map(mark)
            t.rows = t.rows.map(mark)
            return .table(t)
        case .figure(var f):
            f.caption = f.caption.map(mark)
            return .figure(f)
        case .rule, .spacer, .pageBreak, .tableOfContents, .anchor:
            return block
        }
    }

    private static func mark(_ row: Table.Row) -> Table.Row {
        var r = row
        r.cells = row.cells.map {
            var c = $0; c.blocks = mark(c.blocks); return c
        }
        return r
    }

    /// Runs split where the script changes; Cyrillic stretches get ru or uk.
    static func mark(_ runs: [TextRun]) -> [TextRun] {
        guard runs.contains(where: { hasCyrillic($0.text) }) else { return runs }
        let cyrillic = runs.contains(where: { LanguageTag.hasUkrainianLetter($0.text) }) ? "uk" : "ru"
        var out: [TextRun] = []
        out.reserveCapacity(runs.count + 2)
        for run in runs {
            guard hasCyrillic(run.text),
                !cyrillicLanguages.contains(LanguageTag.primary(run.style.language))
            else {
                out.append(run); continue
            }
            let parts = segments(run.text)
            if parts.count == 1 {  // wholly one script: the run keeps its text
                var r = run
                if parts[0].1 { r.style.language = cyrillic }
                out.append(r)
                continue
            }
            for (text, isCyr) in parts {
                out.append(TextRun(text, style: isCyr ? run.style.with { $0.language = cyrillic } : run.style))
            }
        }
        return out
    }

    /// Stretches of one script: spaces, digits and punctuation stay with the
    /// stretch before them. Read as UTF-8 bytes: briefs run this over every
    /// paragraph, and scalar arrays cost more than the layout of the text.
    static func segments(_ text: String) -> [(String, Bool)] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [(String, Bool)] = []
            var start = 0
            var current: Bool? = nil
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decode(bytes, at: i)
                if isLetter(scalar) {
                    let c = isCyrillic(scalar)
                    if let cur = current, cur != c {
                        out.append(
                            (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self), cur))
                        start = i
                    }
                    current = c
                }
                i += length
            }
            if start < bytes.count {
                out.append(
                    (String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self), current ?? false))
            }
            return out
        }
    }

    /// The scalar starting at byte `i` of valid UTF-8 (a Swift string's), and its length in bytes.
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(b[i])
        func next(_ k: Int) -> UInt32 { UInt32(b[i + k] & 0x3F) }
        switch lead {
        case 0..<0x80: return (lead, 1)
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | next(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        default: return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }
    }

    /// Cyrillic is written with UTF-8 lead bytes 0xD0–0xD4 (U+0400–U+052F): a byte scan finds it.
    static func hasCyrillic(_ text: String) -> Bool {
        bytes(of: text) { b in b.contains { $0 >= 0xD0 && $0 <= 0xD4 } }
    }

    /// Runs `body` over the UTF-8 bytes of `text` in place (a copy only
    /// for a string not stored as UTF-8): briefs scan every paragraph.
    private static func bytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }

    /// A letter for telling scripts apart: ASCII and Latin letters, Cyrillic,
    /// and other scripts; not spaces, digits, punctuation or symbols.
    private static func isLetter(_ s: UInt32) -> Bool {
        switch s {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        case 0x80...0xBF, 0xD7, 0xF7: return false
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F: return false
        default: return true
        }
    }

    /// "uk" when the text has letters of Ukrainian that Russian lacks, else "ru".
    static func language(ofCyrillicIn text: String) -> String { LanguageTag.cyrillicLanguage(of: text) }

    /// Languages written in Cyrillic: a run already in one keeps its language.
    private static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]

    static func isCyrillic(_ s: UInt32) -> Bool { (0x0400...0x052F).contains(s) }
}
