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

    /// The source numbers of the newest `limit` documents, in order, and how
    /// many older ones were left out: a cell or a line stays short.
    func newestNumbers(_ ids: [String], limit: Int = 4) -> (omitted: Int, shown: [Int]) {
        let cited = ids.compactMap { numbers[$0] }.sorted()  // numbered in date order
        let shown = Array(cited.suffix(limit))
        return (cited.count - shown.count, shown)
    }

    /// `newestNumbers` as linked "[n]" runs, followed by "and N earlier" when some are left out.
    func references(_ ids: [String], style: TextStyle, muted: Color, limit: Int = 4) -> [TextRun] {
        let (omitted, shown) = newestNumbers(ids, limit: limit)
        var runs: [TextRun] = []
        for (i, n) in shown.enumerated() {
            if i > 0 { runs.append(TextRun(" ", style: style.with { $0.link = nil })) }
            runs.append(TextRun("[\(n)]", style: style.with { $0.link = .destination(Self.anchor(n)) }))
        }
        if omitted > 0 {
            runs.append(
                TextRun(
                    " and \(omitted) earlier",
                    style: style.with {
                        $0.color = muted; $0.link = nil
                    }))
        }
        return runs
    }

    /// The numbered list of sources.
    func blocks(corpus: Corpus, style: BriefStyle) -> [Block] {
        var out: [Block] = []
        let base = style.sourceEntry
        let ps = style.paragraphs.sourceEntry
        for (i, d) in documents.enumerated() {
            let n = i + 1
            var runs = [TextRun("[\(n)]  ", style: base.with { $0.bold = true })]
            let orgs = ListFormat.and(d.organizations.map { corpus.organization($0)?.name ?? $0 })
            runs.append(TextRun(orgs + ". ", style: base))
            runs.append(TextRun(d.title, style: base.with { $0.italic = true }))
            var detail = ". " + d.kind.label.capitalizedFirst
            if let to = d.to { detail += " to " + to }
            detail += ", " + d.date.long + "."
            runs.append(TextRun(detail, style: base))
            if let url = d.source {
                runs.append(TextRun(" ", style: base))
                runs.append(LinkTargets.run(url, style: base, linkColor: style.palette.link))
            } else if let site = d.organizations.compactMap({ corpus.organization($0)?.url }).first {
                runs.append(
                    TextRun(
                        " No document address recorded; publisher: ",
                        style: base.with { $0.color = style.palette.muted }))
                runs.append(LinkTargets.run(site, style: base, linkColor: style.palette.link))
            }
            // What a link to this source says to a screen reader: "Source 3: Human Rights Watch, letter, March 2025".
            let description = "Source \(n): \(orgs), \(d.kind.label), \(d.date.long)"
            out.append(.keepTogether([.anchor(Self.anchor(n), description: description), .paragraph(runs, ps)]))
        }
        return out
    }
}
