import Corpus

/// Which demands belong to a country, and which countries a page speaks of.
///
/// A demand to release "human rights defenders jailed in China" is not made
/// by a page about Turkey, however alike the two sentences read: when the
/// page's own country has no demand with a labelled example yet, the nearest
/// example of another country's would otherwise win. A demand is bound to
/// the countries its label names ("… held in Cuba and Nicaragua"); else to
/// those its issue's label and keywords name ("Persecution of Uyghurs" →
/// China); else to the one country every document filed under it speaks of
/// most, when at least two are (`documentsToBind`). A demand bound to none (raise rights publicly, release journalists)
/// may be made anywhere. Country names are each language's data
/// (`LanguageCues.countries`).
struct CountryBinding: Sendable {
    /// Each bound demand's countries; a demand absent here is bound to none.
    let countries: [String: Set<String>]

    init(corpus: Corpus) {
        var out: [String: Set<String>] = [:]
        var unbound: Set<String> = []
        for issue in corpus.issues {
            let ofIssue = Set(Self.countries(in: ([issue.label] + issue.keywords).joined(separator: "\n")).keys)
            for d in issue.demands {
                let own = Set(Self.countries(in: d.label).keys)
                if !own.isEmpty {
                    out[d.id] = own
                } else if !ofIssue.isEmpty {
                    out[d.id] = ofIssue
                } else {
                    unbound.insert(d.id)
                }
            }
        }
        // A demand whose labels name no country: the country all its documents speak of most, if one
        // and if they are several (`documentsToBind`).
        var shared: [String: Set<String>] = [:]
        var filedIn: [String: Int] = [:]
        for doc in corpus.documents {
            let filed = Set(doc.asks.map(\.demand)).intersection(unbound)
            guard !filed.isEmpty else { continue }
            let mostNamed = Self.mostNamed(Self.countries(in: doc.title + "\n" + doc.body))
            for d in filed {
                shared[d] = shared[d].map { $0.intersection(mostNamed) } ?? mostNamed
                filedIn[d, default: 0] += 1
            }
        }
        for (d, c) in shared where !c.isEmpty && filedIn[d, default: 0] >= Self.documentsToBind { out[d] = c }
        countries = out
    }

    /// How many documents must file asks under a demand whose labels name no
    /// country before their shared country binds it: one document's country
    /// is that page's subject, not the demand's ("investigate attacks on
    /// journalists", first asked of Russia, is asked of Honduras too).
    static let documentsToBind = 2

    /// Whether a demand is bound to one of `named`, the countries a page speaks of: that country's own
    /// demand ("a moratorium on executions in Belarus" on a page about Belarus).
    func binds(_ demand: Demand, toOneOf named: Set<String>) -> Bool {
        guard let own = countries[demand.id] else { return false }
        return !own.isDisjoint(with: named)
    }

    /// Whether a demand may be made on a page that names `named`: a demand
    /// bound to no country may, and so may any demand where nothing names a country.
    func allows(_ demand: Demand, countries named: Set<String>) -> Bool {
        countries[demand.id] == nil || named.isEmpty || binds(demand, toOneOf: named)
    }

    /// How often a text names each country, in any language of the cue tables.
    static func countries(in text: String) -> [String: Int] { countries(in: Words.of(text)) }

    /// How often words already cut by `Words.of` name each country.
    static func countries(in words: [Substring]) -> [String: Int] {
        var out: [String: Int] = [:]
        for w in words {
            if let c = LanguageCues.countryNames.value(of: w) { out[c, default: 0] += 1 }
        }
        return out
    }

    /// The countries named as often as the most-named one.
    static func mostNamed(_ counts: [String: Int]) -> Set<String> { named(counts, atLeast: 1) }

    /// The countries named at least `share` as often as the most-named one.
    static func named(_ counts: [String: Int], atLeast share: Double) -> Set<String> {
        guard let top = counts.values.max() else { return [] }
        return Set(counts.filter { Double($0.value) >= share * Double(top) }.keys)
    }

    /// A country named at least this share as often as the page's most-named
    /// one is a country the page speaks of; one named in passing ("as in
    /// Belarus") is not, and does not open its demands to the page's asks.
    static let spokenShare = 0.25

    /// The countries a page speaks of.
    static func spokenOf(_ text: String) -> Set<String> { spoken(countries(in: text)) }

    /// The countries a page speaks of, from how often it names each.
    static func spoken(_ counts: [String: Int]) -> Set<String> { named(counts, atLeast: spokenShare) }
}
