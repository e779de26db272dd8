import Corpus
import Typesetting

/// The documents a brief cites, numbered in date order. Matrix cells,
/// positions and the timeline refer to these numbers; each entry is an
/// anchor (`source-N`) they link to.
struct SourceList {
    let documents: [Document]
    private let numbers: [String: Int]

    init(_ documents: [Document]) {
        self.documents = documents
        var n: [String: Int] = [:]
        for (i, d) in documents.enumerated() { n[d.id] = i + 1 }
        numbers = n
    }

    func number(_ id: String) -> Int? { numbers[id] }
    static func anchor(_ n: Int) -> String { "source-\(n)" }

    /// "[3]" linked to the source entry.
    func reference(_ id: String, style: TextStyle) -> TextRun? {
        guard let n = numbers[id] else { return nil }
        return TextRun("[\(n)]", style: style.with { $0.link = .destination(Self.anchor(n)) })
    }

    /// References to the newest `limit` of these documents, oldest first,
    /// preceded by "+N" for the ones left out: a cell stays a cell.
    func references(_ ids: [(id: String, date: PartialDate)], style: TextStyle, muted: Color, limit: Int = 4) -> [TextRun] {
        let sorted = ids.sorted { $0.date < $1.date }
        let shown = sorted.suffix(limit)
        var runs: [TextRun] = []
        if sorted.count > shown.count { runs.append(TextRun("+\(sorted.count - shown.count) ", style: style.with { $0.color = muted; $0.link = nil })) }
        for e in shown {
            guard let r = reference(e.id, style: style) else { continue }
            if !runs.isEmpty && runs.last?.text != " " && !(runs.last?.text.hasPrefix("+") ?? false) {
                runs.append(TextRun(" ", style: style.with { $0.link = nil }))
            }
            runs.append(r)
        }
        return runs
    }

    /// The numbered list of sources.
    func blocks(corpus: Corpus, style: BriefStyle) -> [Block] {
        var out: [Block] = []
        let base = style.body.with { $0.size = style.body.size - 1 }
        let ps = ParagraphStyle(alignment: .left, leading: 1.3, firstLineIndent: 0, hyphenate: false, spaceAfter: 4)
        for (i, d) in documents.enumerated() {
            let n = i + 1
            var runs = [TextRun("[\(n)]  ", style: base.with { $0.bold = true })]
            let orgs = d.organizations.map { corpus.organization($0)?.name ?? $0 }.joined(separator: " and ")
            runs.append(TextRun(orgs + ". ", style: base))
            runs.append(TextRun(d.title, style: base.with { $0.italic = true }))
            var detail = ". " + d.kind.label.capitalizedFirst
            if let to = d.to { detail += " to " + to }
            detail += ", " + d.date.long + "."
            runs.append(TextRun(detail, style: base))
            if let url = d.source {
                runs.append(TextRun(" ", style: base))
                runs.append(TextRun(url, style: base.with { $0.color = style.palette.link; $0.link = .uri(url) }))
            } else if let site = d.organizations.compactMap({ corpus.organization($0)?.url }).first {
                runs.append(TextRun(" No document address recorded; publisher: ", style: base.with { $0.color = style.palette.muted }))
                runs.append(TextRun(site, style: base.with { $0.color = style.palette.link; $0.link = .uri(site) }))
            }
            out.append(.keepTogether([.anchor(Self.anchor(n)), .paragraph(runs, ps)]))
        }
        return out
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
