/// The words ingest reads pages by, for one language: month names (every
/// form a date is written in), the little words dates carry ("le 3 juillet",
/// "3 февраля 2024 года"), the cues of a publication line, of an ask, of a
/// salutation and of reported speech. One file per language holds its
/// table; the rules read them all through `LanguageCues.all`.
struct LanguageCues: Sendable {
    var code: String
    /// Twelve entries, January first; each every form of that month, lowercased.
    var months: [[String]]
    /// Words a date may carry between its parts.
    var dateFillers: [String] = []
    /// Weekday names, which may open a date line ("Tuesday, 12 March 2024").
    var weekdays: [String] = []
    /// A line opening with one of these gives the publication date.
    var publishedCues: [String] = []
    /// Words that make a sentence an ask (matched at a word start, lowercased).
    var askCues: [String] = []
    /// Openings of a letter's salutation.
    var salutations: [String] = []
    /// Verbs of reported speech ("…,” said Jane Doe).
    var saidVerbs: [String] = []

    static let all: [LanguageCues] = [.english, .russian, .ukrainian, .french, .german, .spanish]

    /// Month number (1–12) of every month form of every language.
    static let monthNumbers: [String: Int] = {
        var out: [String: Int] = [:]
        for l in all { for (i, forms) in l.months.enumerated() { for f in forms where out[f] == nil { out[f] = i + 1 } } }
        return out
    }()
    static let dateFillers: Set<String> = Set(all.flatMap(\.dateFillers))
    static let weekdays: Set<String> = Set(all.flatMap(\.weekdays))
    static let publishedCues: [String] = all.flatMap(\.publishedCues)
    static let askCues: [String] = all.flatMap(\.askCues)
    static let salutations: [String] = all.flatMap(\.salutations)
    static let saidVerbs: [String] = all.flatMap(\.saidVerbs)
}

extension LanguageCues {
    /// Words of a sentence or heading that names who signed ("signed by", "firmaron", "подписали").
    static let signingCues: [String] = ["signed", "signatories", "signatory", "undersigned", "co-signed", "joined by", "together with",
                                        "signataires", "signé", "ont signé", "unterzeichne", "unterzeichnet", "firmaron", "firmantes",
                                        "entre ellas", "подписали", "подписан", "підписали", "підписан", "among them", "including"]
    /// Words by which a headline or an opening speaks of a letter.
    static let letterWords: [String] = ["letter", "lettre", "offener brief", "offenen brief", "brief an", "carta", "письмо", "обращени",
                                        "відкритий лист", "лист до", "звернення"]
    /// A country's domain for each language, to tell apart sections of one
    /// organization that share its name ("Amnesty International" on a German
    /// page is most likely its German section, amnesty.de).
    static let countryDomains: [String: String] = ["de": ".de", "uk": ".ua", "ru": ".ru", "fr": ".fr", "es": ".es"]
}
