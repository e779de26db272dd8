/// A table from words to what they stand for, read like the cue tables
/// write it: a key is a whole lowercased word, or, ending in `*`, every word
/// it begins ("chinois*" → "chinoise", "chinois"). The longest beginning wins.
/// The name forms (`LanguageCues.nameForms`) and country names
/// (`LanguageCues.countryNames`) are read through it.
struct WordTable: Sendable {
    private let whole: [String: String]
    /// The beginnings, by their first three letters, longest first.
    private let prefixes: [String: [(String, String)]]
    /// The first three letters of every key: a word that begins otherwise
    /// has no entry (one lookup for most words).
    private let starts: Set<String>

    /// The first language's entry wins when two write one key. A beginning
    /// shorter than three letters would be looked up under its own letters only.
    init(_ entries: [(key: String, value: String)]) {
        var whole: [String: String] = [:]
        var prefixes: [String: [(String, String)]] = [:]
        for (key, value) in entries {
            if key.hasSuffix("*") {
                let stem = String(key.dropLast())
                let head = String(stem.prefix(3))
                guard !(prefixes[head]?.contains { $0.0 == stem } ?? false) else { continue }
                prefixes[head, default: []].append((stem, value))
            } else if whole[key] == nil {
                whole[key] = value
            }
        }
        self.whole = whole
        self.prefixes = prefixes.mapValues {
            $0.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        }
        starts = Set(whole.keys.map { String($0.prefix(3)) }).union(prefixes.keys)
    }

    /// What a lowercased word stands for; nil when the table has no entry for it.
    /// An Arabic word by its readings (`ArabicWords`), the first that has an entry.
    func value(of word: Substring) -> String? { ArabicWords.lookUp(word, value(ofReading:)) }

    private func value(ofReading word: Substring) -> String? {
        let head = String(word.prefix(3))
        guard starts.contains(head) else { return nil }
        if let v = whole[String(word)] { return v }
        return prefixes[head]?.first { word.hasPrefix($0.0) }?.1
    }
}
