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
        r.cells = row.cells.map { var c = $0; c.blocks = mark(c.blocks); return c }
        return r
    }

    /// Runs split where the script changes; Cyrillic stretches get ru or uk.
    static func mark(_ runs: [TextRun]) -> [TextRun] {
        guard runs.contains(where: { hasCyrillic($0.text) }) else { return runs }
        let cyrillic = language(ofCyrillicIn: runs.map(\.text).joined())
        var out: [TextRun] = []
        out.reserveCapacity(runs.count + 2)
        for run in runs {
            guard hasCyrillic(run.text),
                  !cyrillicLanguages.contains(primary(run.style.language)) else {
                out.append(run); continue
            }
            let parts = segments(run.text)
            if parts.count == 1 {   // wholly one script: the run keeps its text
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
    /// stretch before them.
    static func segments(_ text: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var current: Bool? = nil
        for (i, s) in scalars.enumerated() where isLetter(s) {
            let c = isCyrillic(s)
            if let cur = current, cur != c {
                out.append((String(String.UnicodeScalarView(scalars[start..<i])), cur))
                start = i
            }
            current = c
        }
        if start < scalars.count { out.append((String(String.UnicodeScalarView(scalars[start...])), current ?? false)) }
        return out
    }

    /// Cyrillic is written with UTF-8 lead bytes 0xD0–0xD4 (U+0400–U+052F): a byte scan finds it.
    static func hasCyrillic(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xD0 && $0 <= 0xD4 }
    }

    /// A letter for telling scripts apart: ASCII and Latin letters, Cyrillic,
    /// and other scripts; not spaces, digits, punctuation or symbols.
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        case 0x80...0xBF, 0xD7, 0xF7: return false
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F: return false
        default: return true
        }
    }

    /// "uk" when the text has letters of Ukrainian that Russian lacks, else "ru".
    static func language(ofCyrillicIn text: String) -> String {
        text.unicodeScalars.contains(where: { ukrainianLetters.contains($0) }) ? "uk" : "ru"
    }

    /// Languages written in Cyrillic: a run already in one keeps its language.
    private static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]

    private static let ukrainianLetters: Set<Unicode.Scalar> = ["і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"]

    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(s.value) }

    private static func primary(_ tag: String) -> String { String(tag.split(separator: "-").first ?? "").lowercased() }
}
