extension LanguageCues {
    /// Swedish, as Sweden's news sites, blogs and organizations' Swedish pages write it. A date is
    /// written day first ("8 juni 2017"). Its small words (`stopwords`) are its commonest ("och",
    /// "att", "inte", "är"), some of them Danish's and Norwegian's too: a text holds more of its own
    /// language's. Not "om", which Dutch and Polish write.
    static let swedish = LanguageCues(
        code: "sv",
        months: [
            ["januari"], ["februari"], ["mars"], ["april"], ["maj"], ["juni"], ["juli"], ["augusti"], ["september"],
            ["oktober"], ["november"], ["december"],
        ],
        weekdays: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
        // "i onsdags" (last Wednesday).
        onWeekdays: [
            ["i måndags"], ["i tisdags"], ["i onsdags"], ["i torsdags"], ["i fredags"], ["i lördags"], ["i söndags"],
        ],
        yesterdayWords: ["i går", "igår"],
        publishedCues: ["publicerat", "publicerad", "publicerades"],
        updatedCues: ["uppdaterad", "uppdaterat", "senast uppdaterad"],
        askCues: [
            "uppmanar", "uppmanade", "uppmana", "kräver", "krävde", "begär", "begärde", "bör ", "borde", "måste",
            "vädjar", "vädjade", "ber ", "bad ",
        ],
        raiseVerbs: ["ta upp", "tar upp", "lyfta", "lyfter"],
        salutations: ["bästa ", "ärade ", "hej "],
        saidVerbs: ["säger", "sade", "sa ", "skriver", "betonar"],
        letterWords: ["brev", "öppet brev", "brevet", "öppna brevet"],
        statementWords: ["uttalande", "gemensamt uttalande"],
        releaseWords: ["pressmeddelande"],
        stopwords: [
            "och", "att", "det", "som", "för", "med", "inte", "är", "har", "till", "av", "på", "vid", "från", "också",
            "eller", "efter", "mänskliga", "rättigheter", "regeringen", "vi", "han", "hon", "sig", "ska", "kan", "sina",
            "sin", "detta", "denna", "dessa", "när", "hur", "mot",
        ],
        concepts: [
            "frisläpp*": "release", "frige*": "release", "friges": "release", "fängsl*": "prison detain",
            "fånge*": "prisoner", "gripn*": "detain arrests", "gripits": "detain arrests",
            "försvarare": "defender", "människorättsförsvarare": "defender", "advokat*": "lawyer",
            "tortyr": "torture", "yttrandefrihet*": "expression freedom", "offentlig*": "publicly",
            "besök*": "visit", "toppmöte*": "summit", "kina": "china", "kines*": "china chinese",
            "ryssland": "russia", "rysk*": "russia russian", "ukrainsk*": "ukraine ukrainian", "civila": "civilian",
            "frihetsberöva*": "detain",
        ],
        countries: ["kina": "china", "kines*": "china", "ryssland": "russia", "rysk*": "russia"],
        nameForms: ["bryssel": "Brussels", "köpenhamn": "Copenhagen", "moskva": "Moscow"],
        textEnds: ["dela:", "dela artikeln", "lämna en kommentar", "relaterade artiklar", "läs också"],
        inlineLinks: ["läs också:", "läs mer:"],
        closings: ["med vänliga hälsningar", "vänliga hälsningar", "högaktningsfullt"])
}
