import Corpus

/// The corpus's names as ingest searches pages for them, made once per run
/// rather than once per page: organizations by name, alias and short name
/// (as bytes), and engagements by their short names.
struct CorpusNames: Sendable {
    /// The corpus's organizations, in its order.
    let organizations: [Organization]
    /// Every name an organization goes by (name, aliases, short name, and their forms in ordinary
    /// case), with its organization's place in `organizations`, as text, as bytes, and as the bytes
    /// of the lowercased text (what a line set in capitals is searched for): what a page's every
    /// line is searched for. One flat list, so that reading a name copies no organization (every
    /// field of it retained and released again, for each line of each page).
    let searched: [(organization: Int, text: String, bytes: [UInt8], lower: [UInt8])]
    /// The bytes of `searched`, as written and lowercased, end to end in one buffer each: what a
    /// line is searched for, read without retaining a name's arrays (for every name, on every line
    /// of every page, that was a fifth of ingest's time).
    let needles: Needles
    /// Every organization name of four letters or more, longest first:
    /// blanked out of a page before engagements are matched.
    let blanked: [[UInt8]]
    /// Names a site's masthead may carry: every organization's name, short name and alias, longest
    /// first, each lowercased once for the whole run.
    let mastheads: [StatementText.Masthead]
    /// A name that begins longer names of other organizations ("Amnesty" of
    /// "Amnesty International USA"): those organizations, which the name may
    /// stand for too.
    let extensions: [String: [Organization]]
    /// A movement's national sections, by the movement's id and the section's country: an
    /// organization whose site is under a country's domain and bears the movement's site's name
    /// ("es.amnesty.org", "amnesty.dk" for "amnesty.org").
    let sections: [String: [String: Organization]]
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
        return words.map(capitalized).joined(separator: " ")
    }

    /// A word with its first letter kept and the rest in small letters ("ARTICLE" → "Article").
    static func capitalized(_ word: Substring) -> String { word.prefix(1) + word.dropFirst().lowercased() }

    /// A name holding an acronym read as a word ("ASEAN Parliamentarians for Human Rights") as
    /// newspapers that write such acronyms as words print it ("Asean Parliamentarians for Human
    /// Rights"): each word of `wordAcronymLetters` capitals or more capitalized. Nil for a name of one
    /// word (an acronym alone, "Nato", is a common word too) or of capitals only (`ordinaryCase`).
    static func pressCase(_ name: String) -> String? {
        let words = name.split(separator: " ")
        func isWordAcronym(_ w: Substring) -> Bool {
            w.count >= wordAcronymLetters && w.allSatisfy { $0.isLetter && $0.isUppercase }
        }
        guard words.count > 1, name.contains(where: \.isLowercase), words.contains(where: isWordAcronym) else {
            return nil
        }
        return words.map { isWordAcronym($0) ? capitalized($0) : String($0) }.joined(separator: " ")
    }

    /// Letters of the shortest acronym newspapers write as a word ("Asean", "Nato"; "UN" and "EU" stay
    /// in capitals).
    static let wordAcronymLetters = 4

    /// Letters of the longest acronym a name may hold ("UNHCR"): a longer word in capitals is a styled word.
    static let longestAcronym = 5

    /// Names with the most characters first, names of one length in their order: each name's length
    /// counted once (a string counts its characters by reading them).
    static func longestFirst(_ names: [String]) -> [String] {
        names.enumerated().map { (count: $0.element.count, at: $0.offset, name: $0.element) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.at < $1.at }.map(\.name)
    }

    /// Letters of the shortest short name searched on a page.
    static let shortestShortName = 3

    /// Engagements' titles sharing a word from which it is common.
    static let commonTitles = 3

    init(corpus: Corpus) {
        func all(_ org: Organization) -> [String] { [org.name] + org.aliases + (org.short.map { [$0] } ?? []) }
        organizations = corpus.organizations
        searched = corpus.organizations.enumerated().flatMap { k, org in
            // A short name of two letters ("CD") is a word of other meanings on most pages that hold it ("un CD
            // con testimonios"): the organization is found by its name.
            let names =
                ([org.name] + org.aliases).filter { $0.count >= 2 }
                + (org.short.map { [$0] } ?? []).filter { $0.count >= Self.shortestShortName }
            let forms =
                names
                + (names.compactMap(Self.ordinaryCase) + names.compactMap(Self.pressCase)).filter {
                    !names.contains($0)
                }
            return forms.map {
                (organization: k, text: $0, bytes: Array($0.utf8), lower: Array($0.lowercasedByScalar().utf8))
            }
        }
        needles = Needles(searched.map(\.bytes), lowered: searched.map(\.lower))
        let long: [String] = corpus.organizations.flatMap(all).filter { $0.count >= 4 }
        mastheads = Self.longestFirst(corpus.organizations.flatMap(all)).map { StatementText.Masthead($0) }
        // Each name's words before a space, as the beginning of a longer name ("Amnesty" of "Amnesty
        // International USA"): the organizations each such beginning opens, in corpus order, once each.
        var beginnings: [String: [Organization]] = [:]
        for org in corpus.organizations {
            for name in all(org) {
                for space in name.indices where name[space] == " " {
                    let beginning = String(name[..<space])
                    if !(beginnings[beginning]?.contains { $0.id == org.id } ?? false) {
                        beginnings[beginning, default: []].append(org)
                    }
                }
            }
        }
        var extensions: [String: [Organization]] = [:]
        for name in corpus.organizations.flatMap(all) where name.count >= 4 {
            if let longer = beginnings[name] { extensions[name] = longer }
        }
        self.extensions = extensions
        var sections: [String: [String: Organization]] = [:]
        let sites = corpus.organizations.compactMap { o in
            o.url.flatMap(MetadataReader.host).map { (org: o, labels: $0.split(separator: "."), host: $0) }
        }
        for movement in sites where MetadataReader.country(ofHost: movement.host) == nil {
            guard let name = movement.labels.first, movement.labels.count == 2 else { continue }
            for site in sites where site.org.id != movement.org.id && site.labels.contains(name) {
                if let country = MetadataReader.country(ofHost: site.host) {
                    sections[movement.org.id, default: [:]][country] = site.org
                }
            }
        }
        self.sections = sections
        let searched = self.searched
        // Each name's words, lowercased, as scalars: cut once, stemmed by each language's endings.
        let nameWords = searched.map { name in
            name.text.split(whereSeparator: { !$0.isLetter }).map { Array($0.lowercasedByScalar().unicodeScalars) }
        }
        stemmedNames = LanguageCues.caseEndings.mapValues { endings in
            let empty = StemmedNames(endings: endings, byFirstStem: [:])
            var byFirst: [String: [(org: Int, stems: [String], text: String)]] = [:]
            for (name, scalars) in zip(searched, nameWords) {
                let words = scalars.map(empty.stem)
                guard let first = words.first, words.count > 1 || first.count >= Self.shortestOneWordStem else {
                    continue
                }
                byFirst[first, default: []].append((name.organization, words, name.text))
            }
            return StemmedNames(endings: endings, byFirstStem: byFirst)
        }
        var translated: [String: [Int]] = [:]
        let english = LanguageCues.organizationNameTables["en"]
        for (k, o) in corpus.organizations.enumerated() {
            let stems = Words.of(o.name).filter { english?.english($0)?.isEmpty != true }.map {
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
        blanked = Self.longestFirst(long).map { Array($0.utf8) }
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

extension CorpusNames {
    /// Byte strings end to end in one buffer, each by its range: the k-th of `written` and of
    /// `lowered` are the k-th name's.
    struct Needles: Sendable {
        let written: [UInt8]
        let lowered: [UInt8]
        let writtenRanges: [Range<Int>]
        let loweredRanges: [Range<Int>]

        init(_ written: [[UInt8]], lowered: [[UInt8]]) {
            func joined(_ parts: [[UInt8]]) -> ([UInt8], [Range<Int>]) {
                var bytes: [UInt8] = [], ranges: [Range<Int>] = []
                for part in parts {
                    ranges.append(bytes.count..<(bytes.count + part.count))
                    bytes += part
                }
                return (bytes, ranges)
            }
            (self.written, writtenRanges) = joined(written)
            (self.lowered, loweredRanges) = joined(lowered)
        }
    }
}
