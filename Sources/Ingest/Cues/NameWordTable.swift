/// One language's words of organizations' names read as English (`LanguageCues.organizationNameWords`):
/// "Weltkongress der Uiguren" → world, congress, uyghur — the stems of "World Uyghur Congress".
struct NameWordTable: Sendable {
    private let whole: [String: [String]]
    /// The beginnings (`*` entries) by their first letter, longest first.
    private let prefixes: [Character: [(String, [String])]]

    init(_ entries: [String: String]) {
        var whole: [String: [String]] = [:]
        var prefixes: [Character: [(String, [String])]] = [:]
        for (key, value) in entries {
            let english = Self.stems(value)
            if key.hasSuffix("*") {
                let stem = String(key.dropLast())
                prefixes[stem.first!, default: []].append((stem, english))
            } else {
                whole[key] = english
            }
        }
        self.whole = whole
        self.prefixes = prefixes.mapValues {
            $0.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        }
    }

    /// English words as a name is compared: British spellings read as American ones, each word stemmed
    /// (`Words.stem`: "Rights" and "right", "Centre" and "Center" meet).
    static func stems(_ english: String) -> [String] {
        Words.of(english).map { Words.stem(Substring(spellings[String($0)] ?? String($0))) }
    }
    static let spellings = ["centre": "center", "organisation": "organization", "defence": "defense"]

    /// The English stems a lowercased word stands for: a whole word, or a beginning and, in a compound,
    /// the part after it ("weltkongresses" → world, congress; a linking "s" skipped); [] for a small
    /// word; nil for a word no name is made of.
    func english(_ word: Substring) -> [String]? {
        if let w = whole[String(word)] { return w }
        guard let first = word.first, let (stem, value) = prefixes[first]?.first(where: { word.hasPrefix($0.0) })
        else { return nil }
        let rest = word.dropFirst(stem.count)
        if rest.count >= Self.shortestCompoundPart {
            if let r = english(rest), !r.isEmpty { return value + r }
            if rest.first == "s", let r = english(rest.dropFirst()), !r.isEmpty { return value + r }
        }
        return value
    }

    /// Letters of the shortest part of a compound read on its own ("kongress" in "Weltkongress"):
    /// a shorter rest is an ending ("Uiguren").
    static let shortestCompoundPart = 4
}
