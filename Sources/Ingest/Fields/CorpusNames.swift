import Corpus

/// The corpus's names as ingest searches pages for them, made once per run
/// rather than once per page: organizations by name, alias and short name
/// (as bytes), and engagements by their short names.
struct CorpusNames: Sendable {
    /// Each organization with the names it goes by, as text and as bytes.
    let organizations: [(organization: Organization, names: [(text: String, bytes: [UInt8])])]
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
    /// Engagements' titles sharing a word from which it is common.
    static let commonTitles = 3

    init(corpus: Corpus) {
        func all(_ org: Organization) -> [String] { [org.name] + org.aliases + (org.short.map { [$0] } ?? []) }
        organizations = corpus.organizations.map { org in
            (org, all(org).filter { $0.count >= 2 }.map { (text: $0, bytes: Array($0.utf8)) })
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
