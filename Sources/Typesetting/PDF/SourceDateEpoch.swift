import Foundation

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): the date stamped into
/// output instead of the clock, parsed strictly.
///
/// A value is a non-negative whole number of seconds since 1970-01-01 UTC
/// that falls in the years 1970–9999: PDF dates have four-digit years, and
/// a value out of range or not a number would otherwise trap, print an
/// absurd year, or be silently ignored.
public enum SourceDateEpoch {
    /// 9999-12-31T23:59:59Z.
    public static let latest: Int64 = 253_402_300_799
    /// The variable's name.
    public static let variable = "SOURCE_DATE_EPOCH"

    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let value: String
        public var description: String {
            let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
            return "SOURCE_DATE_EPOCH='\(shown)' is not a date: give whole seconds since 1970-01-01 UTC "
                + "between 0 and \(SourceDateEpoch.latest) (the year 9999), or unset it"
        }
    }

    /// The date a value names; throws `Invalid` for anything else.
    public static func parse(_ value: String) throws -> Date {
        let digits = value.utf8
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ (0x30...0x39).contains($0) }),
            let seconds = Int64(value), seconds <= latest
        else { throw Invalid(value: value) }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The environment's value: nil when unset, a date, or `Invalid`. Tests
    /// pass an environment of their own rather than change the process's
    /// while other threads read it.
    public static func fromEnvironment(_ environment: [String: String] = ProcessEnvironment.pick(variable)) throws
        -> Date?
    {
        guard let raw = environment[variable] else { return nil }
        return try parse(raw)
    }
}
