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
        guard runs.contains(where: { $0.text.unicodeScalars.contains(where: isCyrillic) }) else { return runs }
        let cyrillic = language(ofCyrillicIn: runs.map(\.text).joined())
        var out: [TextRun] = []
        for run in runs {
            guard run.text.unicodeScalars.contains(where: isCyrillic),
                  !cyrillicLanguages.contains(primary(run.style.language)) else {
                out.append(run); continue
            }
            for (text, isCyr) in segments(run.text) {
                out.append(TextRun(text, style: isCyr ? run.style.with { $0.language = cyrillic } : run.style))
            }
        }
        return out
    }

    /// Stretches of one script: spaces and punctuation stay with the stretch before them.
    static func segments(_ text: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        var current = String.UnicodeScalarView()
        var currentIsCyrillic: Bool? = nil
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic {
                let c = isCyrillic(s)
                if let cur = currentIsCyrillic, cur != c, !current.isEmpty {
                    out.append((String(current), cur))
                    current = String.UnicodeScalarView()
                }
                currentIsCyrillic = c
            }
            current.append(s)
        }
        if !current.isEmpty { out.append((String(current), currentIsCyrillic ?? false)) }
        return out
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
