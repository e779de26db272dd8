import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// How a page is matched to an engagement no labelled document points to
/// yet — from the engagement's own record (its people, place, kind, date,
/// title) and the page — and how a page's kind is read from the letter it
/// reports. Engagements and people here are made up, so that no rule can
/// hold by a name of the development set.
@Suite struct EngagementRulesTests {
    static func event(
        _ id: String, _ date: String, _ title: String, _ kind: EventKind, _ people: [String] = [],
        at location: String? = nil
    ) -> Event {
        Event(
            id: id, date: PartialDate(date)!, title: title, kind: kind, participants: people, location: location,
            source: SourceLocation(file: "events.yaml", line: 1))
    }

    /// The test corpus with these engagements beside its own.
    static func corpus(_ events: [Event]) -> Corpus {
        let c = IngestTests.corpus
        return Corpus(
            root: c.root, organizations: c.organizations, issues: c.issues, events: c.events + events,
            documents: c.documents)
    }

    func draft(_ text: String, _ events: [Event]) throws -> Draft {
        let file = ScratchDirectory.make("engagement") + "/page.txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try Ingester(corpus: Self.corpus(events)).draft(file, takenIDs: [])
    }

    /// The engagement drafted for a page of a headline, a date line, one sentence and the prose.
    func engagement(_ headline: String, dated: String, _ sentence: String, _ events: [Event]) throws -> String {
        try draft("\(headline)\n\n\(dated)\n\n\(sentence)\n\n\(Self.prose)\n", events).fields.event ?? "none"
    }

    /// A capitalized name of four letters ("Expo", "Giro") names an engagement as a longer title word
    /// does; a year of the title ("2031") and its small words do not.
    @Test func aFourLetterNameOfTheTitleNamesTheEngagement() throws {
        let expo = Self.event("expo-2031", "2031-05-01", "Expo 2031 and the world exhibition", .other, at: "Portville")
        #expect(MetadataReader.titleWords(expo) == ["Expo"])
        #expect(
            try engagement(
                "Rights groups write ahead of the Expo", dated: "20 April 2031",
                "The groups asked the organizers to press the hosts to free detained critics.", [expo])
                == "expo-2031")
    }

    /// A headline naming an engagement by a word of its own title ("Zandor: …") names what the page is
    /// about, over an engagement the text's place names fit as well; a country's name in the headline
    /// names no engagement.
    @Test func aHeadlineNamingAnEngagementsOwnTitleWordPointsToIt() throws {
        let events = [
            Self.event("zandor-rally-2031", "2031-01-05", "Zandor Rally across Examplestan", .other, at: "Portville"),
            Self.event(
                "bout-examplestan-2030", "2030-12-07", "Heavyweight bout in Examplestan", .other,
                at: "Old Town, Examplestan"),
        ]
        #expect(
            try engagement(
                "Zandor: rights defenders write to the organizers", dated: "3 January 2031",
                "The race through Examplestan starts in two days, the defenders wrote to the organizers.", events)
                == "zandor-rally-2031")
        let byCountry = [Self.event("kenya-talks-2031", "2031-01-20", "Talks with Kenya", .meeting)]
        #expect(
            try engagement(
                "Kenya: rights defenders write to the ministry", dated: "3 January 2031",
                "The defenders wrote to the ministry about the detentions.", byCountry) == "none")
    }

    /// A page that writes an engagement's year beside its acronym ("the Z20 of 2031") means that
    /// year's, over a namesake a year before and nearer in time: a presidency begun in December for
    /// the summit of the next autumn. Without the year, the nearer namesake.
    @Test func theYearBesideAnAcronymTellsNamesakesApart() throws {
        let events = [
            Self.event(
                "z20-portville-2030", "2030-11-21", "Z20 summit hosted by Examplestan", .summit, at: "Portville"),
            Self.event("z20-old-town-2031", "2031-10-30", "Z20 summit in Old Town", .summit, at: "Old Town"),
        ]
        let headline = "Z20 presidency: rights groups write to the government"
        #expect(
            try engagement(
                headline, dated: "1 December 2030",
                "The groups ask that the Z20 of 2031 put the release of detained critics on its agenda.", events)
                == "z20-old-town-2031")
        #expect(
            try engagement(
                headline, dated: "1 December 2030",
                "The groups ask that the Z20 put the release of detained critics on its agenda.", events)
                == "z20-portville-2030")
        #expect(MetadataReader.namesYear(2031, beside: "Z20", in: Array("the 2031 Z20 summit".utf8)))
        #expect(!MetadataReader.namesYear(2031, beside: "Z20", in: Array("the Z20 met 20310 times".utf8)))
    }

    /// A day's number closes no sentence where a month, a number or a range's word follows it ("am 28.
    /// März", "28. až 30. března 2016"): the sentence that speaks of an engagement as ahead keeps its
    /// date. A number ending a sentence still ends it.
    @Test func aDaysFullStopEndsNoSentence() {
        #expect(MetadataReader.roughSentences("Er reist am 28. März 2014 nach Peking.").count == 1)
        #expect(MetadataReader.roughSentences("Návštěva proběhne 28. až 30. března 2016 v Praze.").count == 1)
        #expect(MetadataReader.roughSentences("Den 23. 3. 2016 vyšla zpráva.").count == 1)
        #expect(MetadataReader.roughSentences("The groups wrote to 12. They also met.").count == 2)
        #expect(MetadataReader.roughSentences("Er kam am 28. Das war gut.").count == 2)
    }

    /// "Roma" names Rome on a page in Italian, Spanish or Portuguese; in English it names a people.
    @Test func romaIsRomeOnlyOnAPageNotInEnglish() {
        #expect(MetadataReader.engagementNames(in: "ospiterà a Roma il vertice", foreign: true).contains("Rome"))
        #expect(!MetadataReader.engagementNames(in: "the rights of Roma in Europe", foreign: false).contains("Rome"))
    }

    /// A day's engagement weeks before the page is over when the page is written: named only by a
    /// place and a title word other engagements share ("Portville", "Examplestan"), it is not what a
    /// letter on the Games ahead addresses, though it is near in time.
    @Test func anEngagementWeeksPastIsNotToldByItsTimeAlone() throws {
        let events = [
            Self.event(
                "lind-portville-2031", "2031-11-25", "President Lind’s state visit to Examplestan", .visit,
                ["Ola Lind"],
                at: "Portville"),
            Self.event("portville-games-2032", "2032-08-08", "Opening of the Portville Summer Olympic Games", .other),
            Self.event("examplestan-talks-2020", "2020-03-01", "Talks with Examplestan on trade", .meeting),
            Self.event("examplestan-summit-2024", "2024-05-01", "Examplestan Summit on water", .summit),
        ]
        #expect(
            try engagement(
                "Letter urges a public stance on human rights", dated: "December 21, 2031",
                "The ministry should explain publicly how it intends to promote human rights in Examplestan in the months before the Portville Olympic Games, the group said today.",
                events) == "portville-games-2032")
        // A week after it, a report on the visit is still near it in time.
        #expect(MetadataReader.isNearInTime(PartialDate("2031-11-25")!, page: PartialDate("2031-11-30")!))
        #expect(!MetadataReader.isNearInTime(PartialDate("2031-11-25")!, page: PartialDate("2031-12-21")!))
        #expect(MetadataReader.isNearInTime(PartialDate("2032-01-20")!, page: PartialDate("2031-12-21")!))
    }

    static let prose =
        "The authorities have detained hundreds of peaceful protesters since the start of the year, and many are still held without trial."

    static let reyes = [
        event(
            "kovalenko-reyes-2031", "2031-09-01", "Kovalenko–Reyes meeting at the White House", .meeting,
            ["Olena Kovalenko", "Daniel Reyes"], at: "Washington"),
        event("reyes-tanaka-2031", "2031-10-02", "Reyes–Tanaka meeting", .meeting, ["Daniel Reyes", "Aiko Tanaka"]),
    ]

    /// A session's number is written with each language's ordinal mark ("45º período de sesiones",
    /// "45e session", "45-й сессии"): it names the "45th session" as the English title does; a larger
    /// number that ends in the same digits does not.
    @Test func aSessionsNumberInAnotherLanguagesOrdinalNamesIt() throws {
        let events = [
            Self.event("council-45-2031", "2031-09", "45th session of the Example Rights Council", .session)
        ]
        let sentence =
            "Las organizaciones piden a los Estados miembros del Consejo que, durante su 45º período de sesiones, "
            + "renueven el mandato de la Misión."
        let d = try engagement("Organizaciones piden renovar la Misión", dated: "18 agosto, 2031", sentence, events)
        #expect(d == "council-45-2031")
        let bytes = Array("au cours de la 45e session du conseil".utf8)
        #expect(MetadataReader.writtenForm(of: "45th", in: bytes) == "45e")
        #expect(MetadataReader.writtenForm(of: "45th", in: Array("на 45-й сессии".utf8)) == "45-й")
        #expect(MetadataReader.writtenForm(of: "45th", in: Array("durante su 145º período".utf8)) == nil)
        #expect(MetadataReader.writtenForm(of: "45th", in: Array("45 organizaciones".utf8)) == nil)
    }

    /// A yearly forum goes by its initials and year ("IGF 2024"), and its host is known more than a year
    /// ahead: a letter naming it so addresses it, over an engagement of the same weeks that shares the
    /// letter's addressee.
    @Test func aForumNamedByItsInitialsAndYearIsAddressedOverAYearAhead() throws {
        let forum = Self.event("egf-2032", "2032-12-15", "21st Example Governance Forum", .meeting, at: "Exampleville")
        #expect(MetadataReader.shortNames(forum).contains("EGF 2032"))
        let events = [
            forum,
            Self.event(
                "road-forum-2031", "2031-10-17", "Third Example Road Forum, attended by Secretary-General Lindqvist",
                .summit, ["Maria Lindqvist"], at: "Sampletown"),
        ]
        let d = try engagement(
            "Letter to Secretary-General Lindqvist on the Hosting of EGF 2032 in Exampleland",
            dated: "October 12, 2031",
            "We ask Secretary-General Lindqvist to reverse the decision to hold EGF 2032 in Exampleland.", events)
        #expect(d == "egf-2032")
    }

    /// A tournament is awarded years ahead, and campaigns to move it start early: a page written about
    /// two years before it addresses it when one sentence names its year and one of its names, as a
    /// short name would ("IGF 2024"); without its year it is too far ahead to be addressed.
    @Test func aTournamentNamedWithItsYearIsAddressedOverAYearAhead() throws {
        let worlds = Self.event(
            "hockey-worlds-2033", "2033-05-09", "2033 Example Hockey World Championship in Sampleburg", .other,
            ["Ivan Example"], at: "Sampleburg")
        let named = try engagement(
            "Rights groups call for the championship to be moved", dated: "June 20, 2031",
            "The groups ask the federation to move the 2033 Example Hockey World Championship, which will take "
                + "place in Sampleburg, to another country.", [worlds])
        #expect(named == "hockey-worlds-2033")
        let unnamed = try engagement(
            "Rights groups call for the championship to be moved", dated: "June 20, 2031",
            "The groups ask the federation to move the Example Hockey World Championship, which will take place "
                + "in Sampleburg, to another country.", [worlds])
        #expect(unnamed == "none")
    }

    /// A visit told in the present, on this week's day ("Xi Jinping est reçu ce lundi en Belgique"), or
    /// on its eve with the article joined ("Na véspera da visita"), is spoken of as now.
    @Test func aVisitToldInThePresentOrOnItsEveIsSpokenOfAsNow() throws {
        let events = [
            Self.event(
                "duval-belgium-2031", "2031-03-31", "President Duval’s state visit to Belgium", .visit,
                ["Marc Duval", "King Example"], at: "Brussels")
        ]
        let french = try engagement(
            "Visite de Marc Duval : la Belgique doit parler droits humains", dated: "Le 31 mars 2031",
            "Alors que le président Marc Duval est reçu ce lundi en Belgique, l’organisation rappelle que la "
                + "situation des droits humains ne s’est pas améliorée.", events)
        #expect(french == "duval-belgium-2031")
        let portuguese = try engagement(
            "Visita de Duval: direitos humanos na agenda", dated: "31 março 2031",
            "Na véspera da visita de Estado do Presidente Marc Duval à Bélgica, a organização apela ao Governo "
                + "para que os direitos humanos estejam no centro dos encontros.", events)
        #expect(portuguese == "duval-belgium-2031")
    }

    /// Istanbul and the OSCE as Russian writes them («Стамбульского саммита ОБСЕ») name them.
    @Test func istanbulAndTheOSCEInRussianNameThem() {
        let names = MetadataReader.engagementNames(in: "участникам Стамбульского саммита ОБСЕ", foreign: true)
        #expect(names.contains("Istanbul") && names.contains("OSCE"), "\(names)")
    }

    /// A Cyrillic word in capitals is an acronym in Latin capitals too («НАТО» → NATO), and a name whose
    /// Latin spelling writes "iu" or "ia" is read so as well («Вільнюсі», the locative, holds Vilnius).
    @Test func cyrillicAcronymsAndNamesAreReadAsTheirLatinSpellings() {
        let names = MetadataReader.engagementNames(in: "саміту НАТО у Вільнюсі", foreign: true)
        #expect(names.contains("NATO") && names.contains { $0.hasPrefix("Vilnius") }, "\(names)")
        #expect(!names.contains("Nato"), "\(names)")
    }

    /// A Ukrainian page about a visit ahead ("який прибуває до … з візитом", who arrives on a visit)
    /// names the engagement by its people and its country written in Cyrillic.
    @Test func aVisitAheadInUkrainianNamesItsEngagement() throws {
        let events = [
            Self.event(
                "bordun-mongolia-2032", "2032-09-03", "President Bordun’s visit to Mongolia", .visit,
                ["Marko Bordun", "Ukhnaagiin Khürelsükh"], at: "Ulaanbaatar")
        ]
        let d = try draft(
            "Правозахисники закликали Монголію заарештувати Бордуна\n\n2 вересня 2032\n\n"
                + "Правозахисна організація закликала владу Монголії заарештувати Марка Бордуна, який прибуває "
                + "до Улан-Батора з візитом.\n\nМонголія має виконати ордер суду.\n",
            events)
        #expect(d.fields.event == "bordun-mongolia-2032", "\(String(describing: d.fields.event))")
    }

    /// An election the General Assembly will hold ("які Генеральна Асамблея проведе у вівторок, 13
    /// жовтня", which the General Assembly will hold on Tuesday 13 October) is spoken of as ahead, and
    /// named by its date and its kind.
    @Test func anElectionTheGeneralAssemblyWillHoldIsAheadInUkrainian() throws {
        let events = [
            Self.event(
                "council-election-2032", "2032-10-13",
                "UN General Assembly election of Example Council members for 2033–2035", .session,
                at: "New York")
        ]
        let d = try draft(
            "Правозахисники закликають не обирати Прикладію до Ради\n\n12.10.2032\n\n"
                + "Правозахисна організація закликала держави не підтримувати кандидатуру Прикладії на виборах "
                + "до Ради, які Генеральна Асамблея проведе у вівторок, 13 жовтня.\n\n\(Self.prose)\n",
            events)
        #expect(d.fields.event == "council-election-2032", "\(String(describing: d.fields.event))")
        #expect(MetadataReader.engagementNames(in: "Генеральна Асамблея", foreign: true).contains("Assembly"))
    }

    @Test func theEngagementsKindInThePagesLanguageNamesIt() throws {
        // No date on the page, no person of the engagement in the sentence: its kind ("visite") and
        // its country, in French ("Algérie"), name it.
        let events = [
            Self.event(
                "duval-algeria-2032", "2032-08-25", "President Duval’s official visit to Algeria", .visit,
                ["Marc Duval", "Karim Haddad"], at: "Algiers and Oran")
        ]
        let d = try draft(
            """
            La diaspora interpelle le président Duval

            Le président se rendra en visite officielle en Algérie du 25 au 27 août. Treize organisations lui demandent de ne pas occulter la question des droits humains.

            Les autorités ont arrêté des centaines de manifestants pacifiques depuis le début de l’année, et plusieurs sont encore détenus sans procès.
            """, events)
        #expect(d.fields.event == "duval-algeria-2032", "\(d.fields.event ?? "none")")
        #expect(MetadataReader.kindsNamed(in: "Bei ihrem ersten Chinabesuch") == [.visit], "a compound's end")
        #expect(MetadataReader.kindsNamed(in: "Die Preise steigen").isEmpty, "not a word's ending")
    }

    @Test func twoNamesThatNoOtherEngagementSharesSingleItOut() throws {
        // Reyes meets others too; Kovalenko and Reyes together, only once. The page states no date.
        let d = try draft(
            """
            Life is not a toy, rights defenders remind the leaders

            Our action today is timed to the meeting of Kovalenko and Reyes, and we remind them of the prisoners.

            \(Self.prose)
            """, Self.reyes)
        #expect(d.fields.event == "kovalenko-reyes-2031", "\(d.fields.event ?? "none")")
    }

    @Test func aCyrillicNameIsReadInLatinLetters() throws {
        // "Тиллерсон", "Лавровым": in no table of name forms.
        let d = try draft(
            """
            Тиллерсон должен обсудить в Москве права человека

            Накануне визита Тиллерсон должен обсудить с Лавровым права человека, говорится в заявлении организации.

            Власти задержали сотни мирных участников акций протеста, многие до сих пор находятся под стражей.
            """, [])
        #expect(d.fields.event == "tillerson-moscow-2017", "\(d.fields.event ?? "none")")
    }

    @Test func aDayNamedWithoutItsYearIsTheEngagementsOfThatDay() throws {
        let events = [
            Self.event(
                "petrov-berlin-paris-2031", "2031-06-01", "Petrov’s visits to Berlin and Paris", .visit,
                ["Ivan Petrov"], at: "Berlin and Paris"),
            Self.event(
                "petrov-france-2033", "2033-05-29", "Petrov’s visit to France", .visit, ["Ivan Petrov"],
                at: "Versailles"),
        ]
        let d = try draft(
            """
            Activists write to the French president

            The letter comes ahead of the visit of President Petrov on 29 May.

            \(Self.prose)
            """, events)
        #expect(d.fields.event == "petrov-france-2033", "\(d.fields.event ?? "none")")
    }

    /// An engagement the page names by its title's word and its place is read before one it names by its date
    /// alone: the day the letter went out ("On 10 June 2031 …") is any engagement's of that day
    /// elsewhere (set AV: a letter about the Commonwealth summit in Colombo took a donors' conference of
    /// the day it was sent).
    @Test func anEngagementNamedByItsNamesOutranksOneNamedByItsDateAlone() throws {
        let events = [
            Self.event(
                "morven-visit-2031", "2031-06-19", "Morven’s visit to Examplestan", .visit, ["Ben Morven"],
                at: "Portville"),
            Self.event("fisheries-2031", "2031-06-10", "Ministerial conference on fisheries", .meeting, at: "Seaton"),
        ]
        let found = try engagement(
            "Groups write to the president", dated: "12 June 2031",
            "On 10 June 2031, at a meeting in the capital, the groups urged the president to raise the fate of detained critics during the Examplestan visit in Portville next week.",
            events)
        #expect(found == "morven-visit-2031", "\(found)")
    }

    /// An engagement recorded by its year is near all that year (not only
    /// by its first day); a format's acronym ("C5+1") names its summit.
    @Test(arguments: [
        (
            event("freedonia-talks-2031", "2031", "Freedonia Negotiations on ending the war", .other),
            "27 November 2031",
            "As the Freedonia Negotiations resume this week, we ask the parties to put the release of every civilian first."
        ),
        (
            event(
                "c5-summit-2031", "2031-11-06", "C5+1 summit of the Central Asian presidents", .summit,
                ["Daniel Reyes"]), "5 November 2031",
            "Ahead of the C5+1 summit, the organization asks that the leaders of the region be pressed on rights."
        ),
    ])
    func anEngagementIsNamedByItsOwnRecord(_ event: Event, _ dated: String, _ sentence: String) throws {
        let found = try engagement("People first: an open letter", dated: dated, sentence, [event])
        #expect(found == event.id, "\(found)")
    }

    @Test func aPersonNamedByOneNameIsThatPersonButNotAnotherOfTheName() throws {
        let events = [
            Self.event(
                "reyes-xi-summit-2031", "2031-04-06", "Reyes–Xi summit at Mar-a-Lago", .summit,
                ["Daniel Reyes", "Xi Jinping"], at: "Palm Beach")
        ]
        let text = """
            Freedom Must Be on the Agenda

            April 2031

            I urge you to include support for fundamental freedoms in your summit with President Xi later this week.

            \(Self.prose)
            """
        let d = try draft(text, events)
        #expect(d.fields.event == "reyes-xi-summit-2031", "\(d.fields.event ?? "none")")
        let other = try draft(text.replacingOccurrences(of: "President Xi", with: "the writer Xi Wen"), events)
        #expect(other.fields.event == nil, "Xi Wen is not Xi Jinping: \(other.fields.event ?? "none")")
    }

    /// The headline names the engagement the page is about by its acronym, even one its
    /// namesakes of other years share ("APEC leaders urged …"): it outranks a near engagement the text
    /// speaks of as ahead by people alone ("Reyes … on Sunday for a state visit"). Without the
    /// acronym in the headline, the other one is read.
    @Test func anEngagementTheHeadlineNamesOutranksOneTheTextNamesByPeople() throws {
        let events = [
            Self.event(
                "apec-da-nang-2031", "2031-11-10", "APEC Economic Leaders’ Meeting in Da Nang", .summit, [],
                at: "Da Nang"),
            Self.event(
                "apec-lima-2030", "2030-11-15", "APEC Economic Leaders’ Meeting in Lima", .summit, [], at: "Lima"),
            Self.event(
                "reyes-china-2031", "2031-11-08", "President Reyes’s state visit to China", .visit,
                ["Daniel Reyes", "Xi Jinping"], at: "Beijing"),
        ]
        let sentence =
            "President Daniel Reyes and President Xi Jinping are among the leaders expected this week at the "
            + "meeting, and Reyes goes on for a state visit on Sunday."
        let named = try engagement(
            "APEC leaders urged not to ignore jailed critics", dated: "November 6, 2031", sentence, events)
        #expect(named == "apec-da-nang-2031", "\(named)")
        let unnamed = try engagement(
            "Leaders urged not to ignore jailed critics", dated: "November 6, 2031", sentence, events)
        #expect(unnamed == "reyes-china-2031", "\(unnamed)")
    }

    @Test func ofTwoEngagementsAsNearTheOneShortlyAfterThePageIsIt() throws {
        let events = [
            Self.event(
                "reyes-visit-2031-08", "2031-08-31", "Reyes visit to the White House", .visit, ["Daniel Reyes"],
                at: "Washington"),
            Self.event(
                "reyes-visit-2031-09", "2031-09-22", "Reyes visit to the White House", .visit, ["Daniel Reyes"],
                at: "Washington"),
        ]
        let found = try engagement(
            "Rights groups write ahead of the visit", dated: "21 September 2031",
            "Ahead of the visit of Reyes to Washington, the organizations ask that rights be raised.", events)
        #expect(found == "reyes-visit-2031-09", "\(found)")
    }

    @Test func aNewsPageThatNamesTheLetterItReportsIsALetter() throws {
        let d = try draft(
            """
            The King welcomes the monarch as campaigners urge the release of prisoners

            The King has welcomed the visiting ruler to the castle, as campaigners urged him to speak up for political prisoners.

            The ruler arrived with two of his sons in a carriage, while a band played.

            The two monarchs inspected a guard of honour.

            The campaigners had written to the King ahead of the visit. Its letter names several prisoners held for their opinions.
            """, [])
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
    }

    @Test func aPiecePublishedInANewspaperIsAnOpEd() throws {
        let page = """
            Le président doit parler des droits humains

            Par Jeanne Martin et Paul Durand
            Publié dans Le Courrier du Dimanche

            Le 19 août, le président recevra son homologue au fort. Sera-t-il aussi ferme qu’il l’a été dans ses déclarations passées ?

            Les autorités ont arrêté des centaines de manifestants pacifiques depuis le début de l’année, et plusieurs sont encore détenus sans procès.
            """
        let d = try draft(page, [])
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
        let dated = try draft(page.replacingOccurrences(of: "Le Courrier du Dimanche", with: "août 2019"), [])
        #expect(dated.fields.kind != .opEd, "a date, not a newspaper")
    }

    /// A blog's footer sets the post's category beside its comments: an open letter filed under
    /// "Lettres ouvertes" is the letter its salutation says, not a piece published in a newspaper.
    @Test func aBlogsCategoryFooterIsNoNewspaper() throws {
        let page = """
            Lettre ouverte au président à l’occasion de la visite de son homologue

            Monsieur le Président de la République,

            Vous recevez demain votre homologue. Nous vous demandons d’aborder publiquement la situation des prisonniers politiques et d’obtenir leur libération.

            Les autorités ont arrêté des centaines de manifestants pacifiques depuis le début de l’année, et plusieurs sont encore détenus sans procès.

            Publié dans Lettres ouvertes | Pas de commentaire »
            """
        let d = try draft(page, [])
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
    }

    /// A page stating no date but an update stamp is read against the stamp's time: of two visits of the
    /// same leader to the same city, the one near the stamp, not the one years before; the stamp, not
    /// the engagement, dates the page.
    @Test func aPageDatedOnlyByItsUpdateStampAddressesTheEngagementNearIt() throws {
        let events = [
            Self.event(
                "ruler-exampleton-2000", "2000-04-16", "President Ruler's visit to Exampleton", .visit, ["Ana Ruler"],
                at: "Exampleton"),
            Self.event(
                "ruler-exampleton-2012", "2012-08-02", "President Ruler in Exampleton for the Games", .visit,
                ["Ana Ruler"], at: "Exampleton"),
        ]
        let d = try draft(
            "Writers Ask President Ruler to Free Prisoners\n\nLast updated: 1 August 2012\n\nIn a letter published "
                + "in a newspaper, writers ask President Ruler, who is in Exampleton this week, to free the country's "
                + "political prisoners.\n\n\(Self.prose)\n", events)
        #expect(d.fields.event == "ruler-exampleton-2012", "\(d.fields.event ?? "none")")
        #expect(d.fields.date == PartialDate("2012-08-01"), "\(d.fields.date)")
    }

    /// The Club World Cup named in Spanish ("Mundial de Clubes") is read in its English title's words;
    /// the Munich Security Conference named in German ("Münchner Sicherheitskonferenz … in München") is
    /// found by them.
    @Test func engagementsNamedInSpanishAndGermanAreFound() throws {
        #expect(
            MetadataReader.engagementNames(in: "el Mundial de Clubes 2033", foreign: true).contains("Club World Cup"))
        let munich = Self.event(
            "msc-2034", "2034-02-17", "Munich Security Conference 2034", .meeting, at: "Munich")
        let german = try engagement(
            "Münchner Sicherheitskonferenz: Ohne Menschenrechte keine Sicherheit", dated: "15. Februar 2034",
            "Die Sicherheitskonferenz findet vom 17. bis 19. Februar in München statt.", [munich])
        #expect(german == "msc-2034", "\(german)")
    }

    /// "As the" speaks of now at a word's start only: "So has the spectacle …" speaks of nothing now.
    /// A country that will host an engagement, or prepares to, speaks of it as ahead.
    /// A letter greeting a person who takes part in an engagement ("Dear Prime Minister Reyes,") and
    /// writing of "your visit" addresses that engagement, over another visit to the same country days
    /// from the letter's date, whose month the text names in passing. Session 44, from set BB's letter
    /// to a prime minister, drafted for a president's visit to China of the same month.
    @Test func theEngagementOfTheGreetedPersonIsTheLettersOwn() throws {
        let events = [
            Self.event(
                "vogel-examplestan-2031", "2031-03-20", "President Vogel’s first state visit to Examplestan", .visit,
                ["Anna Vogel", "Li Wen"], at: "Portville"),
            Self.event(
                "reyes-examplestan-2031", "2031-04-14", "Prime Minister Reyes’s first official visit to Examplestan",
                .visit, ["Daniel Reyes", "Li Wen"], at: "Portville and Harbourton"),
        ]
        let d = try draft(
            """
            Letter to Prime Minister Reyes

            March 23, 2031

            Dear Prime Minister Reyes,

            We write on the occasion of your first visit to Examplestan as prime minister to urge you to speak out for greater respect for human rights in Examplestan.

            We appreciate your government's support for the March 2031 joint statement at the United Nations condemning the detention of peaceful activists.

            \(Self.prose)
            """, events)
        #expect(d.fields.event == "reyes-examplestan-2031", "\(d.fields.event ?? "none")")
    }

    @Test func aheadCuesAreWordsNotPartsOfWords() {
        #expect(MetadataReader.currentSentences("So has the spectacle of the great powers been shameful").isEmpty)
        #expect(!MetadataReader.currentSentences("As the summit opens, the leaders meet").isEmpty)
        #expect(!MetadataReader.currentSentences("Now, as it prepares to host the G20 summit, it can act").isEmpty)
    }
}
