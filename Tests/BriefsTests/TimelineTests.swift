import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus
@testable import Typesetting

/// The timeline figure: an axis whose ticks suit the span, lane labels
/// that stay in their column, and labels that never collide.
@Suite struct TimelineTests {
    static let style = try! BriefStyle.load(path: BriefFixtures.resources.templates + "/style.yaml")
    /// A fresh measuring context per figure: layout contexts are not shared across tests.
    static func measurer() -> (String, TextStyle) -> Double {
        let context = try! BriefFixtures.renderer.context(for: style)
        return { s, t in context.shaper.width(of: s, style: t) }
    }

    static let location = SourceLocation(file: "fixture")

    static func org(_ id: String, _ name: String, short: String? = nil) -> Organization {
        Organization(id: id, name: name, short: short, kind: .ngo, url: nil, aliases: [], location: location)
    }

    static func doc(_ id: String, _ date: String, _ orgs: [String]) -> Document {
        Document(
            id: id, title: "Document \(id)", organizations: orgs, date: PartialDate(date)!, kind: .letter, to: nil,
            signatories: [], event: nil, source: nil, asks: [], body: "", markdown: [], location: location,
            fieldLocations: [:], bodyLine: 1)
    }

    static func event(_ id: String, _ date: String, _ title: String) -> Event {
        Event(
            id: id, date: PartialDate(date)!, title: title, kind: .meeting, participants: [], location: nil,
            source: location)
    }

    static func timeline(_ entries: [TimelineEntry], _ orgs: [Organization]) -> TimelineFigure {
        let docs = entries.compactMap {
            if case .statement(let d) = $0 { return d }; return nil
        }
        return TimelineFigure(
            entries: entries.sorted { $0.date < $1.date }, organizations: orgs, sources: SourceList(docs),
            style: style, width: style.document.contentWidth, measure: measurer())
    }

    // MARK: Axis

    func day(_ s: String) -> Int { PartialDate(s)!.dayNumber }

    @Test func aSpanOfMonthsGetsMonthTicksWithTheYearLabelled() {
        let a = TimelineAxis.make(first: day("2024-03-10"), last: day("2024-11-02"))
        #expect(a.unit == .month)
        let labels = a.ticks.compactMap(\.label)
        #expect(labels.contains("Apr") && labels.contains("Oct"))
        #expect(labels.first?.contains("2024") == true, "the first tick names the year: \(labels)")
        #expect(a.start <= day("2024-03-10") && a.end > day("2024-11-02"))
    }

    @Test func yearBoundariesAreAlwaysLabelled() {
        for (first, last) in [("2023-10-01", "2024-06-01"), ("2021-02-01", "2024-11-01"), ("2012-01-01", "2025-12-31")]
        {
            for every in [1, 2, 3, 6] {
                let a = TimelineAxis.make(first: day(first), last: day(last), labelEvery: every)
                for t in a.ticks where t.yearBoundary && t.day < a.end {
                    #expect(
                        t.label != nil,
                        "\(first)–\(last) every \(every): tick at \(PartialDate.civil(t.day)) unlabelled")
                }
            }
        }
    }

    @Test func theUnitFollowsTheSpan() {
        #expect(TimelineAxis.make(first: day("2024-01-01"), last: day("2025-12-31")).unit == .month)
        #expect(TimelineAxis.make(first: day("2021-01-01"), last: day("2025-06-30")).unit == .quarter)
        #expect(TimelineAxis.make(first: day("2017-04-07"), last: day("2025-03-31")).unit == .year)
    }

    @Test func aSingleDateStillGetsAReadableAxis() {
        let d = day("2024-06-15")
        let a = TimelineAxis.make(first: d, last: d)
        #expect(a.ticks.count >= 4, "at least three units: \(a.ticks.count) ticks")
        #expect(a.start < d && a.end > d)
        let t = Self.timeline([.statement(Self.doc("a", "2024-06-15", ["x"]))], [Self.org("x", "Example")])
        let p = t.plan()
        let disc = try! #require(p.discs.first)
        let (x0, x1) = t.plot
        #expect(
            disc.midX > x0 + (x1 - x0) * 0.2 && disc.midX < x1 - (x1 - x0) * 0.2,
            "the date sits inside the axis, not at an edge")
    }

    @Test func axisLabelsNeverOverlapWhereTheyArePainted() {
        // The first label also names the year ("Feb 2025") and is moved inwards when it would leave
        // the figure, so it is checked where it is painted, not where its tick is.
        for (first, last) in [
            ("2025-02-18", "2025-12-26"), ("2025-01-05", "2025-12-20"), ("2024-11-30", "2025-03-01"),
            ("2023-07-01", "2025-02-01"), ("2017-04-07", "2025-03-31"), ("2025-06-01", "2025-06-02"),
        ] {
            let orgs = [Self.org("a", "Amnesty International"), Self.org("b", "Human Rights Watch")]
            let t = Self.timeline(
                [.statement(Self.doc("x", first, ["a"])), .statement(Self.doc("y", last, ["b"]))], orgs)
            let labels = t.axisLabels(t.scale())
            #expect(!labels.isEmpty)
            for l in labels { #expect(l.minX >= -0.01 && l.maxX <= t.width + 0.01, "\(l.text) leaves the figure") }
            for (l, r) in zip(labels, labels.dropFirst()) {
                #expect(
                    r.minX - l.maxX >= t.metrics.labelGap * 2 - 0.01,
                    "\(first)–\(last): \(l.text) ends at \(l.maxX), \(r.text) starts at \(r.minX)")
            }
        }
    }

    // MARK: Placement

    static func crowded() -> TimelineFigure {
        let orgs = [
            org(
                "a",
                "The International Coalition of Independent Observers for Human Rights in Eastern Europe and Central Asia"
            ),
            org("b", "Правозахисний центр «Українська Гельсінська спілка з прав людини»"),
            org("c", "Human Rights Watch", short: "HRW"),
            org("d", "Organization"),
        ]
        var entries: [TimelineEntry] = []
        for (i, d) in [
            "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-05", "2024-04", "2024-04-20", "2024-04-21", "2024",
        ].enumerated() {
            entries.append(.statement(doc("d\(i)", d, [orgs[i % 4].id])))
            entries.append(.statement(doc("e\(i)", d, [orgs[(i + 1) % 4].id, orgs[(i + 2) % 4].id])))
        }
        for (i, d) in ["2024-03-01", "2024-03-02", "2024-03-04", "2024-04-20", "2024-09-09"].enumerated() {
            entries.append(.engagement(event("m\(i)", d, "A long engagement title number \(i) in Geneva")))
        }
        return timeline(entries, orgs)
    }

    @Test func laneLabelsStayInTheirColumn() {
        let t = Self.crowded()
        let p = t.plan()
        let column = t.laneColumnWidth
        #expect(column <= t.width * t.metrics.laneLabelShare + 0.01)
        for lane in p.laneLabels {
            #expect(lane.rect.maxX <= column + 0.01, "\(lane.lines) is \(lane.rect.width) pt in a \(column) pt column")
            #expect(lane.lines.count <= t.metrics.laneLabelLines)
            #expect(lane.rect.maxX < t.plot.x0, "never into the plot")
        }
        #expect(p.laneLabels[2].lines == ["HRW"], "a short name is used when there is one")
        #expect(p.truncatedNames.map(\.id).contains("a"), "a cut name goes to the key")
        #expect(t.figure().caption.map { $0.map(\.text).joined() }?.contains("Eastern Europe and Central Asia") == true)
    }

    /// Engagements numbered and keyed exactly when their full labels would
    /// stack in more rows than the figure allows, whatever their number.
    @Test func engagementsAreKeyedExactlyWhenFullLabelsNeedTooManyRows() {
        var decisions: Set<Bool> = []
        for count in [1, 2, 4, 6, 9, 14, 30] {
            let engagements = (0..<count).map { i in
                TimelineEntry.engagement(
                    Self.event("m\(i)", "2024-03-\(String(format: "%02d", 1 + i % 28))", "Engagement \(i) in Geneva"))
            }
            var full = Self.timeline(engagements, [Self.org("c", "Human Rights Watch", short: "HRW")])
            full.keyed = false
            let keyed = full.usesKey
            #expect(keyed == (full.plan().labelRows > full.metrics.maximumLabelRows), "\(count) engagements")
            decisions.insert(keyed)
        }
        #expect(decisions == [false, true], "both outcomes are exercised")
    }

    @Test func noTwoLabelsCollide() {
        for keyed in [false, true] {
            var t = Self.crowded()
            t.keyed = keyed
            let p = t.plan()
            let labels = p.engagementLabels.map(\.rect)
            for (i, a) in labels.enumerated() {
                #expect(a.minX >= -0.01 && a.maxX <= t.width + 0.01, "inside the figure")
                for b in labels[(i + 1)...] { #expect(!a.intersects(b), "engagement labels \(a) and \(b) overlap") }
            }
            let numbers = p.numbers.map(\.rect)
            for (i, a) in numbers.enumerated() {
                #expect(a.minX >= t.plot.x0 - 0.01 && a.maxX <= t.width + 0.01)
                for b in numbers[(i + 1)...] where abs(a.midY - b.midY) < 1 {
                    #expect(!a.intersects(b), "numbers \(a) and \(b) overlap")
                }
                for d in p.discs where abs(a.midY - d.midY) < p.laneHeight / 2 {
                    #expect(!a.intersects(d), "number \(a) over disc \(d)")
                }
            }
            #expect(
                p.numbers.count + p.unnumbered.count
                    == t.entries.reduce(0) { n, e in
                        if case .statement(let d) = e { return n + d.organizations.count }; return n
                    }, "every statement is numbered beside its disc or listed in the key")
        }
    }
}
