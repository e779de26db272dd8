extension LanguageCues {
    /// Danish, as Denmark's news sites and organizations' Danish pages write it. A date is written
    /// day first with the day's full stop ("8. juni 2017"). Its small words (`stopwords`) are its
    /// commonest, many of them Norwegian's too (a text holds more of its own language's): not
    /// "de", "en", "et", "om" or "for", which other tables write.
    static let danish = LanguageCues(
        code: "da",
        months: [
            ["januar"], ["februar"], ["marts"], ["april"], ["maj"], ["juni"], ["juli"], ["august"], ["september"],
            ["oktober"], ["november"], ["december"],
        ],
        weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        // "i onsdags" (last Wednesday).
        onWeekdays: [
            ["i mandags"], ["i tirsdags"], ["i onsdags"], ["i torsdags"], ["i fredags"], ["i lørdags"], ["i søndags"],
        ],
        yesterdayWords: ["i går"],
        publishedCues: ["publiceret", "offentliggjort"],
        updatedCues: ["opdateret", "senest opdateret"],
        askCues: [
            "opfordrer", "opfordrede", "opfordre", "kræver", "krævede", "bør ", "skal ", "beder", "bad ", "appellerer",
        ],
        raiseVerbs: ["tage op", "tager op"],
        salutations: ["kære ", "ærede "],
        saidVerbs: ["siger", "sagde", "skriver", "understreger"],
        letterWords: ["brev", "åbent brev", "brevet"],
        statementWords: ["udtalelse", "erklæring", "fælles erklæring"],
        releaseWords: ["pressemeddelelse"],
        stopwords: [
            "og", "det", "som", "med", "ikke", "er", "har", "til", "af", "på", "ved", "fra", "også", "eller", "efter",
            "menneskerettigheder", "regeringen", "vi", "han", "hun", "sig", "skal", "kan", "sine", "sin", "dette",
            "denne", "disse", "når", "hvordan", "mod",
        ],
        concepts: [
            "løslad*": "release", "frigiv*": "release", "fængsl*": "prison detain", "fange*": "prisoner",
            "anholdt*": "detain arrests", "forsvarer*": "defender", "menneskeretsforkæmper*": "defender",
            "tortur": "torture", "ytringsfrihed*": "expression freedom", "offentligt": "publicly", "besøg*": "visit",
            "topmøde*": "summit", "kina": "china", "kines*": "china chinese", "rusland": "russia",
            "russisk*": "russia russian", "ukrainsk*": "ukraine ukrainian", "civile": "civilian",
            "tilbageholdt*": "detain",
        ],
        countries: ["kina": "china", "kines*": "china", "rusland": "russia"],
        nameForms: ["bruxelles": "Brussels", "københavn": "Copenhagen", "moskva": "Moscow"],
        textEnds: ["del artiklen", "del:", "relaterede artikler", "læs også"],
        inlineLinks: ["læs også:"],
        closings: ["med venlig hilsen", "venlig hilsen"])
}
