import Corpus

/// The corpus's names as ingest searches pages for them, made once per run
/// rather than once per page: organizations by name, alias and short name
/// (as bytes), and engagements by their short names.
struct CorpusNames: Sendable {
    /// Each organization with the names it goes by, as text, as bytes, and as the bytes of the
    /// lowercased text (what a line set in capitals is searched for).
    let organizations: [(organization: Organization, names: [(text: String, bytes: [UInt8], lower: [UInt8])])]
    /// The same names in one list, each with its organization's place in `organizations`: what a
    /// page's every line is searched for. Read from here, a name is read without copying its
    /// organization (every field of it retained and released again, for each line of each page).
    let searched: [(organization: Int, text: String, bytes: [UInt8], lower: [UInt8])]
    /// Every organization name of four letters or more, longest first:
    /// blanked out of a page before engagements are matched.
    let blanked: [[UInt8]]
    /// Names a site's masthead may carry: every organization's name, short name and alias.
    let mastheads: [String]
    /// A name that begins longer names of other organizations ("Amnesty" of
    /// "Amnesty International USA"): those organizations, which the name may
    /// stand for too.
    let extensions: [String: [Organization]]
    /// Each engagement's short names ("HRC48"), by id.
    let shortNames: [String: [String]]
    /// Title words several engagements share ("Council", "Human", "China"):
    /// they say an engagement is meant, not which one.
    let commonTitleWords: Set<String>
    /// Each event's title words (`MetadataReader.titleWords`), read once per corpus rather than once per page.
    let titleWords: [String: [Substring]]
    /// Names as a language inflects them: each name's words with their case endings taken off.
    struct StemmedNames: Sendable {
        /// The language's case endings as scalars, longest first.
        let endings: [[Unicode.Scalar]]
        /// Each name (its text, its organization's place in `organizations`, its words' stems) by its first stem.
        let byFirstStem: [String: [(org: Int, stems: [String], text: String)]]

        init(endings: [String], byFirstStem: [String: [(org: Int, stems: [String], text: String)]]) {
            self.endings = endings.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
            self.byFirstStem = byFirstStem
        }

        /// A lowercased word, as scalars, without the longest of the endings that leaves `shortestStem` letters.
        func stem(_ word: [Unicode.Scalar]) -> String {
            var keep = word.count
            for e in endings
            where word.count - e.count >= CorpusNames.shortestStem && word.suffix(e.count).elementsEqual(e) {
                keep = word.count - e.count
                break
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: word.prefix(keep))
            return String(out)
        }

        /// A lowercased word without its ending.
        func stem(_ word: String) -> String { stem(Array(word.unicodeScalars)) }
    }

    /// Letters a stem keeps at least: a shorter word ("ООН", "BfV") is compared whole.
    static let shortestStem = 3
    /// Letters a one-word name's stem needs to be matched inflected: a short one ("Вясн") is too often
    /// the beginning of a common word.
    static let shortestOneWordStem = 6

    /// Each organization's place in `organizations` by its English name's word stems, sorted
    /// (`NameWordTable.stems`): a name of two words or more, as a page in another language may
    /// write it word for word.
    let translatedNames: [String: [Int]]
    /// Most words of a name `translatedNames` holds, with the small words between them.
    static let translatedNameWords = 8

    /// Each organization's place in `organizations` by its web host (`MetadataReader.host` of its
    /// `url`), the first in corpus order where several share one: read once per corpus.
    let hosts: [String: Int]

    /// For each language with case endings (`LanguageCues.caseEndings`), every name of the corpus as it stems.
    let stemmedNames: [String: StemmedNames]

    /// A name the corpus styles in capitals ("ARTICLE 19") as running text
    /// writes it ("Article 19"): each word capitalized. Nil for a name with a
    /// lowercase letter or made of acronyms only ("HRW", "PEN").
    static func ordinaryCase(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard !name.contains(where: \.isLowercase),
            words.contains(where: { $0.filter(\.isLetter).count > longestAcronym })
        else { return nil }
        return words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// Letters of the longest acronym a name may hold ("UNHCR"): a longer word in capitals is a styled word.
    static let longestAcronym = 5

    /// Engagements' titles sharing a word from which it is common.
    static let commonTitles = 3

    init(corpus: Corpus) {
        func all(_ org: Organization) -> [String] { [org.name] + org.aliases + (org.short.map { [$0] } ?? []) }
        organizations = corpus.organizations.map { org in
            let names = all(org).filter { $0.count >= 2 }
            let forms = names + names.compactMap(Self.ordinaryCase).filter { !names.contains($0) }
            return (org, forms.map { (text: $0, bytes: Array($0.utf8), lower: Array($0.lowercasedByScalar().utf8)) })
        }
        searched = organizations.enumerated().flatMap { k, o in
            o.names.map { (organization: k, text: $0.text, bytes: $0.bytes, lower: $0.lower) }
        }
        let long: [String] = corpus.organizations.flatMap(all).filter { $0.count >= 4 }
        mastheads = corpus.organizations.flatMap(all).sorted { $0.count > $1.count }
        var extensions: [String: [Organization]] = [:]
        let everyName = corpus.organizations.flatMap { org in all(org).map { (org, $0) } }
        for (_, name) in everyName where name.count >= 4 {
            let longer = everyName.filter { $0.1.hasPrefix(name + " ") }.map(\.0)
            for org in longer where !(extensions[name]?.contains { $0.id == org.id } ?? false) {
                extensions[name, default: []].append(org)
            }
        }
        self.extensions = extensions
        let organizations = self.organizations
        stemmedNames = LanguageCues.caseEndings.mapValues { endings in
            let empty = StemmedNames(endings: endings, byFirstStem: [:])
            var byFirst: [String: [(org: Int, stems: [String], text: String)]] = [:]
            for (k, o) in organizations.enumerated() {
                for (text, _, _) in o.names {
                    let words = text.split(whereSeparator: { !$0.isLetter }).map { empty.stem($0.lowercasedByScalar()) }
                    guard let first = words.first, words.count > 1 || first.count >= Self.shortestOneWordStem else {
                        continue
                    }
                    byFirst[first, default: []].append((k, words, text))
                }
            }
            return StemmedNames(endings: endings, byFirstStem: byFirst)
        }
        var translated: [String: [Int]] = [:]
        let english = LanguageCues.organizationNameTables["en"]
        for (k, o) in organizations.enumerated() {
            let stems = Words.of(o.organization.name).filter { english?.english($0)?.isEmpty != true }.map {
                NameWordTable.stems(String($0)).joined(separator: " ")
            }
            guard stems.count >= 2 else { continue }
            translated[stems.sorted().joined(separator: " "), default: []].append(k)
        }
        translatedNames = translated
        var hosts: [String: Int] = [:]
        for (k, o) in corpus.organizations.enumerated() {
            if let host = o.url.flatMap(MetadataReader.host), hosts[host] == nil { hosts[host] = k }
        }
        self.hosts = hosts
        blanked = long.sorted { $0.count > $1.count }.map { Array($0.utf8) }
        var titles: [String: Int] = [:]
        var titleWords: [String: [Substring]] = [:]
        for e in corpus.events {
            let words = MetadataReader.titleWords(e)
            if titleWords[e.id] == nil { titleWords[e.id] = words }
            for w in Set(words.map(String.init)) { titles[w, default: 0] += 1 }
        }
        self.titleWords = titleWords
        commonTitleWords = Set(titles.filter { $0.value >= Self.commonTitles }.keys)
        shortNames = Dictionary(
            corpus.events.map { ($0.id, MetadataReader.shortNames($0)) }, uniquingKeysWith: { a, _ in a })
    }
}
