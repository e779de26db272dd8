extension LanguageCues {
    /// Norwegian (Bokmål, and Nynorsk's forms where they differ), as Norway's news sites and
    /// organizations' Norwegian pages write it. A date is written day first with the day's full stop
    /// ("8. juni 2017"). Its small words (`stopwords`) are its commonest, many of them Danish's too
    /// (a text holds more of its own language's): not "om" or "for", which other tables write.
    static let norwegian = LanguageCues(
        code: "nb",
        months: [
            ["januar"], ["februar"], ["mars"], ["april"], ["mai"], ["juni"], ["juli"], ["august"], ["september"],
            ["oktober"], ["november"], ["desember"],
        ],
        weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        onWeekdays: [
            ["på mandag", "måndag"], ["på tirsdag", "tysdag"], ["på onsdag"], ["på torsdag"], ["på fredag"],
            ["på lørdag", "laurdag"], ["på søndag", "sundag"],
        ],
        yesterdayWords: ["i går"],
        publishedCues: ["publisert", "publisert:"],
        updatedCues: ["oppdatert", "sist oppdatert"],
        askCues: [
            "oppfordrer", "oppfordret", "oppmodar", "krever", "kravde", "krevde", "ber ", "bad ", "bør ", "må ",
            "appellerer",
        ],
        raiseVerbs: ["ta opp", "tar opp", "løfte", "løfter"],
        salutations: ["kjære ", "ærede "],
        saidVerbs: ["sier", "sa ", "seier", "skriver", "understreker"],
        letterWords: ["brev", "åpent brev", "ope brev", "brevet"],
        statementWords: ["uttalelse", "erklæring", "felles erklæring", "fråsegn"],
        releaseWords: ["pressemelding"],
        stopwords: [
            "og", "det", "som", "med", "ikke", "ikkje", "er", "har", "til", "av", "på", "ved", "fra", "frå", "også",
            "eller", "etter", "menneskerettigheter", "menneskerettar", "regjeringen", "regjeringa", "vi", "han", "hun",
            "ho", "seg", "skal", "kan", "sine", "sin", "dette", "denne", "disse", "når", "hvordan", "mot",
        ],
        concepts: [
            "løslat*": "release", "lauslat*": "release", "fengsl*": "prison detain", "fange*": "prisoner",
            "arrester*": "detain arrests", "forsvarer*": "defender", "menneskerettsforkjemper*": "defender",
            "tortur": "torture", "ytringsfrihet*": "expression freedom", "offentlig": "publicly", "besøk*": "visit",
            "toppmøte*": "summit", "kina": "china", "kines*": "china chinese", "russland": "russia",
            "russisk*": "russia russian", "ukrainsk*": "ukraine ukrainian", "sivile": "civilian",
            "internert*": "detain",
        ],
        countries: ["kina": "china", "kines*": "china", "russland": "russia"],
        nameForms: ["brussel": "Brussels", "københavn": "Copenhagen", "moskva": "Moscow"],
        textEnds: ["del artikkelen", "del:", "relaterte artikler", "les også"],
        inlineLinks: ["les også:"],
        closings: ["med vennlig hilsen", "vennlig hilsen", "med venleg helsing"])
}
