import Corpus

/// The time axis of a timeline: its extent and its ticks, chosen for the
/// span — months up to two years, quarters up to five, years beyond —
/// with every year boundary labelled. A span of a single date still gets
/// an axis a few units wide, with the date in the middle.
struct TimelineAxis: Equatable {
    enum Unit: Equatable { case month, quarter, year }

    struct Tick: Equatable {
        /// Day number (`PartialDate.dayNumber`) of the tick.
        var day: Int
        /// The text under the tick, or nil for an unlabelled tick.
        var label: String?
        /// A year starts here: drawn taller, always labelled.
        var yearBoundary: Bool
    }

    var unit: Unit
    /// First and last day of the axis (the last is exclusive).
    var start: Int
    var end: Int
    var ticks: [Tick]

    /// Spans up to this many months use month ticks, up to `quarterMonths` quarters.
    static let monthMonths = 24
    static let quarterMonths = 60
    /// An axis is at least this many units wide.
    static let minimumUnits = 3

    /// The axis for entries whose periods run from `first` to `last`
    /// (day numbers, inclusive). `labelEvery` thins month and quarter
    /// labels when they would crowd (year boundaries are always labelled).
    static func make(first: Int, last: Int, labelEvery: Int = 1) -> TimelineAxis {
        let (y0, m0, _) = PartialDate.civil(first)
        let (y1, m1, _) = PartialDate.civil(last)
        let months = (y1 - y0) * 12 + (m1 - m0) + 1
        let unit: Unit = months <= monthMonths ? .month : months <= quarterMonths ? .quarter : .year
        let step = unit == .month ? 1 : unit == .quarter ? 3 : 12
        // Start at the unit containing the first date, end after the unit containing the last.
        var startIndex = y0 * 12 + (m0 - 1)
        startIndex -= startIndex % step
        var endIndex = y1 * 12 + (m1 - 1)
        endIndex = endIndex - endIndex % step + step
        // Pad a span too short to read (one date, a single month) on both sides.
        while (endIndex - startIndex) / step < minimumUnits {
            startIndex -= step
            if (endIndex - startIndex) / step < minimumUnits { endIndex += step }
        }
        func day(_ monthIndex: Int) -> Int { PartialDate.dayNumber((monthIndex / 12, monthIndex % 12 + 1, 1)) }
        var ticks: [Tick] = []
        var n = 0
        for index in stride(from: startIndex, through: endIndex, by: step) {
            let year = index / 12, month = index % 12 + 1
            let boundary = month == 1
            var text: String?
            switch unit {
            case .year: text = index == endIndex ? nil : String(year)
            case .quarter: text = boundary ? String(year) : (n % labelEvery == 0 ? "Q\((month - 1) / 3 + 1)" : nil)
            case .month:
                text = boundary ? String(year) : (n % labelEvery == 0 ? PartialDate.abbreviatedMonth(month) : nil)
            }
            // The first tick names its year when the axis starts mid-year.
            if unit != .year && index == startIndex && !boundary { text = (text.map { $0 + " " } ?? "") + String(year) }
            if index == endIndex && unit != .year && !boundary { text = nil }
            ticks.append(Tick(day: day(index), label: text, yearBoundary: boundary || unit == .year))
            n += 1
        }
        return TimelineAxis(unit: unit, start: day(startIndex), end: day(endIndex), ticks: ticks)
    }

    /// For year ticks the label sits in the middle of the year; otherwise under its tick.
    var labelsBetweenTicks: Bool { unit == .year }
}
