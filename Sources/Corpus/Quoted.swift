/// Values shown in messages, cut to a legible length: an id of a million
/// characters must not be echoed whole.
public enum Quoted {
    /// At most `limit` characters, with "…" and the full length when cut.
    public static func cut(_ value: String, limit: Int = 60) -> String {
        guard value.utf8.count > limit else { return value }
        let count = value.count
        guard count > limit else { return value }
        return String(value.prefix(limit)) + "… (\(count) characters)"
    }
}
