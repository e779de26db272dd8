import Foundation
import Typesetting

/// The day `brief check` measures dates against: today in UTC, or the day of
/// `SOURCE_DATE_EPOCH` when it holds whole seconds since 1970 (so that a
/// reproducible run checks against the same day every time). A value that
/// is no such number is left to the commands that stamp dates, which refuse it.
public enum CorpusClock {
    public static func today(environment: [String: String] = ProcessEnvironment.pick(SourceDateEpoch.variable))
        -> PartialDate?
    {
        var seconds = time_t(time(nil))
        if let raw = environment[SourceDateEpoch.variable], raw.utf8.count <= 12,
            raw.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let s = Int(raw)
        {
            seconds = time_t(s)
        }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return PartialDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
