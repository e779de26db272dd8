extension LanguageCues {
    /// Dutch, as the Netherlands' and Flanders' news sites and organizations' Dutch pages write it.
    /// A date is written day first ("6 april 2018"); sites abbreviate March as "mrt". A news page
    /// names a weekday without a preposition ("Dinsdag spreekt Rutte …"), so the day alone is a
    /// weekday's form. Its small words (`stopwords`) are its commonest: those no other language's
    /// table writes ("het", "een", "niet", "zijn") and "de" and "en", which French's table writes too
    /// and a Dutch text holds more of than any other word (a French text holds more of French's own).
    /// Not "die", "van" or "in", which German and English write. Not "brief" alone for a letter: it is an English word ("a brief
    /// history"), so only its Dutch phrases ("open brief", "in een brief") make a page a letter.
    static let dutch = LanguageCues(
        code: "nl",
        months: [
            ["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei"], ["juni", "jun"],
            ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"], ["oktober", "okt"],
            ["november", "nov"], ["december", "dec"],
        ],
        weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        onWeekdays: [
            ["op maandag", "maandag"], ["op dinsdag", "dinsdag"], ["op woensdag", "woensdag"],
            ["op donderdag", "donderdag"], ["op vrijdag", "vrijdag"], ["op zaterdag", "zaterdag"],
            ["op zondag", "zondag"],
        ],
        yesterdayWords: ["gisteren"],
        publishedCues: ["gepubliceerd op", "gepubliceerd:", "gepubliceerd", "geplaatst op", "geplaatst:"],
        updatedCues: ["laatst bijgewerkt", "bijgewerkt op", "bijgewerkt:", "bijgewerkt", "gewijzigd op"],
        askCues: [
            "roept", "roepen", "riep", "riepen", "vraagt", "vragen", "vroeg", "vroegen", "eist", "eisen", "eiste",
            "verzoek", "dringt", "dringen", "drong", "pleit", "moet ", "moeten", "zou moeten", "zouden moeten",
            "dient ", "dienen", "wil dat", "willen dat", "doet een beroep", "doen een beroep", "oproep",
        ],
        raiseVerbs: ["aanspreken", "aanspreekt", "aan te spreken", "aankaart", "aan te kaarten", "ter sprake"],
        followingWords: ["volgend"],
        salutations: ["geachte ", "zeer geachte", "hooggeachte", "beste "],
        saidVerbs: ["zei", "zegt", "aldus", "verklaarde", "verklaart", "stelde", "benadrukte", "voegde"],
        letterWords: ["open brief", "een brief", "de brief", "in een brief", "brief aan", "brandbrief"],
        statementWords: ["verklaring", "gezamenlijke verklaring", "gemeenschappelijke verklaring"],
        releaseWords: ["persbericht", "nieuwsbericht"],
        stopwords: [
            "de", "en", "het", "een", "niet", "zijn", "wordt", "worden", "naar", "voor", "ook", "bij", "heeft",
            "hebben", "maar",
            "tegen", "deze", "werd", "zou", "moet", "meer", "uit", "dat", "aan", "om", "volgens", "tijdens",
            "mensenrechten", "regering",
        ],
        concepts: [
            "vrijla*": "release", "vrij": "release", "burger*": "civilian", "vastgehouden": "detain",
            "vastgezet*": "detain", "detentie": "detain", "toegang": "access", "families": "family",
            "gevangen*": "prisoner detain",
            "gedetineerd*": "detain", "opgesloten": "detain", "arrestat*": "detain arrests",
            "mensenrechtenverdediger*": "defender", "mensenrechtenadvoca*": "lawyer defender",
            "verdediger*": "defender", "advocat*": "lawyer", "marteling*": "torture", "vrijheid": "freedom",
            "meningsuiting": "expression", "persvrijheid": "press freedom", "vreedzam*": "peaceful",
            "publiekelijk": "publicly", "openlijk": "publicly", "politiek*": "political", "vervolging": "persecution",
            "discriminatie": "discrimination", "olympisch*": "olympic", "minderhe*": "minority",
            "doodstraf": "death penalty", "onafhankelijk*": "independent", "rechtbank": "court",
            "onderdrukking": "repression", "wetten": "law", "intrekk*": "repeal", "ontmoeting*": "meet meeting",
            "bezoek*": "visit", "topontmoeting": "summit", "sancties": "sanction", "vluchteling*": "refugee",
            "vrouwen": "women", "kinderen": "child children", "oeigoer*": "uyghur", "handelsmissie": "trade visit",
            "verslechter*": "deteriorating", "omgang": "treatment", "rusland": "russia", "russisch*": "russia russian",
            "oekraïn*": "ukraine ukrainian",
        ],
        aheadCues: [
            "voorafgaand aan", "in aanloop naar", "voor het bezoek", "voor zijn bezoek", "volgende week",
            "zal plaatsvinden", "vindt plaats", "zal bezoeken", "brengt een bezoek",
        ],
        countries: [
            "rusland": "russia", "russisch*": "russia", "moskou": "russia", "chinees": "china", "chinese": "china",
            "peking": "china", "wit-rusland": "belarus", "oekraïn*": "ukraine", "tsjetsjen*": "russia",
        ],
        nameForms: [
            "moskou": "Moscow", "parijs": "Paris", "londen": "London", "brussel": "Brussels", "poetin": "Putin",
            "warschau": "Warsaw",
        ],
        organizationNameWords: [
            "nederlands": "netherlands", "nederlandse": "netherlands", "comité": "committee",
            "stichting": "foundation", "internationaal": "international", "mensenrechten": "human rights",
        ],
        textEnds: [
            "deel dit artikel", "lees ook", "lees meer", "reacties", "gerelateerde artikelen", "delen:", "rubriek:",
            "bericht van:",
        ],
        inlineLinks: ["lees ook:"],
        closings: ["met vriendelijke groet", "hoogachtend", "met hoogachting"])
}
