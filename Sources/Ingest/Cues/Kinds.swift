/// The words by which a page tells what kind of document it is or reports,
/// beside each language's labels (`LanguageCues.letterWords`, `releaseWords`…).
extension LanguageCues {
    /// Each language's nouns for a letter, as whole lowercased words ("letter",
    /// "lettre", "Brief", "carta", "письмо", "лист" — not "листопад", November):
    /// a text that names its letter again and again reports one ("Its letter
    /// names several prisoners", "En su carta, las organizaciones…").
    static let letterNouns: [String: Set<String>] = [
        "en": ["letter", "letters"],
        "fr": ["lettre", "lettres", "courrier", "courriers", "missive"],
        "de": ["brief", "briefe", "briefes", "briefs", "briefen"],
        "es": ["carta", "cartas", "misiva"],
        "pt": ["carta", "cartas"],
        "it": ["lettera", "lettere", "missiva", "missive"],
        "ru": ["письмо", "письма", "письме", "письмом", "письму", "письмах", "письмами"],
        "uk": ["лист", "листа", "листі", "листом", "листи", "листів", "листу"],
    ]

    /// Every language's letter nouns together.
    static let everyLetterNoun: Set<String> = Set(letterNouns.values.joined())

    /// The nouns by which a typed letter's own heading calls it a letter in its first words ("Letter to
    /// …", "Lettre ouverte au …", "Carta abierta a …", "Лист Пану …"): singular only ("Letters to the
    /// Editor" is a newspaper's section), and not German "Brief", which is English "brief" too ("Policy
    /// Brief on …").
    static let letterHeadingNouns: Set<String> = [
        "letter", "lettre", "courrier", "missive", "carta", "misiva", "lettera", "письмо", "лист",
        // An appeal set as a letter's heading ("Звернення українських правозахисних організацій до…").
        "звернення", "обращение",
    ]

    /// Phrases naming a letter the page asks its readers to send ("a model letter on our actions
    /// page", "Encontram um modelo de carta"), lowercased: an action's template, not a letter the
    /// organization sent.
    static let modelLetterPhrases: [String] = [
        "model letter", "sample letter", "template letter", "letter template", "modèle de lettre", "lettre type",
        "lettre-type", "musterbrief", "modelo de carta", "carta modelo", "carta-modelo", "образец письма",
        "шаблон письма", "зразок листа", "шаблон листа", "modello di lettera", "lettera modello", "lettera tipo",
    ]

    /// Openings of a line telling where a piece was published ("Published in
    /// The Hill", "Publié dans Le Journal du Dimanche", "Erschienen in der
    /// FAZ"), lowercased: an organization's piece placed in a newspaper is an
    /// opinion piece, whatever the organization's site labels it.
    static let publishedInCues: [String] = [
        "published in", "first published in", "originally published in", "this article first appeared in",
        "this op-ed first appeared in", "publié dans", "paru dans", "initialement publié dans", "publiée dans",
        "erschienen in", "zuerst erschienen in", "publicado en", "publicado originalmente en", "publicada en",
        "pubblicato su", "pubblicata su", "pubblicato originariamente su", "apparso su", "опубликовано в газете",
        "опубліковано в газеті", "опубликовано в", "опубліковано в",
    ]

    /// News agencies, lowercased, as their reports credit them ("Berlin (dpa) -", "(ST/AFP)",
    /// "Quelle: dpa"): a page carrying such a credit is a news report.
    static let newsAgencies: Set<String> = [
        "dpa", "afp", "ap", "reuters", "epd", "kna", "apa", "sda", "efe", "europa press", "ansa", "lusa", "tass",
        "ria novosti", "interfax", "ukrinform", "unian", "xinhua", "anadolu", "belga", "anp",
        "agi", "adnkronos", "askanews", "lapresse",
    ]

    /// Labels of a line naming a report's source ("Quelle: dpa", "Source : AFP", "Fuente: EFE"), lowercased.
    static let sourceLabels: Set<String> = ["quelle", "source", "sources", "fuente", "fonte", "источник", "джерело"]
}
