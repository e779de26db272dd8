extension LanguageCues {
    /// Czech, as the Czech Republic's news sites and organizations' Czech pages write it. A date
    /// names its month in the genitive ("20. října 2014"), so both the genitive and the nominative are
    /// months; "listopad" is Polish's November too. Czech declines its nouns, so the word tables list
    /// beginnings ("čín*" for "Čína", "Číně", "čínský"). Its small words (`stopwords`) are those no
    /// other language's table writes: not "je", "se", "na", "do", "ze", "aby" or "ve", which
    /// French, Spanish, Polish, Portuguese, Dutch or Turkish write too. Not "výzva" (an appeal) or "petice" for a letter:
    /// an appeal is as often a public one.
    static let czech = LanguageCues(
        code: "cs",
        months: [
            ["ledna", "leden"], ["února", "únor"], ["března", "březen"], ["dubna", "duben"], ["května", "květen"],
            ["června", "červen"], ["července", "červenec"], ["srpna", "srpen"], ["září"], ["října", "říjen"],
            ["listopadu", "listopad"], ["prosince", "prosinec"],
        ],
        weekdays: ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
        onWeekdays: [
            ["v pondělí"], ["v úterý"], ["ve středu"], ["ve čtvrtek"], ["v pátek"], ["v sobotu"], ["v neděli"],
        ],
        yesterdayWords: ["včera"],
        publishedCues: ["publikováno", "zveřejněno", "vydáno"],
        updatedCues: ["aktualizováno", "poslední aktualizace", "upraveno"],
        askCues: [
            "vyzývá", "vyzýváme", "vyzývají", "vyzval", "vyzvat", "žádá ", "žádáme", "žádají", "požaduj",
            "požadoval", "apeluj", "naléh", "musí ", "měl by", "měla by", "měli by", "mělo by", "prosíme",
        ],
        raiseVerbs: ["nastolit", "nastolil", "vznést", "otevřeně hovoři", "otevřít téma"],
        followingWords: ["následující"],
        salutations: ["vážený pane", "vážená paní", "vážení ", "vážený ", "vážená "],
        saidVerbs: ["řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "prohlásil", "prohlásila", "zdůraznil"],
        letterWords: ["dopis", "otevřený dopis", "dopisu", "dopisem"],
        statementWords: ["prohlášení", "společné prohlášení", "stanovisko"],
        releaseWords: ["tisková zpráva", "tiskové zprávy"],
        stopwords: [
            "že", "který", "která", "které", "kteří", "jsou", "také", "byl", "byla", "bylo", "byly", "nebo",
            "podle", "jeho", "při", "jako", "již", "už", "této", "tento", "tato", "jejich", "proti",
            "svých", "své", "svého", "mezi", "není", "jsme", "bude", "budou", "může", "pouze", "ještě", "stále", "nic",
            "zda", "než", "tím", "kde", "když", "však", "proto", "lidských", "práv", "práva", "vláda", "vlády", "vládu",
            "vládě", "organizace", "lidskoprávní", "české", "republiky",
        ],
        concepts: [
            "propuštění": "release", "propustit": "release", "propustil*": "release", "osvobo*": "release",
            "vězn*": "prisoner prison", "vězen*": "prison", "zadrž*": "detain", "zatčen*": "detain arrests",
            "novinář*": "journalist", "obhájc*": "defender", "obhájce": "defender", "advokát*": "lawyer",
            "aktivist*": "activist", "mučen*": "torture", "svobod*": "freedom", "shromažďov*": "assembly",
            "pokojn*": "peaceful", "veřejně": "publicly", "otevřeně": "publicly", "politick*": "political",
            "pronásledov*": "persecution", "diskrimina*": "discrimination", "olympi*": "olympic",
            "menšin*": "minority", "vyšetřov*": "investigation",
            "nezávisl*": "independent", "soud*": "court", "represe": "repression", "represí": "repression",
            "zákon*": "law", "zruš*": "repeal", "setkání": "meet meeting", "návštěv*": "visit", "sankc*": "sanction",
            "uprchlí*": "refugee", "migrant*": "migrant", "žen": "women", "dět*": "child children",
            "ekonomick*": "economic trade", "obchod*": "trade", "porušov*": "violation", "kritik*": "critic",
            "civilist*": "civilian", "přístup*": "access", "rodin*": "family", "rusk*": "russia",
            "čín*": "china chinese", "tibet*": "tibet", "ujgur*": "uyghur",
            "ukrajin*": "ukraine ukrainian",
        ],
        // "…, který …": a relative clause describes; it asks nothing.
        relativeClauseOpenings: [", který ", ", která ", ", které ", ", kteří ", ", jež ", ", jenž "],
        aheadCues: [
            "před návštěvou", "před cestou", "v předvečer", "příští týden", "nadcházející", "proběhne", "se uskuteční",
            "navštíví", "přicestuje",
        ],
        countries: [
            "rusk*": "russia", "moskv*": "russia", "čín*": "china", "peking*": "china", "bělorus*": "belarus",
            "ukrajin*": "ukraine", "čečen*": "russia",
        ],
        nameForms: [
            "peking*": "Beijing", "moskv*": "Moscow", "ženev*": "Geneva", "brusel*": "Brussels", "londýn*": "London",
            "paříž*": "Paris", "praha": "Prague", "praze": "Prague", "prahy": "Prague", "prahu": "Prague",
            "varšav*": "Warsaw", "vídeň*": "Vienna", "pching*": "Jinping",
        ],
        organizationNameWords: [
            "mezinárodní": "international", "česká": "czech", "republika": "republic", "lidská": "human",
            "práva": "rights", "nadace": "foundation", "výbor": "committee", "helsinský": "helsinki",
        ],
        textEnds: ["sdílet", "související články", "komentáře", "čtěte také", "přečtěte si také"],
        inlineLinks: ["čtěte také:", "přečtěte si také:"],
        closings: ["s úctou", "s pozdravem", "se srdečným pozdravem"])
}
