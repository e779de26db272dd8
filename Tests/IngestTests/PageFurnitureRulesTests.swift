import Foundation
import Testing

@testable import Corpus
@testable import Ingest

/// The rules that tell a page's headline, text and organizations from its
/// furniture (issue 20: fields that hold on unseen pages), each on a page of
/// a few lines that holds the case (never a development-set page).
@Suite struct PageFurnitureRulesTests {
    func draft(_ text: String, ext: String = "txt") throws -> Draft { try IngestRulesTests().draft(text, ext: ext) }

    static let prose = IngestRulesTests.prose
    static let headline = "Russia: Free Jailed Reporters Now"

    /// A list of the section's other pieces ("More Opinion", "More from Letters") ends the text, so
    /// what follows it is no part of the body.
    @Test(arguments: ["More Opinion", "More from Letters", "More stories"])
    func aListOfTheSectionsOtherPiecesEndsTheText(_ label: String) throws {
        let d = try draft("\(Self.headline)\n\n\(Self.prose)\n\n\(label)\nAbbott’s trip: boats, beef and bruises\n")
        #expect(!d.body.contains("boats, beef"), "\(d.body)")
        #expect(d.body.contains("forty people"))
    }

    /// A credit under the text ("Source: …"), a blog post's footer ("Posted by … at …"), a comments
    /// heading with its count ("COMMENTS (2)", "3 comments:") and a related-articles label alone on
    /// its line ("READ ALSO:") end the text: the readers' comments below are no part of it.
    @Test(arguments: [
        "Source: Committee to Protect Journalists, cpj.org", "Posted by Press Watch at 9:14 AM", "COMMENTS (2)",
        "3 comments:", "READ ALSO:", "Source : communiqué d’Amnesty International France, 25 janvier 2024",
    ])
    func aCreditAFooterOrACommentsHeadingEndsTheText(_ label: String) throws {
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\n\(label)\nPriya: Good partnership for both countries, don't spoil it.\n"
        )
        #expect(!d.body.contains("Priya"), "\(d.body)")
        #expect(d.body.contains("forty people"))
    }

    /// A source label opening a sentence, with prose under it, labels a paragraph of a news site's
    /// report ("Джерело: заява на сайті …", then "Деталі: …"): the text goes on past it.
    @Test func aLabelledSourceSentenceWithProseUnderItIsPartOfTheText() throws {
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\n"
                + "Джерело: заява на сайті громадської організації Truth Hounds, яка ініціювала звернення і входить до коаліції\n\n"
                + "Деталі: Правозахисники нагадують, що Путін перебуває під ордером на арешт Міжнародного кримінального суду, "
                + "а така зустріч підриває авторитет ООН і довіру до неї.\n")
        #expect(d.body.contains("Деталі: Правозахисники"), "\(d.body)")
        #expect(d.body.contains("Джерело: заява"), "\(d.body)")
    }

    // MARK: Headline

    /// A site's menu ends its masthead: the blog's name and its tagline above it, longer than the
    /// headline below it, are no headline. A stamp with bars below the headline is no menu.
    @Test func aTaglineAboveTheSitesMenuIsNoHeadline() throws {
        let d = try draft(
            "El Yuma\nCuba, the Cuban Americans and everything in between\nHome | About | Archives | Contact\n\n"
                + "Saturday, March 19, 2016\n\nHope, Skepticism for Obama’s Visit to Cuba\n\n"
                + "Posted 18 March 2016 | Labels: Cuba, Obama\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Hope, Skepticism for Obama’s Visit to Cuba", "\(d.fields.title)")
    }

    @Test func aConsentBannerIsNeitherTheFirstParagraphNorTheText() throws {
        let d = try draft(
            "We value your privacy. We and our partners store and access information on your device to measure use.\n\n"
                + "News\n\n\(Self.headline)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
        #expect(d.body.hasPrefix("The organization said"), "\(d.body.prefix(80))")
    }

    /// A banner that names cookies mid-sentence is a banner too: it says more
    /// than a short headline, and was taken for it.
    @Test func aConsentBannerNamingCookiesAnywhereIsNeverTheHeadline() throws {
        let banner = "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires"
        let d = try draft("\(banner)\n\nMonde\n\n\(Self.headline)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
    }

    /// A release's labels ("Press Release – For immediate release", a
    /// tagline ending "FOR IMMEDIATE RELEASE") are longer than some
    /// headlines but never one.
    @Test(arguments: [
        "Press Release – For immediate release",
        "Working together for the rights of the Tibetan people at the United Nations FOR IMMEDIATE RELEASE",
        "COMMUNIQUÉ DE PRESSE – Pour diffusion immédiate",
    ])
    func aReleaseLabelIsNeverTheHeadline(_ label: String) throws {
        let d = try draft("\(label)\n\n\(Self.headline)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
    }

    /// A headline of two sentences ends with a full stop, as prose does; the
    /// byline under it says it is the headline.
    @Test func aHeadlineAboveItsBylineIsTheHeadlineThoughItEndsWithAFullStop() throws {
        let headline = "Russia holds hundreds of political prisoners. In Geneva, the president can help free them."
        let d = try draft(
            "The Daily Example\nAll the news, all the time\n\nOpinion\n\(headline)\n\nBy Jane Doe\n"
                + "June 14, 2021 at 4:30 p.m. EDT\n\n\(Self.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2021-06-14"), "\(d.fields.date)")
    }

    /// A date with its time of day is a date line; a sentence with a date and a time is not.
    @Test func aDateWithItsTimeOfDayStandsAloneOnItsLine() {
        #expect(MetadataReader.isDateLine("June 14, 2021 at 4:30 p.m. EDT") != nil)
        #expect(MetadataReader.isDateLine("4 juillet 2014 à 15h56") != nil)
        #expect(MetadataReader.isDateLine("On June 14, 2021 at 4:30 p.m. the leaders met in Geneva") == nil)
    }

    @Test(arguments: ["Temps de lecture : 2 min", "5 min read", "Lesezeit: 3 Min."])
    func aReadingTimeIsNeverTheHeadline(_ line: String) throws {
        // The reading time stands above the headline, where a kicker would, and reads as one.
        let d = try draft("franceinfo\n\nMonde › Chine\n\n\(line)\n\n\(Self.headline)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
    }

    @Test(arguments: [
        "Политика / Мир / Азия", "News / Europe / Russia", "AzVision.az — Nachrichten aus Aserbaidschan und der Welt",
        "Грани.Ру", "Example.org | News and views from the region since 1998",
    ])
    func aSectionPathOrASitesAddressAboveTheHeadlineIsNeverIt(_ line: String) throws {
        // A path of sections reads as a headline and made the headline below it look like its deck; a
        // site's address with its tagline says more than a short headline.
        let headline = "Activists Protest Visit"
        let d = try draft("\(line)\n\n\(headline)\n\n01.12.2014 20:14\n\n\(Self.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
    }

    @Test(arguments: ["RE: Human rights priorities for the summit", "Objet : Human rights priorities for the summit"])
    func aLettersSubjectIsTheTitleWithoutItsLabel(_ subject: String) throws {
        let d = try draft("\(subject)\n\nDear Minister:\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Human rights priorities for the summit", "\(d.fields.title)")
    }

    /// A newspaper's page line ("Fri, Oct 24, 2008 - Page 5 News List") is a date with its weekday
    /// abbreviated, not the headline below it.
    @Test func aPrintPagesDateLineIsNotTheHeadline() throws {
        let d = try draft("Fri, Oct 24, 2008 - Page 5 News List\n\n\(Self.headline)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2008-10-24"), "\(d.fields.date)")
    }

    // MARK: Text

    @Test(arguments: [
        "Partager : Facebook X LinkedIn",
        "Artikel teilen: Facebook Twitter E-Mail",
        "Поширити: Facebook X Telegram",
        "Printed from example.org",
        "Sur le même sujet",
        "This story has been viewed 1847 times.",
    ])
    func aLanguagesTextEndEndsTheText(_ end: String) throws {
        let related = "An article on another subject that the site links to below"
        let d = try draft("\(Self.headline)\n\n\(Self.prose)\n\n\(end)\n\n\(related)\n")
        #expect(d.body.hasSuffix("where they were held."), "\(d.body.suffix(120))")
    }

    @Test(arguments: [
        "Russia | Europe and Central Asia | Free Speech", "Facebook · X · LinkedIn", "Read more »",
        "Partager : Facebook · Twitter · Courriel · Imprimer", "Share: Facebook | X | Email",
    ])
    func aBarInsideTheTextIsFurnitureNotItsEnd(_ bar: String) throws {
        // News sites set a share bar or a link list between the lede and the rest of the article.
        let rest = "She added that the authorities had not answered the families’ letters since the spring."
        let d = try draft("\(Self.headline)\n\n\(Self.prose)\n\n\(bar)\n\n\(rest)\n")
        #expect(d.body.hasSuffix(rest), "\(d.body.suffix(120))")
        #expect(!d.body.contains(bar), "\(d.body)")
    }

    @Test(arguments: [
        "Read also: Activists detained after the protest in the capital",
        "Lire aussi | Les familles des détenus sans nouvelles depuis le printemps",
        "Читайте також: В Україні і світі вимагали покарання для замовників",
    ])
    func aLinkToAnotherArticleBetweenParagraphsIsDroppedAndTheTextGoesOn(_ link: String) throws {
        // News sites set "read also" links inside the article; a label such as "Video of the day" may
        // stand between the link and the next paragraph.
        let rest = "She added that the authorities had not answered the families’ letters since the spring."
        let d = try draft("\(Self.headline)\n\n\(Self.prose)\n\n\(link)\n\nVideo of the day\n\n\(rest)\n")
        #expect(d.body.hasSuffix(rest), "\(d.body.suffix(120))")
        #expect(!d.body.contains(link) && !d.body.contains("Video of the day"), "\(d.body)")
    }

    @Test func aLinkToAnotherArticleWithNoProseAfterItEndsTheText() throws {
        // After the text, the same labels head the related articles: headlines, no prose.
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\nRead also: Activists detained after the protest in the capital\n\n"
                + "Court upholds the sentence of a blogger\n\nObservers barred from the trial\n")
        #expect(d.body.hasSuffix(Self.prose), "\(d.body.suffix(120))")
        #expect(!d.body.contains("Court upholds"), "\(d.body)")
    }

    @Test func aHeadlineNamingReportersIsNoReport() throws {
        // The kind `report` wants the word itself in the headline, not a word it begins ("Reporters").
        let d = try draft(
            "Reporters Jailed Ahead of the Summit Must Be Freed\n\n\(Self.prose) Its report is due in May.\n")
        #expect(d.fields.kind != .report, "\(d.fields.kind)")
    }

    @Test func aLineThatRunsTheLastSentenceIntoTheFooterStaysInTheText() throws {
        let d = try draft("\(Self.headline)\n\n\(Self.prose)\n\n\(Self.prose) Press office · press@example.org\n")
        #expect(d.body.hasSuffix("press@example.org"), "\(d.body.suffix(80))")
    }

    @Test func aDeckUnderTheHeadlineIsNotTheText() throws {
        let d = try draft(
            "\(Self.headline)\n\nHost Country’s Assault on Civil Society Should Be on Summit Agenda\n\n"
                + "September 3, 2013 12:00AM EDT\n\n\(Self.prose)\n")
        #expect(d.body.hasPrefix("The organization said"), "\(d.body.prefix(80))")
        // A first paragraph that asks a question is the text, not a deck.
        let question = "On 19 August the President receives his guest. Will he be as firm as he was before ?"
        let asking = try draft("\(Self.headline)\n\n\(question)\n\n\(Self.prose)\n")
        #expect(asking.body.hasPrefix("On 19 August"), "\(asking.body.prefix(80))")
    }

    @Test func aDeckSpeaksForThePageAsTheHeadlineDoes() throws {
        let d = try draft(
            "UN Rights Body Should Seize Opportunity for Action\n\nJoint Letter to Members of the Council\n\n"
                + "Excellencies,\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
    }

    @Test(arguments: ["Dear President Obama:", "Monsieur le Président,"])
    func aSalutationOpensTheLettersText(_ salutation: String) throws {
        let d = try draft("\(Self.headline)\n\n\(salutation)\n\n\(Self.prose)\n")
        #expect(d.body.hasPrefix(salutation), "\(d.body.prefix(80))")
    }

    @Test func anOrganizationsBoilerplateIsNotTheTextNorAnAuthorsBio() throws {
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\n"
                + "Human Rights Watch is an independent organization that investigates abuses in some 90 countries.\n")
        #expect(d.body.hasSuffix("where they were held."), "\(d.body.suffix(120))")
        #expect(d.fields.kind != .opEd, "an organization's boilerplate is no person's bio")
    }

    @Test func aCreditedPhotoCaptionIsNotTheText() throws {
        let d = try draft(
            "\(Self.headline)\n\nThe envoy arrived at the castle in a horse-drawn carriage (Andrew Example/PA)\n\n"
                + "\(Self.prose)\n")
        #expect(d.body.hasPrefix("The organization said"), "\(d.body.prefix(80))")
    }

    // MARK: Organizations

    static let letterhead = """
        Human Rights Watch
        350 Fifth Avenue · New York
        August 31, 2023
        The Honorable Jane Example, President of Example, The Presidential House, 1 Main Street, Capital 20500
        Re: Human rights ahead of your visit
        Dear President Example,
        """

    @Test func aLettersInsideAddressNamesTheAddresseeNotThePublisher() throws {
        let d = try draft("\(Self.letterhead)\n\(Self.prose)\n")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        #expect(d.newOrganizations.isEmpty, "\(d.newOrganizations.map(\.name))")
    }

    @Test func theOrganizationsUnderALettersClosingSignIt() throws {
        let d = try draft(
            "\(Self.letterhead)\n\(Self.prose)\n\(Self.prose)\nRespectfully,\nHuman Rights Watch\n"
                + "Human Rights House Foundation\n")
        #expect(Set(d.fields.organizations) == ["hrw", "hrhf"], "\(d.fields.organizations)")
    }

    @Test func aTitleCaseHeadlinesPhraseIsNoOrganization() throws {
        let d = try draft(
            "Groups Urge Envoys to Put Human Rights First at the Summit\n\n"
                + "Human Rights Watch said today that \(Self.prose.prefix(1).lowercased() + Self.prose.dropFirst())\n")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        // Named in the text too, the same name is one.
        let named = try draft(
            "Groups Urge Envoys to Put Human Rights First at the Summit\n\n"
                + "Human Rights First and Human Rights Watch said today that the envoys must act.\n\n\(Self.prose)\n")
        #expect(Set(named.fields.organizations) == ["hrw", "hrf"], "\(named.fields.organizations)")
    }

    @Test func anOrganizationCitedForAFactDoesNotSign() throws {
        let d = try draft(
            "\(Self.headline)\n\nHuman Rights Watch said that more than 170 reporters are behind bars "
                + "according to Human Rights First, and that the number grows.\n\n\(Self.prose)\n")
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
    }

    /// An organization named before a role ("a Human Rights First researcher", "Human Rights First’s
    /// head of policy") is where someone works, and one a page cites ("It cited …") is a source: neither
    /// signs. Named before a role by a person who speaks, it does.
    @Test func anOrganizationNamedBeforeARoleOrCitedDoesNotSign() throws {
        let d = try draft(
            "\(Self.headline)\n\nHuman Rights Watch wrote to the ministers on Monday.\n\nEarlier this week a foreign "
                + "journalist and a Human Rights First researcher were refused entry at the airport.\n\n\(Self.prose)\n"
        )
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        let cited = try draft(
            "\(Self.headline)\n\nHuman Rights Watch wrote to the federation. It cited Human Rights First’s head "
                + "of policy, who has long tracked the arrests.\n\n\(Self.prose)\n")
        #expect(cited.fields.organizations == ["hrw"], "\(cited.fields.organizations)")
        let speaking = try draft(
            "\(Self.headline)\n\n“The envoys must act now,” said Human Rights First director Jane Roe, as Human "
                + "Rights Watch said the same.\n\n\(Self.prose)\n")
        #expect(Set(speaking.fields.organizations) == ["hrw", "hrf"], "\(speaking.fields.organizations)")
    }

    @Test func aNameStyledInCapitalsIsReadAsRunningTextWritesIt() {
        #expect(CorpusNames.ordinaryCase("ARTICLE 19") == "Article 19")
        #expect(CorpusNames.ordinaryCase("PEN") == nil, "an acronym stays an acronym")
        #expect(CorpusNames.ordinaryCase("Human Rights Watch") == nil)
    }

    /// Newspapers write an acronym pronounced as a word as a word ("Asean", "Nato"): a name holding one is
    /// searched in that form too. An acronym alone, or one of three letters ("USA"), is not.
    @Test func aNamesAcronymIsReadAsNewspapersWriteIt() {
        #expect(
            CorpusNames.pressCase("ASEAN Parliamentarians for Human Rights")
                == "Asean Parliamentarians for Human Rights")
        #expect(CorpusNames.pressCase("NATO") == nil)
        #expect(CorpusNames.pressCase("Amnesty International USA") == nil)
        #expect(CorpusNames.pressCase("ARTICLE 19") == nil, "capitals only: ordinaryCase reads it")
    }

    /// A list of related pages under the text ("Related news", "Related stories") ends the text.
    @Test func aListOfRelatedPagesEndsTheText() {
        #expect(StatementText.isTerminator("Related news"))
        #expect(StatementText.isTerminator("Related stories:"))
        #expect(!StatementText.isTerminator("News related to the summit in the capital"))
    }

    /// A release's end mark and what news sites set under a text end it, in each language: "ENDS",
    /// "Further information: …", "Additional reporting by …", a row of bracketed links, "Articles
    /// similaires", "Las noticias más leídas:", "Altre notizie", a tag line ("Теги: …", "Schlagworte: …",
    /// "Etiquetas: …", "Mots-clés : …"). The same
    /// words opening a sentence of prose do not.
    @Test func whatNewsSitesSetUnderATextEndsIt() {
        for line in [
            "ENDS", "Further information: Jane Doe, Example Foundation, info@example.org",
            "Additional reporting by John Roe", "[Print this article] [Email this article] [Discuss this story]",
            "Discuss this story in the forums (214 posts)", "Articles similaires", "Las noticias más leídas:",
            "Nota leída aproximadamente 1442 veces.", "Altre notizie", "Теги: УЕФА, Евро-2020",
            "Теги: саміт, НАТО", "Schlagworte: Äthiopien, Amnesty International", "Etiquetas: Amnistía Internacional",
            "Mots-clés : sommet, Libye", "Keywords: summit, detention", "Ключевые слова: саммит",
        ] {
            #expect(StatementText.isTerminator(line), "\(line)")
        }
        for line in [
            "Ends and means are one in the campaign, the group said.",
            "Further information about the detainees emerged only in March.",
        ] {
            #expect(!StatementText.isTerminator(line), "\(line)")
        }
    }

    /// An ask's text is the clause after its cue verb's "to", else after its modal: a modal takes no "on"
    /// ("should lift its restrictions on free expression" is no ask "on free expression").
    @Test func anAsksTextAfterAModalKeepsItsVerb() {
        #expect(
            AskFinder.paraphrase("Thailand should lift its restrictions on free expression and peaceful assembly")
                == "Lift its restrictions on free expression and peaceful assembly.")
        #expect(
            AskFinder.paraphrase("The groups urged the president to raise the cases of jailed reporters")
                == "Raise the cases of jailed reporters.")
        // A cue verb stands at a word's start: "asks" in "tasks" is none.
        #expect(
            AskFinder.paraphrase("to withdraw the soldiers from security tasks and adopt a policy that respects rights")
                == "To withdraw the soldiers from security tasks and adopt a policy that respects rights.")
    }

    /// A long ask's text ends where one of the page's clauses ends, never mid-phrase: whole up to
    /// `askWholeWords` words, else cut at its last clause mark within them, else marked cut with "…".
    @Test func aLongAsksTextEndsAtAClause() {
        let sentence =
            "En la carta, Amnistía pide a los Estados poner fin al uso excesivo de la fuerza contra quienes "
            + "protestan pacíficamente, con especial atención a Perú, donde decenas de personas murieron en las "
            + "movilizaciones que siguieron a la destitución del expresidente Pedro Castillo"
        #expect(
            AskFinder.paraphrase(sentence)
                == "En la carta, Amnistía pide a los Estados poner fin al uso excesivo de la fuerza contra quienes "
                + "protestan pacíficamente, con especial atención a Perú.")
        // Up to the limit the sentence stays whole, however many commas it has.
        let whole =
            "La FIFA debe exigir a las autoridades rusas garantías públicas de que los aficionados, los "
            + "jugadores y los periodistas LGBT no serán detenidos, multados ni agredidos durante el torneo"
        #expect(AskFinder.paraphrase(whole) == whole + ".")
        // A clause mark among the first words opens the sentence and is no place to cut it.
        let unmarked = "In the letter, " + Array(repeating: "the groups ask", count: 14).joined(separator: " ")
        let cut = AskFinder.paraphrase(unmarked)
        #expect(cut.hasSuffix("ask…"))
        #expect(cut.split(separator: " ").count == AskFinder.askWholeWords)
    }

    /// A passive ask names what is asked before its modal: its text is the sentence whole, never "Be
    /// repealed."
    @Test func aPassiveAsksTextKeepsWhatItAsksAbout() {
        #expect(
            AskFinder.paraphrase("The law on foreign representatives should be repealed before the elections")
                == "The law on foreign representatives should be repealed before the elections.")
    }

    /// A quoted ask's text ends at its closing mark: the attribution after it names who said it.
    @Test func aQuotedAsksTextLeavesItsAttributionOut() {
        #expect(
            AskFinder.paraphrase(
                "The EU should link closer engagement to real progress on human rights,” said Jane Doe")
                == "Link closer engagement to real progress on human rights.")
        #expect(
            AskFinder.paraphrase("Die Hilfen müssen ausgesetzt werden, bis Peking einlenkt“, sagte der Generalsekretär")
                == "Die Hilfen müssen ausgesetzt werden, bis Peking einlenkt.")
    }

    /// A negated ask keeps its negation: "urge you not to extend an invitation" asks not to invite.
    @Test func aNegatedAsksTextKeepsItsNegation() {
        #expect(
            AskFinder.paraphrase("We urge you not to extend an invitation to the junta to the summit")
                == "Do not extend an invitation to the junta to the summit.")
        #expect(
            AskFinder.paraphrase("The minister should not attend the ceremony in the capital")
                == "Do not attend the ceremony in the capital.")
        // A subject that denies ("Neither country should …") asks not to.
        #expect(
            AskFinder.paraphrase("Neither country should extradite the exiles to Example, where they face torture")
                == "Do not extradite the exiles to Example, where they face torture.")
        #expect(
            AskFinder.paraphrase("No government should deport them")
                == "Do not deport them.")
        #expect(AskFinder.paraphrase("Nations should deport no one") == "Deport no one.")
    }

    // MARK: Session 14: captions, letterheads, decks across a date

    @Test(arguments: [
        "People queue outside banks in the capital as fears grow of renewed fighting, January 31, 2026. © 2026 AP Photo",
        "Protesters gather near the central post office to demand more democratic freedoms, 2 April 2021. AP Photo/Jane Doe, File",
        "Merkel will den Wirtschaftsbeziehungen neuen Schwung geben. Foto: Max Mustermann/Archiv",
        "Activists protest outside the embassy in 2009. Credit: Flickr/Jane Doe",
    ])
    func aPhotosCaptionWithItsCreditIsNeitherTheHeadlineNorTheText(_ caption: String) throws {
        // Above the text the caption is longer than the headline, and would be taken for it.
        let d = try draft("\(Self.headline)\n\(caption)\n\n\(Self.prose)\n\n\(caption)\n\n\(Self.prose)\n")
        #expect(d.fields.title == Self.headline, "\(d.fields.title)")
        #expect(!d.body.contains(caption), "\(d.body)")
        // A paragraph that speaks of a photo further in is prose.
        let prose =
            "The photo, taken by a passer-by and first published by AP, shows the police beating a man in the street."
        #expect(!StatementText.isCaption(prose.lowercased()))
    }

    @Test func aLetterheadsContactLinesAreNeverTheHeadline() throws {
        let d = try draft(
            "Caen, le 26 octobre 2011\n\nJean Exemple, 58 boulevard Georges Pompidou, 14000 Caen\n\n"
                + "Lettre ouverte à Monsieur le Président\n\nMonsieur le Président,\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Lettre ouverte à Monsieur le Président", "\(d.fields.title)")
        let fax = try draft(
            "Fax: +32 (2) 732-0471 and +32 (2) 732-2009 www.example.org\n\nRights in Russia\n\nDear Minister,\n\n"
                + "\(Self.prose)\n")
        #expect(fax.fields.title == "Rights in Russia", "\(fax.fields.title)")
        #expect(!StatementText.isContact("Talks in 2024, 2025 and 2026 on the release of 1500 prisoners"))
    }

    @Test func aLettersInsideAddressOnOneLineIsNotItsFirstParagraph() throws {
        // However long, an address block holds no sentence: the subject under it is the headline.
        let address =
            "Baroness Jane Example, High Representative of the European Union for Foreign Affairs and Security "
            + "Policy, Vice-President of the European Commission, 200 rue de la Loi, B-1049 Brussels"
        let d = try draft(
            "Brussels, November 20, 2012\n\(address)\nRe: EU conclusions on Russia\nDear High Representative,\n"
                + "\(Self.prose)\n")
        #expect(d.fields.title == "EU conclusions on Russia", "\(d.fields.title)")
    }

    @Test func aDeckBelowTheHeadlineAndItsPublicationLineIsNotTheHeadline() throws {
        let d = try draft(
            "Open letter to EU leaders: Boycott the Games\n\nPosted 14 December 2021 | Campaigns: Games\n\n"
                + "Open letter to EU leaders ahead of the European Council Summit on 16 December 2021\n\n"
                + "Dear High Representative,\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Open letter to EU leaders: Boycott the Games", "\(d.fields.title)")
    }

    @Test func aDeckAboveTheDateIsNotTheText() throws {
        let d = try draft(
            "\(Self.headline)\nThe visit takes place as repression grows across the country\n23 May 2018\n"
                + "\(Self.prose)\n")
        #expect(d.body.hasPrefix("The organization said"), "\(d.body.prefix(80))")
    }

    @Test func aPDFsCreditOrFooterLineIsNotJoinedToTheParagraphAboveIt() {
        let line = String(repeating: "word ", count: 16)
        let text =
            "\(line)\n\(line)\n\(line)\nthe last line of a paragraph ends here.\nФото: ГО «Цивільні в полоні»\n"
            + "\(line)\n\(line)\nthe last line of a paragraph ends here.\nPressereferat · presse@example.de · Tel. 0551 4990\n"
        let lines = PDFExtractor.unwrap(text).split(separator: "\n")
        #expect(lines.contains("Фото: ГО «Цивільні в полоні»"), "\(lines)")
        #expect(lines.contains("Pressereferat · presse@example.de · Tel. 0551 4990"), "\(lines)")
    }

    /// A browser prints the page's title in its header: a headline set over two lines that the
    /// header holds whole is one line; one it does not hold stays as set.
    @Test func aPDFsHeadlineThePrintHeaderHoldsWholeIsOneLine() {
        let line = String(repeating: "word ", count: 16)
        let header = "28.09.23, 10:14 · Scholz Should Put Rights First in Talks With Central Asia | Example Watch\n"
        let set =
            "Scholz Should Put Rights First in Talks With Central\nAsia\n28 September 2023\n"
            + String(repeating: "\(line)\n", count: 6)
        let joined = PDFExtractor.unwrap(header + "Example Watch · News · Reports\n" + set).split(separator: "\n")
        #expect(joined.contains("Scholz Should Put Rights First in Talks With Central Asia"), "\(joined)")
        let alone = PDFExtractor.unwrap("Example Watch · News · Reports\nMenu\n" + set).split(separator: "\n")
        #expect(alone.contains("Scholz Should Put Rights First in Talks With Central"), "\(alone)")
    }

    /// A printout's type sizes say where its headline is: lines of one display size are one headline
    /// however they are capitalized, and a change of size ends a paragraph. Without sizes the same
    /// headline parts after its first line, as a short line before a capital does.
    @Test func aPDFsHeadlineSetOverLinesOfOneDisplaySizeIsOneLine() {
        let line = String(repeating: "word ", count: 16)
        let text =
            "Example Watch · News\nStatement: Candlelight Party Disqualification\nFurther Undermines Cambodian Democracy\n"
            + "\(line)\n\(line)\nthe last line of a paragraph ends here.\n"
        let sized = PDFExtractor.unwrap(text, sizes: [12, 24, 24, 12, 12, 12, 0]).split(separator: "\n")
        #expect(
            sized.contains("Statement: Candlelight Party Disqualification Further Undermines Cambodian Democracy"),
            "\(sized)")
        let unsized = PDFExtractor.unwrap(text).split(separator: "\n")
        #expect(
            !unsized.contains("Statement: Candlelight Party Disqualification Further Undermines Cambodian Democracy"),
            "\(unsized)")
        // A headline in display type over the text in body type: two paragraphs, though the headline
        // ends on a small word.
        let parted = PDFExtractor.unwrap(
            "UK: Sunak should call out Modi at the\nG20 summit in New Delhi this weekend, Amnesty said.\n",
            sizes: [24, 12, 0]
        ).split(separator: "\n")
        #expect(parted.first == "UK: Sunak should call out Modi at the", "\(parted)")
        // A list item under a headline-sized lead-in still opens its own paragraph.
        let type = TypeSizes(sizes: [18, 18], lines: ["The groups ask:", "• release the prisoners"])
        #expect(type.joins(0, 1, next: "• release the prisoners") == nil)
        // A line of mixed sizes (reported as 0) says nothing.
        #expect(
            TypeSizes(sizes: [0, 24], lines: ["HUMAN RIGHTS WATCHBureau de Paris", "Headline"]).joins(
                0, 1, next: "Headline") == nil)
    }

    /// poppler reads a bulleted list as a column of bullets, then the items' lines: each bullet is put
    /// back before the line it stands beside, so the items are a list under their lead-in (and their
    /// asks are found). The lines keep their sizes, one per line. (A page of set AA, spent.)
    @Test func aPDFsBulletsStandBeforeTheirItems() throws {
        let file = DevelopmentSetTests.root + "/pages/2024-10-14-chri-chogm-samoa-call-for-human-rights.pdf"
        let printed = try PDFExtractor.text(file)
        let lines = printed.text.replacingOccurrences(of: "\u{0C}", with: "\n\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(printed.sizes.count == lines.count)
        #expect(!lines.contains { $0.trimmingWhitespaceScalars() == "•" }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("• Repeal or reform sedition") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("• Strengthen national human rights institutions") })
        let page = try PageText.load(file)
        let items = page.lines.filter { $0.hasPrefix("• ") }
        #expect(items.count == 8, "\(items)")
    }

    /// A list item ends at a line that ends its sentence when the next line opens one, however long
    /// the item's line: the paragraph after the list is no part of the last item.
    @Test func aPDFListItemEndsAtItsSentencesEnd() {
        let line = String(repeating: "word ", count: 22).trimmingWhitespaceScalars()
        let item = "• Strengthen national human rights institutions so that they comply fully with the Principles."
        let lines = PDFExtractor.unwrap("\(line)\n\(line)\n\(item)\n“Leaders have put their names to fine words.\n")
            .split(separator: "\n")
        #expect(lines.last == "“Leaders have put their names to fine words.", "\(lines)")
    }

    /// A typed letter's salutation is a line of its own: its first paragraph, opening with a date ("Le
    /// 13 octobre 2021 s’est ouverte …"), is not read as the salutation's, nor as a dateline of the letter.
    @Test func aPDFLettersSalutationIsALineOfItsOwn() {
        let line = String(repeating: "mot ", count: 20)
        let lines = PDFExtractor.unwrap(
            "Monsieur le Président,\nLe 13 octobre 2021 s’est ouverte à Paris une exposition consacrée au pays\n"
                + "\(line)\n\(line)\n"
        ).split(separator: "\n")
        #expect(lines.first == "Monsieur le Président,", "\(lines)")
        #expect(MetadataReader.isSalutationLine("Dear Minister:"))
        #expect(
            !MetadataReader.isSalutationLine(
                "Dear colleagues and friends of the organization who wrote to us last year,")
        )
    }

    /// A letter's closing ("Sincerely,") on a short line of a PDF stays a line of its own, not joined to the
    /// text's last sentence, so that the signers listed under it are read as its signers.
    @Test func aPDFLettersClosingIsALineOfItsOwn() {
        // The text's last line runs the full measure, so only the closing itself can end its paragraph.
        let line = String(repeating: "word ", count: 16)
        let last = "We stand ready to discuss these recommendations with your staff and officials."
        #expect(last.count >= line.count - 2)
        let lines = PDFExtractor.unwrap("\(line)\n\(line)\n\(last)\nSincerely,\nJane Doe\n").split(separator: "\n")
        #expect(lines.contains("Sincerely,"), "\(lines)")
        #expect(PDFExtractor.isClosingLine("Yours sincerely,"))
        #expect(!PDFExtractor.isClosingLine("Sincerely, we hope that the summit will take up these concerns,"))
    }

    /// A letter signed for a coalition names its members after "On behalf of": they sign it.
    @Test func aLetterSignedOnBehalfOfACoalitionIsItsMembers() throws {
        let d = try draft(
            "\(Self.headline)\n\nDear Secretary,\n\n\(Self.prose)\n\nSincerely,\n\nJane Doe\n\n"
                + "On behalf of: Human Rights Watch; Human Rights First\n")
        #expect(Set(d.fields.organizations) == ["hrw", "hrf"], "\(d.fields.organizations)")
    }

    /// Nor does a salutation go on from the line above it, however long: a letter's heading set across
    /// the measure stays a paragraph of its own above "Your Excellency,".
    @Test func aPDFLettersSalutationDoesNotGoOnFromAHeadingAboveIt() {
        let heading =
            "Open letter to the President of the Human Rights Council on the report of the Panel of Experts on Sri Lanka"
        let line = String(repeating: "word ", count: 22)
        let lines = PDFExtractor.unwrap("\(heading)\nYour Excellency,\n\(line)\n\(line)\n").split(separator: "\n")
        #expect(lines.prefix(2) == [Substring(heading), "Your Excellency,"], "\(lines)")
    }

    /// A printout's headline is the paragraph of its first page set in the largest display type, as an
    /// HTML page's `<h1>`; a page all in one size has none.
    @Test func aPDFsLargestTypeOnItsFirstPageIsItsHeadline() {
        let line = String(repeating: "word ", count: 16)
        let printed = PrintedText(
            text:
                "ANFREL · Statements\nCandlelight Party Disqualification\nUndermines Democracy\n\(line)\n\(line)\u{0C}"
                + "A Larger Heading On Page Two\n\(line)",
            sizes: [14, 24, 24, 12, 12, 0, 30, 12])
        #expect(PDFExtractor.read(printed).headline == "Candlelight Party Disqualification Undermines Democracy")
        // A drop cap or a label in larger type is no headline; of two headlines as large, the first.
        let labelled = PrintedText(
            text: "PRESS RELEASE\nFirst Headline Of The Page\n\(line)\nSecond Headline Of The Page\n\(line)",
            sizes: [30, 20, 12, 20.2, 12])
        #expect(PDFExtractor.read(labelled).headline == "First Headline Of The Page")
        // A cover without text: the headline is on the first page that has some.
        let cover = PrintedText(text: " \u{0C}Candlelight Party Disqualification\n\(line)", sizes: [0, 0, 24, 12])
        #expect(PDFExtractor.read(cover).headline == "Candlelight Party Disqualification")
        let plain = PrintedText(text: "Dear Minister,\n\(line)\n\(line)", sizes: [12, 12, 12])
        #expect(PDFExtractor.read(plain).headline == nil)
    }

    /// poppler's runs of one font give each line's size, one per line of the text with a form feed
    /// read as a blank line; the headline becomes the page's declared heading. A letterhead whose
    /// name and address poppler reads as one line of mixed sizes is no headline.
    @Test func aPDFsLinesComeWithTheirTypeSizes() throws {
        let pages = DevelopmentSetTests.root + "/pages/"
        let printed = try PDFExtractor.text(pages + "2023-05-anfrel-candlelight-disqualification-cambodia.pdf")
        let lines = printed.text.replacingOccurrences(of: "\u{0C}", with: "\n\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(printed.sizes.count == lines.count)
        // The headline's two lines in its display size, the text in another, set more often.
        let headline = try #require(lines.firstIndex { $0.hasPrefix("Statement: Candlelight Party") })
        #expect(printed.sizes[headline] == printed.sizes[headline + 1])
        let text = try #require(lines.firstIndex { $0.hasPrefix("The Asian Network for Free Elections") })
        #expect(printed.sizes[headline] >= printed.sizes[text] * PDFExtractor.displayRatio, "\(printed.sizes)")
        let page = try PageText.load(pages + "2023-05-anfrel-candlelight-disqualification-cambodia.pdf")
        #expect(
            page.meta.headings == [
                "Statement: Candlelight Party Disqualification Further Undermines Cambodian Democracy"
            ])
        // poppler glues the letterhead's name (18 pt) to its office's address (8 pt): a line of no one size.
        let letter = try PDFExtractor.text(pages + "2013-04-18-hrw-lettre-hollande-visite-etat-chine.pdf")
        let letterLines = letter.text.split(separator: "\n", omittingEmptySubsequences: false)
        let glued = try #require(letterLines.firstIndex { $0.hasPrefix("HUMAN RIGHTS WATCHBureau de Paris") })
        #expect(letter.sizes[glued] == 0, "\(letter.sizes[glued])")
    }

    /// Whatever stands above a declared headline (an `<h1>`, a PDF's largest type) is the page's head,
    /// even a line that reads as prose; a line that is the headline whole is it, before a print
    /// header that only opens with it.
    @Test func aDeclaredHeadlineIsTheTitleBelowAProseLikeBanner() throws {
        let headline = "Electoral observers must not be silent witnesses"
        let lines = [
            "\(headline) | Example International — https://example.org/press/electoral-observers",
            "Text size — All popular browsers allow zooming in and out by pressing the Ctrl and + or - keys.",
            "Home › Latest › Press releases", headline, Self.prose, Self.prose,
        ]
        let found = StatementText.find(in: lines, headlines: [headline])
        #expect(found?.titleLine == 3, "\(String(describing: found?.titleLine))")
        // Undeclared, the breadcrumb under the banner parts the head from the article as well.
        let undeclared = try #require(StatementText.find(in: lines))
        #expect(undeclared.titleLine == 3 && undeclared.bodyLines.first == 4, "\(undeclared)")
        var crumbless = lines
        crumbless[2] = "Latest press releases"
        let banner = try #require(StatementText.find(in: crumbless))
        #expect(banner.bodyLines.first == 1, "without a declaration or a breadcrumb the banner is the first prose")
        // A print header that opens with the headline and goes on ("… – Example International"), neither
        // navigation nor contact, is not the title: the line that is the headline whole is.
        var plain = lines
        plain[0] = "\(headline) – Example International"
        #expect(StatementText.find(in: plain, headlines: [headline])?.titleLine == 3)
    }

    /// A blog's head: its name and tagline in small letters, its archive, the post's headline, the
    /// post's filing label and a lead-in ending with a colon. Only the headline reads as one: a line
    /// opening with a small letter is a tagline, a text-ending label ("Filed under:") labels furniture
    /// and a line ending with a colon leads into what follows.
    @Test func aTaglineALabelOrALeadInIsNeverTheHeadline() {
        let lines = [
            "jane example", "independent journalist, author and documentary maker", "",
            "The EU should listen", "", "Filed under: Europe, Israel, Palestine", "",
            "A statement the often spineless European Union would do well to heed:", "", Self.prose, Self.prose,
        ]
        let found = StatementText.find(in: lines)
        #expect(found?.titleLine == 3, "\(String(describing: found?.titleLine))")
        #expect(StatementText.opensWithLabel("Filed under: Europe, Israel, Palestine"))
        #expect(StatementText.opensWithLabel("Posted in Russia"))
        #expect(!StatementText.opensWithLabel("Press Thai Premier on Abuses"), "a one-word cue may open a headline")
    }

    /// A declared title that is the opening of the text's first paragraph (an og:title quoting its
    /// first sentence) is no headline line: the paragraph stays the text's first.
    @Test func aDeclaredTitleThatOpensTheFirstParagraphLeavesItInTheText() throws {
        let sentence = "The authorities must release Ahmed Mansoor immediately and unconditionally."
        let lines = [
            "Example International", "",
            "\(sentence) He has been held for five years in solitary confinement for his peaceful activism.", "",
            "Background", "", Self.prose,
        ]
        let found = try #require(
            StatementText.find(in: lines, headlines: [sentence], mastheads: ["Example International"]))
        #expect(found.bodyLines.contains(2), "\(found.bodyLines)")
        #expect(found.titleLine != 2)
    }

    /// A PDF's bulleted or numbered item opens a paragraph of its own, even under a full line: an ask
    /// is never read with the next item's marker inside it ("… e proteja • respeite …").
    @Test func aPDFsListItemIsNeverJoinedToTheLineAboveIt() {
        let line = String(repeating: "word ", count: 16)
        let text =
            String(repeating: "\(line)\n", count: 4)
            + "The organization asks the government to revoke the decrees that relax the rules on guns and\n"
            + "• respect the independence of the Inter-American system of human rights and its commission\n"
            + "2. protect the defenders of human rights and the journalists who report on their work in\n"
            + "the country.\n"
        let lines = PDFExtractor.unwrap(text).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("• respect the independence") }, "\(lines)")
        #expect(
            lines.contains { $0.hasPrefix("2. protect the defenders") && $0.hasSuffix("in the country.") }, "\(lines)")
        #expect(!lines.contains { $0.contains("guns and •") }, "\(lines)")
        // A day written as German writes it opens no item: the sentence wrapped before its date goes on.
        let german = PDFExtractor.unwrap(
            String(repeating: "\(line)\n", count: 4)
                + "Die Organisationen fordern den Bundeskanzler auf, bei seinem Besuch am\n"
                + "12. März 2024 die Freilassung der inhaftierten Anwälte zu verlangen und die Verfolgung zu beenden.\n"
        )
        #expect(german.contains("Besuch am 12. März 2024"), "\(german)")
    }

    @Test func aLettersInsideAddressNamesWhomItAddresses() throws {
        // The addressee's name, above the subject, is read with the text for the engagement.
        let d = try draft(
            "Washington, April 5, 2017\nThe Honorable Rex Tillerson, Secretary of State, 2201 C Street NW, "
                + "Washington, DC 20520\nRe: Human rights in Russia\nDear Mr. Secretary,\n"
                + "As you travel to Moscow, we ask you to speak for those held for their views.\n\(Self.prose)\n")
        #expect(d.fields.event == "tillerson-moscow-2017", "\(String(describing: d.fields.event))")
    }

    /// A share bar under an article's head — its deck, byline and date right under the headline — ends
    /// the head, not the text: the body starts below the bar, and the byline's organization still signs.
    @Test func aShareBarUnderTheArticlesHeadStartsTheBody() throws {
        let d = try draft(
            "THE EXAMPLE POST\nNews · Politics · Opinion\n\nExampleland: Speak Up for Jailed Reporters\n"
                + "A well-chosen remark would remind the host that its abuses are noticed, the director writes.\n"
                + "Jane Example, Director, Human Rights Watch\n07/12/2031 10:31am GMT\n"
                + "Share on Facebook · Share on Twitter · Email\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(!d.body.contains("Jane Example") && !d.body.contains("well-chosen"), "\(d.body)")
        #expect(d.body.hasPrefix("The organization said"), "\(d.body)")
        #expect(d.fields.organizations.contains("hrw"), "\(d.fields.organizations)")
    }

    /// "Contact du service de presse" opens a release's press contact block, which ends its text.
    @Test func aFrenchPressServiceContactEndsTheText() throws {
        let d = try draft(
            "Visite du ministre à Téhéran\n\nCommuniqué de presse publié le 3 septembre 2030, Berne\n\n"
                + "\(Self.prose)\n\n\(Self.prose)\n\nContact du service de presse\n"
                + "Nadia Exemple, porte-parole, +41 31 000 00 00, presse@example.ch\n")
        #expect(!d.body.contains("porte-parole") && !d.body.contains("Contact du service"), "\(d.body)")
    }

    /// "Articles associés" heads a list of related articles, which ends the text.
    @Test func relatedArticlesInFrenchEndTheText() throws {
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\n\(Self.prose)\n\nArticles associés\nTunisie : le harcèlement "
                + "des défenseurs continue\nÉgypte : l’état d’urgence prorogé\n")
        #expect(!d.body.contains("Tunisie") && !d.body.contains("Articles associés"), "\(d.body)")
    }
}
