import Corpus
import Foundation

/// An issue's timeline twice over: a list (what a screen reader and a
/// phone read) and an SVG figure, one lane per organization with the
/// engagements on a lane of their own. A date known only to the month or
/// year is drawn as a bar across that period, as the brief draws it.
struct TimelineView: Sendable {
    /// A lane's line and label; it carries the plot's ends so that the
    /// template finds every value on the lane itself.
    struct Lane: Sendable { let label: String; let y: Double; let textY: Double; let left: Double; let right: Double }
    /// A year on the axis (at the axis's height, carried for the template).
    struct Tick: Sendable { let x: Double; let y: Double; let label: String }

    /// The list, one `<li>` a line: what a screen reader and a phone read.
    let list: WrittenHTML
    let lanes: [Lane]
    /// The figure's marks, one `<a>` a line: a statement is a disc, or a bar
    /// across a month or year; an engagement is a diamond. Coordinates are
    /// written to a tenth of an SVG unit (the figure is 960 wide), which is
    /// all a screen can show. Written here rather than by the template: an
    /// issue has hundreds (`HTMLWriter`).
    let marks: WrittenHTML
    let ticks: [Tick]
    let width: Double
    let height: Double
    let plotLeft: Double
    let plotRight: Double
    let axisY: Double
    let hasFigure: Bool

    /// Geometry of the figure, in SVG units (it scales to the page's width).
    enum Metrics {
        static let width = 960.0
        static let labelColumn = 170.0
        static let rightMargin = 20.0
        static let laneHeight = 26.0
        static let top = 10.0
        static let axisSpace = 28.0
        static let radius = 5.0
        /// A bar's thickness (a period: a date known to the month or year).
        static let barHeight = 8.0
        /// Lanes drawn at most; later organizations share the last.
        static let mostLanes = 15
        /// A lane label's baseline below the lane's line, so that its text sits centred on the line.
        static let labelBaseline = 4.0
    }

    /// The middle of lane `n`, counted from the top (0: the engagements' lane).
    static func laneY(_ n: Int) -> Double { Metrics.top + (Double(n) + 0.5) * Metrics.laneHeight }

    init(entries: [TimelineEntry], organizations: [Organization], corpus: Corpus) {
        var list = HTMLWriter()
        for e in entries {
            switch e {
            case .statement(let d):
                list.open("li")
                list.element("time", ["datetime": d.date.description], text: d.date.long)
                list.markup(" ")
                list.element("a", ["href": Paths.document(d.id)], text: d.title)
                let who = d.organizations.map { corpus.organization($0)?.displayShort ?? $0 }
                if !who.isEmpty {
                    list.markup(" ")
                    list.element("span", ["class": "meta"], text: "— " + who.joined(separator: ", "))
                }
            case .engagement(let ev):
                list.open("li", ["class": "engagement"])
                list.element("time", ["datetime": ev.date.description], text: ev.date.long)
                list.markup(" ")
                list.element("span", ["class": "tag"], text: "engagement")
                list.markup(" ")
                list.element("a", ["href": Paths.event(ev.id)], text: ev.title)
                if !ev.participants.isEmpty {
                    list.markup(" ")
                    list.element("span", ["class": "meta"], text: "— " + ev.participants.joined(separator: ", "))
                }
            }
            list.close("li")
            list.markup("\n")
        }
        self.list = list.result
        let M = Metrics.self
        let shown = Array(organizations.prefix(M.mostLanes))
        let laneOf = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1.id, $0 + 1) })
        let labels =
            ["Engagements"] + shown.map { String($0.displayShort.prefix(24)) }
            + (organizations.count > shown.count ? ["Others"] : [])
        let laneCount = labels.count
        width = M.width
        plotLeft = M.labelColumn
        plotRight = M.width - M.rightMargin
        axisY = M.top + Double(laneCount) * M.laneHeight
        height = axisY + M.axisSpace
        let (left, right) = (plotLeft, plotRight)
        lanes = labels.enumerated().map { n, label in
            let y = Self.laneY(n)
            return Lane(label: label, y: y, textY: y + M.labelBaseline, left: left, right: right)
        }
        let first = entries.map { PartialDate.dayNumber($0.date.earliest) }.min() ?? 0
        let last = entries.map { PartialDate.dayNumber($0.date.latest) }.max() ?? 1
        // At least a year wide, so a single date still has an axis.
        let lo = Double(first) - 15, hi = Double(max(last, first + 365)) + 15
        func x(_ day: Int) -> Double { left + (Double(day) - lo) / (hi - lo) * (right - left) }
        // Drawn in this order, so that discs and diamonds lie over the bars.
        var bars = HTMLWriter(), discs = HTMLWriter(), diamonds = HTMLWriter()
        func text(_ v: Double) -> String { Self.coordinate(v) }
        /// A mark: its shape inside a link to its record, titled, one a line.
        func mark(
            _ h: inout HTMLWriter, href: String, title: String, _ shape: StaticString,
            _ attributes: KeyValuePairs<StaticString, String>
        ) {
            h.open("a", ["href": href])
            h.element("title", text: title)
            h.empty(shape, attributes)
            h.close("a")
            h.markup("\n")
        }
        for e in entries {
            let a = x(PartialDate.dayNumber(e.date.earliest)), b = x(PartialDate.dayNumber(e.date.latest))
            let bar = e.date.precision != .day && b - a > 2 * M.radius
            switch e {
            case .statement(let d):
                let lanesOfDoc = Set(d.organizations.map { laneOf[$0] ?? (organizations.isEmpty ? 1 : laneCount - 1) })
                for lane in lanesOfDoc.sorted() {
                    let y = text(Self.laneY(lane))
                    let (href, title) = (Paths.document(d.id), "\(d.date.long): \(d.title)")
                    if bar {
                        mark(
                            &bars, href: href, title: title, "rect",
                            [
                                "x": text(a), "y": y, "width": text(b - a), "height": text(M.barHeight),
                                "transform": "translate(0,\(text(-M.barHeight / 2)))", "class": "period",
                            ])
                    } else {
                        mark(
                            &discs, href: href, title: title, "circle",
                            ["cx": text((a + b) / 2), "cy": y, "r": text(M.radius), "class": "statement"])
                    }
                }
            case .engagement(let ev):
                let y = Self.laneY(0), cx = (a + b) / 2, r = M.radius + 1
                let corners = [(cx, y - r), (cx + r, y), (cx, y + r), (cx - r, y)]
                mark(
                    &diamonds, href: Paths.event(ev.id), title: "\(ev.date.long): \(ev.title)", "polygon",
                    [
                        "points": corners.map { "\(text($0.0)),\(text($0.1))" }.joined(separator: " "),
                        "class": "engagement",
                    ])
            }
        }
        marks = WrittenHTML(html: bars.html + discs.html + diamonds.html)
        let firstYear = PartialDate.civil(Int(lo)).0, lastYear = PartialDate.civil(Int(hi)).0
        let step = max(1, (lastYear - firstYear + 1) / 10), axis = axisY
        ticks = stride(from: firstYear + 1, through: lastYear, by: step).map { y in
            Tick(x: x(PartialDate.dayNumber((y, 1, 1))), y: axis, label: String(y))
        }
        hasFigure = !entries.isEmpty
    }

    /// A coordinate to a tenth: "493.3", "12", "-0.3".
    static func coordinate(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let n = Int(tenths), magnitude = abs(n)
        let digits = magnitude % 10 == 0 ? String(magnitude / 10) : "\(magnitude / 10).\(magnitude % 10)"
        return n < 0 ? "-" + digits : digits
    }
}
