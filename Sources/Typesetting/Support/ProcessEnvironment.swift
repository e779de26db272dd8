import Foundation

/// The process's environment variables read one at a time with `getenv`.
///
/// `ProcessInfo.processInfo.environment` builds a dictionary of the whole environment at every
/// call (about 0.4 million instructions with 35 variables); a small brief asked for it eight times
/// on its main thread before its first page, each for one or two variables. The functions that
/// take an environment as a dictionary (so that tests pass their own) get one holding only the
/// variables they read, from `pick`.
public enum ProcessEnvironment {
    /// The value of `name`, nil when it is unset.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// A dictionary of those of `names` that are set, with their values.
    public static func pick(_ names: String...) -> [String: String] {
        var picked: [String: String] = [:]
        for name in names { picked[name] = value(name) }
        return picked
    }
}
