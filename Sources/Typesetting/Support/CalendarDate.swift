import Foundation

/// A UTC calendar date and time, formatted without Foundation's
/// `DateFormatter` (which loads ICU data and costs milliseconds at start-up).
public struct CalendarDate: Sendable {
    public let year, month, day, hour, minute, second: Int

    public init(_ date: Date) {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        year = Int(parts.tm_year) + 1900; month = Int(parts.tm_mon) + 1; day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour); minute = Int(parts.tm_min); second = Int(parts.tm_sec)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "2025-03-18T00:00:00Z", as cairo's PDF metadata wants.
    public var iso8601: String {
        "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))Z"
    }
}
