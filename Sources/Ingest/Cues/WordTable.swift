/// A table from words to what they stand for, read like the cue tables
/// write it: a key is a whole lowercased word, or, ending in `*`, every word
/// it begins ("chinois*" → "chinoise", "chinois"). The longest beginning wins.
struct WordTable: Sendable {
    private let whole: [String: String]
    /// The beginnings, by their first letter, longest first.
    private let prefixes: [Character: [(String, String)]]

    /// The first language's entry wins when two write one key.
    init(_ entries: [(key: String, value: String)]) {
        var whole: [String: String] = [:]
        var prefixes: [Character: [(String, String)]] = [:]
        for (key, value) in entries {
            if key.hasSuffix("*") {
                let stem = String(key.dropLast())
                guard let first = stem.first, !(prefixes[first]?.contains { $0.0 == stem } ?? false) else { continue }
                prefixes[first, default: []].append((stem, value))
            } else if whole[key] == nil {
                whole[key] = value
            }
        }
        self.whole = whole
        self.prefixes = prefixes.mapValues {
            $0.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        }
    }

    /// What a lowercased word stands for; nil when the table has no entry for it.
    func value(of word: Substring) -> String? {
        if let v = whole[String(word)] { return v }
        guard let first = word.first, let list = prefixes[first] else { return nil }
        return list.first { word.hasPrefix($0.0) }?.1
    }
}
