/// A date known to the day, the month or only the year — as precise as the
/// source says and no more. Sorts by its earliest possible day; a year-only
/// date sorts before any month of that year.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }
    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for malformed or impossible dates.
    /// The day a day number counts (`dayNumber`, days since 1 January 1970); nil outside the years
    /// a date may have.
    public init?(dayNumber: Int) {
        let (y, m, d) = Self.civil(dayNumber)
        self.init(year: y, month: m, day: d)
    }

    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let nums = parts.map { Int($0)! }
        self.init(year: nums[0], month: nums.count > 1 ? nums[1] : nil, day: nums.count > 2 ? nums[2] : nil)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form at its own precision: "2025-03-18", "2025-03", "2025".
    public var description: String {
        var s = String(year)
        if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
        return s
    }

    /// English month names: the one list every brief's dates are written with.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// For people: "18 March 2025", "March 2025", "2025".
    public var long: String {
        switch (month, day) {
        case let (m?, d?): return "\(d) \(Self.monthNames[m - 1]) \(year)"
        case let (m?, nil): return "\(Self.monthNames[m - 1]) \(year)"
        default: return String(year)
        }
    }

    /// "Mar" for 3: the compact form of a month's name.
    public static func abbreviatedMonth(_ month: Int) -> String { String(monthNames[month - 1].prefix(3)) }

    /// Compact: "18 Mar 2025", "Mar 2025", "2025".
    public var short: String {
        switch (month, day) {
        case let (m?, d?): return "\(d) \(Self.monthNames[m - 1].prefix(3)) \(year)"
        case let (m?, nil): return "\(Self.monthNames[m - 1].prefix(3)) \(year)"
        default: return String(year)
        }
    }

    /// The first and last day this date may mean, as (year, month, day).
    public var earliest: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }
    public var latest: (Int, Int, Int) {
        let m = month ?? 12
        return (year, m, day ?? Self.daysIn(month: m, year: year))
    }

    /// Days since 1 January 1970 of the earliest day (for drawing time axes).
    public var dayNumber: Int { Self.dayNumber(earliest) }
    /// Days since 1970 of the middle of the period the date covers.
    public var midpointDayNumber: Double { Double(Self.dayNumber(earliest) + Self.dayNumber(latest)) / 2 }

    public static func dayNumber(_ ymd: (Int, Int, Int)) -> Int {
        // Howard Hinnant's days_from_civil.
        let (y0, m, d) = ymd
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The calendar date of a day number (Howard Hinnant's civil_from_days).
    public static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        let ea = a.earliest, eb = b.earliest
        if ea != eb { return ea < eb }
        return a.precision < b.precision
    }

    /// Whether the periods of the two dates overlap at all.
    /// How a period stands to another: wholly before it, wholly after it,
    /// or overlapping it ("same period": `2025` and 18 March 2025 — the
    /// order is unknown, and briefs say so rather than guess).
    public enum Relation: String, Sendable { case before, after, samePeriod = "same-period" }

    public func relation(to other: PartialDate) -> Relation {
        if Self.dayNumber(latest) < other.dayNumber { return .before }
        if dayNumber > Self.dayNumber(other.latest) { return .after }
        return .samePeriod
    }

    /// The same date moved by whole months (the day clamped to the month's
    /// length), at the same precision: a year-only date moves by whole years
    /// of its months.
    public func adding(months: Int) -> PartialDate {
        let index = year * 12 + (month ?? 1) - 1 + months
        let y = index / 12, m = index % 12 + 1
        let d = day.map { min($0, Self.daysIn(month: m, year: y)) }
        return PartialDate(year: y, month: month == nil ? nil : m, day: d) ?? self
    }

    /// Whether the whole period lies inside the range (a range includes a
    /// document only then).
    public func isInside(from: PartialDate?, to: PartialDate?) -> Bool {
        if let from, dayNumber < from.dayNumber { return false }
        if let to, Self.dayNumber(latest) > Self.dayNumber(to.latest) { return false }
        return true
    }

    public func overlaps(from: PartialDate?, to: PartialDate?) -> Bool {
        if let from, latest < from.earliest { return false }
        if let to, earliest > to.latest { return false }
        return true
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
