extension LanguageCues {
    /// Polish, as Poland's news sites and organizations' Polish pages write it. A date names its
    /// month in the genitive ("20 listopada 2013"), so both the genitive and the nominative are
    /// months. Polish declines its nouns, so the word tables list beginnings ("więź*" for "więźniów",
    /// "więzienia"). Its small words (`stopwords`) are those no other language's table writes
    /// ("się", "że", "oraz", "który"): "na", "do", "po" are also Portuguese's, Russian's (read in Latin
    /// letters) or English's, and would tell a page of those languages for Polish.
    static let polish = LanguageCues(
        code: "pl",
        months: [
            ["stycznia", "styczeń", "styczen"], ["lutego", "luty"], ["marca", "marzec"],
            ["kwietnia", "kwiecień", "kwiecien"], ["maja"], ["czerwca", "czerwiec"], ["lipca", "lipiec"],
            ["sierpnia", "sierpień", "sierpien"], ["września", "wrzesień", "wrzesien"],
            ["października", "październik", "pazdziernik"], ["listopada", "listopad"], ["grudnia", "grudzień"],
        ],
        weekdays: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
        onWeekdays: [
            ["w poniedziałek"], ["we wtorek"], ["w środę"], ["w czwartek"], ["w piątek"], ["w sobotę"],
            ["w niedzielę"],
        ],
        publishedCues: ["opublikowano", "data publikacji", "dodano"],
        dateLabels: ["data:"],
        updatedCues: ["aktualizacja", "zaktualizowano", "ostatnia aktualizacja"],
        askCues: [
            "wzywa", "wzywamy", "wezwał", "wezwała", "wezwali", "apeluje", "apelujemy", "zaapelował",
            "zaapelowała", "domaga się", "domagamy się", "domagają się", "prosi ", "prosimy", "prosił", "prosiła",
            "żąda", "żądamy", "żądają", "powinien", "powinna", "powinno", "powinni", "powinny", "musi ", "muszą",
            "należy", "zwraca się", "zwracamy się", "oczekujemy", "oczekuje",
        ],
        raiseVerbs: ["poruszy", "poruszenia", "poruszyć", "podnieść", "podniesienia", "poruszył"],
        reportedRaiseForms: ["poruszył"],
        followingWords: ["następując"],
        salutations: ["szanowny panie", "szanowna pani", "szanowni państwo", "wielce szanowny", "szanowny"],
        saidVerbs: [
            "powiedział", "powiedziała", "stwierdził", "stwierdziła", "dodał", "dodała", "podkreślił",
            "podkreśliła", "mówi", "oświadczył", "oświadczyła",
        ],
        // Not the nominative "list": it is English's word too, and would make English pages letters.
        letterWords: ["listu", "list otwarty", "liście", "listem"],
        statementWords: ["oświadczenie", "wspólne oświadczenie", "stanowisko"],
        releaseWords: ["komunikat prasowy", "informacja prasowa"],
        stopwords: [
            "się", "nie", "jest", "że", "oraz", "przez", "który", "która", "które", "którzy", "także", "również",
            "został", "została", "zostały", "jak", "dla", "aby", "żeby", "czy", "jego", "jej", "tym",
            "praw", "prawa", "człowieka", "rząd", "władze",
        ],
        concepts: [
            "uwolni*": "release", "uwolnien*": "release", "zwolni*": "release", "więź*": "prisoner prison",
            "więzie*": "prison", "zatrzyma*": "detain", "aresztowa*": "detain arrests", "areszt*": "detain",
            "dziennikarz*": "journalist", "obrońc*": "defender", "obroncow": "defender", "aktywist*": "activist",
            "tortur*": "torture", "wolnoś*": "freedom", "zgromadze*": "assembly", "pokojow*": "peaceful",
            "publiczn*": "publicly", "polityczn*": "political", "prześladowa*": "persecution",
            "dyskrymina*": "discrimination", "olimpij*": "olympic", "igrzysk*": "games olympic",
            "homofobi*": "lgbti", "mniejszoś*": "minority", "organizacj*": "organization ngo",
            "pozarządow*": "ngo", "śmierci": "death", "śledztw*": "investigation",
            "niezależn*": "independent", "sąd*": "court", "represj*": "repression",
            "wypowiedzi": "expression", "ustaw*": "law", "uchyl*": "repeal", "zniesieni*": "repeal abolish",
            "spotka*": "meet meeting", "wizyt*": "visit", "szczyt*": "summit", "sankcj*": "sanction",
            "cywil*": "civilian civil", "uchodźc*": "refugee", "migrant*": "migrant", "kobiet*": "women",
            "dzieci": "child children",
            "rosj*": "russia", "rosyjsk*": "russia russian", "chiny": "china", "chinach": "china",
            "chińsk*": "china chinese",
            "białoru*": "belarus", "ukrai*": "ukraine ukrainian",
        ],
        aheadCues: ["przed", "w przededniu", "zbliżając", "nadchodząc", "w przyszłym tygodniu", "dziś", "dzisiaj"],
        countries: [
            "rosj*": "russia", "rosyjsk*": "russia", "moskw*": "russia", "chiny": "china", "chińsk*": "china",
            "pekin*": "china", "białoru*": "belarus", "ukrai*": "ukraine", "czeczeni*": "russia",
        ],
        nameForms: [
            "soczi": "Sochi", "moskw*": "Moscow", "pekin*": "Beijing", "genew*": "Geneva", "bruksel*": "Brussels",
            "waszyngton*": "Washington", "warszaw*": "Warsaw", "londyn*": "London", "paryż*": "Paris",
        ],
        organizationNameWords: [
            "międzynarodowa": "international", "amnesty": "amnesty", "international": "international",
            "fundacja": "foundation", "helsińska": "helsinki", "helsinska": "helsinki", "praw": "rights",
            "człowieka": "human",
        ],
        textEnds: ["udostępnij", "czytaj także", "czytaj też", "zobacz też", "komentarze", "tagi:", "źródło:"],
        inlineLinks: ["czytaj także:", "czytaj też:", "zobacz też:"],
        closings: ["z poważaniem", "z wyrazami szacunku", "łączę wyrazy szacunku"])
}
