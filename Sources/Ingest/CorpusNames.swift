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
    /// Each engagement's short names ("HRC48"), by id.
    let shortNames: [String: [String]]

    init(corpus: Corpus) {
        func all(_ org: Organization) -> [String] { [org.name] + org.aliases + (org.short.map { [$0] } ?? []) }
        organizations = corpus.organizations.map { org in
            (org, all(org).filter { $0.count >= 2 }.map { (text: $0, bytes: Array($0.utf8)) })
        }
        let long: [String] = corpus.organizations.flatMap(all).filter { $0.count >= 4 }
        mastheads = corpus.organizations.flatMap(all).sorted { $0.count > $1.count }
        blanked = long.sorted { $0.count > $1.count }.map { Array($0.utf8) }
        shortNames = Dictionary(corpus.events.map { ($0.id, MetadataReader.shortNames($0)) }, uniquingKeysWith: { a, _ in a })
    }
}
