import Corpus
import Typesetting

/// The timeline's measurements, named: every distance the figure uses.
struct TimelineMetrics {
    /// A lane: room for a disc, its source number and a two-line label.
    var laneHeight = 18.0
    /// Lanes shrink to this with more than `denseLanes` organizations.
    var denseLaneHeight = 13.0
    var denseLanes = 20
    /// One row of engagement labels above the engagement lane.
    var labelRowHeight = 10.0
    /// The lane-label column takes at most this share of the width.
    var laneLabelShare = 0.22
    /// Between the lane-label column and the plot, and after the plot.
    var laneLabelGap = 6.0
    var plotInset = 6.0
    var labelSize = 7.0
    var laneLabelSize = 7.5
    /// A lane label wraps to at most this many lines, then ends in "…".
    var laneLabelLines = 2
    var laneLabelLeading = 1.15
    var discRadius = 3.4
    /// Between a disc and its number, and between two labels in a row.
    var numberGap = 1.5
    var labelGap = 3.0
    /// More rows of full engagement labels than this: number them and key them.
    var maximumLabelRows = 4
    /// Lanes with more statements than this carry no source numbers.
    var numberedLaneLimit = 12
    /// The ring around the engagement a meeting brief is about.
    var highlightRing = 6.5
    var axisGap = 4.0
    var tickLength = 3.0
    var yearTickLength = 5.0
    var axisLabelDrop = 11.0
    var bottom = 16.0
}

/// Statements and engagements on one time axis, drawn as vector paths, in
/// three steps: measure (lane labels, axis), place (engagement labels in
/// rows, source numbers beside their discs), draw.
///
/// One lane per organization (in matrix order) holds its statements as
/// discs; a date known only to the month or year is drawn as a bar across
/// that period with the disc at its middle, so precision is never
/// overstated. Engagements are diamonds on their own lane with dashed
/// guides through the organization lanes. Labels never collide: engagement
/// labels stack in rows (numbered and keyed when there are too many); a
/// source number goes right of its disc, else left, else into the key.
struct TimelineFigure {
    let entries: [TimelineEntry]
    var organizations: [Organization]
    let sources: SourceList
    let style: BriefStyle
    let width: Double
    let measure: (String, TextStyle) -> Double
    var metrics = TimelineMetrics()

    init(
        entries: [TimelineEntry], organizations: [Organization], sources: SourceList, style: BriefStyle, width: Double,
        measure: @escaping (String, TextStyle) -> Double
    ) {
        self.entries = entries; self.organizations = organizations; self.sources = sources
        self.style = style; self.width = width; self.measure = measure
    }

    var label: TextStyle {
        style.small.with {
            $0.size = metrics.labelSize; $0.color = style.palette.text
        }
    }
    var laneLabel: TextStyle {
        style.small.with {
            $0.size = metrics.laneLabelSize; $0.bold = true
        }
    }

    /// Which organizations this part shows, when the timeline is split.
    var part: (first: Int, last: Int, of: Int)? = nil
    var keyed = false
    /// The engagement a meeting brief is about: ringed and named "this engagement".
    var highlighted: String? = nil

    /// Engagements in date order; their 1-based position is their key number.
    var engagements: [Event] {
        entries.compactMap {
            if case .engagement(let e) = $0 { return e }; return nil
        }
    }

    func labelText(_ e: Event, index: Int) -> String {
        let this = e.id == highlighted ? " — this engagement" : ""
        return keyed ? "E\(index + 1)" + (this.isEmpty ? "" : " (this)") : "\(e.title) (\(e.date.short))" + this
    }

    // MARK: Measure

    /// A lane label as set: its lines, and whether the name had to be cut.
    struct LaneLabel: Equatable {
        var lines: [String]
        var truncated: Bool
    }

    /// The lane-label column: as wide as the longest label wants, at most
    /// `laneLabelShare` of the figure.
    var laneColumnWidth: Double {
        let wanted =
            (organizations.map { measure($0.displayShort, laneLabel) } + [measure("Engagements", laneLabel)]).max()
            ?? 40
        return min(width * metrics.laneLabelShare, wanted)
    }

    /// The short name when the organization has one; otherwise the name
    /// wrapped to `laneLabelLines` lines and ended with "…" if still too long.
    func laneLabel(_ org: Organization, width column: Double) -> LaneLabel {
        let text = org.displayShort
        if measure(text, laneLabel) <= column { return LaneLabel(lines: [text], truncated: false) }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if measure(candidate, laneLabel) <= column || current.isEmpty {
                current = candidate
            } else {
                lines.append(current); current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        var truncated = false
        if lines.count > metrics.laneLabelLines {
            lines =
                Array(lines.prefix(metrics.laneLabelLines - 1)) + [
                    lines.dropFirst(metrics.laneLabelLines - 1).joined(separator: " ")
                ]
        }
        for i in lines.indices where measure(lines[i], laneLabel) > column {
            lines[i] = ellipsized(lines[i], column)
            truncated = true
        }
        return LaneLabel(lines: lines, truncated: truncated)
    }

    private func ellipsized(_ text: String, _ column: Double) -> String {
        var chars = Array(text)
        while !chars.isEmpty && measure(String(chars) + "…", laneLabel) > column { chars.removeLast() }
        while chars.last == " " { chars.removeLast() }
        return String(chars) + "…"
    }

    /// Lane height: room for the tallest label.
    func laneHeight(for labels: [LaneLabel]) -> Double {
        let base = organizations.count > metrics.denseLanes ? metrics.denseLaneHeight : metrics.laneHeight
        let lines = labels.map(\.lines.count).max() ?? 1
        return max(base, Double(lines) * metrics.laneLabelSize * metrics.laneLabelLeading + 3)
    }

    /// The day span of the entries (periods included).
    var span: (first: Int, last: Int) {
        let first = entries.map(\.date.dayNumber).min() ?? PartialDate.dayNumber((2000, 1, 1))
        let last = entries.map { PartialDate.dayNumber($0.date.latest) }.max() ?? first
        return (first, last)
    }

    /// Plot extent in points.
    var plot: (x0: Double, x1: Double) { plot(column: laneColumnWidth) }
    func plot(column: Double) -> (x0: Double, x1: Double) { (column + metrics.laneLabelGap, width - metrics.plotInset) }

    /// Days to points: the plot's extent and its axis, measured once per figure.
    struct Scale {
        var x0, x1: Double
        var axis: TimelineAxis
        func x(_ day: Double) -> Double {
            x0 + (day - Double(axis.start)) / Double(max(axis.end - axis.start, 1)) * (x1 - x0)
        }
    }

    func scale(column: Double? = nil) -> Scale {
        let (x0, x1) = plot(column: column ?? laneColumnWidth)
        return Scale(x0: x0, x1: x1, axis: axis(from: x0, to: x1))
    }

    /// The axis, with month or quarter labels thinned until they do not crowd where they are painted.
    func axis(from x0: Double, to x1: Double) -> TimelineAxis {
        let (first, last) = span
        var every = 1
        while true {
            let a = TimelineAxis.make(first: first, last: last, labelEvery: every)
            let labels = axisLabels(Scale(x0: x0, x1: x1, axis: a))
            let crowded = zip(labels, labels.dropFirst()).contains { l, r in r.minX - l.maxX < metrics.labelGap * 2 }
            if !crowded || every >= 12 { return a }
            every += every == 1 ? 1 : every == 2 ? 1 : 3
        }
    }

    /// A tick's label as painted: its text, its style and where it spans.
    struct AxisLabel {
        var text: String
        var style: TextStyle
        var minX, maxX: Double
        var centre: Double { (minX + maxX) / 2 }
    }

    /// Where each labelled tick's text goes, in the style it is painted in: a year between its
    /// ticks; a month or quarter under its tick, moved inwards where it would leave the figure
    /// (so the first label, which also names the year, may sit right of its tick).
    func axisLabels(_ scale: Scale) -> [AxisLabel] {
        let axis = scale.axis
        var out: [AxisLabel] = []
        for (k, tick) in axis.ticks.enumerated() {
            guard let text = tick.label else { continue }
            let textStyle = label.with {
                $0.color = style.palette.muted; $0.bold = tick.yearBoundary && axis.unit != .year
            }
            let w = measure(text, textStyle), tx = scale.x(Double(tick.day))
            let centre: Double
            if axis.labelsBetweenTicks, k + 1 < axis.ticks.count {
                centre = (tx + scale.x(Double(axis.ticks[k + 1].day))) / 2
            } else {
                centre = min(max(tx, scale.x0 + w / 2), width - w / 2)
            }
            out.append(AxisLabel(text: text, style: textStyle, minX: centre - w / 2, maxX: centre + w / 2))
        }
        return out
    }

    // MARK: Place

    /// Everything placed, as rectangles (figure coordinates, y down): what
    /// the drawing uses and what the specifications check.
    struct Plan {
        var scale: Scale
        var axis: TimelineAxis { scale.axis }
        var laneHeight: Double
        var laneLabels: [(lines: [String], rect: Rect)]
        var engagementLabels: [(event: Event, text: String, rect: Rect, markerX: Double, row: Int)]
        var labelRows: Int
        var numbers: [(text: String, rect: Rect, document: String)]
        var discs: [Rect]
        /// Statements whose source number found no room: listed in the key.
        var unnumbered: [(Document, String)]
        var truncatedNames: [Organization]
        var numbered: Bool
        var eventLaneY: Double, lanesTop: Double, lanesBottom: Double, axisY: Double
    }

    /// Label rows above the engagement lane, row 0 nearest to it. A label's
    /// leader runs down through the rows below it, so a row's occupied
    /// intervals include the leaders that cross it.
    private struct LabelRows {
        var rows: [[ClosedRange<Double>]] = []
        mutating func place(_ label: ClosedRange<Double>, leaderX: Double) -> Int {
            let leader = (leaderX - 1.5)...(leaderX + 1.5)
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

    private func engagementRows(scale: Scale) -> [(Event, String, Double, Double, Double, Int)] {
        var rows = LabelRows()
        return engagements.enumerated().map { i, e in placeLabel(e, index: i, scale: scale, in: &rows) }
    }

    /// The `index`-th engagement's label: its text, marker x, left x, width, and the row it takes.
    private func placeLabel(_ e: Event, index: Int, scale: Scale, in rows: inout LabelRows) -> (
        Event, String, Double, Double, Double, Int
    ) {
        let mx = scale.x(e.date.midpointDayNumber)
        let text = labelText(e, index: index)
        let w = measure(text, label)
        let lx = min(max(mx - w / 2, 0), max(0, width - w))
        let row = rows.place((lx - metrics.labelGap)...(lx + w + metrics.labelGap), leaderX: mx)
        return (e, text, mx, lx, w, row)
    }

    /// Whether full labels need more than `maximumLabelRows` rows. Rows
    /// only accumulate, so the placing stops at the first label that would
    /// need one more: with many engagements the full labels would stack in
    /// dozens of rows, each placement checked against all of them.
    var usesKey: Bool {
        var probe = self
        probe.keyed = false
        let scale = probe.scale()
        var rows = LabelRows()
        for (i, e) in engagements.enumerated()
        where probe.placeLabel(e, index: i, scale: scale, in: &rows).5 >= metrics.maximumLabelRows {
            return true
        }
        return false
    }

    func plan() -> Plan {
        let column = laneColumnWidth
        let scale = self.scale(column: column)
        let labels = organizations.map { laneLabel($0, width: column) }
        let laneHeight = self.laneHeight(for: labels)
        let placedEngagements = engagementRows(scale: scale)
        let labelRows = (placedEngagements.map(\.5).max() ?? -1) + 1
        let eventLaneY = Double(labelRows) * metrics.labelRowHeight + 10
        let lanesTop = eventLaneY + metrics.laneHeight / 2 + 2
        let lanesBottom = lanesTop + Double(organizations.count) * laneHeight
        let axisY = lanesBottom + metrics.axisGap

        var plan = Plan(
            scale: scale, laneHeight: laneHeight, laneLabels: [], engagementLabels: [], labelRows: labelRows,
            numbers: [], discs: [], unnumbered: [], truncatedNames: [], numbered: false,
            eventLaneY: eventLaneY, lanesTop: lanesTop, lanesBottom: lanesBottom, axisY: axisY)
        let lineHeight = metrics.laneLabelSize * metrics.laneLabelLeading
        for (i, (org, l)) in zip(organizations, labels).enumerated() {
            if l.truncated { plan.truncatedNames.append(org) }
            let y = lanesTop + (Double(i) + 0.5) * laneHeight - Double(l.lines.count) * lineHeight / 2
            let w = l.lines.map { measure($0, laneLabel) }.max() ?? 0
            plan.laneLabels.append((l.lines, Rect(x: 0, y: y, width: w, height: Double(l.lines.count) * lineHeight)))
        }
        for (e, text, mx, lx, w, row) in placedEngagements {
            let ly = Double(labelRows - 1 - row) * metrics.labelRowHeight
            plan.engagementLabels.append(
                (e, text, Rect(x: lx, y: ly, width: w, height: metrics.labelSize * 1.2), mx, row))
        }

        // Source numbers beside the discs, only where lanes are sparse enough to read them.
        let laneIndex = Dictionary(uniqueKeysWithValues: organizations.enumerated().map { ($1.id, $0) })
        var perLane: [String: Int] = [:]
        for case .statement(let d) in entries { for o in d.organizations { perLane[o, default: 0] += 1 } }
        plan.numbered = (perLane.values.max() ?? 0) <= metrics.numberedLaneLimit
        var occupied: [Int: [ClosedRange<Double>]] = [:]
        let r = metrics.discRadius
        var statements: [(Document, Int, Double)] = []
        for case .statement(let d) in entries {
            for org in d.organizations {
                guard let i = laneIndex[org] else { continue }
                let mid = scale.x(d.date.midpointDayNumber)
                statements.append((d, i, mid))
                occupied[i, default: []].append((mid - r)...(mid + r))
                let y = lanesTop + (Double(i) + 0.5) * laneHeight
                plan.discs.append(Rect(x: mid - r, y: y - r, width: 2 * r, height: 2 * r))
            }
        }
        guard plan.numbered else { return plan }
        let x0 = scale.x0
        for (d, i, mid) in statements {
            guard let n = sources.number(d.id) else { continue }
            let text = String(n)
            let w = measure(text, label)
            // Place right of the disc; shift to the left; else the key.
            let right = mid + r + metrics.numberGap, left = mid - r - metrics.numberGap - w
            let spot = [right, left].first { lx in
                lx >= x0 && lx + w <= width
                    && !(occupied[i] ?? []).contains { $0.overlaps((lx - 0.5)...(lx + w + 0.5)) }
            }
            guard let lx = spot else {
                plan.unnumbered.append((d, text))
                continue
            }
            occupied[i, default: []].append((lx - 0.5)...(lx + w + 0.5))
            let y = lanesTop + (Double(i) + 0.5) * laneHeight
            plan.numbers.append(
                (text, Rect(x: lx, y: y - r - metrics.labelSize * 0.2, width: w, height: metrics.labelSize), d.id))
        }
        return plan
    }

    // MARK: Draw

    func figure() -> Figure { figure(plan()) }

    func figure(_ p: Plan) -> Figure {
        let (x0, x1) = (p.scale.x0, p.scale.x1)
        let axis = p.axis
        func x(_ day: Double) -> Double { p.scale.x(day) }
        var elements: [Figure.Element] = []
        let muted = style.palette.muted, accent = style.palette.accent, rule = style.palette.rule
        let bandTop = p.eventLaneY - metrics.laneHeight / 2

        // Alternate years shaded; ticks and their labels on the axis.
        let firstYear = PartialDate.civil(axis.start).0, lastYear = PartialDate.civil(axis.end - 1).0
        for year in firstYear...max(lastYear, firstYear) where (year - firstYear) % 2 == 1 {
            let a = max(x(Double(PartialDate.dayNumber((year, 1, 1)))), x0),
                b = min(x(Double(PartialDate.dayNumber((year + 1, 1, 1)))), x1)
            if b > a {
                elements.append(
                    .fill(.rect(Rect(x: a, y: bandTop, width: b - a, height: p.axisY - bandTop)), style.palette.stripe))
            }
        }
        for tick in axis.ticks {
            let tx = x(Double(tick.day))
            let length = tick.yearBoundary ? metrics.yearTickLength : metrics.tickLength
            elements.append(
                .stroke(
                    .line(from: Point(x: tx, y: p.axisY), to: Point(x: tx, y: p.axisY + length)), muted, width: 0.5,
                    dash: []))
        }
        for l in axisLabels(p.scale) {
            elements.append(
                .text(l.text, l.style, at: Point(x: l.centre, y: p.axisY + metrics.axisLabelDrop), anchorX: 0.5))
        }
        elements.append(
            .stroke(.line(from: Point(x: x0, y: p.axisY), to: Point(x: x1, y: p.axisY)), muted, width: 0.6, dash: []))

        // Lanes and their labels (inside the label column, never in the plot).
        elements.append(
            .text(
                "Engagements", laneLabel.with { $0.color = accent }, at: Point(x: 0, y: p.eventLaneY + 2.5), anchorX: 0)
        )
        let lineHeight = metrics.laneLabelSize * metrics.laneLabelLeading
        for (i, lane) in p.laneLabels.enumerated() {
            for (k, line) in lane.lines.enumerated() {
                elements.append(
                    .text(
                        line, laneLabel,
                        at: Point(x: 0, y: lane.rect.minY + Double(k) * lineHeight + metrics.laneLabelSize), anchorX: 0)
                )
            }
            let y = p.lanesTop + (Double(i) + 0.5) * p.laneHeight
            elements.append(
                .stroke(.line(from: Point(x: x0, y: y), to: Point(x: x1, y: y)), rule, width: 0.3, dash: [1, 2]))
        }

        // Engagements: guide, diamond, label with a leader broken around lower labels.
        for e in p.engagementLabels {
            let mx = e.markerX
            elements.append(
                .stroke(
                    .line(from: Point(x: mx, y: p.eventLaneY), to: Point(x: mx, y: p.lanesBottom)),
                    accent.withAlpha(0.45), width: 0.6, dash: [2, 2]))
            elements += MatrixSymbols.engagement(at: Point(x: mx, y: p.eventLaneY), color: accent)
            if e.event.id == highlighted {
                elements.append(
                    .stroke(
                        .circle(center: Point(x: mx, y: p.eventLaneY), radius: metrics.highlightRing), accent, width: 1,
                        dash: []))
            }
            var top = e.rect.maxY + 1
            for other in p.engagementLabels
            where other.row < e.row && mx >= other.rect.minX - 2 && mx <= other.rect.maxX + 2 {
                if other.rect.minY - 1 > top {
                    elements.append(
                        .stroke(
                            .line(from: Point(x: mx, y: top), to: Point(x: mx, y: other.rect.minY - 1)),
                            accent.withAlpha(0.6), width: 0.4, dash: []))
                }
                top = max(top, other.rect.maxY + 1)
            }
            elements.append(
                .stroke(
                    .line(from: Point(x: mx, y: top), to: Point(x: mx, y: p.eventLaneY - 4.5)), accent.withAlpha(0.6),
                    width: 0.4, dash: []))
            elements.append(
                .text(e.text, label, at: Point(x: e.rect.minX, y: e.rect.minY + metrics.labelSize), anchorX: 0))
        }

        // Statements: period bar, disc.
        let laneIndex = Dictionary(uniqueKeysWithValues: organizations.enumerated().map { ($1.id, $0) })
        for case .statement(let d) in entries {
            for org in d.organizations {
                guard let i = laneIndex[org] else { continue }
                let y = p.lanesTop + (Double(i) + 0.5) * p.laneHeight
                if d.date.precision != .day {
                    let a = x(Double(d.date.dayNumber)), b = x(Double(PartialDate.dayNumber(d.date.latest)) + 1)
                    elements.append(
                        .fill(.rect(Rect(x: a, y: y - 1.2, width: max(b - a, 1), height: 2.4)), accent.withAlpha(0.35)))
                }
                elements += MatrixSymbols.single(at: Point(x: x(d.date.midpointDayNumber), y: y), color: accent)
            }
        }
        for n in p.numbers {
            let target = sources.number(n.document).map { LinkTarget.destination(SourceList.anchor($0)) }
            elements.append(
                .text(
                    n.text,
                    label.with {
                        $0.color = muted; $0.link = target
                    }, at: Point(x: n.rect.minX, y: n.rect.maxY - 0.5), anchorX: 0))
        }
        let names = Dictionary(organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let alt = FigureDescriptions.timeline(
            entries, organizations: organizations, part: part, highlighted: highlighted,
            corpus: { names[$0] ?? $0 })
        return Figure(
            size: Size(width: width, height: p.axisY + metrics.bottom), elements: elements,
            caption: [TextRun(caption(p), style: style.figureCaption)],
            alternative: alt)
    }

    private func caption(_ p: Plan) -> String {
        var text = part.map { "Organizations \($0.first)–\($0.last) of \($0.of). " } ?? ""
        text +=
            "Discs: statements (bars show a date known only to the month or year\(p.numbered ? "; numbers refer to Sources" : "")). "
        text += "Diamonds: engagements\(keyed ? ", keyed below" : "")."
        if !p.truncatedNames.isEmpty {
            text += " Lanes: " + p.truncatedNames.map(\.name).joined(separator: "; ") + "."
        }
        if !p.unnumbered.isEmpty {
            let shown = p.unnumbered.prefix(8).map { d, n in
                "[\(n)] \(d.organizations.compactMap { o in organizations.first { $0.id == o }?.displayShort }.first ?? ""), \(d.date.short)"
            }
            text +=
                " Crowded marks: " + shown.joined(separator: "; ")
                + (p.unnumbered.count > 8 ? " and \(p.unnumbered.count - 8) more" : "") + "."
        }
        return text
    }

    // MARK: Blocks

    /// One figure, or several when the organizations' lanes do not fit in
    /// `maxHeight`: each part repeats the engagements and the axis.
    func figures(maxHeight: Double) -> [Figure] {
        let whole = plan()
        let single = figure(whole)
        if single.size.height <= maxHeight || organizations.count <= 1 { return [single] }
        let laneHeight = whole.laneHeight
        let fixed = single.size.height - Double(organizations.count) * laneHeight
        let perFigure = max(1, Int((maxHeight - fixed) / laneHeight))
        let groups = (organizations.count + perFigure - 1) / perFigure
        let size = (organizations.count + groups - 1) / groups
        return stride(from: 0, to: organizations.count, by: size).map { start in
            var part = self
            part.organizations = Array(organizations[start..<min(start + size, organizations.count)])
            part.part = (start + 1, min(start + size, organizations.count), organizations.count)
            return part.figure()
        }
    }

    /// The figures, followed by the key of engagements when they are numbered.
    func blocks(maxHeight: Double) -> [Block] {
        var t = self
        t.keyed = usesKey
        var out: [Block] = t.figures(maxHeight: maxHeight).map { .figure($0) }
        guard t.keyed else { return out }
        let ps = style.paragraphs.keyCell
        let text = style.figureKey
        let rows = engagements.enumerated().map { i, e in
            Table.Row([
                Table.Cell([
                    .paragraph(
                        [
                            TextRun(
                                "E\(i + 1)",
                                style: text.with {
                                    $0.bold = true; $0.color = style.palette.accent
                                })
                        ], ps)
                ]),
                Table.Cell([.paragraph([TextRun(e.title, style: text)], ps)]),
                Table.Cell([.paragraph([TextRun(e.kind.rawValue, style: text)], ps)]),
                Table.Cell([.paragraph([TextRun(e.date.long, style: text)], ps.with { $0.alignment = .right })]),
            ])
        }
        let head = text.with { $0.bold = true }
        out.append(
            .table(
                Table(
                    columns: [.auto, .fraction(1), .auto, .auto],
                    header: [
                        Table.Row([
                            Table.Cell([.paragraph([TextRun("Key", style: head)], ps)]),
                            Table.Cell([.paragraph([TextRun("Engagement", style: head)], ps)]),
                            Table.Cell([.paragraph([TextRun("Kind", style: head)], ps)]),
                            Table.Cell([.paragraph([TextRun("Date", style: head)], ps.with { $0.alignment = .right })]),
                        ])
                    ],
                    rows: rows,
                    style: style.tables.engagementKey,
                    name: "the key of engagements")))
        return out
    }
}

extension Color {
    func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }
}
