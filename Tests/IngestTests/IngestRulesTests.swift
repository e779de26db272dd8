import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// The rules `brief ingest` reads fields by, each on a page of a few lines
/// that holds the case the issue names (never a development-set page).
@Suite struct IngestRulesTests {
    func draft(_ text: String, ext: String = "txt") throws -> Draft {
        let file = ScratchDirectory.make("rule") + "/page." + ext
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try Ingester(corpus: IngestTests.corpus).draft(file, takenIDs: [])
    }

    static let prose =
        "The organization said the authorities had detained more than forty people in the past month, many of them without charge, and that families had been told nothing of where they were held."

    @Test(arguments: [
        ("New York, June 28, 2010 – \(prose)", "2010-06-28"),
        ("(Berlin, August 17, 2018) – \(prose)", "2018-08-17"),
        ("GENEVA (2 August 2024) – \(prose)", "2024-08-02"),
        ("Москва, 3 февраля 2024 года. \(prose)", "2024-02-03"),
        ("Paris, le 12 juillet 2010 – \(prose)", "2010-07-12"),
        ("Caracas, 24 de abril de 2023 – \(prose)", "2023-04-24"),
        ("(London, July 15, 2003) \(prose)", "2003-07-15"),
    ])
    func aDatelineGivesTheDayItStates(_ opening: String, _ expected: String) throws {
        let d = try draft("Rights Groups Ask for the Release of Detained Reporters\n\n\(opening)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "high")
    }

    /// A news agency's wire closes its copy with the day it moved ("(AGENCY)" / "02 Mar 2010" / the
    /// editors' initials), below a text longer than the opening where a date is looked for: the
    /// page's date, read from that line (before, the month of the latest date the text names, a guess).
    @Test func aWiresClosingDateDatesThePage() throws {
        let text = Array(repeating: Self.prose, count: 6).joined(separator: "\n\n")
        let d = try draft(
            """
            AGENCY NEWS
            Home | Politics | Society | World

            Rights Groups Ask for the Release of Detained Reporters

            MADRID
            AGENCY

            \(text)

            (AGENCY)
            02 Mar 2010
            MGR/lmb

            Tags: detention, reporters

            © Agency 2010
            """)
        #expect(d.fields.date == PartialDate("2010-03-02"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.excerpt == "02 Mar 2010")
    }

    @Test func aDateAloneOnALineAndAPublishedLineAreRead() throws {
        let alone = try draft(
            "Rights Groups Ask for the Release of Detained Reporters\n\n26 November 2025\n\n\(Self.prose)\n\n\(Self.prose)\n"
        )
        #expect(alone.fields.date == PartialDate("2025-11-26"))
        let posted = try draft(
            "Rights Groups Ask for the Release of Detained Reporters\n\n\(Self.prose)\n\nPosted on 3 March 2019\n")
        #expect(posted.fields.date == PartialDate("2019-03-03"))
    }

    /// A publication cue labels a byline wherever the byline sets it: a segment of its own after
    /// " · " or " | ", or capitalized after the author's name; and a numeric date whose parts a site
    /// spaces out is read whole. The text's own later date ("28 July 2029") is not the page's.
    @Test(arguments: [
        ("Fahad Shabbir (@FahadShabbir) Published June 20, 2023 | 05:40 PM", "2023-06-20"),
        ("Par Ilaria Allegrozzi et Fabien Offner · Publié le 25 juillet 2022", "2022-07-25"),
        ("Publié le 03 - 07 - 2013", "2013-07-03"),
        ("Veröffentlicht 2. 6. 2015", "2015-06-02"),
        ("Published November 30th, 2017 at 4:02pm", "2017-11-30"),
    ])
    func aPublicationLabelInsideABylineDatesThePage(_ byline: String, _ expected: String) throws {
        let d = try draft(
            "Rights Groups Ask for the Release of Detained Reporters\n\n\(byline)\n\n\(Self.prose) The court sits again on 28 July 2029.\n"
        )
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "high")
        // Set in a PDF, the byline stands apart from the paragraph under it.
        #expect(MetadataReader.isStampLine(byline))
    }

    /// Only a byline's cue labels a date: not a sentence's "published on", a headline's "Letter
    /// Dated …", an event's "Trial Date:" or a related article's "… to the EU Posted …".
    @Test(arguments: [
        "a letter published on 3 May 2022 urged the minister to act",
        "Letter Dated 5 March 2021 from the Permanent Representative",
        "Trial Date: 12 May 2023",
        "Joint Letter to the EU Posted 3 May 2019",
    ])
    func aCueOutsideABylineLabelsNoDate(_ line: String) {
        #expect(MetadataReader.publicationLabel(line) == nil)
    }

    @Test func anHTMLPageDeclaresItsTitleAndDate() throws {
        let html = """
            <html><head><title>Reporters Must Go Free | Example Rights Group</title>
            <meta property="og:site_name" content="Example Rights Group">
            <meta property="article:published_time" content="2018-08-17T09:00:00+02:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-08-17"}</script></head>
            <body><header><a href="/">Example Rights Group</a> <a href="/donate">Donate</a></header>
            <p>Example Rights Group</p><h1>Reporters Must Go Free</h1><p>\(Self.prose)</p><p>\(Self.prose)</p></body></html>
            """
        let d = try IngestRulesTests().draft(html, ext: "html")
        #expect(d.fields.title == "Reporters Must Go Free")
        #expect(d.evidence["title"]?.confidence == "high", "the markup names it too")
        #expect(d.fields.date == PartialDate("2018-08-17"))
        let meta = PageMeta.read(Data(html.utf8))
        #expect(meta.dates.map(\.date) == [PartialDate("2018-08-17")!, PartialDate("2018-08-17")!])
        #expect(meta.siteName == "Example Rights Group")
        #expect(meta.header == ["Example Rights Group", "Donate"], "one line per link: \(meta.header)")
    }

    @Test func theSiteNameIsNeverTheTitle() throws {
        let d = try draft("Human Rights Watch\nNews › Russia\n\nRussia: Free Jailed Reporters Now\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Russia: Free Jailed Reporters Now", "\(d.fields.title)")
        #expect(d.fields.organizations == ["hrw"], "the masthead names the publisher")
    }

    /// A letterhead sets the organization's name in capitals: it is the masthead still, never the
    /// title, however short the headline under it. In a PDF a typed letter's subject line stands apart
    /// from the addressee's block above it.
    @Test func aLetterheadInCapitalsIsNeverTheTitle() throws {
        let d = try draft("HUMAN RIGHTS WATCH\n\nFree the Reporters\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Free the Reporters", "\(d.fields.title)")
        #expect(StatementText.isMasthead("HUMAN RIGHTS WATCH", name: "Human Rights Watch"))
        #expect(!StatementText.isMasthead("HUMAN RIGHTS WATCH URGES EU TO ACT", name: "Human Rights Watch"))
        let unwrapped = PDFExtractor.unwrap(
            """
            Prime Minister Sheikh Hasina
            Office of the Prime Minister, Dhaka
            Re: Enforced Disappearances in Bangladesh and the Secret Detention of Members of the Opposition
            Parties Since the Election
            Dear Prime Minister Hasina,
            """
        ).split(separator: "\n")
        #expect(
            unwrapped.contains(
                "Re: Enforced Disappearances in Bangladesh and the Secret Detention of Members of the Opposition Parties Since the Election"
            ), "\(unwrapped)")
    }

    @Test(arguments: [
        "Usamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar Leer más",
        "Política  Economía  Mundo  Cultura  Opinión  Suscríbete",
        "Politik  Wirtschaft  Welt  Kultur  Meinung",
        "Ce site web utilise des cookies pour améliorer votre expérience",
    ])
    func aConsentBannerOrANewsSitesSectionsAreNeverTheTitle(_ furniture: String) throws {
        let d = try draft("\(furniture)\n\nRussia: Free Jailed Reporters Now\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Russia: Free Jailed Reporters Now", "\(d.fields.title)")
    }

    @Test(arguments: [
        "Last updated: Wednesday, 1 August 2012, 11:25 GMT 15:25 Moscow time",
        "Последнее обновление: среда, 01 августа 2012 г., 11:25 GMT 15:25 MSK",
        "Dernière mise à jour : mercredi 1er août 2012, 11 h 25, heure de Paris",
    ])
    func aSitesUpdateStampIsNeitherTheTitleNorTheText(stamp: String) throws {
        let headline = "Russia: Free Jailed Reporters Now"
        for page in ["\(headline)\n\n\(stamp)\n\n\(Self.prose)\n", "\(stamp)\n\n\(headline)\n\n\(Self.prose)\n"] {
            let d = try draft(page)
            #expect(d.fields.title == headline, "\(d.fields.title)")
            #expect(d.body.hasPrefix("The organization said"), "\(d.body.prefix(80))")
        }
    }

    @Test func aPageWithoutAPublicationDateIsDatedByItsUpdateStampAsAGuess() throws {
        let d = try draft(
            "Russia: Free Jailed Reporters Now\n\nLast updated: Wednesday, 1 August 2012, 11:25 GMT\n\n"
                + "\(Self.prose) The first arrests were made in June 2011.\n")
        #expect(d.fields.date == PartialDate("2012-08-01"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "low" && d.evidence["date"]?.excerpt.contains("update stamp") == true)
    }

    @Test func anUnstatedDateIsAGuessNeverTheCorpusNewestYear() throws {
        let d = try draft(
            "Groups Ask for the Release of Reporters\n\n\(Self.prose) In 2012 the group first wrote about the detentions.\n"
        )
        #expect(d.fields.date == PartialDate("2012"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "low" && d.evidence["date"]?.excerpt.contains("guess") == true)
    }

    /// What is asked follows the ask verb: a clause before the first that holds one tells the occasion
    /// ("We are writing in advance of your talks on …, and to press for …"), and is no ask of its own.
    /// A letter's "we hope you will" asks.
    @Test func aClauseBeforeTheAskVerbTellsTheOccasion() throws {
        let d = try draft(
            """
            Letter to the President Ahead of the Talks

            Dear Mr. President,

            We are writing in advance of your talks on the detained Ukrainian civilians held by Russia, and to \
            press for access for independent monitors to every place of detention.

            \(Self.prose)
            """)
        let quotes = d.fields.asks.compactMap(\.quote)
        #expect(!quotes.contains { $0.hasPrefix("We are writing") }, "\(quotes)")
        #expect(d.fields.asks.map(\.demand) == ["monitor-detainees"], "\(d.fields.asks.map(\.demand))")
        let cues = AskFinder.askCueTable.words(for: "en")
        #expect(
            AskFinder.isAsk("We hope you will use it to make clear that rights are part of the policy.", cues: cues))
        #expect(!AskFinder.isAsk("We hope the talks will go well for both sides.", cues: cues))
    }

    @Test func listItemsUnderALeadInAreTheAsksAndTheLeadInIsNot() throws {
        let d = try draft(
            """
            Groups Ask the President to Act for Detainees

            \(Self.prose)

            President Trump should:

            - insist on the release of detained Ukrainian civilians held by Russia;
            - press for access for independent monitors to every place of detention; and
            """)
        let quotes = d.fields.asks.compactMap(\.quote)
        #expect(
            Set(d.fields.asks.map(\.demand)) == ["release-civilians", "monitor-detainees"],
            "\(d.fields.asks.map(\.demand))")
        #expect(
            !quotes.contains {
                $0.hasPrefix("- ") || $0.hasSuffix("; and") || $0.hasSuffix(";") || $0.contains("should:")
            }, "\(quotes)")
        #expect(!d.unmatched.contains { $0.sentence.contains("should:") }, "a lead-in is not an unmatched ask")
    }

    /// A marked list under a lead-in that names no ask ("Among the most important, the groups name
    /// these:") is a list of asks when its first item asks: every item is then read as one, those
    /// without an ask's word too. Unmarked lines under a label ("Read more:") are links.
    @Test func aListWhoseFirstItemAsksIsAListOfAsks() throws {
        let page = """
            Groups Name Their Priorities for the Summit

            \(Self.prose)

            Among the most important steps, the groups name these:

            - insist on the release of detained Ukrainian civilians held by Russia;
            - access for independent monitors to every place of detention;
            """
        let d = try draft(page)
        #expect(
            Set(d.fields.asks.map(\.demand)) == ["release-civilians", "monitor-detainees"],
            "\(d.fields.asks.map(\.demand))")
        let described = try draft(
            page.replacingOccurrences(of: "insist on the release of", with: "the continued detention of"))
        #expect(described.fields.asks.isEmpty, "a first item that asks nothing: \(described.fields.asks.map(\.demand))")
        let links = try draft(
            "Groups Name Their Priorities for the Summit\n\n\(Self.prose)\n\nRead more:\nThe Post’s View: the President "
                + "should insist on the release of detained civilians\nAccess for monitors to places of detention\n")
        #expect(
            !links.fields.asks.contains { $0.demand == "monitor-detainees" },
            "the second of unmarked lines under a label is a link: \(links.fields.asks.map(\.demand))")
    }

    /// A printed lead-in ends its paragraph at its colon however long its last line, so that the list
    /// under it is read item by item, not joined to it.
    @Test func aPrintedLeadInEndsAtItsColon() {
        let measure = String(repeating: "word ", count: 17)
        let text =
            "\(measure)and so the signatories ask the President of the Republic :\n"
            + "to demand that the coalition end unlawful attacks on civilians;\n"
            + "to suspend arms transfers to Saudi Arabia and its allies;\n"
            + "\(measure)\n\(measure)\n"
        let lines = PDFExtractor.unwrap(text).split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("President of the Republic :") }, "\(lines)")
    }

    /// An unmarked list under a lead-in ends at a quoted paragraph (the lead-in introduced a speaker's
    /// words) and at a heading ("Background"): neither the quotation nor the paragraphs under the heading
    /// are its items.
    @Test func aQuotedParagraphOrAHeadingEndsAnUnmarkedList() throws {
        let quoted = try draft(
            "Groups Ask for the Release of Civilians\n\n\(Self.prose)\n\nAhead of the talks, the group’s director "
                + "called on the President to put rights before empty gestures:\n\n“The visit may do more harm than "
                + "good if it ignores the detained.\n\n“He should insist on the release of detained Ukrainian civilians "
                + "held by Russia.”\n")
        let read = quoted.fields.asks.compactMap(\.quote) + quoted.unmatched.map(\.sentence)
        #expect(!read.contains { $0.contains("more harm than good") }, "a speaker's words are no list: \(read)")
        #expect(quoted.fields.asks.map(\.demand).contains("release-civilians"), "\(quoted.fields.asks)")
        let headed = try draft(
            "Groups Ask for the Release of Civilians\n\n\(Self.prose)\n\nThe group asked the President to:\n\n"
                + "insist on the release of detained Ukrainian civilians held by Russia.\n\nBackground\n\n"
                + "Last month the forces detained more than forty people in the capital.\n")
        let items = headed.fields.asks.compactMap(\.quote) + headed.unmatched.map(\.sentence)
        #expect(headed.fields.asks.map(\.demand) == ["release-civilians"], "\(headed.fields.asks)")
        #expect(!items.contains { $0.contains("Last month") }, "the heading ends the list: \(items) \(headed.body)")
    }

    /// An HTML list keeps its markers ("- ", and "3. " in an `<ol start=3>`), written before the
    /// item's first word wherever its text sits, so that the draft's body holds Markdown items and
    /// a list under a lead-in ends where its markup does: the paragraph after it is no item.
    @Test func anHTMLListsItemsAreTheAsksAndTheListEndsWhereItsMarkupDoes() throws {
        let after =
            "The families of the civilians say they have been told nothing of where the detained civilians are held, and that no monitor has seen them."
        let d = try draft(
            """
            <html><head><title>Groups Ask the President to Act for Detainees</title></head><body><article>
            <h1>Groups Ask the President to Act for Detainees</h1>
            <p>\(Self.prose)</p>
            <p>President Trump should:</p>
            <ul><li>insist on the release of detained Ukrainian civilians held by Russia;</li>
            <li><p>press for access for independent monitors to every place of detention.</p></li></ul>
            <p>\(after)</p>
            </article></body></html>
            """, ext: "html")
        #expect(Set(d.fields.asks.map(\.demand)) == ["release-civilians", "monitor-detainees"], "\(d.fields.asks)")
        #expect(d.body.contains("\n- insist on the release") && d.body.contains("\n- press for access"), "\(d.body)")
        let read = d.fields.asks.compactMap(\.quote) + d.unmatched.map(\.sentence)
        #expect(!read.contains { $0.contains("told nothing") }, "the paragraph after the list is no item: \(read)")

        let lines = HTMLExtractor.extract(
            Data(
                ("<ol start=\"3\"><li>first item</li><li><p>second item</p></li></ol><ul><li> </li><li>&nbsp;</li></ul>"
                    + "<p>after</p><ul><li></li><li/></ul><p>then</p><ol start=\"99999999999999999999\"><li>one</li></ol>")
                    .utf8)
        ).lines.filter { !$0.isEmpty }
        #expect(lines == ["3. first item", "4. second item", "after", "then", "1. one"])
    }

    /// Each language's table holds its forms of asking: the plural and past ("закликають",
    /// "просять"), the masculine ("должен"), reported speech's subjunctive ("müsse"), the
    /// infinitive of a list's items ("Pedir"), the impersonal ("il faut").
    @Test(arguments: [
        ("en", "We call for an independent investigation into his death and the release of all political prisoners."),
        ("ru", "Президент Трамп должен привлечь подозреваемых в этих нарушениях к правосудию."),
        ("uk", "Організації закликають президента покласти край безкарності за напади на активістів."),
        ("uk", "Вони також просять посилити підзвітність правоохоронних органів."),
        ("de", "Die Bundesregierung müsse deutlich machen, dass Kairo die Menschenrechte achten solle."),
        ("fr", "Il faut notamment mettre un terme aux détentions de professionnels de l’information."),
        ("es", "Pedir a China que publique las cifras de condenas a muerte y ejecuciones."),
        ("es", "Las organizaciones ruegan a los prelados que intercedan por los presos políticos."),
    ])
    func eachLanguageAsksByItsCommonVerbs(_ language: String, _ sentence: String) throws {
        let cues = try #require(AskFinder.askCueTable.byLanguage[language])
        #expect(AskFinder.isAsk(sentence, cues: cues))
    }

    /// English lists every form of its ask verbs and reads them as whole words: "pressed" and
    /// "raising" ask, "pressure" and "urgently" do not, and a verb a dash follows ends its word
    /// ("We must—"). "Raises" and "raised" report a matter raised ("the letter also raises the
    /// case of …", "other groups have raised similar concerns"): they ask nothing.
    @Test func englishAskVerbsAreWholeWords() throws {
        let cues = try #require(AskFinder.askCueTable.byLanguage["en"])
        for asking in [
            "The groups pressed the president to free the detained reporters.",
            "The groups are raising the cases of three jailed lawyers with the minister.",
            "They are insisting that the summit address the arrests.",
            "“We must—and we will—free them,” the director said.",
        ] {
            #expect(AskFinder.isAsk(asking, cues: cues), "\(asking)")
        }
        for telling in [
            "The pressure group met the minister on Wednesday for a lavish tour.",
            "The government came under pressure after the urgently convened hearing.",
            "The letter also raises the case of a photojournalist jailed since 2014.",
            "Human Rights Watch and other groups have raised similar concerns.",
        ] {
            #expect(!AskFinder.isAsk(telling, cues: cues), "\(telling)")
        }
    }

    /// A sentence asks by its page's own language's verbs: English "press" asks nothing in German
    /// "Pressefreiheit", nor Spanish "inst" (instar) in English "instead".
    @Test(arguments: [
        (
            "Reporter ohne Grenzen fordert die Freilassung der inhaftierten Journalisten in Russland vor dem Besuch des Kanzlers.",
            "Auf der Rangliste der Pressefreiheit steht Russland auf Platz 150 von 180 Staaten, und die Zahl der Festnahmen nimmt zu.",
            "Die Organisation sagte, die Behörden hätten im vergangenen Monat mehr als vierzig Menschen festgenommen, viele von ihnen ohne Anklage, und die Familien wüssten nicht, wo sie festgehalten werden."
        ),
        (
            "The President should insist on the release of detained Ukrainian civilians held by Russia.",
            "The authorities detained the civilians instead of freeing them, and the families were told nothing at all.",
            prose
        ),
    ])
    func aSentenceAsksByItsPagesOwnLanguage(ask: String, background: String, prose: String) throws {
        let d = try draft("Rights Groups and the Visit\n\n\(ask)\n\n\(background)\n\n\(prose)\n")
        let read = d.fields.asks.compactMap(\.quote) + d.unmatched.map(\.sentence)
        #expect(read.contains { ask.hasPrefix($0) || $0.hasPrefix(String(ask.prefix(30))) }, "\(read)")
        #expect(!read.contains { background.hasPrefix(String($0.prefix(30))) }, "\(read)")
    }

    /// Ask verbs the genre writes in Portuguese and Spanish: a lead-in that challenges someone to act
    /// ("desafia o primeiro-ministro a:", so the items under it are its asks), "para pedir", "quer que",
    /// "ha pedido". A challenge named as a noun ("o desafio") asks nothing.
    @Test(arguments: [
        ("pt", "A Amnistia Internacional desafia o primeiro-ministro a:", true),
        ("pt", "A Amnistia aproveita a carta para pedir de novo que facilite a concessão de vistos.", true),
        ("pt", "A organização quer que sejam levantadas as violações cometidas pela polícia.", true),
        (
            "es", "Amnistía Internacional ha pedido al Gobierno que no deje fuera de la visita los derechos humanos.",
            true
        ),
        ("pt", "O desafio da visita é grande para o governo.", false),
    ])
    func anAskVerbOfPortugueseOrSpanishAsks(_ language: String, _ sentence: String, _ asks: Bool) {
        #expect(AskFinder.isAsk(sentence, cues: AskFinder.askCueTable.words(for: language)) == asks)
    }

    /// A lead-in need not end with a colon: a sentence that stops on a word ("… to make sure that")
    /// with marked items under it goes on in them. And a lead-in that announces its list in any
    /// language ("las siguientes", "die folgenden") is followed by asks without an ask verb of its own.
    @Test func aLeadInWithoutAColonOrAskVerbStillLeadsItsItems() throws {
        let open = try draft(
            """
            Groups Ask the President to Act for Detainees

            \(Self.prose)

            The groups urge the President to make sure that

            - detained Ukrainian civilians held by Russia are released without delay;
            - independent monitors gain access to every place of detention.
            """)
        #expect(
            Set(open.fields.asks.map(\.demand)) == ["release-civilians", "monitor-detainees"], "\(open.fields.asks)")
        #expect(!open.unmatched.contains { $0.sentence.contains("make sure that") }, "the lead-in is no ask")

        let spanish = try draft(
            """
            La organización y la visita del presidente

            La organización afirmó que las autoridades detuvieron a más de cuarenta personas durante el mes pasado, muchas de ellas sin cargos, y que las familias no saben dónde están.

            Entre sus principales preocupaciones, la organización enumera las siguientes:

            - Que se ponga fin a la detención de los civiles ucranianos en Rusia.
            - Que observadores independientes tengan acceso a todos los lugares de detención.
            """)
        let read = spanish.fields.asks.compactMap(\.quote) + spanish.unmatched.map(\.sentence)
        #expect(
            read.contains { $0.hasPrefix("Que se ponga fin") } && read.contains { $0.hasPrefix("Que observadores") },
            "\(read)")
    }

    @Test func sentencesAreSplitByICUNotAtEveryFullStop() {
        let parts = AskFinder.split(
            "The U.S. government and Mr. Smith should press Russia. A second sentence follows here.", locale: "en")
        #expect(
            parts.map { $0.trimmingCharacters(in: .whitespaces) }
                == ["The U.S. government and Mr. Smith should press Russia.", "A second sentence follows here."])
    }

    /// A sentence is cut into its clauses by its own language's rules. Portuguese ", que " opens a
    /// relative clause, which describes and is cut off; in Spanish the same words open what is asked
    /// ("pide a las autoridades, a través de su carta, que pongan fin…"), and English has its own.
    @Test func aSentenceIsCutIntoClausesByItsOwnLanguagesRules() {
        let spanish =
            "AI pide a las autoridades estadounidenses, a través de su carta, que pongan fin a todas las ejecuciones"
        #expect(AskFinder.clauses(spanish, language: "es").map(String.init) == [spanish])
        let portuguese = "A Anistia pede a libertação do jornalista, que foi detido em março sem acusação formal"
        #expect(AskFinder.clauses(portuguese, language: "pt") == ["A Anistia pede a libertação do jornalista"])
        let english = "We call for the release of Jimmy Lai, who was convicted of national security offenses"
        #expect(AskFinder.clauses(english, language: "en") == ["We call for the release of Jimmy Lai"])
        #expect(AskFinder.clauses(english, language: nil) == ["We call for the release of Jimmy Lai"], "nil is English")
        // A language without rules of its own is cut by every language's.
        #expect(AskFinder.clauses(portuguese, language: "hr") == ["A Anistia pede a libertação do jornalista"])
        // Where the asked clause resumes after a relative clause set between commas, the ask follows it.
        let resumed =
            "The group called on the royal couple, who are on a tour of the region, to use their influence to raise the prisoners"
        #expect(
            AskFinder.clauses(resumed, language: "en") == ["to use their influence to raise the prisoners"])
        // Not where the asked clause opened before it: the clause after the relative one goes on with it.
        let continued = "We urge Vietnam to invite the Working Group, which last visited in 1994, to return"
        #expect(AskFinder.clauses(continued, language: "en") == ["We urge Vietnam to invite the Working Group"])
        // Nor after an imperative, whose "to" after the relative clause tells its purpose.
        let purpose = "Amend the Charities Proclamation, which restricts the groups' work, to bring it into line"
        #expect(AskFinder.clauses(purpose, language: "en") == ["Amend the Charities Proclamation"])
    }

    /// "Needs to" asks as "should" does ("the Foreign Secretary needs to tackle China over repression").
    @Test func needsToAsks() {
        let cues = AskFinder.askCueTable.words(for: "en")
        #expect(AskFinder.isAsk("In public too, the Foreign Secretary needs to tackle the repression.", cues: cues))
        #expect(!AskFinder.isAsk("The Foreign Secretary set off for the capital in October.", cues: cues))
    }

    /// "y de", "et de", "e di" part two demands before an infinitive ("exigir … y de garantizar …"); before
    /// a noun they join two objects of one demand ("la autonomía de la Comisión y de la Corte").
    @Test func aConjoinedPrepositionPartsDemandsOnlyBeforeAnInfinitive() {
        let objects =
            "Les instamos a defender la autonomía de la Comisión y de la Corte Interamericanas frente a los intentos"
        #expect(AskFinder.clauses(objects, language: "es").map(String.init) == [objects])
        let two =
            "Les pedimos exigir la liberación de los presos políticos y de garantizar el acceso de los observadores"
        #expect(
            AskFinder.clauses(two, language: "es").map(String.init) == [
                "Les pedimos exigir la liberación de los presos políticos", "garantizar el acceso de los observadores",
            ])
        let french = "Nous demandons d’obtenir la libération des moines et d’aborder publiquement la liberté religieuse"
        #expect(AskFinder.clauses(french, language: "fr").count == 2)
        let frenchObjects =
            "Nous demandons la levée de l’interdiction des manifestations de l’opposition et de la presse"
        #expect(AskFinder.clauses(frenchObjects, language: "fr").map(String.init) == [frenchObjects])
    }

    @Test func aDemandIsNotMatchedOnOneWordInCommon() {
        let finder = AskFinder(corpus: IngestTests.corpus)
        #expect(finder.match("We urge the council to publish its annual budget in full.") == nil)
        #expect(finder.match("Insist on the release of detained Ukrainian civilians.")?.0.id == "release-civilians")
    }

    @Test func everyDemandASentenceMayMakeIsKeptForThePageToChooseAmong() {
        let finder = AskFinder(corpus: IngestTests.corpus)
        let made = finder.matches("Insist on the release of detained Ukrainian civilians and prisoners of war.")
        #expect(made.first?.0.id == "release-civilians", "\(made.map(\.0.id))")
        #expect(made.count > 1, "the other demands it may make stay candidates: \(made.map(\.0.id))")
        #expect(zip(made, made.dropFirst()).allSatisfy { $0.1 >= $1.1 }, "best first")
    }

    @Test func anAskInAnotherLanguageMeetsItsEnglishDemandThroughItsConcepts() {
        let finder = AskFinder(corpus: IngestTests.corpus)
        #expect(
            finder.match("Nous appelons à la libération des civils ukrainiens détenus.")?.0.id
                == "release-civilians")
        #expect(
            finder.match("Мы призываем освободить задержанных украинских мирных граждан.")?.0.id
                == "release-civilians")
        #expect(AskFinder.tokens("les libérations").contains("releas"), "a word's beginning carries its meaning")
    }

    /// The verbs by which each language asks, in the forms pages use beyond
    /// "urges" and "fordert": an infinitive after a modal ("потребовать",
    /// "домагатися"), a separable verb ("für … einsetzen", "auf … dringen"),
    /// a past tense ("pidieron"), "encourager", "plaider pour". Each sentence
    /// below is an ask and nothing else in it says so.
    @Test(arguments: [
        "Die Kanzlerin soll sich für die Freilassung der inhaftierten Anwälte einsetzen.",
        "Die Kanzlerin soll gegenüber Putin auf ernsthafte Ermittlungen dringen.",
        "Amnesty wird die Bundesregierung auffordern, die Lager zu schließen.",
        "Amnesty International намерена потребовать от Путина освободить всех политзаключённых.",
        "Он также будет настаивать на освобождении всех гражданских лиц.",
        "Ми будемо домагатися доступу незалежних спостерігачів до місць утримання.",
        "Los obispos pidieron a los gobiernos la liberación de los presos políticos.",
        "La FIDH entend plaider pour la libération immédiate des défenseurs.",
        "Le ministre va encourager les autorités à garantir les libertés individuelles.",
        // A raise verb asks that a matter be raised, in every language as English "raise" does.
        "Die Kanzlerin soll die Unterdrückung und die Zwangsarbeit offen ansprechen.",
        "Le président compte évoquer publiquement le sort des détenus.",
        "Президент намерен поднять вопрос о политзаключённых на встрече.",
    ])
    func anAskVerbIsReadInTheFormsPagesUse(sentence: String) {
        let asked = AskFinder.isAsk(sentence, cues: AskFinder.askCueTable.every)
        #expect(asked, "read as an ask: \(sentence)")
    }

    @Test func ingestReadsWordsOneWay() {
        #expect(IngestEvaluation.tokens("The U.S. and COP29, “today”") == ["the", "u", "s", "and", "cop29", "today"])
        #expect(AskFinder.tokens("The U.S. must free 12 detainees").contains("releas"))
        #expect(!AskFinder.tokens("The U.S. must free 12 detainees").contains("12"), "numbers tell no demand")
    }

    @Test func theKindIsReadFromTheLabelsAPersonReads() throws {
        let oped = try draft("News of the Day\nOpinion\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(oped.fields.kind == .opEd, "a section label above the headline")
        let word = try draft(
            "Groups Ask for the Release of Reporters\n\n\(Self.prose) Public opinion has turned against it.\n")
        #expect(word.fields.kind != .opEd, "the word “opinion” in the text makes no op-ed")
        let statement = try draft("Statement: Urgent Appeal on the Detainees\n\n\(Self.prose)\n")
        #expect(statement.fields.kind == .statement)
        let release = try draft("Groups Ask for the Release of Reporters\nPress release\n\n\(Self.prose)\n")
        #expect(release.fields.kind == .pressRelease)
        let today = try draft(
            "Groups Ask for the Release of Reporters\n\nLa FIDH a demandé aujourd’hui au ministre de "
                + "garantir la liberté des journalistes détenus depuis le mois dernier.\n")
        #expect(today.fields.kind == .pressRelease, "what an organization asked today, in French")
    }

    @Test func anOpinionLabelIsReadInABreadcrumbOrOpeningTheHeadlineNotInAMenu() throws {
        let crumb = try draft("The Daily\nOpinion › China\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(crumb.fields.kind == .opEd, "a breadcrumb's first part")
        let menu = try draft(
            "The Daily\nNews | Opinion | Sport | Culture\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(menu.fields.kind != .opEd, "a menu names the site's sections, not this page's")
        let last = try draft(
            "The Daily\nHome | World | Politics | Opinion\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(last.fields.kind != .opEd, "nor its last item: \(last.fields.kind)")
        let tribune = try draft("Tribune : Le président doit défendre les droits humains\n\n\(Self.prose)\n")
        #expect(tribune.fields.kind == .opEd, "the label opens the headline, French style")
    }

    /// A kicker of two parts over the headline ("OPINION | VIETNAM") is a label, each part read: a
    /// menu of three or more names the site's sections instead, its last item too.
    @Test func anOpinionKickerOfTwoPartsMarksAnOpEd() throws {
        let kicker = try draft(
            "The Example Ledger\nOPINION | VIETNAM\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(kicker.fields.kind == .opEd, "\(kicker.fields.kind)")
        #expect(MetadataReader.labelParts("OPINION | VIETNAM") == ["opinion", "vietnam"])
        #expect(MetadataReader.labelParts("News | Opinion | Vietnam").isEmpty)
        #expect(MetadataReader.labelParts("Inicio | Internacionales | Opinión").isEmpty)
    }

    /// A kind's word is read as a word or its inflection ("cartas", "letters"), never inside a longer
    /// word: "Cartagena" names no letter ("carta"), nor a "newsletter" a letter.
    @Test func aKindsWordIsReadAsAWordNotInsideALongerOne() throws {
        #expect(MetadataReader.namesWord("la carta de amnistía", "carta"))
        #expect(MetadataReader.namesWord("las cartas enviadas", "carta"))
        #expect(MetadataReader.namesWord("направила обращением", "обращени"))
        #expect(!MetadataReader.namesWord("la cumbre de cartagena", "carta"))
        #expect(!MetadataReader.namesWord("sign up for our newsletter", "letter"))
        let summit = try draft(
            "VI Cumbre de las Américas: que los jefes de Estado reafirmen su compromiso\n\n11 de abril de 2031\n\n"
                + "Amnistía Internacional pide a los jefes de Estado que aprovechen la Cumbre de Cartagena para "
                + "redoblar su compromiso con los derechos humanos de todas las personas de la región.\n\n\(Self.prose)\n"
        )
        #expect(summit.fields.kind != .letter, "\(summit.fields.kind)")
        let letter = try draft(
            "Amnistía Internacional envía una carta a los jefes de Estado\n\n11 de abril de 2031\n\n"
                + "Amnistía Internacional pide a los jefes de Estado que aprovechen la Cumbre de Cartagena para "
                + "redoblar su compromiso con los derechos humanos de todas las personas de la región.\n\n\(Self.prose)\n"
        )
        #expect(letter.fields.kind == .letter, "\(letter.fields.kind)")
    }

    /// A letter the page asks its readers to send ("Encontram um modelo de carta na nossa página") is
    /// an action's template: it makes no letter of the page.
    @Test func aModelLetterForReadersMakesNoLetter() throws {
        let text =
            "Amnistia pede moratória antes da cimeira\n\n10 de março de 2031\n\n"
            + "A Amnistia Internacional pede ao Governo que mantenha a sua posição até à abolição da pena de morte "
            + "em todos os Estados que pedem a adesão à comunidade dos países de língua portuguesa.\n\n"
            + "Pedimos-vos que escrevam ao Ministro. Encontram um modelo de carta na nossa página de ações.\n"
        #expect(try draft(text).fields.kind != .letter)
        #expect(
            try draft(text.replacingOccurrences(of: "um modelo de carta", with: "a nossa carta")).fields.kind == .letter
        )
    }

    /// An appeal ("звернення") is a letter unless the page calls it a statement: "оприлюднили
    /// відкриту заяву … ініціювала звернення" is a statement; "направили звернення до президента" a letter.
    @Test func anAppealTheOpeningCallsAStatementIsAStatement() throws {
        let headline = "Правозахисники засудили візит генсека ООН до Росії"
        let statement = try draft(
            "\(headline)\n\nКоаліція правозахисних організацій оприлюднила відкриту заяву, в якій засуджує візит "
                + "генерального секретаря ООН до Росії. Звернення ініціювала громадська організація.\n\n\(Self.prose)\n"
        )
        #expect(statement.fields.kind == .statement, "\(statement.fields.kind)")
        let letter = try draft(
            "\(headline)\n\nКоаліція правозахисних організацій направила звернення до президента, в якому просить "
                + "засудити візит генерального секретаря ООН до Росії.\n\n\(Self.prose)\n")
        #expect(letter.fields.kind == .letter, "\(letter.fields.kind)")
    }

    /// The label a site sets over its commentaries in each language ("Commentaire", "Comentario",
    /// "Комментарий") marks an op-ed, as "Commentary" and "Kommentar" do.
    @Test(arguments: ["Commentaire", "Comentario", "Комментарий", "Коментар", "Comentário"])
    func aCommentaryLabelAboveTheHeadlineMarksAnOpEd(_ label: String) throws {
        let d = try draft("Example Watch\n\(label)\n\nLeaders Cannot Ignore the Camps\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
    }

    /// An author's byline that gives their role, after the name (a date beside it or not) or on a
    /// short line of its own, marks a piece written in one's own name: an op-ed, with no label. A news
    /// site's byline (its reporters beside a date) and the text's first sentence are no role.
    @Test func aBylineGivingItsAuthorsRoleMarksAnOpEd() throws {
        let headline = "Leaders Cannot Ignore the Camps"
        let role = try draft(
            "\(headline)\nBy Michelle Example, Example Rights Group’s Deputy Director for Africa\n\n\(Self.prose)\n")
        #expect(role.fields.kind == .opEd, "the role after the name")
        let line = try draft("\(headline)\n\nBy Linda Example\nLegal advisor, Asia Division\n\n\(Self.prose)\n")
        #expect(line.fields.kind == .opEd, "the role on its own line")
        let tribune = try draft("\(headline)\nPar Marie Exemple, directrice de l’Observatoire\n\n\(Self.prose)\n")
        #expect(tribune.fields.kind == .opEd, "in French")
        let general = try draft(
            "\(headline)\nPar Christophe Exemple, secrétaire général de Reporters Exemple\n\n\(Self.prose)\n")
        #expect(general.fields.kind == .opEd, "a secretary general, in French")
        let dated = try draft(
            "\(headline)\nBy Ada Example, Nigeria campaigner · 26 March 2015\n\n\(Self.prose)\n")
        #expect(dated.fields.kind == .opEd, "the role after the name, a date beside it")
        let news = try draft(
            "\(headline)\nBy Mech Example and Alex Example | January 25, 2016\n\n"
                + "The director of the group said the leaders should act. \(Self.prose)\n")
        #expect(news.fields.kind != .opEd, "a news site's reporters beside a date")
        let reporter = try draft(
            "\(headline)\nBy Jane Example\n\nThe group's executive director, Ana Example, said the leaders "
                + "must act before the summit opens next week in the capital. \(Self.prose)\n")
        #expect(reporter.fields.kind != .opEd, "the text's first sentence names a role, not the byline")
    }

    /// A byline that opens with its author's name, no "By", then the role and the date ("Andreas
    /// Example, chercheur sur l’Indonésie · 27 mai 2025") marks an op-ed as one with "By" does; a
    /// caption or a name without a role does not.
    @Test func aBylineWithoutByGivingItsAuthorsRoleMarksAnOpEd() throws {
        let headline = "Le partenariat ne devrait pas négliger les droits humains"
        let bare = try draft(
            "\(headline)\n\nAndreas Exemple, chercheur sur l’Indonésie · 27 mai 2025\n\n\(Self.prose)\n")
        #expect(bare.fields.kind == .opEd, "\(bare.fields.kind)")
        let roleless = try draft("\(headline)\n\nAndreas Exemple, Jakarta · 27 mai 2025\n\n\(Self.prose)\n")
        #expect(roleless.fields.kind != .opEd, "a name and a place: no role")
        // Undated, it is a byline only right under the headline (`PageHeadRulesTests`), not below
        // another line of the head.
        let undated = try draft(
            "\(headline)\n\nJakarta, 27 mai 2025\n\nAndreas Exemple, chercheur sur l’Indonésie\n\n\(Self.prose)\n")
        #expect(undated.fields.kind != .opEd, "no date beside it, below the head's first line: no byline")
    }

    /// A closing bio marks an op-ed, unless a reporter's dated byline heads the page and the bio names
    /// no organization of the corpus: news coverage ends with its reporter's bio too.
    @Test func aReportersBioUnderADatedBylineMakesNoOpEd() throws {
        let headline = "Activists Call for Decisive Action Ahead of the Summit"
        let report = try draft(
            "\(headline)\n\nBy Peter Example | 13 Aug 2024\n\n\(Self.prose)\n\n\(Self.prose)\n\n"
                + "Peter Example is a foreign affairs consultant for Example Today.\n")
        #expect(report.fields.kind != .opEd, "\(report.fields.kind)")
        let author = try draft(
            "\(headline)\n\nBy Rebiya Example\nSeptember 24, 2015\n\n\(Self.prose)\n\n\(Self.prose)\n\n"
                + "Rebiya Example is the director of Asia advocacy at Human Rights Watch.\n")
        #expect(author.fields.kind == .opEd, "the bio names an organization of the corpus")
        let undated = try draft(
            "\(headline)\n\nBy Peter Example\n\n\(Self.prose)\n\n\(Self.prose)\n\n"
                + "Peter Example is a foreign affairs consultant for Example Today.\n")
        #expect(undated.fields.kind == .opEd, "no dated byline: the bio is the author's")
    }

    /// A newspaper's letters page ("Opinion > China" over "Letters" over the headline) prints letters:
    /// the label nearest the headline is the page's own, though an opinion label stands above it.
    @Test func aLettersPageLabelAboveTheHeadlineMakesALetter() throws {
        let page =
            "Example Daily\n\nOpinion > China\n\nLetters\nThe Government Must Stand Up for Rights in Tibet\n\n"
            + "\(Self.prose)\n\nJane Example, Director, Example Tibet Group\n"
        #expect(try draft(page).fields.kind == .letter)
        let opinion = page.replacingOccurrences(of: "Letters\n", with: "")
        #expect(try draft(opinion).fields.kind == .opEd, "the opinion label alone")
    }

    /// A news agency's credit ("Berlin (dpa) -", "(ST/AFP)", "Quelle: dpa") marks a news report of
    /// what an organization said: a statement, though its opening tells what was asked today. Without
    /// the credit the same opening is the organization's release.
    @Test func aNewsAgencysCreditMarksAReportOfAStatement() throws {
        let headline = "Amnesty fordert von Wulff klare Worte in Moskau"
        let opening =
            "Amnesty International hat Bundespräsident Wulff heute aufgefordert, sich in Russland für die "
            + "Menschenrechte einzusetzen."
        let agency = try draft("\(headline)\n\nBerlin (dpa) - \(opening)\n\n\(Self.prose)\n")
        #expect(agency.fields.kind == .statement, "\(agency.fields.kind)")
        let source = try draft("\(headline)\n\n\(opening)\n\n\(Self.prose)\n\nQuelle: dpa\n")
        #expect(source.fields.kind == .statement, "\(source.fields.kind)")
        let agencies = try draft("\(headline)\n\n\(opening)\n\n\(Self.prose)\n\n(KNA, epd)\n")
        #expect(agencies.fields.kind == .statement, "two agencies, a comma apart: \(agencies.fields.kind)")
        let own = try draft("\(headline)\n\n\(opening)\n\n\(Self.prose)\n")
        #expect(own.fields.kind == .pressRelease, "\(own.fields.kind)")
    }

    /// "Press Releases" among a site's menu items names a section of the site, not this page.
    @Test func aMenusPressReleasesMakeNoRelease() throws {
        let d = try draft(
            "Home | Politics | Darfur | Opinion | Press Releases | Forum\n\nRights group urges China to press "
                + "Sudan on Darfur\n\n\(Self.prose)\n")
        #expect(d.fields.kind != .pressRelease, "\(d.fields.kind)")
    }

    /// A byline's segment saying where the piece was published marks an op-ed, in Ukrainian as in
    /// English ("Коментар · Опубліковано в: Європейська правда").
    @Test func aPublishedInSegmentMarksAnOpEdInUkrainian() throws {
        let d = try draft(
            "Саміт Україна–ЄС: час відверто говорити про права людини\nКоментар · Опубліковано в: Європейська "
                + "правда\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
    }

    @Test func aLetterIsReadFromItsSalutationAboveTheText() throws {
        let d = try draft("Obama Should Press China on Jailed Reporters\n\nDear President Obama:\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .letter)
        #expect(d.evidence["kind"]?.confidence == "high")
    }

    /// Heads of state greeted together ("Your Excellencies,", "Excellences,") open a letter as one is
    /// greeted, under a breadcrumb naming the site's releases too: a release about a letter is the letter.
    @Test func aGreetingOfSeveralExcellenciesOpensALetter() throws {
        let d = try draft(
            "Home › Media Releases › Open Letters\n\nThe Junta at the Regional Summit\n\nTo: Regional Leaders\n\n"
                + "Your Excellencies,\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
        for greeting in ["Excellencies,", "Excellences,", "Vos Excellences,", "Exzellenz,", "Sus Excelencias:"] {
            #expect(MetadataReader.isSalutation(greeting), "\(greeting)")
        }
        #expect(!MetadataReader.isSalutation("Excellence in reporting awards"))
    }

    /// A page reproducing a letter under its own date and an introduction ("On 10 May, 35 organisations
    /// sent an open letter…") dates the document by the letter: a date with a paragraph between it and
    /// the salutation is the page's, not the letterhead's.
    @Test func aRepostsDateAboveItsIntroductionIsNotTheLettersDate() throws {
        let d = try draft(
            "Example: Renew the Mandate of the Special Rapporteur\n\n17 May 2031\n\n"
                + "On 10 May, 35 organisations sent an open letter to the Permanent Representatives of the Council, "
                + "asking all states to support a resolution renewing the mandate of the Special Rapporteur.\n\n"
                + "Excellencies,\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2031-05-10"), "\(d.fields.date)")
    }

    /// A Spanish letter to a minister opens "Señor ministro:": its date above the addressee's block is
    /// the letter's.
    @Test func aSpanishLetterToAMinisterIsDatedAboveItsAddressee() throws {
        let d = try draft(
            "OBSERVATORIO EXEMPLO DE DERECHOS HUMANOS\n\nMadrid, 4 de septiembre de 2017\nExcmo. Sr. D. Alfonso "
                + "Exemplo\nMinistro de Asuntos Exteriores\nPlaza de la Provincia, 1\n28012 Madrid\nCarta al "
                + "ministro ante su viaje a Cuba\nSeñor ministro:\n\nLe escribimos ante su viaje a Cuba, previsto "
                + "para mañana, para pedirle que se reúna con la sociedad civil independiente y que pida la "
                + "liberación de los presos políticos.\n")
        #expect(d.fields.kind == .letter && d.evidence["kind"]?.confidence == "high", "\(d.fields.kind)")
        #expect(d.fields.date == PartialDate("2017-09-04"), "\(d.fields.date)")
    }

    /// "Señora vicepresidenta:" greets as "Señor ministro:" does, and the letterhead's place and date
    /// ("Guatemala, 6 de junio de 2021"), above the addressee's block and the subject line, date it.
    @Test func aLetterheadsPlaceAndDateAboveTheAddresseeDatesTheLetter() throws {
        let d = try draft(
            "PROCURADURÍA EXEMPLO\n\nRef. PDH/DS/0612-2021\n\nGuatemala, 6 de junio de 2021\n\nExcelentísima señora\n"
                + "Kamala Exemplo\nVicepresidenta de los Estados Unidos de América\nSu despacho\n\nAsunto: Carta "
                + "abierta con ocasión de su visita oficial a Guatemala\n\nSeñora vicepresidenta:\n\nReciba un "
                + "respetuoso saludo. Con ocasión de su visita, me dirijo a usted para pedirle que exija la "
                + "liberación de los periodistas presos y la protección de los fiscales independientes.\n")
        #expect(d.fields.kind == .letter && d.evidence["kind"]?.confidence == "high", "\(d.fields.kind)")
        #expect(d.fields.date == PartialDate("2021-06-06"), "\(d.fields.date)")
    }

    /// A letter to two heads of state sets two address blocks between its date and its greeting: the
    /// date above both still dates it.
    @Test func aLettersDateAboveTwoAddresseesBlocksDatesIt() throws {
        let d = try draft(
            "EXAMPLE RIGHTS SOUTH AFRICA\n\n15 September 2022\n\nPresident Joseph Example\nThe White House\n"
                + "1600 Pennsylvania Avenue NW\nWashington, DC 20500\n\nPresident Cyril Example\nThe Presidency, "
                + "Union Buildings\nPrivate Bag X1000, Pretoria, 0001\n\nOpen letter to the two Presidents on the "
                + "occasion of their\nmeeting in Washington\n\nDear President Example and President Example,\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2022-09-15"), "\(d.fields.date)")
    }

    /// The same letter's two address blocks, between its date and its heading, name its addressees:
    /// "The Presidency, Union Buildings" is proposed as no organization.
    @Test func twoAddresseesBlocksNameNoOrganization() throws {
        let d = try draft(
            "HUMAN RIGHTS WATCH\n\n15 September 2022\n\nPresident Joseph Example\nThe White House\n"
                + "1600 Pennsylvania Avenue NW\nWashington, DC 20500\n\nPresident Cyril Example\nThe Presidency, "
                + "Union Buildings\nPrivate Bag X1000, Pretoria, 0001\n\nOpen letter to the two Presidents on the "
                + "occasion of their meeting in Washington\n\nDear President Example and President Example,\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
    }

    /// A printed paragraph whose last line is a date ("…le dîner que vous lui avez offert en" /
    /// "juillet 2022.") keeps it: the date ends the sentence, and dates neither the page nor a line of
    /// its own. A date line under a short line stands alone, as a letterhead's does.
    @Test func aPrintedParagraphsLastLineMayBeADate() {
        let measure = String(repeating: "mot ", count: 20)
        let tail = PDFExtractor.unwrap(
            "\(measure)\n\(measure)moins d’un an après le dîner que vous lui avez offert en\njuillet 2022.\n\n\(measure)\n"
        )
        #expect(!tail.split(separator: "\n").contains("juillet 2022."), "\(tail)")
        let alone = PDFExtractor.unwrap("EXAMPLE RIGHTS\n21 juin 2023\n\n\(measure)\n\(measure)\n")
        #expect(alone.split(separator: "\n").contains("21 juin 2023"), "\(alone)")
    }

    @Test func aSaidVerbRightAfterAClosingQuoteReportsSpeechWhoeverFollows() {
        #expect(MetadataReader.hasAttribution("“Geneva is the place to prove it,” said a spokesperson for the group."))
        #expect(MetadataReader.hasAttribution("« Il faut agir », a déclaré la directrice."))
        #expect(!MetadataReader.hasAttribution("The minister said the government would reply next week."))
    }

    @Test func aLettersOwnDateIsTakenOverTheDateItWasPublished() throws {
        let letterhead = try draft(
            "States Should Adopt a Resolution\n\nPosted 4 February 2019\n\nJanuary 30, 2019\n\nYour Excellency,\n\n"
                + "\(Self.prose)\n")
        #expect(letterhead.fields.date == PartialDate("2019-01-30"), "the letterhead's date above the salutation")
        let reported = try draft(
            "Lawmakers Ask the President to Raise Prisoners\n\nNov 10, 2023\n\nIn their letter, dated Nov. 8, the "
                + "chairmen ask the president to raise the cases of prisoners. \(Self.prose)\n")
        #expect(reported.fields.date == PartialDate("2023-11-08"), "a date just after the word for the letter")
        let old = try draft(
            "Lawmakers Ask the President to Raise Prisoners\n\nNov 10, 2023\n\nIn a letter sent on 2 May 2023, the "
                + "chairmen asked the president to raise the cases of prisoners. \(Self.prose)\n")
        #expect(old.fields.date == PartialDate("2023-11-10"), "a letter months older is not this page's document")
    }

    /// A news page dates the letter it reports by the weekday its sentence says it was sent on ("on
    /// Wednesday sent a letter", "a letter dated Tuesday"): that weekday, the publication's own or
    /// the latest before it. A weekday's possessive ("ahead of Friday’s meeting"), a name ("the
    /// Sunday Times"), another sentence's day or a Portuguese ordinal ("uma segunda carta") dates
    /// nothing.
    @Test(arguments: [
        ("A coalition of groups on Wednesday sent a letter to the President urging him to act.", "2023-12-13"),
        ("The demand came in a letter dated Tuesday and signed by the two directors.", "2023-12-12"),
        ("The groups sent a letter ahead of Friday’s meeting, urging the President to act.", "2023-12-14"),
        ("The groups sent a letter to the Sunday Times urging the President to act.", "2023-12-14"),
        ("Police detained him on Monday. In a letter, the groups urged the President to act.", "2023-12-14"),
        // Yesterday is the day before the publication, in the page's voice, not in a quotation's.
        ("Yesterday the groups sent a letter to the President urging him to act.", "2023-12-13"),
        ("Вчера правозащитники направили обращение к президенту.", "2023-12-13"),
        ("“Yesterday I sent a letter to the President,” the director said.", "2023-12-14"),
    ])
    func aReportedLetterIsDatedByItsWeekday(_ sentence: String, _ expected: String) throws {
        let d = try draft(
            "Groups Urge the President to Act\n\nDec 14, 2023, 9:12 AM EST\n\n\(sentence) \(Self.prose)\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
    }

    /// A news page dates the letter it reports by a day its sentence names before the word for the
    /// letter ("On 10 May, 35 organisations sent an open letter"), the year the publication's; a day
    /// after the publication, or beyond the days a letter is published within, is not the letter's.
    @Test(arguments: [
        (
            "On 10 May, 35 Eritrean, African and international organisations sent an open letter to the Council.",
            "2021-05-10"
        ),
        ("In a statement on 3 May, the groups announced an open letter to the Council.", "2021-05-03"),
        ("On 30 May, the groups will publish an open letter to the Council.", "2021-05-17"),
        ("On 10 January, the groups sent an open letter to the Council.", "2021-05-17"),
        ("The session opens on 10 May. The groups sent an open letter to the Council.", "2021-05-17"),
    ])
    func aReportedLetterIsDatedByTheDayItsSentenceNamesBeforeIt(_ sentence: String, _ expected: String) throws {
        let d = try draft("Groups Urge the Council to Act\n\n17 May 2021\n\n\(sentence) \(Self.prose)\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
    }

    /// A dateline set off by a double hyphen, as old releases type a dash ("(London, April 12, 2000)
    /// --"), dates the release, not the site's stamp of the next morning above it.
    @Test func aDatelineBeforeADoubleHyphenDatesTheRelease() throws {
        let d = try draft(
            "UK: Blair Should Press Putin on Chechnya\n\nThursday, 13 April 2000, 9:47 am\n\n(London, April 12, "
                + "2000) -- Prime Minister Tony Blair should take a firm line, Human Rights Watch said today. "
                + "\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2000-04-12"), "\(d.fields.date)")
    }

    /// An update stamp set apart from the date before it by spaces only is read as one set apart by a
    /// mark: the date before it is the publication's.
    @Test func aDateBeforeAnUpdateStampSetApartBySpacesIsThePublication() throws {
        let d = try draft(
            "Daily Star\n\nASEAN summit: lawmakers urge leaders to confront the Myanmar crisis\n\n"
                + "Diplomatic Correspondent\nSat Oct 25, 2025 12:00 AM   Last update on: Sat Oct 25, 2025 01:07 AM\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2025-10-25"), "\(d.fields.date)")
    }

    /// A date in figures whose day and month could trade places ("2/11/2016", a US browser's print
    /// header) is read day first, unless the page's head writes the other reading out in words.
    @Test func aSlashedDateTakesTheReadingThePageWritesOut() throws {
        let headline = "At Sunnylands, Obama Should Not Let Southeast Asia’s Autocrats Off the Hook"
        let d = try draft("2/11/2016\n\n\(headline)\n\nFebruary 11, 2016\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2016-02-11"), "\(d.fields.date)")
        let alone = try draft("2/11/2016\n\n\(headline)\n\n\(Self.prose)\n")
        #expect(alone.fields.date == PartialDate("2016-11-02"), "day first: \(alone.fields.date)")
    }

    /// A site in North America writes a date in figures month first: a line stamped with one of its
    /// time zones ("Posted: 04/08/2015 11:52 am EDT") is read so; without one, the day comes first.
    @Test func aDateStampedWithANorthAmericanTimeZoneIsReadMonthFirst() throws {
        let headline = "Obama Should Press Jamaica's Leaders on Violence Against LGBT People"
        let stamped = try draft("\(headline)\n\nPosted: 04/08/2015 11:52 am EDT\n\n\(Self.prose)\n")
        #expect(stamped.fields.date == PartialDate("2015-04-08"), "\(stamped.fields.date)")
        let plain = try draft("\(headline)\n\nPosted: 04/08/2015 11:52\n\n\(Self.prose)\n")
        #expect(plain.fields.date == PartialDate("2015-08-04"), "day first: \(plain.fields.date)")
    }

    /// A breadcrumb ending in a month's archive ("Startseite › News › Oktober 2010") is navigation, not
    /// the page's date: the byline's day under the headline is.
    @Test func aBreadcrumbsMonthIsNotThePagesDate() throws {
        let d = try draft(
            "Startseite › News › Oktober 2010\n\nAmnesty fordert von Wulff klare Worte in Moskau\n\n"
                + "11.10.2010 - 09:41 Uhr\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2010-10-11"), "\(d.fields.date)")
    }

    /// A repost's stamp dates the repost: the document's own date line a few lines under it, earlier
    /// and before any prose, is the document's ("Posted on June 9, 2015 by Genocide Watch" over
    /// "Bashir Watch" / "4 June 2015"). A later date line there is no such thing.
    @Test func aDocumentsOwnDateUnderARepostsStampIsItsDate() throws {
        func page(_ own: String) -> String {
            "Genocide Watch\n\nSudan Update: South Africa Invites Bashir to the African Union Summit\n\n"
                + "Posted on June 9, 2015 by Genocide Watch\n\nSouth Africa Invites Bashir to the African Union "
                + "Summit\n\nBashir Watch\n\n\(own)\n\n\(Self.prose)\n"
        }
        #expect(try draft(page("4 June 2015")).fields.date == PartialDate("2015-06-04"))
        #expect(try draft(page("12 June 2015")).fields.date == PartialDate("2015-06-09"))
    }

    /// A repost's byline that keeps the article's outlet and date ("By David Akin, Canwest News
    /// Service, December 1, 2031") under the site's own date dates the article; a later byline date
    /// changes nothing.
    @Test func aRepostsBylineDateIsTheArticlesDate() throws {
        func page(_ byline: String) -> String {
            "Example Committee\nExample News\n\nLeaders urged to speak up as the visit begins\n\nDecember 3, 2031\n\n"
                + "\(byline)\n\n\(Self.prose)\n\n\(Self.prose)\n"
        }
        let own = try draft(page("By David Akin, Canwest News Service, December 1, 2031"))
        #expect(own.fields.date == PartialDate("2031-12-01"), "\(own.fields.date)")
        let later = try draft(page("By David Akin, Canwest News Service, December 5, 2031"))
        #expect(later.fields.date == PartialDate("2031-12-03"), "\(later.fields.date)")
        #expect(MetadataReader.bylineDate("By A and B | January 25, 2016") == PartialDate("2016-01-25"))
        #expect(MetadataReader.bylineDate("Mark Farmaner · 12 July 2013") == nil, "no byline's opening")
    }

    /// A news site's masthead may carry today's date above the headline ("Wednesday, January 14, 2031
    /// · Subscribe"): a date under the headline, in the byline, is the article's. A date set apart from
    /// a byline by a bar without spaces ("April 11, 1995|By Lee Roe") is read too.
    @Test func aDateUnderTheHeadlineOutranksAMastheadsDateAboveIt() throws {
        let d = try draft(
            "Wednesday, January 14, 2031 · Subscribe\nExample Times\n\nRights Groups Urge the Prime Minister to Speak Up\n\n"
                + "3 min read · by Example Times Staff · Jan 13, 2031\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2031-01-13"), "\(d.fields.date)")
        let bar = try draft(
            "Example Sentinel\nNEWS | SPORTS | OPINION\n\nActivists Say the War Is Rushed Before the Summit\n\n"
                + "April 11, 1995|By Lee Roe The Example Post\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(bar.fields.date == PartialDate("1995-04-11"), "\(bar.fields.date)")
    }

    /// A repost may set a summary paragraph between its own date and the document it carries, dated
    /// a day earlier ("26 листопада 2013" over a summary, "ЗАЯВА …" and "25 листопада 2013 р."): the
    /// document's date is its own.
    @Test func aDocumentsOwnDateUnderARepostsSummaryIsItsDate() throws {
        let d = try draft(
            "Example Prostir\n\nЗаява Керівного комітету напередодні Вільнюського саміту\n\n"
                + "26 листопада 2013, 11:20 · Джерело: Форум громадянського суспільства\n\n"
                + "Керівний комітет Форуму громадянського суспільства підтримує демонстрації в Києві та інших містах "
                + "України щодо підписання угоди про асоціацію і закликає владу не застосовувати силу проти мирних людей.\n\n"
                + "ЗАЯВА Керівного комітету Форуму громадянського суспільства\n\n25 листопада 2013 р.\n\n"
                + "Керівний комітет підтримує демонстрації, що тривають у Києві та інших містах України, і закликає всі "
                + "сторони розпочати діалог між владою і демонстрантами, щоб повернути країну на шлях реформ.\n")
        #expect(d.fields.date == PartialDate("2013-11-25"), "\(d.fields.date)")
    }

    /// A release's embargo line ("EMBARGOED FOR: 00.01 HRS GMT WEDNESDAY 8 NOVEMBER 1995") gives the day
    /// it went out, as a publication line does.
    @Test func anEmbargoLineDatesTheRelease() throws {
        let d = try draft(
            "NEWS SERVICE 214/95\nEMBARGOED FOR: 00.01 HRS GMT WEDNESDAY 8 NOVEMBER 1995\n\n"
                + "Nigeria: Commonwealth leaders must act now to save lives\n\n\(Self.prose) The tribunal sat "
                + "on 31 October 1995.\n")
        #expect(d.fields.date == PartialDate("1995-11-08"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "high")
    }

    /// A blog's stamp under a release it reposts ("Posted by Andenet at 6/20/2015 09:41:00 AM") dates
    /// the repost: the release's own dateline in the text's opening, a day earlier, is the
    /// document's date. A stamp above the text, or a dateline later than the stamp, changes nothing.
    @Test func aDatelineOpeningTheTextOutranksARepostsStampBelowIt() throws {
        let opening =
            "(Washington, DC, June 19, 2015) – President Obama should press Ethiopia on rights, Human Rights "
            + "Watch said today. \(Self.prose)"
        let below = try draft(
            "Ethiopia: Obama Should Flag Rights Abuses\n\n\(opening)\n\n\(Self.prose)\n\n"
                + "Posted by Andenet at 6/20/2015 09:41:00 AM\n")
        #expect(below.fields.date == PartialDate("2015-06-19"), "\(below.fields.date)")
        let later = try draft(
            "Ethiopia: Obama Should Flag Rights Abuses\n\n\(opening.replacingOccurrences(of: "June 19", with: "June 22"))"
                + "\n\n\(Self.prose)\n\nPosted by Andenet at 6/20/2015 09:41:00 AM\n")
        #expect(later.fields.date == PartialDate("2015-06-20"), "\(later.fields.date)")
    }

    /// A date label written without its colon ("Date 21.05.2016", an old news site's footer) labels
    /// the date alone after it; the label's word opening a sentence labels nothing.
    @Test func aDateLabelWithoutItsColonLabelsTheDateAfterIt() throws {
        let d = try draft(
            "Obama urged to put human rights at heart of Vietnam visit\n\n\(Self.prose)\n\nDate 21.05.2016\n"
                + "Related Subjects Barack Obama, Vietnam\n")
        #expect(d.fields.date == PartialDate("2016-05-21"), "\(d.fields.date)")
        #expect(MetadataReader.publicationLabel("Date 21.05.2016")?.text == "21.05.2016")
        #expect(MetadataReader.publicationLabel("Date night on 21.05.2016 was cancelled") == nil)
        #expect(MetadataReader.publicationLabel("Datum 3. Mai 2023")?.text == "3. Mai 2023")
    }

    /// A byline naming several authors, its publication and a reading time runs longer than a stamp:
    /// its segment opening with a publication cue is read all the same.
    @Test func aLongBylinesPublicationSegmentIsRead() throws {
        let byline =
            "Dimitris Christopoulos, Malik Salemkour et Bahey eldin Hassan · Publié le 25 janvier 2019 à 06h00 "
            + "· Temps de Lecture 3 min."
        #expect(byline.count > MetadataReader.stampLength)
        #expect(MetadataReader.publicationLabel(byline)?.text == "Publié le 25 janvier 2019 à 06h00")
        let d = try draft(
            "Au Caire, Emmanuel Macron doit rompre avec la complaisance française\n\n\(byline)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2019-01-25"), "\(d.fields.date)")
    }

    /// A release that reproduces its letter below its own text is dated by the letter: the date line
    /// right above the letter's salutation, not the release's dateline.
    @Test func aLetterReproducedUnderAReleaseIsDatedByItsOwnDateLine() throws {
        let release = Array(repeating: Self.prose, count: 6).joined(separator: "\n\n")
        let d = try draft(
            "US/Serbia: Biden Should Press Vučić on Rights\n\n(Washington, DC, June 1, 2015) – Vice President Joe "
                + "Biden should use his meeting this week with Prime Minister Aleksandar Vučić to urge concrete "
                + "steps, Human Rights Watch said today.\n\n\(release)\n\nMay 29, 2015\n\nDear Vice President Biden,"
                + "\n\nI am writing ahead of your June 1 meeting with Prime Minister Vučić. \(Self.prose)\n\n"
                + "Sincerely,\n\nHugh Williamson\n")
        #expect(d.fields.date == PartialDate("2015-05-29"), "\(d.fields.date)")
    }

    /// A blog post that reproduces a letter under its own lead is dated by the letter's date line,
    /// which stands above the letter's inside address, not by the post's date.
    @Test func aLetterReproducedWithItsInsideAddressIsDatedByItsOwnDateLine() throws {
        let d = try draft(
            "Maroc Press Watch\n\nSaturday, October 31, 2009\n\nCPJ to Clinton: Morocco censors, jails journalists\n\n"
                + "The Committee to Protect Journalists sent the following letter to Secretary of State Hillary "
                + "Clinton yesterday, ahead of the Forum for the Future. We reproduce it in full.\n\n"
                + "October 30, 2009\n\nHillary R. Clinton\nSecretary of State\nU.S. Department of State\n"
                + "2201 C St. NW\nWashington, DC 20520\n\nDear Secretary Clinton,\n\n\(Self.prose)\n\n"
                + "Sincerely,\n\nJoel Simon\n")
        #expect(d.fields.date == PartialDate("2009-10-30"), "\(d.fields.date)")
    }

    /// A typed letter's copy line ("CC: Member States of …") belongs to its address block: it is
    /// no headline, and after the signature it ends the letter.
    @Test func aLettersCopyLineIsNeitherHeadlineNorText() throws {
        let heading = "Open letter to the President of the Human Rights Council on the report of the Panel of Experts"
        let d = try draft(
            "Geneva, 16 September 2011\n\nH.E. Laura Dupuy Lasserre\nPresident of the Human Rights Council\n"
                + "Palais des Nations, 1211 Geneva 10\nCC: Member States of the Human Rights Council\n\n"
                + "\(heading)\n\nYour Excellency,\n\n\(Self.prose)\n\nYours sincerely,\n\nHuman Rights Watch\n\n"
                + "cc: Permanent Missions to the United Nations in Geneva\n")
        #expect(d.fields.title == heading)
        #expect(d.fields.date == PartialDate("2011-09-16"), "\(d.fields.date)")
        #expect(!d.body.contains("Permanent Missions"))
    }

    /// A date line that carries the page's update stamp after its date ("08.08.2018 ( Last modified:
    /// 19.12.2018 )") is dated by the date before the stamp; a stamp without a date of its own dates
    /// the update by the date before it, which is no publication date.
    @Test func aDateBeforeAnUpdateStampWithItsOwnDateIsThePublication() throws {
        for line in ["08.08.2018 ( Last modified: 19.12.2018 )", "8 August 2018 | Updated: 19 December 2018"] {
            let d = try draft("Burundi: Renew the Commission of Inquiry\n\n\(line)\n\n\(Self.prose)\n")
            #expect(d.fields.date == PartialDate("2018-08-08"), "\(line): \(d.fields.date)")
        }
        #expect(MetadataReader.beforeUpdateStamp("[30 October 2015] UPDATE: the talks were moved") == nil)
        #expect(MetadataReader.segmentDate("[30 October 2015] UPDATE: the talks were moved") == nil)
    }

    /// The weekday's day is counted back from the publication, across a year's end, in every
    /// language's forms, Monday first.
    @Test func aWeekdayIsCountedBackAcrossAYearsEnd() throws {
        let newYear = try #require(PartialDate("2026-01-01"))  // a Thursday
        #expect(MetadataReader.latest(4, onOrBefore: newYear) == PartialDate("2025-12-26"))
        #expect(MetadataReader.latest(3, onOrBefore: newYear) == newYear)
        #expect(MetadataReader.weekday(in: "листа у неділю") == 6)
        #expect(MetadataReader.weekday(in: "a envoyé dimanche une lettre") == 6)
        #expect(MetadataReader.weekday(in: "enviou na segunda-feira uma carta") == 0)
        #expect(MetadataReader.weekday(in: "enviou uma segunda carta") == nil)
        for l in LanguageCues.all { #expect(l.onWeekdays.count == 7, "\(l.code)") }
    }

    @Test func aSharedNameIsResolvedByTheRestOfThePageOrLeftForReview() throws {
        // "Amnesty International" is an alias of Amnesty International USA and of Amnesty International Ukraine.
        let usa = try draft(
            "Amnesty International USA\n\nTrump Must Raise the Fate of Detained Civilians\n\nAmnesty International urged the president to insist on the release of detained Ukrainian civilians. \(Self.prose)\n"
        )
        #expect(usa.fields.organizations == ["aiusa"], "\(usa.fields.organizations)")
        let open = try draft(
            "Groups Ask the President to Act for Detainees\n\nAmnesty International urged the president to insist on the release of detained Ukrainian civilians. \(Self.prose)\n"
        )
        #expect(
            !open.fields.organizations.contains("aiusa") && !open.fields.organizations.contains("ai-ukraine"),
            "\(open.fields.organizations)")
        #expect(open.warnings.contains { $0.contains("aiusa") && $0.contains("ai-ukraine") }, "\(open.warnings)")
        #expect(!open.fields.organizations.contains("unknown"))
        // A Ukrainian page is no sign of the Ukrainian section: it reports the movement's words as often.
        let ukrainian = try draft(
            "Правозахисники закликають президента звільнити затриманих\n\nAmnesty International закликає "
                + "президента домогтися звільнення затриманих цивільних. Організація вимагає доступу до них.\n")
        #expect(!ukrainian.fields.organizations.contains("ai-ukraine"), "\(ukrainian.fields.organizations)")
    }

    @Test func theReviewListsLowFieldsFirstWithThePagesWords() throws {
        let d = try draft("Groups Ask for the Release of Reporters\n\n\(Self.prose)\n")
        let review = DraftFolder(path: "/unused").review([d], failures: [], written: [:], corpus: IngestTests.corpus)
        let first = try #require(review.range(of: "## Read these first"))
        let table = try #require(review.range(of: "| field |"))
        #expect(first.lowerBound < table.lowerBound)
        #expect(review.contains("date: inferred: “a guess"), "\(review)")
        let rows = review[table.upperBound...].split(separator: "\n").filter {
            $0.hasPrefix("| ") && !$0.hasPrefix("| field")
        }
        let levels = rows.map { $0.hasSuffix("| low |") ? 0 : $0.hasSuffix("| medium |") ? 1 : 2 }
        #expect(levels == levels.sorted(), "low first: \(rows)")
    }
}

/// Rules added while tuning on the development set's larger tune half
/// (session 9), each on a few lines of its own.
@Suite struct IngestGeneralizationTests {
    func draft(_ text: String, ext: String = "txt") throws -> Draft {
        let file = ScratchDirectory.make("rule") + "/page.\(ext)"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try Ingester(corpus: IngestTests.corpus).draft(file, takenIDs: [])
    }

    @Test func aDatelinesPlaceIsNotTheEngagements() {
        let line =
            "(Moscow, September 3, 2013) – Leaders meeting in Hamburg should press for the release of protesters."
        #expect(!MetadataReader.withoutDateline(line).contains("Moscow"))
        #expect(MetadataReader.withoutDateline("WASHINGTON — Ahead of the summit…").hasPrefix("—"))
        let plain = "Moscow must free the protesters – all of them – at once."
        #expect(MetadataReader.withoutDateline(plain) == plain)
    }

    /// An engagement is sure only when the page names it by words of its own and states a date that
    /// confirms its time: found on a page without a date (which is then dated by the engagement), or
    /// named by its date and kind alone, it is a likely reading, marked medium.
    @Test func anEngagementIsSureOnlyNamedByItsOwnWordsOnADatedPage() throws {
        let undated = try draft(
            "Rights Groups Urge Biden Ahead of Geneva Summit\n\nAhead of the summit in Geneva next week, President "
                + "Biden should press President Putin to release political prisoners, the groups said.\n\n\(IngestRulesTests.prose)\n"
        )
        #expect(undated.fields.event == "geneva-summit-2021")
        #expect(undated.evidence["event"]?.confidence == "medium")
        let byDate = try draft(
            "Groups Write Ahead of the Call\n\nPublished 17 March 2025\n\nThe groups wrote ahead of the telephone call "
                + "on 18 March 2025, asking that detained civilians be released.\n\n\(IngestRulesTests.prose)\n")
        #expect(byDate.fields.event == "trump-putin-call-2025")
        #expect(byDate.evidence["event"]?.confidence == "medium")
        let named = try draft(
            "Groups Write Ahead of the Call\n\nPublished 17 March 2025\n\nThe groups wrote ahead of the telephone call "
                + "between Trump and Putin on 18 March 2025, asking that detained civilians be released.\n\n\(IngestRulesTests.prose)\n"
        )
        #expect(named.fields.event == "trump-putin-call-2025")
        #expect(named.evidence["event"]?.confidence == "high")
    }

    @Test func aFrenchPageSpeaksOfTheEngagementAheadInItsOwnWordsAndNames() throws {
        let d = try draft(
            """
            Russie : Biden doit parler des prisonniers politiques

            (Paris, le 14 juin 2021) – À la veille du sommet de Genève, le président Biden doit demander à Poutine la libération des prisonniers politiques, a déclaré l’organisation aujourd’hui.

            Les autorités ont arrêté des centaines de manifestants pacifiques depuis le début de l’année, et plusieurs sont encore détenus sans procès.
            """)
        #expect(d.fields.event == "geneva-summit-2021", "\(d.fields.event ?? "none")")
        #expect(d.fields.language == "fr")
    }

    @Test func anAbbreviationICUDoesNotKnowEndsNoSentence() {
        let pieces = AskFinder.split("Leaders will meet in St. Petersburg on Friday. They should act.", locale: "en")
        #expect(pieces.count == 2 && pieces[0].contains("St. Petersburg"), "\(pieces)")
        let french = AskFinder.split(
            "Nous voulons que M. Macron fasse pression sur M. Poutine. Il le doit.", locale: "fr")
        #expect(french.count == 2, "\(french)")
    }

    /// A German date writes the day as an ordinal ("am 18. August"), and a
    /// title may follow "U.S." in capitals ("U.S. Secretary of State"):
    /// neither ends a sentence, so the ask is read whole and no fragment of
    /// it ("August 2018 auf Schloss Meseberg nutzen, …") is read alone.
    @Test func aGermanDayBeforeItsMonthOrUSBeforeATitleEndsNoSentence() {
        let german = AskFinder.split(
            "(Berlin, 17. August 2018) – Merkel sollte ihr Treffen mit Putin am 18. August 2018 nutzen, "
                + "um die Lage anzusprechen. Das sagte die Organisation.", locale: "de")
        #expect(
            german.count == 2 && german[0].trimmingCharacters(in: .whitespaces).hasSuffix("anzusprechen."), "\(german)")
        let english = AskFinder.split(
            "The groups sent a letter urging U.S. Secretary of State Blinken to raise the camps. They wrote.",
            locale: "en")
        #expect(english.count == 2 && english[0].contains("Blinken"), "\(english)")
    }

    /// On a page of our own: the sentences cut at "17." and "U.S." gave asks
    /// that were fragments ("… Wladimir Putin am 18", "… a letter this week
    /// urging U.S"); each sentence is now read as one ask, matched or not.
    @Test func anAskIsReadWholeAcrossAGermanDateAndUS() throws {
        let german = """
            Merkel soll Putin auf die Menschenrechte ansprechen

            (Berlin, 17. August 2018) – Bundeskanzlerin Angela Merkel sollte ihr Treffen mit dem russischen \
            Präsidenten Wladimir Putin am 18. August 2018 auf Schloss Meseberg nutzen, um die Verfolgung von \
            Menschenrechtsverteidigern offen anzusprechen, so die Organisation heute.

            """
        let english = """
            Letter Asks Blinken to Speak on Detained Writers

            Several rights groups wrote a letter this week urging U.S. Secretary of State Blinken to press \
            Minister Wang for the release of the writers detained since March in Xinjiang.

            """
        for (text, whole) in [(german, "am 18. August 2018 auf Schloss Meseberg"), (english, "urging U.S. Secretary")] {
            let d = try draft(text)
            let read = d.fields.asks.compactMap(\.quote) + d.unmatched.map(\.sentence)
            #expect(!read.isEmpty && read.allSatisfy { $0.contains(whole) }, "\(read)")
        }
    }

    @Test func aLatinScriptPagesLanguageIsReadFromItsSmallWords() {
        let french = "La FIDH demande au président de la République de rencontrer les défenseurs des droits humains."
        let german = "Die Organisation fordert von der Bundesregierung, dass sie die Menschenrechte nicht vergisst."
        #expect(MetadataReader.latinLanguage(french)?.0 == "fr")
        #expect(MetadataReader.latinLanguage(german)?.0 == "de")
        #expect(MetadataReader.latinLanguage(IngestRulesTests.prose) == nil, "English")
        // A small word two languages share ("a", "as": English's and Portuguese's) tells neither: a
        // Portuguese page full of them is Portuguese.
        let portuguese =
            "A organização pede a o Presidente que aborde a situação, a falta de responsabilização e as "
            + "restrições impostas às organizações, e a libertação de um jornalista, a quem a polícia nega "
            + "a defesa, com a ajuda de as embaixadas."
        #expect(MetadataReader.latinLanguage(portuguese)?.0 == "pt")
    }

    @Test func reportedSpeechOnANewsSiteIsNewsCoverageAndOnTheOrganizationsOwnSiteARelease() throws {
        let body =
            "\n\nRights Groups Urge the Release of Detained Reporters\n\n\(IngestRulesTests.prose) “They must be freed,” said Jane Doe, the group’s director.\n"
        #expect(try draft("Example Daily News" + body).fields.kind == .statement)
        #expect(try draft("Human Rights Watch" + body).fields.kind == .pressRelease)
    }

    /// A news site's byline that names an organization, the whole of it after "By", carries that
    /// organization's own release: its reported speech is the release's, not news coverage. A
    /// reporter's byline is the site's own.
    @Test func aBylineNamingAnOrganizationMakesItsReportedSpeechARelease() throws {
        func page(byline: String) -> String {
            "Example Review\n\nBurma: Obama Visit Underscores Rights Challenges\n\n\(byline)\nNovember 16, 2012\n\n"
                + "\(IngestRulesTests.prose) “They must be freed,” said Jane Doe, the group’s director.\n"
        }
        #expect(try draft(page(byline: "By HRW")).fields.kind == .pressRelease)
        #expect(try draft(page(byline: "By Jane Smith")).fields.kind == .statement)
    }

    /// A Ukrainian report that a group "addressed" someone ("звернулися до послів") reports its
    /// appeal, a letter, as "звернення" does; without it the report is news of a statement.
    @Test func aUkrainianGroupThatAddressedSomeoneSentALetter() throws {
        func page(_ verb: String) -> String {
            "Радіо Приклад\n\nПравозахисники \(verb) послів країн ОБСЄ щодо ситуації в Україні\n\n03 грудня 2013\n\n"
                + "Правозахисники просять послів домогтися розслідування розгону мирної демонстрації, коли "
                + "бійці побили десятки демонстрантів і журналістів.\n"
        }
        #expect(try draft(page("звернулися до")).fields.kind == .letter)
        #expect(try draft(page("закликали")).fields.kind == .statement)
    }

    /// A share bar below the lede (the deck, the byline, the date) stands between the article's head
    /// and its text, and ends nothing; below the text it ends it.
    @Test func aShareBarUnderTheLedeEndsNoText() throws {
        let page = """
            Niger: Will France Stay Silent?

            As the president of Niger is received in Paris on Monday, a group of associations worries about bans on protests and arrests of activists.

            By a group of associations

            Share: Facebook Twitter E-mail Copy the link

            \(IngestRulesTests.prose)

            We ask the President of the Republic to call publicly for the release of the detained activists.

            Share: Facebook Twitter E-mail Copy the link

            More from this section: Sahel leaders meet in Bamako
            """
        let d = try draft(page)
        #expect(d.body.contains("We ask the President of the Republic"), "\(d.body)")
        #expect(!d.body.contains("Facebook") && !d.body.contains("Bamako"), "\(d.body)")
    }

    /// A masthead line that restates the headline (a breadcrumb ending in it, a printout's header)
    /// names the page's subject there, not its publisher: the headline's "Human Rights Watch" in a
    /// news site's breadcrumb does not make the page the organization's own release; a masthead
    /// that is the organization's name does.
    @Test func aMastheadLineRestatingTheHeadlineNamesNoPublisher() throws {
        let headline = "Obama Should Criticise Egypt Crackdown: Human Rights Watch"
        func page(masthead: String) -> String {
            "\(masthead)\nHome » Politics » \(headline)\n\n\(headline)\n\n\(IngestRulesTests.prose) "
                + "“They must be freed,” said Jane Doe, the group’s director.\n"
        }
        let news = try draft(page(masthead: "Example Daily News"))
        #expect(news.fields.title == headline, "\(news.fields.title)")
        #expect(news.fields.kind == .statement)
        let own = try draft(page(masthead: "Human Rights Watch"))
        #expect(own.fields.title == headline, "\(own.fields.title)")
        #expect(own.fields.kind == .pressRelease)
    }

    /// A page with no release label, press contact, "today" or reported speech is a statement, on an
    /// organization's own site as on a news site (of the development set's own-site pages without such
    /// a cue, more were recorded as statements than as releases). Its own page reporting its people's
    /// words is its release.
    @Test func aPageWithNoStrongerCueIsAStatementOnAnOrganizationsSiteAsOnANewsSite() throws {
        let body = "\n\nRights Groups Urge the Release of Detained Reporters\n\n\(IngestRulesTests.prose)\n"
        #expect(try draft("Human Rights Watch" + body).fields.kind == .statement)
        #expect(try draft("Example Daily News" + body).fields.kind == .statement)
        let quoted = body + "\n“They must be freed,” said Jane Doe, the group’s director.\n"
        #expect(try draft("Human Rights Watch" + quoted).fields.kind == .pressRelease)
        #expect(try draft("Example Daily News" + quoted).fields.kind == .statement)
    }

    /// A news agency's credit as the first segment of a line of the article's head ("REUTERS, BEIJING",
    /// "Lusa · 21 Nov 2025, 15:42", "Lusa") marks a news report, though its opening tells what an
    /// organization said today; without it, that opening makes the page a release.
    @Test(arguments: ["REUTERS, BEIJING", "Lusa · 21 Nov 2025, 15:42", "Lusa"])
    func anAgencysCreditInTheArticlesHeadMakesANewsReport(_ credit: String) throws {
        let head = "Example Daily News\n\nRights group urges leaders to press for the release of reporters\n"
        let text =
            "\nLeaders meeting this week should press for the release of detained reporters, Human Rights Watch "
            + "said today.\n\n\(IngestRulesTests.prose)\n"
        #expect(try draft(head + credit + "\n" + text).fields.kind == .statement)
        #expect(try draft(head + text).fields.kind == .pressRelease)
        // A photo's credit names the agency that took the picture, not the report's.
        #expect(try draft(head + "REUTERS/Jane Doe\n" + text).fields.kind == .pressRelease)
    }

    @Test(arguments: ["Media contact:", "Pressekontakt:", "Contact presse", "Contacto de prensa:", "Rückfragehinweis:"])
    func aContactForThePressUnderTheTextMakesARelease(_ label: String) throws {
        let page = "Rights Groups Urge the Release of Detained Reporters\n\n\(IngestRulesTests.prose)\n\n"
        #expect(try draft(page + "\(label)\nJane Doe, +1 555 0100\n").fields.kind == .pressRelease)
        #expect(try draft(page + "Jane Doe, +1 555 0100\n").fields.kind == .statement, "no contact block")
    }

    @Test func aReleasesSectionInTheBreadcrumbMakesARelease() throws {
        let d = try draft(
            "Inicio > Noticias > Comunicados de prensa\n\nRights Groups Urge the Release of Detained Reporters\n\n"
                + "\(IngestRulesTests.prose)\n")
        #expect(d.fields.kind == .pressRelease, "\(d.fields.kind)")
    }

    @Test func aJointStatementTheOpeningNamesIsAStatementOnAMembersOwnSite() throws {
        let d = try draft(
            "Human Rights Watch\n\nKeep Rights on the Agenda as the President Visits\n\nIn a joint statement, "
                + "twelve organizations ask the Congress to raise the cases of jailed reporters.\n\n"
                + "\(IngestRulesTests.prose) “They must be freed,” said Jane Doe, the group’s director.\n")
        #expect(d.fields.kind == .statement, "\(d.fields.kind)")
    }

    @Test func aPageOnAnOrganizationsSiteIsItsWhateverLanguageItsMastheadIsIn() throws {
        let html = """
            <html lang="de"><head><meta property="og:url" content="https://www.hrw.org/de/news/2031/05/02/reporter">
            <title>Reporter freilassen</title></head><body>
            <p>Menschenrechtswache</p>
            <h1>Regierung muss inhaftierte Reporter sofort freilassen</h1>
            <p>Die Organisation forderte die Regierung auf, die mehr als vierzig Menschen freizulassen, die im vergangenen Monat festgenommen wurden, viele von ihnen ohne Anklage, und die Familien zu informieren.</p>
            <p>„Sie müssen sofort frei sein“, sagte Jane Doe, die Direktorin der Organisation.</p>
            </body></html>
            """
        let d = try IngestRulesTests().draft(html, ext: "html")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        #expect(d.fields.kind == .pressRelease, "\(d.fields.kind)")
    }

    @Test func aHeadlineHoldingThreeMenuWordsAmongManyIsNoMenu() throws {
        let headline = "International community must take action for our detained colleagues in the north"
        let d = try draft("Example Daily News\n\n\(headline)\n\n\(IngestRulesTests.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
        #expect(StatementText.isNavigation("Home   News   Our work   Take action   Donate"), "a menu still")
    }

    @Test func aMastheadWithTheLegalFormAndAcronymIsNeitherTheHeadlineNorAboveADeck() throws {
        let d = try draft(
            "Human Rights House Foundation e.V. (HRHF)\n\nRights Groups Urge the Release of Detained Reporters\n\n"
                + "\(IngestRulesTests.prose)\n")
        #expect(d.fields.title == "Rights Groups Urge the Release of Detained Reporters", "\(d.fields.title)")
    }

    @Test func aSalutationIsNeverTheHeadlineHoweverShortTheHeadline() throws {
        // The salutation is the longest line above the text, and no deck of a two-word headline.
        let d = try draft("Lettre ouverte\n\nMonsieur le Président de la République,\n\n\(IngestRulesTests.prose)\n")
        #expect(d.fields.title == "Lettre ouverte", "\(d.fields.title)")
    }

    @Test func theDateAboveTheHeadlineIsCountedInLinesOfTextNotBlankLines() throws {
        // The masthead set twice around the date, blank lines between: the date is the third line of text up.
        let d = try draft(
            "Example Wire\n\nHuman Rights Watch\n\n31.08.2031 – 11:20\n\nHuman Rights Watch\n\n"
                + "Rights Groups Urge the Release of Detained Reporters\n\n\(IngestRulesTests.prose) "
                + "They will protest on Tuesday, 2 September 2031.\n")
        #expect(d.fields.date == PartialDate("2031-08-31"), "\(String(describing: d.fields.date))")
    }

    @Test func anOrganizationNamedWordForWordInThePagesLanguageIsFound() throws {
        let d = try draft(
            """
            Le gouvernement doit libérer les journalistes détenus

            Paris, le 3 mars 2031 – La Fondation de la Maison des droits humains demande au gouvernement de libérer les journalistes détenus depuis le mois dernier et de garantir leur sécurité, a-t-elle déclaré dans un communiqué.

            Les familles des journalistes ne savent pas où ils sont détenus, et les avocats ne peuvent pas les voir.
            """)
        #expect(d.fields.organizations == ["hrhf"], "\(d.fields.organizations)")
        let table = LanguageCues.organizationNameTables["de"]!
        #expect(table.english("weltkongresses") == ["world", "congres"], "a compound read in its parts")
        #expect(table.english("der") == [], "a small word")
    }

    @Test func aDeckUnderTheHeadlineIsNotTheHeadline() throws {
        let d = try draft(
            """
            Human Rights Watch
            News › Russia

            G20: Leaders Should Press Putin on Rights
            Host Country’s Assault on Civil Society Should Be on the Summit Agenda

            \(IngestRulesTests.prose)
            """)
        #expect(d.fields.title == "G20: Leaders Should Press Putin on Rights", "\(d.fields.title)")
    }

    @Test func aMenuCopiedAsTextWithItsItemsSideBySideIsNotTheHeadline() throws {
        let d = try draft(
            """
            Human Rights News
            Documents on Pakistan    Join the Mailing List    Donate Now

            Presidents Should Press Each Other on Rights

            \(IngestRulesTests.prose)
            """)
        #expect(d.fields.title == "Presidents Should Press Each Other on Rights", "\(d.fields.title)")
    }

    /// A possessive ends a name: "Trump’s First Foreign Trip" in a printout's header proposes no
    /// organization "Trump First", where "Human Rights First" would be one.
    @Test func aPossessiveBeforeANamesLastWordProposesNoOrganization() throws {
        let d = try draft(
            "5/22/2032 Example’s First Foreign Trip Risks Sending Wrong Message - Human Rights Watch\n\n"
                + "Example’s First Foreign Trip Risks Sending Wrong Message on Free Expression\n\n"
                + "NEW YORK—The White House must make sure that journalists are given access, Human Rights Watch "
                + "said today.\n\n\(IngestRulesTests.prose)\n")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
    }

    /// A photo's credit naming its photographer beside the agency ("(AP/Susan Walsh)") is a caption's:
    /// the page is still the organization's release, not an agency's report.
    @Test func aPhotographersCreditMakesNoNewsReport() throws {
        let d = try draft(
            "Rights Group Urges Adviser to Press for Free Expression\n"
                + "The adviser is seen at the White House on August 23, 2031. (AP/Susan Example)\n\n"
                + "New York, September 27, 2031 – The adviser should press for an end to violations, Human Rights "
                + "Watch said today.\n\n\(IngestRulesTests.prose)\n")
        #expect(d.fields.kind == .pressRelease, "\(d.fields.kind)")
    }

    /// "Participating organizations:" lists a joint action's organizers: each signs.
    @Test func participatingOrganizationsSign() throws {
        let d = try draft(
            "Solidarity Action for the Example Summit\n\n\(IngestRulesTests.prose)\n\nWe call on the leaders to release all "
                + "political prisoners.\n\nParticipating organizations: Human Rights Watch, Human Rights First, "
                + "Human Rights House Foundation.\n")
        #expect(Set(d.fields.organizations) == ["hrw", "hrf", "hrhf"], "\(d.fields.organizations)")
    }

    /// A site's `<header>` is read line by line: its logo's link is a line of its own, not run into the
    /// menu beside it ("Human Rights FirstDonate").
    @Test func aHeadersLogoIsALineOfItsOwn() throws {
        let d = try draft(
            "<html><head><meta charset=\"UTF-8\"><title>Example Reporters Must Go Free</title></head><body>"
                + "<header><a href=\"/\" class=\"logo\">Human Rights First</a><nav><a href=\"#\">Donate</a>"
                + "<a href=\"#\">About</a></nav></header><h1>Example Reporters Must Go Free</h1>"
                + "<p>\(IngestRulesTests.prose)</p><p>\(IngestRulesTests.prose)</p></body></html>", ext: "html")
        #expect(d.fields.organizations == ["hrf"], "\(d.fields.organizations)")
    }

    /// On a news agency's report the outlet's masthead signs nothing; the organization the report quotes
    /// asking does.
    @Test func anAgencyReportsMastheadSignsNothing() throws {
        let d = try draft(
            "<html><head><meta charset=\"UTF-8\"><title>UN: Rights group urges leaders to act</title></head><body>"
                + "<header><div class=\"logo\">ExampleInfo.net — Human Rights First</div><nav><a>Accueil</a></nav>"
                + "</header><h1>UN: Rights group urges leaders to act</h1><p>(AFP) – Human Rights Watch urged the "
                + "leaders on Monday to release all political prisoners.</p><p>\(IngestRulesTests.prose)</p></body></html>",
            ext: "html")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
    }

    /// A joint appeal's signers set under its text without a cue, one name to a line and perhaps closed
    /// by an acronym the corpus knows, each sign.
    @Test func aClosingRunOfNamesSigns() throws {
        let d = try draft(
            "Appel aux chefs d’État de l’Union européenne\n\n\(IngestRulesTests.prose)\n\nElles appellent les chefs "
                + "d’État à libérer les défenseurs emprisonnés.\n\nHuman Rights Watch\n\nFondation de la maison des "
                + "droits de l’Homme (HRHF)\n")
        #expect(Set(d.fields.organizations) == ["hrw", "hrhf"], "\(d.fields.organizations)")
    }

    /// A joint op-ed's signature line — people with their organizations, a semicolon apart — names
    /// every organization signing, a note on the piece under it or not.
    @Test func aJointOpEdsSignatureLineSigns() throws {
        let d = try draft(
            "The Summit and the Multilateral Defence of Human Rights\n\nHuman Rights Watch has documented the "
                + "arrests. \(IngestRulesTests.prose)\n\nWe ask the "
                + "governments meeting in Panama to demand the release of all political prisoners.\n\nJane Example, "
                + "executive director of Human Rights Watch; Juan Ejemplo, Human Rights First; Ana Exemplo, director "
                + "of the Human Rights House Foundation.\nThis article is also published in Spanish.\n")
        #expect(Set(d.fields.organizations) == ["hrw", "hrf", "hrhf"], "\(d.fields.organizations)")
    }
}
