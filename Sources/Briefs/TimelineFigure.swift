import Corpus
import Typesetting

/// Statements and engagements on one time axis, drawn as vector paths.
///
/// One lane per organization (in matrix order) holds its statements as
/// discs; a date known only to the month or year is drawn as a bar across
/// that period with the disc at its middle, so precision is never
/// overstated. Engagements are diamonds on their own lane with dashed
/// guides through the organization lanes. Every year of the period appears
/// on the axis, with or without events. Labels are placed greedily in rows
/// so that none collides with another or leaves the figure.
struct TimelineFigure {
    let entries: [TimelineEntry]
    var organizations: [Organization]
    let sources: SourceList
    let style: BriefStyle
    let width: Double
    let measure: (String, TextStyle) -> Double

    private var label: TextStyle { style.small.with { $0.size = 7; $0.color = style.palette.text } }
    private var laneLabel: TextStyle { style.small.with { $0.size = 7.5; $0.bold = true } }
    var laneHeight = 18.0
    let labelRowHeight = 10.0

    /// Label rows above the engagement lane, row 0 nearest to it. A label's
    /// leader runs down through the rows below it, so a row's occupied
    /// intervals include the leaders that cross it: no label is ever struck
    /// through by another's leader, and no two labels overlap.
    private struct LabelRows {
        var rows: [[ClosedRange<Double>]] = []
        mutating func place(_ label: ClosedRange<Double>, leaderX: Double) -> Int {
            let leader = (leaderX - 1.5)...(leaderX + 1.5)
            // Prefer a row whose leader crosses no label; failing that (a wide
            // label sits over this marker lower down), the first free row:
            // the leader is then drawn broken around the labels it passes.
            for strict in [true, false] {
                for r in 0...rows.count {
                    if r == rows.count { rows.append([]) }
                    let free = !rows[r].contains { $0.overlaps(label) }
                    let leaderClear = (0..<r).allSatisfy { below in !rows[below].contains { $0.overlaps(leader) } }
                    if free && (leaderClear || !strict) {
                        rows[r].append(label)
                        for below in 0..<r { rows[below].append(leader) }
                        return r
                    }
                    if rows[r].isEmpty { rows.removeLast(); break }
                }
            }
            rows.append([label])
            return rows.count - 1
        }
    }

    /// One figure, or several when the organizations' lanes do not fit in
    /// `maxHeight`: each part repeats the engagements and the axis, with
    /// lanes shrunk a little first and then split into groups.
    func figures(maxHeight: Double) -> [Figure] {
        var lanes = self
        if organizations.count > 20 { lanes.laneHeight = 13 }
        let single = lanes.figure()
        if single.size.height <= maxHeight || organizations.count <= 1 { return [single] }
        let fixed = single.size.height - Double(organizations.count) * lanes.laneHeight
        let perFigure = max(1, Int((maxHeight - fixed) / lanes.laneHeight))
        let groups = (organizations.count + perFigure - 1) / perFigure
        let size = (organizations.count + groups - 1) / groups
        return stride(from: 0, to: organizations.count, by: size).map { start in
            var part = lanes
            part.organizations = Array(organizations[start..<min(start + size, organizations.count)])
            part.part = (start + 1, min(start + size, organizations.count), organizations.count)
            return part.figure()
        }
    }

    /// Which organizations this part shows, when the timeline is split.
    var part: (first: Int, last: Int, of: Int)? = nil

    /// Engagements in date order; their 1-based position is their key number.
    var engagements: [Event] { entries.compactMap { if case .engagement(let e) = $0 { return e }; return nil } }

    /// With more than this many rows of full labels, engagements are numbered
    /// ("E1", "E2", …) and listed in a key below the figure instead.
    static let maximumLabelRows = 4

    /// Whether full labels fit in `maximumLabelRows`.
    var usesKey: Bool {
        var probe = self
        probe.keyed = false
        return probe.labelRowCount() > Self.maximumLabelRows
    }
    var keyed = false

    func labelText(_ e: Event, index: Int) -> String {
        keyed ? "E\(index + 1)" : "\(e.title) (\(e.date.short))"
    }

    private func labelRowCount() -> Int {
        let (x0, x1, start, end) = axis()
        var rows = LabelRows()
        for (i, e) in engagements.enumerated() {
            let mx = x0 + (e.date.midpointDayNumber - start) / (end - start) * (x1 - x0)
            let w = measure(labelText(e, index: i), label)
            let lx = min(max(mx - w / 2, 0), max(0, width - w))
            _ = rows.place((lx - 3)...(lx + w + 3), leaderX: mx)
        }
        return rows.rows.count
    }

    /// Plot extent and the first and last day of the axis.
    private func axis() -> (Double, Double, Double, Double) {
        let years = entries.map(\.date.year)
        let first = years.min() ?? 2000, last = years.max() ?? first
        let laneLabelWidth = min(width * 0.22, ((organizations.map { measure($0.displayShort, laneLabel) } + [measure("Engagements", laneLabel)]).max() ?? 40) + 12)
        return (laneLabelWidth + 6, width - 6, Double(PartialDate.dayNumber((first, 1, 1))), Double(PartialDate.dayNumber((last + 1, 1, 1))))
    }

    /// The figures, followed by the key of engagements when they are numbered.
    func blocks(maxHeight: Double) -> [Block] {
        var t = self
        t.keyed = usesKey
        var out: [Block] = t.figures(maxHeight: maxHeight).map { .figure($0) }
        guard t.keyed else { return out }
        let ps = ParagraphStyle(alignment: .left, leading: 1.2, hyphenate: false, spaceAfter: 0)
        let text = style.small.with { $0.size = 7.5 }
        let rows = engagements.enumerated().map { i, e in
            Table.Row([Table.Cell([.paragraph([TextRun("E\(i + 1)", style: text.with { $0.bold = true; $0.color = style.palette.accent })], ps)]),
                       Table.Cell([.paragraph([TextRun(e.title, style: text)], ps)]),
                       Table.Cell([.paragraph([TextRun(e.kind.rawValue, style: text)], ps)]),
                       Table.Cell([.paragraph([TextRun(e.date.long, style: text)], ps.with { $0.alignment = .right })])])
        }
        let head = text.with { $0.bold = true }
        out.append(.table(Table(columns: [.auto, .fraction(1), .auto, .auto],
                                header: [Table.Row([Table.Cell([.paragraph([TextRun("Key", style: head)], ps)]),
                                                    Table.Cell([.paragraph([TextRun("Engagement", style: head)], ps)]),
                                                    Table.Cell([.paragraph([TextRun("Kind", style: head)], ps)]),
                                                    Table.Cell([.paragraph([TextRun("Date", style: head)], ps.with { $0.alignment = .right })])])],
                                rows: rows,
                                style: TableStyle(padding: EdgeInsets(vertical: 1.5, horizontal: 4), headerBackground: style.palette.shade,
                                                  stripe: style.palette.stripe, ruleColor: style.palette.rule, rowRuleWidth: 0,
                                                  frameRuleWidth: 0.6, spaceBefore: 2, spaceAfter: 8),
                                name: "the key of engagements")))
        return out
    }

    func figure() -> Figure {
        let years = entries.map(\.date.year)
        let firstYear = years.min() ?? 2000, lastYear = years.max() ?? firstYear
        let (x0, x1, startDay, endDay) = axis()
        func x(_ day: Double) -> Double { x0 + (day - startDay) / (endDay - startDay) * (x1 - x0) }

        var elements: [Figure.Element] = []
        let muted = style.palette.muted, accent = style.palette.accent, rule = style.palette.rule

        // Engagement labels: "Title (Mon YYYY)" above the engagement lane, in non-colliding rows.
        let events: [Event] = entries.compactMap { if case .engagement(let e) = $0 { return e }; return nil }
        var rows = LabelRows()
        var placed: [(Event, Double, Double, Int)] = []   // event, marker x, label x, row
        for (i, e) in events.enumerated() {
            let mx = x(e.date.midpointDayNumber)
            let text = labelText(e, index: i)
            let w = measure(text, label)
            let lx = min(max(mx - w / 2, 0), max(0, width - w))
            let row = rows.place((lx - 3)...(lx + w + 3), leaderX: mx)
            placed.append((e, mx, lx, row))
        }
        let labelRows = rows.rows.count
        let eventLaneY = Double(labelRows) * labelRowHeight + 10
        let lanesTop = eventLaneY + laneHeight / 2 + 2
        let lanesBottom = lanesTop + Double(organizations.count) * laneHeight
        let axisY = lanesBottom + 4

        // Year bands and ticks: every year of the period is on the axis.
        for year in firstYear...lastYear {
            let a = x(Double(PartialDate.dayNumber((year, 1, 1)))), b = x(Double(PartialDate.dayNumber((year + 1, 1, 1))))
            if (year - firstYear) % 2 == 1 {
                elements.append(.fill(.rect(Rect(x: a, y: eventLaneY - laneHeight / 2, width: b - a, height: axisY - (eventLaneY - laneHeight / 2))),
                                      style.palette.stripe))
            }
            elements.append(.stroke(.line(from: Point(x: a, y: axisY), to: Point(x: a, y: axisY + 3)), muted, width: 0.5, dash: []))
            elements.append(.text(String(year), label.with { $0.color = muted }, at: Point(x: (a + b) / 2, y: axisY + 11), anchorX: 0.5))
        }
        elements.append(.stroke(.line(from: Point(x: x1, y: axisY), to: Point(x: x1, y: axisY + 3)), muted, width: 0.5, dash: []))
        elements.append(.stroke(.line(from: Point(x: x0, y: axisY), to: Point(x: x1, y: axisY)), muted, width: 0.6, dash: []))

        // Lanes.
        elements.append(.text("Engagements", laneLabel.with { $0.color = accent }, at: Point(x: 0, y: eventLaneY + 2.5), anchorX: 0))
        for (i, org) in organizations.enumerated() {
            let y = lanesTop + (Double(i) + 0.5) * laneHeight
            elements.append(.text(org.displayShort, laneLabel, at: Point(x: 0, y: y + 2.5), anchorX: 0))
            elements.append(.stroke(.line(from: Point(x: x0, y: y), to: Point(x: x1, y: y)), rule, width: 0.3, dash: [1, 2]))
        }

        // Engagements: guide, diamond, label with a leader.
        for (e, mx, lx, row) in placed {
            elements.append(.stroke(.line(from: Point(x: mx, y: eventLaneY), to: Point(x: mx, y: lanesBottom)), accent.withAlpha(0.45), width: 0.6, dash: [2, 2]))
            elements += MatrixSymbols.engagement(at: Point(x: mx, y: eventLaneY), color: accent)
            let ly = Double(labelRows - 1 - row) * labelRowHeight + 7
            // The leader, broken wherever a lower row's label sits across it.
            var top = ly + 2
            for below in stride(from: row - 1, through: 0, by: -1) {
                let by = Double(labelRows - 1 - below) * labelRowHeight + 7
                let blocked = placed.contains { other in
                    other.3 == below && mx >= other.2 - 2 && mx <= other.2 + measure(labelText(other.0, index: events.firstIndex(of: other.0) ?? 0), label) + 2
                }
                if blocked {
                    if by - 7.5 > top { elements.append(.stroke(.line(from: Point(x: mx, y: top), to: Point(x: mx, y: by - 7.5)), accent.withAlpha(0.6), width: 0.4, dash: [])) }
                    top = by + 2.5
                }
            }
            elements.append(.stroke(.line(from: Point(x: mx, y: top), to: Point(x: mx, y: eventLaneY - 4.5)), accent.withAlpha(0.6), width: 0.4, dash: []))
            elements.append(.text(labelText(e, index: events.firstIndex(of: e) ?? 0), label, at: Point(x: lx, y: ly), anchorX: 0))
        }

        // Statements: period bar, disc, and the source number above, never colliding within a lane.
        let laneIndex = Dictionary(uniqueKeysWithValues: organizations.enumerated().map { ($1.id, $0) })
        var laneRows: [Int: [ClosedRange<Double>]] = [:]
        // Source numbers beside the discs only where a lane is sparse enough to read them.
        var perLane: [String: Int] = [:]
        for case .statement(let d) in entries { for o in d.organizations { perLane[o, default: 0] += 1 } }
        let numbered = (perLane.values.max() ?? 0) <= 12
        for case .statement(let d) in entries {
            for org in d.organizations {
                guard let i = laneIndex[org] else { continue }
                let y = lanesTop + (Double(i) + 0.5) * laneHeight
                let mid = x(d.date.midpointDayNumber)
                if d.date.precision != .day {
                    let a = x(Double(d.date.dayNumber)), b = x(Double(PartialDate.dayNumber(d.date.latest)) + 1)
                    elements.append(.fill(.rect(Rect(x: a, y: y - 1.2, width: max(b - a, 1), height: 2.4)), accent.withAlpha(0.35)))
                }
                elements += MatrixSymbols.single(at: Point(x: mid, y: y), color: accent)
                if numbered, let n = sources.number(d.id) {
                    let text = String(n)
                    let w = measure(text, label)
                    var lx = min(max(mid + 5, x0), width - w)
                    var used = laneRows[i, default: []]
                    while used.contains(where: { $0.overlaps((lx - 1)...(lx + w + 1)) }) { lx += w + 2 }
                    if lx + w > width { continue }
                    used.append((lx - 1)...(lx + w + 1)); laneRows[i] = used
                    elements.append(.text(text, label.with { $0.color = muted; $0.link = .destination(SourceList.anchor(n)) },
                                          at: Point(x: lx, y: y - 3.5), anchorX: 0))
                }
            }
        }
        let height = axisY + 16
        let partNote = part.map { "Organizations \($0.first)–\($0.last) of \($0.of). " } ?? ""
        return Figure(size: Size(width: width, height: height), elements: elements,
                      caption: [TextRun(partNote + "Discs: statements (bars show a date known only to the month or year\(numbered ? "; numbers refer to Sources" : "")). Diamonds: engagements\(keyed ? ", keyed below" : "").",
                                        style: style.small.with { $0.size = 7; $0.color = style.palette.muted })])
    }
}

extension Color {
    func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }
}
