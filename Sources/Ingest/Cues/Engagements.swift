import Corpus

/// How each language names an engagement's kind, and the engagements'
/// names it writes its own way: the words an event is matched by when no
/// document of the corpus points to it yet, so that it is found from its
/// own record (its kind, its people, its place) and the page.
extension LanguageCues {
    /// Words (lowercased beginnings, matched at a word's start) by which a
    /// page names an engagement of each kind: "summit", "Gipfel", "саммит",
    /// "cumbre", "sommet"; "visit", "visite d'État", "Staatsbesuch",
    /// "визит", "viaje"; "election", "inauguration" for the other kinds. A
    /// sentence spoken of as now that names the kind of an engagement names
    /// it once, as its people or its place do.
    static let engagementKindWords: [EventKind: [String]] = [
        .summit: [
            "summit", "sommet", "gipfel", "саммит", "саміт", "cumbre", "cimeira", "g20-gipfel", "g7-gipfel", "vertice",
            "szczyt", "topontmoeting", "zirve", "قمة", "قمه", "toppmöte", "topmøde", "toppmøte",
        ],
        .visit: [
            "visit", "trip", "travel", "visite", "voyage", "déplacement", "besuch", "reise", "staatsbesuch",
            "визит", "поездк", "візит", "поїздк", "visita", "viaje", "gira", "viaggio", "wizyt", "bezoek",
            "handelsmissie", "návštěv", "ziyaret", "زيارة", "زياره", "besök", "besøg",
            "besøk",
        ],
        .meeting: [
            "meeting", "meet", "talks", "negotiation", "dialogue", "rencontre", "entretien", "négociation",
            "treffen", "gespräch", "verhandlung", "встреч", "переговор", "зустріч", "перемовин",
            "reunión", "encuentro", "diálogo", "negociacion", "negociación", "incontro", "colloqui", "negoziat",
            "riunione",
        ],
        .call: [
            "call", "phone", "appel", "téléphon", "telefonat", "звонок", "разговор", "дзвінок", "розмов", "llamada",
            "telefonata",
        ],
        .session: ["session", "sitzung", "tagung", "сесси", "сесі", "sesión", "período de sesiones", "sessione"],
        .other: [
            "election", "élection", "wahl", "выбор", "вибор", "elecciones", "comicios",
            // An inauguration ("ahead of your inauguration", "Напередодні Вашої інавгурації").
            "inaugur", "investiture", "amtseinführung", "инаугурац", "інавгурац", "toma de posesión", "investidura",
            "tomada de posse", "elezion", "insediamento",
        ],
    ]

    /// Words by which a page speaks of an engagement as now or ahead, beside
    /// each language's `aheadCues`: the future of "take place" and "come"
    /// ("пройдет", "состоится", "se tiendra", "tendrá lugar", "findet …
    /// statt"), and "in view of" ("ante las", "face à").
    static let engagementAheadCues: [String] = [
        "will take place", "will travel", "will visit", "is due to", "is expected to", "set to meet",
        "will host", "prepares to host", "preparing to host", "set to host",
        "se tiendra", "aura lieu", "se rendra", "sera reçu", "recevra",
        "findet", "wird reisen", "reist", "besucht",
        "пройдет", "пройдёт", "пройдут", "состоится", "состоятся", "проведет", "проведёт", "проведут", "посетит",
        "прибывает", "приедет", "приехавш", "должен встретиться",
        "відбудеться", "відбудуться", "пройде", "пройдуть", "проведе", "проведуть", "відвідає", "прибуває", "прибуде",
        "приурочен", "приуроч",
        "tendrá lugar", "se celebrará", "viajará", "visitará", "ante las", "ante el", "previsto para",
        // Before it, or on its margins: "prior to", "on the sidelines of", "en marge du", "am Rande", "на полях".
        "prior to", "on the occasion of", "on the sidelines of", "on the margins of", "scheduled for", "planned for",
        "en marge du", "en marge de", "à l’occasion du", "à l'occasion du", "avant le sommet", "prévu le",
        "am rande", "im rahmen", "geplant", "al margen de", "en el marco de", "prevista para", "programada para",
        "на полях", "в рамках", "запланирован", "намечен", "у рамках", "запланован",
        // "During his visit": what the page asks to be done there, ahead of it.
        "during his", "during her", "during the", "bei seiner", "bei seinem", "bei ihrer", "bei ihrem",
        "während seiner", "während seines", "während ihrer", "während ihres",
        "durante su", "во время", "під час",
        "visiterà", "incontrerà", "in programma", "previsto per", "durante la sua", "durante il suo",
    ]

    /// Names of engagements' people, places and matters as each language
    /// writes them, beside each language's `nameForms`: a lowercased word
    /// (or, ending in `*`, every word it begins) → the English name.
    static let engagementNameForms: [(key: String, value: String)] = [
        ("вашингтон*", "Washington"), ("вашингтоні", "Washington"), ("лондон*", "London"),
        ("париж*", "Paris"), ("берлин*", "Berlin"), ("берлін*", "Berlin"), ("брюссел*", "Brussels"),
        ("франци*", "France"), ("франці*", "France"), ("frankreich", "France"), ("francia", "France"),
        ("переговор*", "Negotiations"), ("перемовин*", "Negotiations"), ("négociation*", "Negotiations"),
        ("verhandlung*", "Negotiations"), ("negociacion*", "Negotiations"),
        ("washington", "Washington"), ("londres", "London"), ("parís", "Paris"),
        ("argel", "Algiers"), ("alger", "Algiers"), ("habana", "Havana"), ("havane", "Havana"),
        // The places engagements are most often recorded at, as other languages write them (a Cyrillic
        // name read letter by letter is already found: "Минск" → Minsk; these are not).
        ("genève", "Geneva"), ("genf", "Geneva"), ("ginebra", "Geneva"), ("genebra", "Geneva"),
        ("ginevra", "Geneva"), ("женев*", "Geneva"),
        ("pékin", "Beijing"), ("peking", "Beijing"), ("pekín", "Beijing"), ("pequim", "Beijing"),
        ("pechino", "Beijing"), ("пекин*", "Beijing"), ("пекін*", "Beijing"),
        ("bruxelles", "Brussels"), ("brüssel", "Brussels"), ("bruselas", "Brussels"), ("bruxelas", "Brussels"),
        ("moscou", "Moscow"), ("moskau", "Moscow"), ("moscú", "Moscow"), ("moscovo", "Moscow"),
        ("москв*", "Moscow"),
        ("kiew", "Kyiv"), ("kiev", "Kyiv"), ("київ*", "Kyiv"), ("києв*", "Kyiv"), ("киев*", "Kyiv"),
        ("wien", "Vienna"), ("vienne", "Vienna"), ("viena", "Vienna"), ("вена", "Vienna"), ("вене", "Vienna"),
        ("genova", "Genoa"), ("gênes", "Genoa"), ("genua", "Genoa"), ("génova", "Genoa"),
        ("varsovie", "Warsaw"), ("warschau", "Warsaw"), ("varsovia", "Warsaw"), ("варшав*", "Warsaw"),
        ("prag", "Prague"),
        ("lisbonne", "Lisbon"), ("lissabon", "Lisbon"), ("lisboa", "Lisbon"),
        ("стамбул*", "Istanbul"), ("estambul", "Istanbul"), ("istambul", "Istanbul"),
        // The OSCE's name in the languages that do not write it so («саммит ОБСЕ», "OSZE-Gipfel").
        ("обсе", "OSCE"), ("обсє", "OSCE"), ("osze", "OSCE"),
        ("чечн*", "Chechnya"), ("чечен*", "Chechnya"), ("tchétchén*", "Chechnya"), ("tschetschen*", "Chechnya"),
        ("chechen*", "Chechnya"), ("chechén*", "Chechnya"), ("cecen*", "Chechnya"),
    ]

    /// Latin letters for each Cyrillic one, as English writes Russian and
    /// Ukrainian names ("Тиллерсон" → Tillerson, "Лавров" → Lavrov, "Лондон"
    /// → London): a name the tables do not hold is still read in the Latin
    /// letters engagements are recorded in. Soft and hard signs are dropped.
    static let latinLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "’": "", "ʼ": "",
    ]

    /// The letters that write an English or German "h", a final "i", and the "iu" and "ia" of names
    /// spelled in Latin letters at home ("Гамбург" → Hamburg, "Хельсинки" → Helsinki, "Ханой" → Hanoi,
    /// "Вільнюсі" → Vilniusi, the locative of Vilnius): a second reading of each word.
    static let latinLettersSecondReading: [Character: String] = ["г": "h", "х": "h", "й": "i", "ю": "iu", "я": "ia"]
}
