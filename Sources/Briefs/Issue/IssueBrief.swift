import Corpus
import Foundation
import Typesetting

/// The issue brief: every organization's position on one issue, side by
/// side. Swift computes the data (the matrix, the timeline, the summary's
/// facts); the template (`Templates/issue-brief.mustache`) decides the
/// wording and the order of sections.
public struct IssueBrief: BriefContent {
    public let kind = "Issue brief"
    public static let defaultTemplate = "issue-brief"
    public var organizationCount: Int { matrix.organizations.count }
    public var documentCount: Int { documents.count }
    public let corpus: Corpus
    public let issue: Issue
    public let range: DateRange
    /// The matrix of the demands someone made in the period.
    public let matrix: IssueMatrix
    /// The issue's demands no one made in the period: out of the matrix, named in a sentence.
    public let unasked: [Demand]
    public let documents: [Document]
    let sources: SourceList
    /// The documents making each demand, in date order (a document once per demand), found in one
    /// walk: asking each demand of every document made the brief demands × documents long.
    let asking: [String: [Document]]

    public init(corpus: Corpus, issue id: String, range: DateRange = .all) throws {
        guard let issue = corpus.issue(id) else {
            throw BriefError.unknownIssue(id, known: corpus.issues.map(\.id))
        }
        let documents = corpus.documents(issue: id, in: range)
        guard !documents.isEmpty, var matrix = corpus.issueMatrix(issue: id, in: range) else {
            throw BriefError.nothingInPeriod(what: "the issue '\(id)'", range: range)
        }
        let asked = matrix.demands.filter { matrix.columnTotal($0.id) > 0 }
        self.unasked = matrix.demands.filter { matrix.columnTotal($0.id) == 0 }
        matrix.demands = asked
        self.corpus = corpus; self.issue = issue; self.range = range
        self.documents = documents; self.matrix = matrix
        self.sources = SourceList(documents)
        var asking: [String: [Document]] = [:]
        for d in documents {
            var seen = Set<String>()
            for ask in d.asks where seen.insert(ask.demand).inserted { asking[ask.demand, default: []].append(d) }
        }
        self.asking = asking
    }

    public var cutoff: PartialDate { documents.last!.date }

    /// Every document that may be the first: its period starts no later than
    /// every other document's ends ("2025" and "March 2025" — either may be first).
    public var mayBeFirst: [Document] {
        let bound = documents.map { PartialDate.dayNumber($0.date.latest) }.min()!
        return documents.filter { $0.date.dayNumber <= bound }
    }

    /// Every document that may be the most recent: its period ends no earlier
    /// than every other document's starts.
    public var mayBeLatest: [Document] {
        let bound = documents.map(\.date.dayNumber).max()!
        return documents.filter { PartialDate.dayNumber($0.date.latest) >= bound }.reversed()
    }

    /// Documents on the issue whose period straddles an edge of the range:
    /// left out, and the brief says how many.
    public var leftOut: [Document] {
        guard range.from != nil || range.to != nil else { return [] }
        return corpus.documents.filter { d in
            range.straddles(d.date) && d.asks.contains { corpus.demand($0.demand)?.issue == issue.id }
        }
    }

    /// Separate documents making a demand (a joint letter is one).
    public func documentCount(of demand: String) -> Int {
        asking[demand]?.count ?? 0
    }

    /// Shared: at least two documents, by different organizations, make it.
    public func isShared(_ demand: String) -> Bool {
        let sets = Set((asking[demand] ?? []).map { Set($0.organizations) })
        return sets.count >= 2
    }

    /// "in 3 documents by 4 organizations", "in one joint letter (3 organizations)".
    func voices(_ demand: String) -> String {
        let docs = asking[demand] ?? []
        let orgs = matrix.columnTotal(demand)
        if docs.count == 1, let d = docs.first {
            return d.organizations.count > 1
                ? "in one joint \(d.kind.label) (\(Counted(orgs, "organization").text))" : "in one \(d.kind.label)"
        }
        return "in \(Counted(docs.count, "document").text) by \(Counted(orgs, "organization").text)"
    }

    public func record() -> BriefRecord { IssueRecord(brief: self) }
    public var title: String { "Issue brief: \(issue.label)" }

    /// The template's context.
    public func context(generated: String) -> IssueBriefContext {
        let orgName = { (id: String) in corpus.organization(id)?.name ?? id }
        /// Up to five names (most involved first), then "and N others": a summary stays a summary.
        func names(_ d: Demand) -> String {
            ListFormat.capped(matrix.organizations.filter { matrix.cells[$0.id]?[d.id] != nil }.map(\.name))
        }
        func status(_ d: Demand) -> String {
            let s = corpus.status(of: d.id, at: range.to)
            return s.state == .open && s.previous == nil ? "" : " Status: \(s.summary.lowercasedFirst)."
        }
        func line(_ d: Demand) -> IssueBriefContext.DemandLine {
            .init(label: d.label, voices: voices(d.id), organizations: names(d), status: status(d))
        }
        func ref(_ d: Document) -> IssueBriefContext.DocumentRef {
            .init(organizations: ListFormat.and(d.organizations.map(orgName)), date: d.date.long, title: d.title)
        }
        // Shared means two documents by different organizations: one joint letter is one voice.
        let consensus = matrix.demands.filter { isShared($0.id) }
        let single = matrix.demands.filter { matrix.columnTotal($0.id) >= 1 && !isShared($0.id) }
        let left = leftOut
        let first = documents.first!, latest = documents.last!
        let from = range.from ?? first.date, to = range.to ?? latest.date
        let firsts = mayBeFirst, latests = mayBeLatest
        // The candidates named, at most `ListFormat.longestNamed` ("A, B or C"; "A, B, C, D, E" when
        // more are counted after them): 100,000 documents of one day make one sentence, not a chapter.
        func refs(_ docs: [Document]) -> [IssueBriefContext.DocumentRef] {
            let shown = docs.prefix(docs.count <= ListFormat.longestNamed + 1 ? docs.count : ListFormat.longestNamed)
            let last = shown.count - 1, counted = shown.count < docs.count
            return shown.enumerated().map { i, d in
                var r = ref(d)
                r.separator = i == last ? "" : (i == last - 1 && !counted ? " or " : ", ")
                return r
            }
        }
        func more(_ docs: [Document]) -> String {
            let named = docs.count <= ListFormat.longestNamed + 1 ? docs.count : ListFormat.longestNamed
            let others = Counted(docs.count - named, "document")
            return named == docs.count ? "" : "\(others.count) other \(others.noun)"
        }
        return IssueBriefContext(
            issue: .init(id: issue.id, label: issue.label),
            period: from == to ? from.long : "\(from.long) – \(to.long)", periodStart: from.long, periodEnd: to.long,
            cutoff: cutoff.long, generated: generated,
            periodPhrase: from == to ? "in \(from.long)" : "between \(from.long) and \(to.long)",
            organizations: Counted(matrix.organizations.count, "organization").text,
            documents: Counted(documents.count, "document").text,
            consensus: consensus.map(line), hasConsensus: !consensus.isEmpty,
            single: single.map(line), hasSingle: !single.isEmpty,
            unasked: unasked.map { .init(label: $0.label) }, unaskedText: ListFormat.sentenceList(unasked.map(\.label)),
            hasUnasked: !unasked.isEmpty,
            first: refs(firsts), latest: refs(latests), firstMore: more(firsts), latestMore: more(latests),
            hasFirstMore: !more(firsts).isEmpty, hasLatestMore: !more(latests).isEmpty,
            firstUncertain: firsts.count > 1, latestUncertain: latests.count > 1,
            sameFirstAndLatest: documents.count == 1,
            hasLeftOut: !left.isEmpty, leftOut: Counted(left.count, "document").text,
            leftOutVerb: left.count == 1 ? "is" : "are")
    }

    /// The computed blocks the template may place.
    public func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive)
        throws -> [Block]]
    {
        let width = style.document.contentWidth
        return CommonDirectives.all(style: style).merging([
            "matrix": { _ in
                var view = IssueMatrixView(
                    matrix: matrix, sources: sources, style: style, width: width, cutoff: cutoff, measure: measure)
                view.statuses = Dictionary(
                    uniqueKeysWithValues: matrix.demands.map { ($0.id, corpus.status(of: $0.id, at: range.to)) })
                return view.blocks()
            },
            "timeline": { _ in
                let timeline = TimelineFigure(
                    entries: corpus.timeline(issue: issue.id, in: range), organizations: matrix.organizations,
                    sources: sources, style: style, width: width, measure: measure)
                return timeline.blocks(maxHeight: style.document.contentHeight * 0.75)
            },
            "positions": { _ in positions(style: style) },
            "sources": { _ in sources.blocks(corpus: corpus, style: style) },
        ]) { $1 }
    }

    /// Each organization's asks on the issue with document, date and
    /// addressee; quotes set as quotations with attribution.
    func positions(style: BriefStyle) -> [Block] {
        var out: [Block] = []
        let body = style.body
        for org in matrix.organizations {
            out.append(
                .heading(Heading(level: 2, runs: [TextRun(org.name, style: body)], anchor: "position-\(org.id)")))
            for doc in documents where doc.organizations.contains(org.id) {
                let asks = doc.asks.filter { corpus.demand($0.demand)?.issue == issue.id }
                guard !asks.isEmpty else { continue }
                var line = [TextRun(doc.title, style: body.with { $0.italic = true })]
                var detail = " — " + doc.kind.label
                if let to = doc.to { detail += " to " + to }
                detail += ", " + doc.date.long
                if doc.organizations.count > 1 {
                    // Named up to a summary's length: under each of a joint letter's signers, the whole
                    // list again made a thousand-signer letter's brief quadratic in its signers.
                    let others = doc.organizations.filter { $0 != org.id }
                    detail +=
                        ", jointly with "
                        + ListFormat.capped(count: others.count) { corpus.organization(others[$0])?.name ?? others[$0] }
                }
                line.append(TextRun(detail + " ", style: body))
                if let r = sources.reference(doc.id, style: body.with { $0.color = style.palette.link }) {
                    line.append(r)
                }
                out.append(
                    .paragraph(
                        line,
                        style.paragraph.with {
                            $0.alignment = .left; $0.spaceAfter = style.bodySpacing.positionLine; $0.keepWithNext = true
                        }))
                // A joint document is set in full under its first signatory; the others list its demands and point there.
                if let lead = matrix.organizations.first(where: { doc.organizations.contains($0.id) }),
                    lead.id != org.id
                {
                    let labels = asks.compactMap { corpus.demand($0.demand)?.label }
                    out.append(
                        .paragraph(
                            [
                                TextRun(
                                    "Joint with \(lead.name), which this section does not repeat: "
                                        + labels.joined(separator: "; ") + ". Quotes under ", style: body),
                                TextRun(
                                    lead.name,
                                    style: body.with {
                                        $0.color = style.palette.link; $0.link = .destination("position-\(lead.id)")
                                    }),
                                TextRun(".", style: body),
                            ],
                            style.paragraph.with { $0.spaceAfter = style.bodySpacing.jointNote }))
                    continue
                }
                var items: [[Block]] = []
                for ask in asks {
                    let label = corpus.demand(ask.demand)?.label ?? ask.demand
                    var item: [Block] = [
                        .paragraph(
                            [
                                TextRun(label + ". ", style: body.with { $0.bold = true }),
                                TextRun(ask.text, style: body),
                            ],
                            style.paragraph.with { $0.spaceAfter = style.bodySpacing.listItem })
                    ]
                    if let q = ask.quote {
                        item.append(QuotedAsk.block(q, from: doc, corpus: corpus, sources: sources, style: style))
                    }
                    items.append(item)
                }
                out.append(.list(ListBlock(marker: .bullet, items: items)))
            }
        }
        return out
    }

    /// Metadata for the PDF's Info dictionary.
    public func metadata(creator: String, date: Date) -> DocumentMetadata {
        DocumentMetadata(
            title: title, author: "brief",
            subject: "Positions of \(matrix.organizations.count) organizations on \(issue.label.lowercased())",
            keywords: [issue.id] + matrix.organizations.map(\.name) + ["issue brief"],
            creator: creator, date: date)
    }
}
