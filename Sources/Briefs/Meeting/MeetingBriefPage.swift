import Corpus
import Typesetting

/// The meeting brief on the page: its template context and its computed
/// blocks. Every status, attribution and talking point printed here is a
/// field of MeetingAsk; this file only sets them.
extension MeetingBrief {
    /// Up to five short names, then "and N others".
    func names(_ orgs: [Organization]) -> String { ListFormat.capped(orgs.map(\.displayShort)) }

    /// "[2] [3]", or "[5] [6] [7] [8] and 3 earlier".
    func refs(_ docs: [Document]) -> String {
        let (omitted, shown) = sources.newestNumbers(docs.map(\.id))
        let list = shown.map { "[\($0)]" }.joined(separator: " ")
        return omitted > 0 ? list + " and \(omitted) earlier" : list
    }

    /// Demands named per kind of change under "since last time".
    static let sinceLastNames = 4

    /// A bottom-line item: "**Label** (FIDH, written for this engagement; open since 1 Mar 2025)".
    func bottomLineItem(_ a: AskRow) -> String {
        let escape = MarkdownContentType().escapeText
        return "**\(escape(a.demand.label))** (\(escape(a.attribution)); \(escape(a.statusText.lowercasedFirst)))"
    }

    /// "Donald Trump and Vladimir Putin, 18 March 2025, Washington / Moscow"
    var purpose: String {
        var text = "Read-ahead for the \(event.kind.rawValue)"
        if !event.participants.isEmpty { text += " with \(ListFormat.and(event.participants))" }
        text += (event.date.precision == .day ? " on " : " in ") + event.date.long
        if let place = event.location, !place.isEmpty { text += " (\(place))" }
        return text + "."
    }

    /// What the brief draws on: "1 document written for it and 4 from the 5 years before."
    var documentsLine: String {
        var parts: [String] = []
        parts.append(
            addressing.isEmpty ? "none written for it" : "\(Counted(addressing.count, "document").text) written for it")
        parts.append(
            earlier.isEmpty
                ? "none from the \(Counted(lookback, "year").text) before"
                : "\(Counted(earlier.count, "document").text) from the \(Counted(lookback, "year").text) before")
        if !samePeriod.isEmpty {
            parts.append("\(Counted(samePeriod.count, "document").text) dated only to the same period (order unknown)")
        }
        var text = ListFormat.and(parts)
        if !leftOutAtEdge.isEmpty {
            let n = Counted(leftOutAtEdge.count, "document")
            text +=
                "; \(n.text) dated only to a period straddling the look-back's start \(n.count == 1 ? "is" : "are") left out"
        }
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    var staleText: String {
        let newest = dataAsOf.map { "from \($0.long)" } ?? "missing"
        return
            "The newest document is \(newest), more than \(Self.staleMonths) months before this engagement: the record may be out of date."
    }

    /// "Since the Foreign ministers' meeting (14 May 2024): new asks: …; outcomes: …; raised again: …."
    var sinceLastText: String? {
        guard let s = sinceLast else { return nil }
        let escape = MarkdownContentType().escapeText
        // A glance, not an inventory: the asks table has every demand.
        let labels = { (ds: [Demand]) in
            let shown = ds.prefix(Self.sinceLastNames).map { escape($0.label) }
            return ds.count > shown.count
                ? shown.joined(separator: "; ") + "; and \(ds.count - shown.count) more"
                : ListFormat.sentenceList(shown)
        }
        var parts: [(String, String)] = []
        if !s.newAsks.isEmpty { parts.append(("new asks", labels(s.newAsks))) }
        if !s.outcomes.isEmpty {
            parts.append(
                (
                    "outcomes",
                    ListFormat.sentenceList(
                        s.outcomes.map { o in
                            "\(escape(corpus.demand(o.demand)?.label ?? o.demand)) \(o.status.label) (\(o.date.short))"
                        })
                ))
        }
        if !s.raisedAgain.isEmpty { parts.append(("raised again", labels(s.raisedAgain))) }
        let shared = event.participants.filter { p in
            s.engagement.participants.contains { $0.lowercased() == p.lowercased() }
        }
        let head =
            "Since \(escape(s.engagement.title)) (\(s.engagement.date.long)), the last engagement with \(escape(ListFormat.and(shared)))"
        guard !parts.isEmpty else { return head + ": no new ask and no outcome." }
        // One sentence per kind of change: "Since …: new asks: A. Outcomes: B met (7 Apr 2022)."
        return parts.enumerated().map { i, p in (i == 0 ? head + ": " + p.0 : p.0.capitalizedFirst) + ": " + p.1 + "." }
            .joined(separator: " ")
    }

    /// The statements the prior-engagements timeline draws: documents of the
    /// body's organizations that are in the sources, so every disc has its number.
    var timelineDocuments: [Document] {
        let laneIDs = Set(bodyOrganizations.map(\.id))
        let prior = priorEngagements.suffix(Self.recentEngagements)
        return Set(prior.flatMap(\.documents) + documentRelations.map(\.0))
            .filter { !Set($0.organizations).isDisjoint(with: laneIDs) && sources.number($0.id) != nil }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public func context(generated: String) -> MeetingBriefContext {
        MeetingBriefContext(
            event: .init(
                id: event.id, title: event.title, kind: event.kind.rawValue.capitalizedFirst, date: event.date.long,
                participants: ListFormat.and(event.participants), location: event.location ?? "",
                hasLocation: !(event.location ?? "").isEmpty),
            generated: generated,
            cutoff: dataAsOf?.long ?? event.date.long,
            organizations: Counted(organizationCount, "organization").text,
            documents: Counted(documentCount, "document").text,
            addressing: Counted(addressing.count, "document").text,
            lookback: Counted(lookback, "year").text,
            hasAddressing: !addressing.isEmpty,
            purpose: purpose, documentsLine: documentsLine,
            stale: isStale, staleText: staleText,
            bottomLineLead: verb == "Raise" ? "Raise first" : "Press first for",
            bottomLineText: ListFormat.sentenceList(bottomLine.map(bottomLineItem)), hasBottomLine: !bottomLine.isEmpty,
            hasSinceLast: sinceLast != nil, sinceLastText: sinceLastText ?? "",
            talkingPoints: talkingPointAsks.compactMap { a in
                guard let t = a.talkingPoint else { return nil }
                let docs = t.document.map { [$0] } ?? a.credited
                return .init(
                    text: t.text, organizations: names(t.organizations), sources: refs(docs),
                    forThisEngagement: a.forThisEngagement)
            },
            hasAnnexes: !annexes.isEmpty,
            annexes: annexes.map { .init(letter: $0.letter, title: $0.title, directive: $0.directive) })
    }

    public func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive)
        throws -> [Block]]
    {
        let width = style.document.contentWidth
        return CommonDirectives.all(style: style).merging([
            "engagement": { _ in [engagementParagraph(style: style)] },
            "asks": { _ in [asksTable(bodyAsks, style: style, name: "the asks")] },
            "further-asks": { _ in
                annexAsks.isEmpty ? [] : [asksTable(annexAsks, style: style, name: "the further asks")]
            },
            "prior-timeline": { _ in
                // Lanes: the organizations whose asks the body shows. The engagement
                // itself is drawn apart (ringed, and named so), never as a prior one.
                // Only documents in the sources are drawn: every disc has its number.
                let prior = Array(priorEngagements.suffix(Self.recentEngagements))
                let lanes = bodyOrganizations
                guard !lanes.isEmpty else { return [] }
                let docs = timelineDocuments
                var entries: [TimelineEntry] = prior.map { .engagement($0.event) } + [.engagement(event)]
                entries += docs.map(TimelineEntry.statement)
                entries.sort { $0.date < $1.date }
                var t = TimelineFigure(
                    entries: entries, organizations: lanes, sources: sources, style: style, width: width,
                    measure: measure)
                t.highlighted = event.id
                return t.blocks(maxHeight: style.document.contentHeight * 0.45)
            },
            "prior-table": { _ in
                let all = priorEngagements
                var out = [priorTable(Array(all.suffix(Self.recentEngagements)), style: style)]
                if all.count > Self.recentEngagements, let letter = annexLetter("earlier-engagements") {
                    let rest = Counted(all.count - Self.recentEngagements, "earlier one")
                    out.append(
                        .paragraph(
                            [
                                TextRun(
                                    "The \(Self.recentEngagements) most recent of \(all.count) earlier engagements; the \(rest.text) \(rest.count == 1 ? "is" : "are") in Annex \(letter).",
                                    style: style.small.with { $0.color = style.palette.muted })
                            ],
                            style.paragraphs.tableNote))
                }
                return out
            },
            "all-prior-engagements": { _ in [priorTable(priorEngagements, style: style)] },
            "earlier-engagements": { _ in
                let all = priorEngagements
                return all.count > Self.recentEngagements
                    ? [priorTable(Array(all.dropLast(Self.recentEngagements)), style: style)] : []
            },
            "key-quotes": { d in quotes(0..<(try d.count(default: Self.keyQuotes)), style: style) },
            "further-quotes": { _ in quotes(Self.keyQuotes..<Int.max, style: style) },
            "all-quotes": { _ in quotes(0..<Int.max, style: style) },
            "sources": { _ in sources.blocks(corpus: corpus, style: style) },
        ]) { $1 }
    }

    /// A table cell of one paragraph, as the meeting brief's tables set it (`paragraphs.meeting-cell`).
    private func cell(_ text: String, _ textStyle: TextStyle, in style: BriefStyle, span: Int = 1) -> Table.Cell {
        Table.Cell([.paragraph([TextRun(text, style: textStyle)], style.paragraphs.meetingCell)], span: span)
    }

    /// The purpose line and what the brief draws on: the title block already
    /// names the engagement, so nothing here repeats it as a table.
    func engagementParagraph(style: BriefStyle) -> Block {
        let key = style.body.with { $0.bold = true }
        return .paragraph(
            [TextRun("Purpose. ", style: key), TextRun(purpose + " " + documentsLine, style: style.body)],
            style.paragraph)
    }

    /// Asks grouped by issue (groups in the order of their best-ranked ask).
    func asksTable(_ rows: [AskRow], style: BriefStyle, name: String) -> Block {
        let small = style.small
        let head = small.with { $0.bold = true }
        var groups: [(Issue, [AskRow])] = []
        for r in rows {
            if let i = groups.firstIndex(where: { $0.0.id == r.issue.id }) {
                groups[i].1.append(r)
            } else {
                groups.append((r.issue, [r]))
            }
        }
        var body: [Table.Row] = []
        for (issue, list) in groups {
            body.append(
                Table.Row(
                    [
                        cell(
                            issue.label,
                            small.with {
                                $0.bold = true; $0.color = style.palette.accent
                            }, in: style, span: 4)
                    ],
                    background: style.palette.stripe, role: .group))
            for r in list {
                let srcRuns = sources.references(
                    r.documents.map(\.id), style: small.with { $0.color = style.palette.link },
                    muted: style.palette.muted)
                body.append(
                    Table.Row([
                        cell(r.demand.label, small.with { $0.bold = true }, in: style),
                        cell(r.attribution, small, in: style),
                        Table.Cell([.paragraph(srcRuns, style.paragraphs.meetingCell)]),
                        cell(
                            r.statusText,
                            small.with {
                                $0.color =
                                    r.isLive
                                    ? (r.forThisEngagement ? style.palette.accent : style.palette.muted)
                                    : style.palette.text
                            }, in: style),
                    ]))
            }
        }
        return .table(
            Table(
                columns: [.fraction(2.0), .fraction(1.7), .fixed(60), .fraction(1.1)],
                header: [
                    Table.Row([
                        cell("Demand", head, in: style), cell("Pressed by", head, in: style),
                        cell("Sources", head, in: style), cell("Status going in", head, in: style),
                    ])
                ],
                rows: body,
                style: style.tables.asks,
                name: name))
    }

    func priorTable(_ engagements: [(event: Event, documents: [Document])], style: BriefStyle) -> Block {
        let small = style.small, head = small.with { $0.bold = true }
        let rows = engagements.map { (e, docs) -> Table.Row in
            let orgs = docs.flatMap(\.organizations).compactMap(corpus.organization)
            var seen = Set<String>(), unique: [Organization] = []
            for o in orgs where seen.insert(o.id).inserted { unique.append(o) }
            let demands = docs.flatMap(\.asks).compactMap { corpus.demand($0.demand)?.label }
            // Three demands and a count keep the table to a glance; the sources hold the rest.
            var asked = demands.prefix(3).joined(separator: "; ")
            if demands.count > 3 { asked += "; and \(demands.count - 3) more" }
            return Table.Row([
                cell(e.title, small.with { $0.bold = true }, in: style), cell(e.date.short, small, in: style),
                cell(unique.isEmpty ? "—" : names(unique), small, in: style),
                cell(demands.isEmpty ? "No document in the corpus addresses it" : asked, small, in: style),
            ])
        }
        if rows.isEmpty {
            return .paragraph([TextRun("The corpus holds no earlier engagement.", style: style.body)], style.paragraph)
        }
        return .table(
            Table(
                columns: [.fraction(1.3), .auto, .fraction(0.9), .fraction(2.4)],
                header: [
                    Table.Row([
                        cell("Engagement", head, in: style), cell("Date", head, in: style),
                        cell("Asked by", head, in: style), cell("What was asked", head, in: style),
                    ])
                ],
                rows: rows,
                style: style.tables.priorEngagements,
                name: "the prior engagements"))
    }

    /// The quotes whose rank falls in `range`, with attribution by their own document.
    func quotes(_ range: Range<Int>, style: BriefStyle) -> [Block] {
        var out: [Block] = []
        let all = allQuotes
        for (row, doc, q) in all[min(range.lowerBound, all.count)..<min(range.upperBound, all.count)] {
            out.append(
                QuotedAsk.block(q, from: doc, demand: row.demand.label, corpus: corpus, sources: sources, style: style))
        }
        if out.isEmpty && range.lowerBound == 0 {
            out.append(.paragraph([TextRun("The documents carry no quotes.", style: style.body)], style.paragraph))
        }
        return out
    }
}
