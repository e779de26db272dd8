/// The words ingest reads pages by, for one language: month names (every
/// form a date is written in), the little words dates carry ("le 3 juillet",
/// "3 февраля 2024 года"), the cues of a publication line, of an ask, of a
/// salutation and of reported speech. One file per language holds its
/// table; the rules read them all through `LanguageCues.all`.
struct LanguageCues: Sendable {
    var code: String
    /// Twelve entries, January first; each every form of that month, lowercased.
    var months: [[String]]
    /// Month forms that are also another language's common words (English "ago"): a month only
    /// after a day's number ("19 Ago, 2023"), never in "a decade ago (2014)".
    var dayFirstMonthForms: [String] = []
    /// Words a date may carry between its parts.
    var dateFillers: [String] = []
    /// Weekday names, which may open a date line ("Tuesday, 12 March 2024").
    var weekdays: [String] = []
    /// How the language says that something was done on a weekday, as a news
    /// page says a letter was sent ("on Wednesday", "mercredi", "am Mittwoch",
    /// "el miércoles", "na quarta-feira", "в среду"): seven entries, Monday
    /// first, each the forms it is written in, lowercased. A preposition
    /// where the language writes one, so that "the Sunday Times" or "uma
    /// segunda carta" (a second letter) names no day.
    var onWeekdays: [[String]] = []
    /// The language's word for yesterday ("yesterday", "hier", "вчера"), lowercased: a news page
    /// that says its letter was sent yesterday dates it the day before it was published.
    var yesterdayWords: [String] = []
    /// A line opening with one of these gives the publication date: the
    /// language's words for publishing ("published", "publié le"), which a
    /// byline also writes after the author's name.
    var publishedCues: [String] = []
    /// A date's labels ("date:", "dated", "Datum:"), lowercased: a line opening
    /// with one gives the publication date too, but inside a line they label
    /// any date (a headline's "Letter Dated …", an event's "Trial Date:").
    var dateLabels: [String] = []
    /// A line opening with one of these and holding a date says when the page
    /// was last changed: a stamp of the site, never the headline, and not
    /// the date of publication.
    var updatedCues: [String] = []
    /// A time counted back from now ("3 hours ago", "il y a 3 heures", "3 часа назад"), lowercased,
    /// as whole words: an update stamp may give one where a date would stand.
    var agoWords: [String] = []
    /// Words that make a sentence an ask (matched at a word start, lowercased).
    var askCues: [String] = []
    /// Whether `askCues` and `followingWords` list every form they are written in, so that
    /// they are matched as whole words: English lists "press", "presses", "pressed" and
    /// "pressing", and "pressure" asks nothing; other languages list beginnings ("forder").
    var cuesAreWholeWords = false
    /// Beginnings of the verbs that ask for a matter to be raised ("raise",
    /// "évoqu", "ansprech"), lowercased: unlike the other ask verbs they say
    /// what is asked, and stand for `raise` when asks are matched to demands.
    var raiseVerbs: [String] = []
    /// The raise verbs' forms that report a matter raised rather than ask for it ("the letter
    /// raises the case of …", "other groups have raised similar concerns"): they stand for `raise`
    /// in matching, but are no ask cues.
    var reportedRaiseForms: [String] = []
    /// Beginnings of the words by which a lead-in announces the list under it ("the following",
    /// "les mesures suivantes", "las siguientes"), lowercased: a lead-in that says so is followed by
    /// asks even where it holds no ask verb ("Amnistía enumera las siguientes:").
    var followingWords: [String] = []
    /// The marks the language writes after an ordinal's number ("45e", "45º", "45.", "45-й"): a
    /// session's number in an engagement's English title ("45th session") is written so.
    var ordinalMarks: [String] = []
    /// Openings of a letter's salutation.
    var salutations: [String] = []
    /// Verbs of reported speech ("…,” said Jane Doe).
    var saidVerbs: [String] = []
    /// Capitalized words that may follow such a verb and name no speaker ("said The…", "a déclaré Il…").
    var speakerlessWords: [String] = []
    /// Words by which a headline or an opening speaks of a letter.
    var letterWords: [String] = []
    /// Those of `letterWords` that name an appeal, which may be a letter or a public statement
    /// ("звернення", "обращение"): they speak of a letter only when the page names no statement.
    var appealWords: [String] = []
    /// Beginnings of the words that date a document by its signing ("signed", "signé", "firmad",
    /// "подписан"), lowercased, found at a word's start: a date just after them is the document's own.
    var signedWords: [String] = []
    /// Words by which a headline calls the page a statement ("Joint statement: …"); those of
    /// several words (a joint statement) make it one where the deck or the opening names them too
    /// ("In a joint statement, the groups …"): a coalition's statement, whoever's site carries it.
    var statementWords: [String] = []
    /// A page's label for an organization's own release ("Press release", "Communiqué").
    var releaseWords: [String] = []
    /// The line releases carry for editors ("For immediate release"), lowercased: a label, never a headline.
    var embargoLines: [String] = []
    /// How a typed letter says it was sent ("VIA FACSIMILE", "By email", "Par télécopie"), lowercased:
    /// a line opening with one and no longer than `StatementText.deliveryLineWords` is the letter's
    /// furniture, never its headline.
    var deliveryLines: [String] = []
    /// Labels opening a release's contact block for journalists ("Media contact:", "Pressekontakt:"),
    /// lowercased: an organization prints one under its own releases, a newspaper under none of its pages.
    var pressContacts: [String] = []
    /// A newspaper's letters page, as the label just above a headline ("Letters", "Leserbriefe"),
    /// lowercased: what it prints is a letter, whichever section (Opinion) holds the page.
    var lettersPageLabels: [String] = []
    /// A section's label above a headline that makes the page an opinion piece ("Opinion", "Tribune").
    var opinionLabels: [String] = []
    /// Words of an opinion piece's disclaimer, anywhere on the page ("views expressed").
    var opinionDisclaimers: [String] = []
    /// How a byline opens ("by ", "par "), lowercased, with its space.
    var bylineOpenings: [String] = []
    /// Words of a role an author's byline gives ("director", "researcher",
    /// "porte-parole"): a person writing in their own name, an op-ed's mark,
    /// where a news report's byline names its reporter and outlet.
    var authorRoles: [String] = []
    /// "Today" between spaces: an opening that says what an organization did today is its own release.
    var todayWords: [String] = []
    /// Words too common to tell one demand from another ("les", "and", "rights").
    var stopwords: [String] = []
    /// What the words of asks mean, in the English words the demands are
    /// labelled in: a word (or, ending in `*`, every word it begins) → the
    /// English words it stands for ("libér*" → "release"). An ask in any
    /// language is matched against the demands through these.
    var concepts: [String: String] = [:]
    /// Abbreviations that end no sentence ("St. Petersburg", "M. Macron"),
    /// beside those ICU already knows.
    var abbreviations: [String] = []
    /// Where one sentence's demands part ("…to speak out for defenders, and to
    /// give practical support…", "d’exiger la libération … et d’aborder publiquement …").
    var clauseSeparators: [String] = []
    /// Separators that part a sentence's demands only before an infinitive ("d’exiger … et d’aborder …",
    /// "pedir … y de garantizar …"): before a noun they join two of one ask's objects ("la autonomía de
    /// la Comisión y de la Corte").
    var infinitiveClauseSeparators: [String] = []
    /// The endings of the language's infinitives, lowercased ("er", "ir", "re").
    var infinitiveEndings: [String] = []
    /// How a relative clause opens after a comma (", who ", ", qui "): what follows describes, it asks nothing.
    var relativeClauseOpenings: [String] = []
    /// How the asked clause resumes after a relative clause set between commas ("…called on the
    /// royal couple, who are on a tour of the Middle East, to use their influence…": "to "):
    /// there the ask is what follows, not what comes before.
    var resumedAskOpenings: [String] = []
    /// Words by which a page speaks of an engagement as now or ahead ("ahead
    /// of", "à la veille de", "накануне"), lowercased.
    var aheadCues: [String] = []
    /// How this language names the countries a demand may be bound to: a
    /// lowercased word (or, ending in `*`, every word it begins) → the
    /// country's key ("chinois*" → china). A region's own names ("Xinjiang",
    /// "Tibet", "Crimea") give the country it lies in; the countries that
    /// address the demands (France, the United States) are left out, for
    /// no demand of the corpus is theirs.
    var countries: [String: String] = [:]
    /// How this language writes the names engagements are recorded under in
    /// English ("Poutine" → Putin, "Peking" → Beijing): a lowercased word
    /// (or, ending in `*`, every word it begins) → the English name.
    var nameForms: [String: String] = [:]
    /// How this language writes the words organizations' English names are made of ("Weltkongress
    /// der Uiguren" for the World Uyghur Congress, "Fondation … des droits humains"): a lowercased
    /// word (or, ending in `*`, every word it begins, and in a compound what follows it) → the
    /// English words; a small word that names nothing ("der", "de la") → "". A run of a page's
    /// words that says an organization's name in this language names it.
    var organizationNameWords: [String: String] = [:]
    /// How this language names a movement's national section by its country ("la sección española",
    /// "die deutsche Sektion", "the Danish section"), lowercased → the country's two-letter code, as
    /// the section's web address ends in it ("amnesty.de", "es.amnesty.org", "amnesty.org.uk"). A
    /// page that says which section speaks settles a name the movement and its sections share.
    var nationalSections: [String: String] = [:]
    /// Lines that open the page's furniture after the text — share bars,
    /// print links, related articles, "read also", comments, a wire's
    /// source, a printout's footer, a signatories heading — lowercased: the
    /// text ends above them.
    var textEnds: [String] = []
    /// Labels of a link to another article set inside the text ("Read also:
    /// …", "Lire aussi | …", "Читайте також: …"), lowercased: news sites put
    /// them between paragraphs, so with prose after it such a line is
    /// dropped and the text goes on; with none, the text ends above it.
    var inlineLinks: [String] = []
    /// A typed letter's subject label ("RE:", "Objet :"), lowercased: the
    /// headline is the subject, not its label.
    var subjectLabels: [String] = []
    /// A letter's complimentary closing ("Sincerely,", "Veuillez agréer"),
    /// lowercased: the organizations named under it sign the letter.
    var closings: [String] = []
    /// Openings of a site's consent banner ("We use cookies", "We value your
    /// privacy"), lowercased: furniture, never the text's first paragraph.
    var consentCues: [String] = []
    /// Words of a site's menus ("Donate", "Accueil", "Aktuelles"), lowercased: with section names,
    /// three of them making most of a line make it a menu.
    var menuWords: [String] = []
    /// An association's legal form after its name ("Gesellschaft für bedrohte Völker e.V."),
    /// lowercased: a masthead may carry it.
    var legalForms: [String] = []
    /// A news site's section names ("Política", "Wirtschaft", "Monde"),
    /// lowercased: a line of three or more of them is its menu, never the headline.
    var sectionNames: [String] = []
    /// Words of a reading-time line ("5 min read", "Temps de lecture : 2
    /// min"), lowercased: furniture, never the headline.
    var readingTimeCues: [String] = []
    /// Words of a photo's credit, which closes a caption ("… 2 April 2021. AP
    /// Photo/Fateh Guidoum", "Foto: Maurizio Gambarini/Archiv"), lowercased:
    /// a line whose last words hold one is a caption, furniture.
    var photoCredits: [String] = []
    /// Labels of a letterhead's or a footer's contact details ("Tel:",
    /// "Fax:", "Tél."), lowercased: such a line is neither a headline nor prose.
    var contactLabels: [String] = []
    /// How an organization's boilerplate goes on after its name ("… is an
    /// international organization …", "… est une ONG …"), with its spaces.
    var aboutCopulas: [String] = []
    /// Words that cite a source ("according to", "selon"), lowercased: an
    /// organization named right after them is quoted for a fact, it does not sign.
    var sourceCues: [String] = []
    /// Words that give a person's place in an organization ("head of", "directeur du bureau de",
    /// "вице-президент"), lowercased: an organization named right after them (an article or the
    /// word for an organization between) is where someone works, not who writes.
    var affiliationCues: [String] = []
    /// The language's articles, and prepositions joined with them ("the", "du", "de", "der"),
    /// lowercased: one may stand between an affiliation cue and the name ("head of the …").
    var articles: [String] = []
    /// Prepositions between a letter and whom it addresses ("letter to", "lettre au", "Brief an",
    /// "письмо к"), lowercased.
    var letterPrepositions: [String] = []
    /// Nouns by which an organization's boilerplate says what it is
    /// ("organization", "movement", "ONG"), lowercased.
    var organizationNouns: [String] = []

    static let all: [LanguageCues] = [
        .english, .russian, .ukrainian, .french, .german, .spanish, .portuguese, .italian, .arabic, .turkish, .polish,
        .dutch,
        .czech, .slovak, .swedish, .danish, .norwegian,
    ]

    /// Month number (1–12) of every month form of every language.
    static let monthNumbers: [String: Int] = {
        var out: [String: Int] = [:]
        for l in all {
            for (i, forms) in l.months.enumerated() { for f in forms where out[f] == nil { out[f] = i + 1 } }
        }
        return out
    }()
    static let dateFillers: Set<String> = Set(all.flatMap(\.dateFillers))
    static let weekdays: Set<String> = Set(all.flatMap(\.weekdays))
    static let dayFirstMonthForms: Set<String> = Set(all.flatMap(\.dayFirstMonthForms))

    /// The month a lowercased word names when it stands before its day ("June 28", "ago 19" being
    /// no date): nil for a day-first form (`dayFirstMonthForms`) or a word that names no month.
    static func monthBeforeDay(_ form: String) -> Int? {
        dayFirstMonthForms.contains(form) ? nil : monthNumbers[form]
    }
    /// The cues a publication line opens with: every language's words for publishing and date labels.
    static let publishedCues: [String] = all.flatMap { $0.publishedCues + $0.dateLabels }
    static let updatedCues: [String] = all.flatMap(\.updatedCues)
    static let agoWords: [String] = all.flatMap(\.agoWords)
    static let askCues: [String] = all.flatMap(\.askCues)
    static let raiseVerbs: [String] = all.flatMap(\.raiseVerbs)
    static let salutations: [String] = all.flatMap(\.salutations)
    static let saidVerbs: [String] = all.flatMap(\.saidVerbs)
    static let speakerlessWords: Set<String> = Set(all.flatMap(\.speakerlessWords))
    static let stopwords: Set<String> = Set(all.flatMap(\.stopwords))
    static let letterWords: [String] = all.flatMap(\.letterWords)
    static let appealWords: Set<String> = Set(all.flatMap(\.appealWords))
    static let signedWords: [String] = all.flatMap(\.signedWords)
    static let statementWords: [String] = all.flatMap(\.statementWords)
    static let releaseWords: [String] = all.flatMap(\.releaseWords)
    static let embargoLines: [String] = all.flatMap(\.embargoLines)
    static let deliveryLines: [String] = all.flatMap(\.deliveryLines)
    static let pressContacts: [String] = all.flatMap(\.pressContacts)
    static let opinionLabels: [String] = all.flatMap(\.opinionLabels)
    static let lettersPageLabels: [String] = all.flatMap(\.lettersPageLabels)
    static let opinionDisclaimers: [String] = all.flatMap(\.opinionDisclaimers)
    static let bylineOpenings: [String] = all.flatMap(\.bylineOpenings)
    static let authorRoles: [String] = all.flatMap(\.authorRoles)
    static let todayWords: [String] = all.flatMap(\.todayWords)
    static let abbreviations: Set<String> = Set(all.flatMap(\.abbreviations))
    static let aheadCues: [[UInt8]] = all.flatMap(\.aheadCues).map { Array($0.utf8) }
    static let textEnds: [String] = all.flatMap(\.textEnds)
    static let inlineLinks: [String] = all.flatMap(\.inlineLinks)
    /// A language's names of national sections by a country's adjective set before the noun: each
    /// adjective (or, in a declining language, its stem: "немецк" → de) with each of its endings
    /// before each noun (or its stem: "ой" before "секци": "немецкой секции", "немецкая секция"), as
    /// `nationalSections` holds them.
    static func sectionPhrases(adjectives: [String: String], nouns: [String: [String]]) -> [String: String] {
        var out: [String: String] = [:]
        for (stem, country) in adjectives {
            for (noun, endings) in nouns { for e in endings { out["\(stem)\(e) \(noun)"] = country } }
        }
        return out
    }
    /// The same for a language whose adjectives do not decline ("the Norwegian section", "its UK
    /// director").
    static func sectionPhrases(adjectives: [String: String], nouns: [String]) -> [String: String] {
        sectionPhrases(adjectives: adjectives, nouns: Dictionary(uniqueKeysWithValues: nouns.map { ($0, [""]) }))
    }

    /// Every language's names of national sections (`nationalSections`), grouped by their last word:
    /// a page is searched for the few nouns ("section", "секци", "española") and, where one stands,
    /// for the words before it, not for each of the hundreds of phrases in turn. Each phrase is its
    /// bytes before the last word, the space included; in phrase order within a group.
    static let nationalSectionsByLastWord: [(word: [UInt8], phrases: [(head: [UInt8], country: String)])] = {
        let phrases = all.flatMap { $0.nationalSections.sorted { $0.key < $1.key } }
        var order: [String] = []
        var groups: [String: [(head: [UInt8], country: String)]] = [:]
        for (phrase, country) in phrases {
            guard let space = phrase.lastIndex(of: " ") else { continue }
            let word = String(phrase[phrase.index(after: space)...])
            if groups[word] == nil { order.append(word) }
            groups[word, default: []].append((Array(phrase[...space].utf8), country))
        }
        return order.map { (Array($0.utf8), groups[$0]!) }
    }()
    static let subjectLabels: [String] = all.flatMap(\.subjectLabels)
    static let closings: [String] = all.flatMap(\.closings)
    static let consentCues: [String] = all.flatMap(\.consentCues)
    static let sectionNames: Set<String> = Set(all.flatMap(\.sectionNames))
    static let legalForms: Set<String> = Set(all.flatMap(\.legalForms))
    /// Every language's menu words and section names: the words a menu line is made of.
    static let menuWords: Set<String> = Set(all.flatMap(\.menuWords)).union(sectionNames)
    /// Closings and consent cues by their first letter: a line is compared with its letter's only
    /// (both are tried on every line of a page).
    static let closingsByFirst: [Character: [String]] = Dictionary(grouping: closings, by: { $0.first! })
    static let consentCuesByFirst: [Character: [String]] = Dictionary(grouping: consentCues, by: { $0.first! })
    static let readingTimeCues: [String] = all.flatMap(\.readingTimeCues)
    static let photoCredits: [String] = all.flatMap(\.photoCredits)
    static let contactLabels: [String] = all.flatMap(\.contactLabels)
    static let aboutCopulas: [String] = all.flatMap(\.aboutCopulas)
    static let sourceCues: [String] = all.flatMap(\.sourceCues)
    static let affiliationCues: [String] = all.flatMap(\.affiliationCues)
    static let articles: Set<String> = Set(all.flatMap(\.articles))
    static let letterPrepositions: Set<String> = Set(all.flatMap(\.letterPrepositions))
    static let organizationNouns: Set<String> = Set(all.flatMap(\.organizationNouns))
    /// Every language's name forms: whole words, and word beginnings (the `*` entries).
    static let nameForms = WordTable(all.flatMap { $0.nameForms })

    /// The English names a text writes in its own language ("Poutine à
    /// Pékin" → Putin, Beijing), for matching engagements recorded in English.
    static func englishNames(in text: String) -> [String] {
        Words.of(text).compactMap { nameForms.value(of: $0) }
    }
    /// Each language's organization name words, by its code.
    static let organizationNameTables: [String: NameWordTable] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.code, NameWordTable($0.organizationNameWords)) })

    /// Every language's country names (`AskFinder` binds demands to them): its `countries`, then
    /// the words of its `concepts` that stand for one of those countries ("índia" → india,
    /// "kubanisch*" → cuba), so that a country the ask tables can read is one the binding reads too.
    static let countryNames: WordTable = {
        let ids = Set(all.flatMap { $0.countries.values })
        let named = all.flatMap { l in l.concepts.filter { ids.contains($0.value) }.sorted { $0.key < $1.key } }
        return WordTable(all.flatMap { $0.countries } + named)
    }()

    /// Every language's concepts: whole words, and word beginnings (the `*` entries).
    static let conceptWords: [String: [String]] = concepts(prefixes: false)
    static let conceptPrefixes: [String: [String]] = concepts(prefixes: true)
    /// The longest concept prefix, in characters: no longer prefix of a word need be looked up.
    static let longestConceptPrefix = conceptPrefixes.keys.map(\.count).max() ?? 0
    /// The first three letters of every concept: a word that begins otherwise
    /// has none (one lookup for most words).
    static let conceptStarts: Set<String> = Set(
        (Array(conceptWords.keys) + Array(conceptPrefixes.keys)).map {
            String($0.prefix(3))
        })

    private static func concepts(prefixes: Bool) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for l in all {
            for (key, meaning) in l.concepts where key.hasSuffix("*") == prefixes {
                let word = prefixes ? String(key.dropLast()) : key
                out[word.lowercasedByScalar(), default: []] += meaning.split(separator: " ").map(Words.stem)
            }
        }
        return out
    }

    /// The English words a word stands for: its whole-word concept, else that
    /// of the longest concept prefix it begins with; empty when none.
    /// An Arabic word is looked up by its readings (`ArabicWords.lookUp`), as the table writes it bare.
    static func meaning(of word: Substring) -> [String] {
        ArabicWords.lookUp(word) { w in
            let m = meaning(ofReading: w)
            return m.isEmpty ? nil : m
        } ?? []
    }

    private static func meaning(ofReading word: Substring) -> [String] {
        guard conceptStarts.contains(String(word.prefix(3))) else { return [] }
        if let m = conceptWords[String(word)] { return m }
        var length = min(word.count, longestConceptPrefix)
        while length >= 3 {
            if let m = conceptPrefixes[String(word.prefix(length))] { return m }
            length -= 1
        }
        return []
    }
}

extension LanguageCues {
    /// Words of a sentence or heading that names who signed ("signed by", "firmaron", "подписали").
    static let signingCues: [String] = [
        "signed", "signatories", "signatory", "undersigned", "co-signed", "joined by", "together with",
        "signataires", "signé", "ont signé", "unterzeichne", "unterzeichnet", "firmaron", "firmantes",
        "entre ellas", "подписали", "подписан", "підписали", "підписан", "among them", "including",
        "firmata da", "sottoscritta da", "hanno firmato", "firmatari",
        // A coalition's members, named as its authors ("До коаліції входять, зокрема, …").
        "members of the coalition", "the coalition includes", "до коаліції входять", "до складу коаліції",
        "в коалицию входят", "в состав коалиции", "membres de la coalition", "la coalition regroupe",
        // A coalition's members under its signature ("The Coalition’s members include …"), and a letter
        // signed for its coalition ("On behalf of: China Aid Association; Freedom House; …"); a PDF joins
        // such a line to the signature above it, so they are found inside a line. English only: other
        // languages' "au nom de", "im Namen" open too many sentences that sign nothing.
        "coalition's members", "coalition’s members", "members include", "on behalf of",
        // A joint action's organizers, listed under its text ("Participating organizations: …").
        "participating organizations", "participating organisations", "organisations participantes",
        "organizaciones participantes", "teilnehmende organisationen",
    ]
    /// Words of a repost's note on where and when the document first appeared ("This statement was
    /// originally published on cpj.org on 12 May 2025"), lowercased: the date after them is the
    /// document's own.
    static let originallyPublishedCues: [String] = [
        "originally published", "first published", "originally appeared", "first appeared",
        "initialement publié", "publié initialement", "publié à l’origine", "publié à l'origine",
        "publicado originalmente", "originalmente publicado", "publicado por primera vez", "publicada originalmente",
        "ursprünglich veröffentlicht", "zuerst veröffentlicht", "zuerst erschienen", "erstmals veröffentlicht",
        "pubblicato originariamente", "originariamente pubblicato", "pubblicato originalmente",
        "впервые опубликован", "первоначально опубликован", "вперше опубліковано", "вперше опублікован",
        "спочатку опубліковано",
    ]
    /// A country's domain for each language, to tell apart sections of one
    /// organization that share its name ("Amnesty International" on a German
    /// page is most likely its German section, amnesty.de). Not Ukrainian:
    /// Ukrainian pages (news of a report, a joint letter to the president)
    /// speak of the movement's international secretariat, as the development
    /// set's records of them say, not of its Ukrainian section. Not Spanish,
    /// written in twenty countries: a Latin American page's "Amnistía
    /// Internacional" is the movement far more often than Spain's section.
    /// Not French either, written across Africa, in Belgium, Switzerland and
    /// Canada: a French page's "Amnesty International" (news of its letter to
    /// an African Union summit, of its call before a French president's
    /// visit) is the movement's in the records of 9 development pages, and
    /// France's section in none whose site did not say so (session 40). Czech is written in one
    /// country, Dutch mostly in the Netherlands (Flanders' section is the Belgian domain's).
    static let countryDomains: [String: String] = [
        "de": ".de", "ru": ".ru", "it": ".it", "nl": ".nl", "cs": ".cz", "sk": ".sk",
    ]
}
