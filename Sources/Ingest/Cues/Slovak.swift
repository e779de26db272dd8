extension LanguageCues {
    /// Slovak, as Slovakia's news sites and organizations' Slovak pages write it. Like Czech, a date
    /// names its month in the genitive ("5. decembra 2005") and the nominative serves too; its nouns
    /// decline, so the word tables list beginnings ("väzn*" for "väzeň", "väzňov"). Its small words
    /// (`stopwords`) are those Czech writes otherwise ("ktorý" for "který", "ako" for "jako", "alebo"
    /// for "nebo"), so that a Slovak page is not read as Czech; the words the two share ("že", "už",
    /// "proti") are neither's. Its word beginnings are chosen not to begin another language's words
    /// ("deti", children, is left out: "det…" begins English "detained"). Not "list" alone for a letter:
    /// it is an English word.
    static let slovak = LanguageCues(
        code: "sk",
        months: [
            ["januára", "január"], ["februára", "február"], ["marca", "marec"], ["apríla", "apríl"], ["mája", "máj"],
            ["júna", "jún"], ["júla", "júl"], ["augusta", "august"], ["septembra", "september"],
            ["októbra", "október"], ["novembra", "november"], ["decembra", "december"],
        ],
        weekdays: ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
        onWeekdays: [
            ["v pondelok"], ["v utorok"], ["v stredu"], ["vo štvrtok"], ["v piatok"], ["v sobotu"], ["v nedeľu"],
        ],
        yesterdayWords: ["včera"],
        publishedCues: ["publikované", "zverejnené", "uverejnené"],
        updatedCues: ["aktualizované", "posledná aktualizácia", "upravené"],
        askCues: [
            "vyzýva", "vyzývame", "vyzývajú", "vyzvala", "vyzval", "vyzvať", "žiada ", "žiadame", "žiadajú",
            "požaduj", "apeluj", "naliehav", "musí ", "mal by", "mala by", "mali by", "malo by", "prosíme",
        ],
        raiseVerbs: ["nastoliť", "nastolil", "otvorene hovori", "zaradil", "zaradiť"],
        followingWords: ["nasledujúc"],
        salutations: ["vážený pán", "vážená pani"],
        saidVerbs: [
            "povedal", "povedala", "uviedol", "uviedla", "dodal", "dodala", "vyhlásil", "vyhlásila", "zdôraznil",
        ],
        letterWords: ["otvorený list", "otvoreného listu", "otvoreným listom", "v liste"],
        statementWords: ["vyhlásenie", "spoločné vyhlásenie", "stanovisko"],
        releaseWords: ["tlačová správa", "tlačovej správy"],
        stopwords: [
            "ktorý", "ktorá", "ktoré", "ktorí", "ktorého", "ktorej", "sú", "bol", "bola", "bolo", "boli", "alebo",
            "podľa", "ako", "tejto", "táto", "medzi", "sme", "budú", "môže", "ešte", "preto", "ľudských", "aj",
            "taktiež", "počas", "pri", "ak", "len", "tým", "ďalšie", "vrátane",
        ],
        concepts: [
            "prepusten*": "release", "prepustiť": "release", "prepustil*": "release", "oslobod*": "release",
            "väzn*": "prisoner prison", "väzen*": "prison", "zadrža*": "detain", "zatknut*": "detain arrests",
            "novinár*": "journalist", "obhajc*": "defender", "advokát*": "lawyer", "aktivist*": "activist",
            "mučen*": "torture", "slobod*": "freedom", "zhromažď*": "assembly", "pokojn*": "peaceful",
            "verejne": "publicly", "otvorene": "publicly", "politick*": "political", "prenasledov*": "persecution",
            "diskrimin*": "discrimination", "olympijsk*": "olympic", "menšin*": "minority",
            "vyšetrov*": "investigation", "nezávisl*": "independent", "súdn*": "court", "represi*": "repression",
            "zákon*": "law", "zrušen*": "repeal abolish", "zrušiť": "repeal abolish", "stretnut*": "meet meeting",
            "návštev*": "visit", "sankci*": "sanction", "utečen*": "refugee", "žien": "women",
            "obchodn*": "trade", "porušovan*": "violation", "civilist*": "civilian", "rodín*": "family",
            "svedomi*": "conscience", "poprav*": "execution", "trest*": "penalty", "smrti": "death",
            "moratóri*": "moratorium", "vysťahov*": "eviction", "prevýchov*": "education labour",
            "rusk*": "russia", "čín*": "china chinese", "tibet*": "tibet", "ujgur*": "uyghur",
            "ukrajin*": "ukraine ukrainian",
        ],
        // "…, ktorý …": a relative clause describes; it asks nothing.
        relativeClauseOpenings: [", ktorý ", ", ktorá ", ", ktoré ", ", ktorí "],
        aheadCues: [
            "pred návštevou", "pred cestou", "v predvečer", "budúci týždeň", "nadchádzajúc", "navštívi", "pricestuje",
            "sa uskutoční",
        ],
        countries: [
            "rusk*": "russia", "moskv*": "russia", "čín*": "china", "pekin*": "china", "bielorus*": "belarus",
            "ukrajin*": "ukraine", "čečen*": "russia",
        ],
        nameForms: [
            "pekin*": "Beijing", "moskv*": "Moscow", "ženev*": "Geneva", "brusel*": "Brussels", "londýn*": "London",
            "paríž*": "Paris", "bratislav*": "Bratislava", "varšav*": "Warsaw", "viedeň*": "Vienna",
            "viedn*": "Vienna",
        ],
        organizationNameWords: [
            "medzinárodn*": "international", "ľudské": "human", "práva": "rights", "nadácia": "foundation",
            "výbor": "committee", "helsinsk*": "helsinki",
        ],
        textEnds: ["zdieľať", "súvisiace články", "komentáre", "čítajte aj", "prečítajte si aj"],
        inlineLinks: ["čítajte aj:", "prečítajte si aj:"],
        closings: ["s úctou", "s pozdravom"])
}
