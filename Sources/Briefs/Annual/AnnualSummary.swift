import Corpus
import Foundation
import Typesetting

/// The annual summary: a year's figures, who asked what (organizations
/// against issues), what was new and what stopped being asked, the year's
/// timeline, the documents in order and a digest of each.
public struct AnnualSummary: BriefContent, Sendable {
    public let kind = "Annual summary"
    public static let defaultTemplate = "annual-summary"

    public let corpus: Corpus
    public let year: Int
    public let documents: [Document]
    /// The previous year's documents, for what changed.
    public let previous: [Document]
    let sources: SourceList
    /// Asks per organization and issue, counted once.
    let counts: [String: [String: Int]]
    /// Issues asked about this year, most asks first.
    public let issues: [(issue: Issue, documents: Int, organizations: Int, asks: Int)]
    /// Each demand made this year with its change class (taxonomy order), computed once.
    public let demandChanges: [(demand: Demand, change: Change)]

    public init(corpus: Corpus, year: Int) throws {
        let docs = corpus.documents(year: year)
        guard !docs.isEmpty else { throw BriefError.noDocumentsInYear(year, years: corpus.years) }
        self.corpus = corpus; self.year = year; self.documents = docs
        self.previous = corpus.documents(year: year - 1)
        self.demandChanges = Self.changes(corpus: corpus, year: year, documents: docs, previous: previous)
        self.sources = SourceList(docs)
        var counts: [String: [String: Int]] = [:]
        var perIssue: [String: (docs: Int, orgs: Set<String>, asks: Int)] = [:]
        for d in docs {
            var issuesOfDoc = Set<String>()
            for a in d.asks {
                guard let issue = corpus.demand(a.demand)?.issue else { continue }
                for o in d.organizations { counts[o, default: [:]][issue, default: 0] += 1 }
                issuesOfDoc.insert(issue)
                perIssue[issue, default: (0, [], 0)].asks += 1
            }
            for i in issuesOfDoc {
                perIssue[i]!.docs += 1
                perIssue[i]!.orgs.formUnion(d.organizations)
            }
        }
        self.counts = counts
        self.issues = corpus.issues.compactMap { i in
            perIssue[i.id].map { (i, $0.docs, $0.orgs.count, $0.asks) }
        }.sorted { ($1.asks, $0.issue.id) < ($0.asks, $1.issue.id) }
    }

    public var organizations: [Organization] {
        corpus.organizations.filter { o in documents.contains { $0.organizations.contains(o.id) } }
    }
    public var organizationCount: Int { organizations.count }
    public var documentCount: Int { documents.count }

    /// Asks an organization made on an issue this year.
    func count(_ org: String, _ issue: String) -> Int { counts[org]?[issue] ?? 0 }

    private static func demands(_ docs: [Document]) -> Set<String> { Set(docs.flatMap { $0.asks.map(\.demand) }) }

    /// How a demand of this year stands to the record before it.
    public enum Change: String, Sendable, Encodable {
        /// Never asked before in the corpus.
        case new
        /// Asked before, but not the previous year.
        case returning
        /// Asked the previous year too.
        case continuing
    }

    /// Each demand made this year with its change class (taxonomy order).
    static func changes(corpus: Corpus, year: Int, documents: [Document], previous: [Document]) -> [(
        demand: Demand, change: Change
    )] {
        let now = demands(documents), last = demands(previous)
        let earlier = demands(corpus.documents.filter { $0.date.year < year - 1 })
        return corpus.issues.flatMap(\.demands).filter { now.contains($0.id) }.map { d in
            (d, last.contains(d.id) ? .continuing : earlier.contains(d.id) ? .returning : .new)
        }
    }

    /// Demands asked this year and never before, and those asked the
    /// previous year but not this one (dropped).
    public var changes: (new: [Demand], dropped: [Demand]) {
        let now = Self.demands(documents), before = Self.demands(previous)
        let order = corpus.issues.flatMap(\.demands)
        return (
            demandChanges.filter { $0.change == .new }.map(\.demand),
            order.filter { before.contains($0.id) && !now.contains($0.id) }
        )
    }

    /// What became of demands this year (outcomes dated in the year).
    public var outcomes: [Outcome] { corpus.outcomes.filter { $0.date.year == year } }

    public func context(generated: String) -> AnnualSummaryContext {
        let (new, dropped) = changes
        let returning = demandChanges.filter { $0.change == .returning }.map(\.demand)
        let continuing = demandChanges.filter { $0.change == .continuing }.map(\.demand)
        let line = { (d: Demand) in
            AnnualSummaryContext.DemandLine(label: d.label, issue: corpus.issue(d.issue)?.label ?? d.issue)
        }
        return AnnualSummaryContext(
            year: String(year), previousYear: String(year - 1), generated: generated,
            documents: Counted(documents.count, "document").text,
            organizations: Counted(organizations.count, "organization").text,
            asks: Counted(documents.reduce(0) { $0 + $1.asks.count }, "ask").text,
            issues: Counted(issues.count, "issue").text,
            engagements: Counted(corpus.events.filter { $0.date.year == year }.count, "engagement").text,
            hasPrevious: !previous.isEmpty,
            new: new.map(line), hasNew: !new.isEmpty, newDemands: Counted(new.count, "demand").text,
            returning: returning.map(line), hasReturning: !returning.isEmpty,
            returningDemands: Counted(returning.count, "demand").text,
            continuing: continuing.map(line), hasContinuing: !continuing.isEmpty,
            continuingDemands: Counted(continuing.count, "demand").text,
            dropped: dropped.map(line), hasDropped: !dropped.isEmpty,
            droppedDemands: Counted(dropped.count, "demand").text,
            outcomes: outcomes.map { o in
                .init(
                    label: corpus.demand(o.demand)?.label ?? o.demand, status: o.status.label, date: o.date.long,
                    note: o.note ?? "", hasNote: o.note != nil)
            },
            hasOutcomes: !outcomes.isEmpty)
    }

    public func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive)
        throws -> [Block]]
    {
        let width = style.document.contentWidth
        return CommonDirectives.all(style: style).merging([
            "year-figures": { _ in [figuresTable(style: style)] },
            "year-matrix": { _ in
                AnnualMatrixView(
                    issues: issues.map(\.issue), organizations: organizations, counts: counts, year: year,
                    style: style, width: width, measure: measure
                ).blocks()
            },
            "timeline": { _ in
                let range = DateRange(from: PartialDate(year: year), to: PartialDate(year: year))
                let t = TimelineFigure(
                    entries: corpus.timeline(issue: nil, in: range), organizations: organizations,
                    sources: sources, style: style, width: width, measure: measure)
                return t.blocks(maxHeight: style.document.contentHeight * 0.75)
            },
            "documents-table": { _ in [documentsTable(style: style)] },
            "digest": { _ in try digest(style: style) },
            "sources": { _ in sources.blocks(corpus: corpus, style: style) },
        ]) { $1 }
    }

    /// A table cell of one paragraph, as every table of the summary sets it (`paragraphs.table-cell`).
    static func cell(_ text: String, _ textStyle: TextStyle, in style: BriefStyle, align: TextAlignment = .left)
        -> Table.Cell
    {
        Table.Cell([
            .paragraph([TextRun(text, style: textStyle)], style.paragraphs.tableCell.with { $0.alignment = align })
        ])
    }

    func figuresTable(style: BriefStyle) -> Block {
        let s = style.small, head = s.with { $0.bold = true }
        func cell(_ text: String, _ textStyle: TextStyle, align: TextAlignment = .left) -> Table.Cell {
            Self.cell(text, textStyle, in: style, align: align)
        }
        return .table(
            Table(
                columns: [.fraction(1), .auto, .auto, .auto],
                header: [
                    Table.Row([
                        cell("Issue", head), cell("Documents", head, align: .right),
                        cell("Organizations", head, align: .right), cell("Asks", head, align: .right),
                    ])
                ],
                rows: issues.map { i in
                    Table.Row([
                        cell(i.issue.label, s), cell("\(i.documents)", s, align: .right),
                        cell("\(i.organizations)", s, align: .right), cell("\(i.asks)", s, align: .right),
                    ])
                },
                style: style.tables.listing,
                name: "the year's figures"))
    }

    func documentsTable(style: BriefStyle) -> Block {
        let s = style.small, head = s.with { $0.bold = true }
        func cell(_ text: String, _ textStyle: TextStyle, align: TextAlignment = .left) -> Table.Cell {
            Self.cell(text, textStyle, in: style, align: align)
        }
        let rows = documents.map { d -> Table.Row in
            let n = sources.number(d.id) ?? 0
            return Table.Row([
                cell(d.date.short, s), cell(d.title, s.with { $0.italic = true }),
                cell(d.organizations.map { corpus.organization($0)?.displayShort ?? $0 }.joined(separator: ", "), s),
                cell(d.kind.label, s), cell("\(d.asks.count)", s, align: .right),
                Table.Cell([
                    .paragraph(
                        [
                            TextRun(
                                "\(n)",
                                style: s.with {
                                    $0.color = style.palette.link; $0.link = .destination("digest-\(d.id)")
                                })
                        ],
                        style.paragraphs.tableCell.with { $0.alignment = .right })
                ]),
            ])
        }
        return .table(
            Table(
                columns: [.auto, .fraction(2.4), .fraction(1), .auto, .auto, .auto],
                header: [
                    Table.Row([
                        cell("Date", head), cell("Title", head), cell("Organizations", head), cell("Kind", head),
                        cell("Asks", head, align: .right), cell("No.", head, align: .right),
                    ])
                ],
                rows: rows,
                style: style.tables.listing,
                name: "the documents of the year"))
    }

    /// Each document: title, who, when, to whom, its asks, then its text.
    /// Entries are independent and set on all cores (setting each text from
    /// Markdown is most of the work), joined in the documents' order; the
    /// first failing document, in that order, is the error reported.
    func digest(style: BriefStyle) throws -> [Block] {
        try documents.concurrentMap { d in Result { try digestEntry(d, style: style) } }.flatMap { try $0.get() }
    }

    /// One document's entry in the digest.
    private func digestEntry(_ d: Document, style: BriefStyle) throws -> [Block] {
        var out: [Block] = []
        let meta = style.documentLine
        let n = sources.number(d.id) ?? 0
        let organizations = ListFormat.and(d.organizations.map { corpus.organization($0)?.name ?? $0 })
        // What the documents table's link to this entry says to a screen
        // reader (its own text is only the number).
        out.append(
            .anchor(
                "digest-\(d.id)", description: "Document \(n): \(organizations), \(d.kind.label), \(d.date.long)"))
        out.append(
            .heading(
                Heading(
                    level: 2, runs: [TextRun("\(n). \(d.title)", style: style.body)], anchor: "doc-\(d.id)",
                    title: "\(n). \(d.title)", inOutline: documents.count <= 200, inContents: false)))
        var line = organizations
        line += " · \(d.kind.label) · \(d.date.long)"
        if let to = d.to { line += " · to \(to)" }
        if let e = d.event.flatMap(corpus.event) { line += " · for the \(e.title)" }
        var runs = [TextRun(line, style: meta)]
        if let url = d.source {
            runs.append(TextRun(" · ", style: meta))
            runs.append(LinkTargets.run(url, style: meta, linkColor: style.palette.link))
        }
        out.append(.paragraph(runs, style.paragraphs.digestLine))
        if !d.asks.isEmpty {
            out.append(
                .list(
                    ListBlock(
                        marker: .bullet,
                        items: d.asks.map { a in
                            [
                                .paragraph(
                                    [
                                        TextRun(
                                            (corpus.demand(a.demand)?.label ?? a.demand) + ". ",
                                            style: style.body.with { $0.bold = true }),
                                        TextRun(a.text, style: style.body),
                                    ], style.paragraph.with { $0.spaceAfter = style.bodySpacing.digestAsk })
                            ]
                        })))
        }
        // The body in the document's own language: its hyphenation, and the /Lang of its passages.
        var typesetter = MarkdownTypesetter(style: style.inLanguage(d.language))
        typesetter.headingOffset = 2
        typesetter.origin = d.location.file
        typesetter.allowsDirectives = false
        out += try typesetter.blocks(d.markdown)
        return out
    }

    public func record() -> BriefRecord { AnnualRecord(self) }

    public func metadata(creator: String, date: Date) -> DocumentMetadata {
        DocumentMetadata(
            title: "Annual summary \(year)", author: "brief",
            subject: "\(documents.count) documents by \(organizations.count) organizations in \(year)",
            keywords: [String(year), "annual summary"] + issues.map(\.issue.label),
            creator: creator, date: date)
    }
}
