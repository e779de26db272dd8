import Foundation
import Testing

@testable import Corpus
@testable import Ingest

/// Shapes of page that session 34's reading of set AF brought (issue 20), each on a page of a few
/// lines written here (never a development-set page): a newspaper archive's byline that opens with its
/// date, a printout's furniture label, a typed letter whose subject calls it a letter under a
/// letterhead, a masthead parted from its headline by an HTML page's blank lines, a lead-in that
/// recommends, and a news agency's credit before a dateline without a year.
@Suite struct ArchiveLetterAndAgencyFormsTests {
    static let prose = IngestRulesTests.prose
    func draft(_ text: String, ext: String = "txt") throws -> Draft { try IngestRulesTests().draft(text, ext: ext) }

    // MARK: A byline that opens with its date

    /// Newspapers' archives print the date first and the byline after a bar, with no space ("November
    /// 12, 1991|By A and B, Co-chairs, …"): the date is the page's, and an author whose role the
    /// byline gives makes the piece an op-ed.
    @Test func aBylineOpeningWithItsDateDatesThePageAndNamesItsAuthors() throws {
        let byline = "November 12, 1991|By Ann Example and Li Sample, Co-chairs, Committee for Example Prisoners."
        let found = try #require(MetadataReader.leadingSegmentDate(byline))
        #expect(found.date.date == PartialDate(year: 1991, month: 11, day: 12))
        #expect(found.rest.hasPrefix("By Ann Example"))
        #expect(MetadataReader.leadingSegmentDate("By Ann Example | November 12, 1991") == nil, "the date is not first")
        #expect(MetadataReader.leadingSegmentDate("November brought new arrests | By Ann Example") == nil)

        let d = try draft(
            "Example Tribune | News · Opinion · Sports\n\nHuman Rights Must Top the Agenda in Example City\n\n"
                + "\(byline)\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date.description == "1991-11-12")
        #expect(d.fields.kind == .opEd)
    }

    /// A blog heads a contributor's piece with the author's name, and the role on a line of its own,
    /// over the headline ("Jane Roe" / "International Policy Advisor, Example Rights First" / "Posted: …"):
    /// an author's piece, an op-ed. A name over a line that gives no role is no author.
    @Test func anAuthorsNameAndRoleOverTheHeadlineMakeAnOpEd() throws {
        func page(_ role: String) -> String {
            "<html><head><title>Jane Roe: Hopes for the Example Rights Summit</title></head><body>"
                + "<div>THE EXAMPLE POST FRONT PAGE · POLITICS · BUSINESS · MEDIA · WORLD</div><div>Jane Roe</div>"
                + "<div>\(role)</div><p>Posted: February 17, 2031 05:12 PM</p>"
                + "<h1>Hopes for the Example Rights Summit</h1><p>\(Self.prose)</p><p>\(Self.prose)</p></body></html>"
        }
        let post = try draft(page("International Policy Advisor, Example Rights First"), ext: "html")
        #expect(post.fields.title == "Hopes for the Example Rights Summit", "\(post.fields.title)")
        #expect(post.fields.kind == .opEd, "\(post.fields.kind)")
        let report = try draft(page("Sampletown, Exampleland"), ext: "html")
        #expect(report.fields.kind != .opEd, "\(report.fields.kind)")
    }

    /// A printout sets such a byline on a full line above the text's first paragraph: it stays a line
    /// of its own, not the paragraph's first words.
    @Test func aPrintedBylineOpeningWithItsDateStandsApart() {
        let text = PDFExtractor.unwrap(
            """
            Human Rights Must Top the Agenda in Example City
            November 12, 1991|By Ann Example and Li Sample, Co-chairs, Committee for Example Prisoners, full line.
            EXAMPLE CITY — The Secretary of State is about to travel to the capital, and the leaders there have
            worked hard to bring him there, as every visitor before him was brought in the same season of talks.
            """)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("November 12, 1991|By") && $0.hasSuffix("full line.") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("EXAMPLE CITY —") }, "\(lines)")
    }

    /// A furniture label ("Related articles: …") under the text's last full line opens a paragraph of
    /// its own; a label the text's end wraps ("Signed: A; B; ARTICLE" over "19; and others.") keeps
    /// its lines together.
    @Test func aPrintedFurnitureLabelOpensAParagraphAndKeepsItsWrappedLines() {
        let text = PDFExtractor.unwrap(
            """
            The detainees have been held for months without charge, and their families have not been told where.
            Ann Example is chairman of an example rights group; Li Sample is an exiled example astrophysicist.
            Related articles: Envoy Raises Rights in Talks | Few Prisoners Freed Ahead of the Visit
            Signed: Committee for Example Prisoners; Example Watch; Example Rights Network; Example Voices; ARTICLE
            19; and other organizations.
            """)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Related articles:") }, "\(lines)")
        #expect(
            lines.contains(
                "Signed: Committee for Example Prisoners; Example Watch; Example Rights Network; Example Voices; "
                    + "ARTICLE 19; and other organizations."), "\(lines)")
        #expect(!PDFExtractor.opensWithEndLabel("related articles: a wrapped line of a sentence"))
    }

    // MARK: A typed letter's subject and its letterhead

    /// A letterhead whose segments abbreviate ("… · Tél. 01 40 40 42 43") is a letterhead, not the
    /// text's first paragraph; the subject line that calls the letter a letter ("Objet : Lettre ouverte
    /// au …") is the headline, without its label, and the date above the inside address dates it.
    @Test func aLetterSubjectCallingItALetterIsTheHeadlineUnderAnAbbreviatingLetterhead() throws {
        let letterhead =
            "Comité Exemple · Action pour l'exemple des droits · 7, rue de l'Exemple · 75019 Paris · Tél. 01 40 40 "
            + "42 43 avec Amnesty International – section exemple · Ligue exemple des droits"
        #expect(StatementText.isLetterhead(letterhead))
        let d = try draft(
            """
            \(letterhead)

            Monsieur le Président de la République
            Palais de l'Élysée
            75008 Paris

            Paris, le 4 juin 2004

            Objet : Lettre ouverte au Président de la République à l'occasion de la venue des présidents

            Monsieur le Président,

            Nos organisations tiennent à rappeler à cette occasion les exactions commises contre les prisonniers et les populations civiles, qui restent impunies.

            Nous vous demandons d'exiger de vos hôtes que les allégations de torture fassent l'objet d'enquêtes indépendantes.

            """)
        #expect(
            d.fields.title == "Lettre ouverte au Président de la République à l'occasion de la venue des présidents")
        #expect(d.fields.date.description == "2004-06-04")
    }

    /// Where the markup (or a printout's largest type) declares the letterhead the headline, a subject
    /// below it that calls the letter a letter is the headline; a declared line that names a letter
    /// itself stays the headline.
    @Test func aLetterSubjectOutranksADeclaredLetterheadThatNamesNoLetter() throws {
        let letterhead = "Comité Exemple · Action pour l'exemple des droits · 75019 Paris · Tél. 01 40 40 42 43"
        let lines = [
            letterhead, "", "Monsieur le Président de la République", "",
            "Objet : Lettre ouverte au Président de la République sur la venue des présidents", "",
            "Monsieur le Président,", "", Self.prose, "", Self.prose,
        ]
        let found = try #require(StatementText.find(in: lines, headlines: [letterhead]))
        #expect(found.titleLine == 4)
        let letterHeadline = "Lettre ouverte des organisations exemples"
        let declared = try #require(
            StatementText.find(in: [letterHeadline] + lines.dropFirst(), headlines: [letterHeadline]))
        #expect(declared.titleLine == 0)
    }

    // MARK: The masthead over an HTML page's blank lines

    /// An HTML page parts its blocks with blank lines: the site's name six blocks above the headline is
    /// still its masthead, and the organization publishing the page is proposed beside the one its
    /// text names.
    @Test func aMastheadAboveAMenuAndABreadcrumbStillNamesThePublisher() throws {
        let d = try draft(
            "<html><head><title>Example: Rights Not Only Trade - Human Rights First</title></head><body>"
                + "<div>Human Rights First · Donate · Join us</div><div>About · Press · Shop</div>"
                + "<div>Home &gt; News &gt; Example</div><p>15.10.2014</p>"
                + "<h1>Example: Rights Not Only Trade Before the Chancellery</h1><p>Our action in pictures</p>"
                + "<p>With an action before the chancellery we joined Human Rights Watch to ask the chancellor "
                + "to raise the persecution of lawyers.</p><p>\(Self.prose)</p></body></html>", ext: "html")
        #expect(Set(d.fields.organizations) == ["hrf", "hrw"])
    }

    // MARK: A lead-in that recommends

    /// "We recommend that all member States:" over a list: each item is an ask.
    @Test func theItemsUnderARecommendingLeadInAreAsks() throws {
        let d = try draft(
            """
            Open Letter on the Release of Civilians

            \(Self.prose)

            We therefore recommend that all member States:

            - Release detained Ukrainian civilians held without charge;
            - Grant independent access to monitor prisoners of war and civilian detainees.

            \(Self.prose)

            """)
        let demands = Set(d.fields.asks.map(\.demand))
        #expect(demands.isSuperset(of: ["release-civilians", "monitor-detainees"]), "\(demands)")
    }

    // MARK: An agency's credit before a dateline without a year

    /// "(ANSA) - ROMA, 17 LUG - …": the place and the day after the agency's credit are the dateline;
    /// with no year on the page, the engagement the page speaks of as now (a summit three days later)
    /// gives it.
    @Test func anAgencysCreditBeforeAYearlessDatelineIsPassedOver() throws {
        let line = "(ANSA) - ROMA, 17 LUG - Nei paesi del G8 manca una vera guida sui diritti umani."
        let dateline = try #require(MetadataReader.yearlessDateline(line))
        #expect(dateline.month == 7 && dateline.day == 17)
        #expect(MetadataReader.withoutDateline(line) == String(line.dropFirst("(ANSA)".count)))
        // Only one credit is passed over: a line of credits and dashes is read in one step, not one per credit.
        let credits = String(repeating: "(a)-", count: 200_000)
        #expect(MetadataReader.datelineEnd(credits) == nil)
        let summit = EngagementRulesTests.event(
            "example-summit-2031", "2031-07-20", "Example summit in Genova", .summit, at: "Genova")
        let d = try EngagementRulesTests().draft(
            """
            DIRITTI UMANI: AMNESTY, AI GRANDI MANCA LA GUIDA

            \(line) Lo ha denunciato oggi a Roma la sezione di un'organizzazione, alla vigilia del vertice di Genova.

            L'organizzazione chiede inoltre alle autorità di garantire il diritto di manifestare pacificamente durante il vertice.

            """, [summit])
        #expect(d.fields.event == "example-summit-2031")
        #expect(d.fields.date.description == "2031-07-17")
    }
}

/// Italian pages (session 34): the language's own table of cues (`LanguageCues.italian`) reads their
/// dates, their asks and their language, as every other language's does.
@Suite struct ItalianPageTests {
    func draft(_ text: String) throws -> Draft { try IngestRulesTests().draft(text) }

    @Test func anItalianPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            Diritti umani: le organizzazioni chiedono la liberazione dei civili

            Roma, 17 luglio 2001

            Le organizzazioni per i diritti umani hanno scritto oggi al governo, alla vigilia dell'incontro con il presidente, per ricordare che migliaia di civili sono ancora detenuti senza accuse.

            L'organizzazione chiede al governo di liberare i civili ucraini detenuti senza accuse e di garantire un accesso indipendente ai luoghi di detenzione.

            Secondo le organizzazioni, la situazione dei detenuti non è migliorata negli ultimi mesi e le famiglie non hanno notizie dei loro cari.

            """)
        #expect(d.fields.language == "it")
        #expect(d.fields.date.description == "2001-07-17")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
        #expect(
            MetadataReader.dates(in: "Pubblicato il 3 marzo 2020").map(\.date) == [
                PartialDate(year: 2020, month: 3, day: 3)
            ])
    }
}

/// A sentence that asks for what the paragraphs after it say ("…ask you to address the following issues
/// in particular.") announces the asks: itself none (session 34, set AF).
@Suite struct AnnouncingLeadInTests {
    static let cues = AskFinder.askCueTable.words(for: "en")
    static let following = AskFinder.followingTable.words(for: "en")
    static func announces(_ s: String) -> Bool {
        AskFinder.announcesWhatFollows(s, cues: cues, following: following)
    }

    @Test func aSentenceAnnouncingTheAsksAfterItIsALeadIn() {
        #expect(
            Self.announces("The 21 organisations that have signed this letter ask you to address the following issues.")
        )
        // The announcing word names who asks, or the sentence goes on to ask itself.
        #expect(!Self.announces("The following organizations urge the government to release the detainees."))
        #expect(!Self.announces("We urge the authorities to investigate the killings following the protests."))
        #expect(!Self.announces("Ми закликаємо розслідувати такі випадки."), "a short announcing word needs its colon")
        #expect(
            !Self.announces(
                "We urge you to treat the following cases as a priority and to release every detainee held since May."))
    }

    @Test func theAnnouncingSentenceIsNotDraftedAsAnAsk() throws {
        let d = try IngestRulesTests().draft(
            """
            Open Letter Ahead of the Visit

            Dear Minister,

            \(IngestRulesTests.prose)

            The organizations that have signed this letter ask you to address the following issues in particular.

            First, we urge you to call for the release of detained Ukrainian civilians held without charge.

            Second, you should press for independent access to monitor prisoners of war and civilian detainees.

            """)
        // Neither drafted nor offered for review as an ask matching no demand.
        #expect(!d.fields.asks.contains { $0.text.contains("following issues") }, "\(d.fields.asks)")
        #expect(!d.unmatched.contains { $0.sentence.contains("following issues") }, "\(d.unmatched)")
        #expect(Set(d.fields.asks.map(\.demand)).isSuperset(of: ["release-civilians", "monitor-detainees"]))
    }
}

/// The places engagements are recorded at, as other languages write them (session 34): "в Чечне",
/// "Genf", "à Pékin" name the engagement at Chechnya, Geneva, Beijing as the English name would.
@Suite struct EngagementPlaceFormsTests {
    @Test func aPlaceWrittenInAnotherLanguageNamesTheEngagementThere() throws {
        let election = EngagementRulesTests.event(
            "example-election-2031", "2031-10-05", "Presidential election in Chechnya", .other, at: "Chechnya")
        let d = try EngagementRulesTests().draft(
            """
            Открытое письмо председателя правозащитной группы

            Москва, 11 августа 2031 г.

            Уважаемые коллеги!

            Комиссия обсуждает сейчас, не провести ли наблюдение за выборами президента Чеченской Республики.

            Поэтому мы просим правозащитные организации принять участие в наблюдении за голосованием в Чечне 5 октября 2031 года.

            Мы также призываем власти обеспечить наблюдателям беспрепятственный доступ на избирательные участки.

            """, [election])
        #expect(d.fields.event == "example-election-2031")
        let forms = Dictionary(
            LanguageCues.engagementNameForms.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(forms["genf"] == "Geneva" && forms["pékin"] == "Beijing" && forms["чечн*"] == "Chechnya")
    }
}

/// A letter's own heading is the headline only over its greeting (session 34, set AG): a news page's
/// deck that names a letter under the headline ("Lettera a 18 mesi da sparizione…") is a deck.
@Suite struct LetterHeadingTests {
    @Test func aDeckNamingALetterUnderANewsHeadlineIsNoLettersHeading() throws {
        let news = [
            "Example.it", "", "Regeni: Amnesty a Gentiloni, ambasciatore non torni al Cairo", "",
            "Lettera a 18 mesi da sparizione ricercatore friulano", "", "Redazione", "ROMA", "24 luglio 2017", "",
            IngestRulesTests.prose, "", IngestRulesTests.prose,
        ]
        #expect(try #require(StatementText.find(in: news)).titleLine == 2)
        let letter = [
            "EXAMPLE RIGHTS WATCH", "", "January 19, 2031", "", "Letter to President Example Re: Regional Summit", "",
            "President Ann Example", "The Presidential Palace", "Example City", "",
            "Re: Human Rights and the Regional Summit", "", "Dear Madam President:", "", IngestRulesTests.prose, "",
            IngestRulesTests.prose,
        ]
        #expect(try #require(StatementText.find(in: letter)).titleLine == 4)
        // A letter's heading under a longer headline is the headline's deck; an appeal set as a letter's
        // heading ("Звернення … до …") over its greeting is the headline, not the addressees' line above.
        let deck = [
            "Rights News", "", "U.S. must press President Example to respect human rights and the rule of law", "",
            "ERW Letter to U.S. President Ann Example", "", "December 14, 2031", "", "President Ann Example",
            "The White House", "", "Dear President Example,", "", IngestRulesTests.prose, "", IngestRulesTests.prose,
        ]
        #expect(try #require(StatementText.find(in: deck)).titleLine == 2)
        let appeal = [
            "ПРАВОЗАХИСНИЙ ЦЕНТР · Київ, Україна · example.ua · info@example.ua", "", "Київ, 1 лютого 2031 р.", "",
            "Голові Європейської ради пану Прикладу, Президентці Європейської комісії пані Приклад", "",
            "Звернення українських правозахисних організацій до лідерів Європейського Союзу напередодні саміту", "",
            "Шановний пане Прикладе!", "", IngestRulesTests.prose, "", IngestRulesTests.prose,
        ]
        #expect(try #require(StatementText.find(in: appeal)).titleLine == 6)
        // A printout joins the inside address and its copy line into one long line, which ends no sentence:
        // the greeting under it still follows the heading.
        let joined = [
            "EXAMPLE RIGHTS · EXAMPLE WATCH · EXAMPLE ACCESS", "Civil society coalition on the Example Forum", "",
            "October 12, 2031", "Letter to the UN Secretary-General on the Hosting of the Example Forum 2032",
            "His Excellency Ann Example, Secretary-General of the United Nations cc: Mr. Ben Example, "
                + "Under-Secretary-General for Economic and Social Affairs; the Forum's Leadership Panel; the Chair "
                + "of its Advisory Group",
            "Your Excellency,", IngestRulesTests.prose, IngestRulesTests.prose,
        ]
        #expect(try #require(StatementText.find(in: joined)).titleLine == 4)
        #expect(!StatementText.isSentence(joined[5]))
        #expect(StatementText.isSentence(IngestRulesTests.prose))
        #expect(StatementText.isGreeting("Señoras Presidentas y señores Presidentes:"))
        #expect(!StatementText.isGreeting("Redazione ANSA"))
    }
}

/// A name that opens with a short word counts only capitalized (session 34, set AG): "Борьба за права
/// человека" (a fight for human rights) names no movement «За права человека».
@Suite struct ShortWordNameTests {
    @Test func aNameOpeningWithAShortWordCountsOnlyCapitalized() {
        let names = CorpusNames.StemmedNames(
            endings: [], byFirstStem: ["за": [(org: 0, stems: ["за", "права", "человека"], text: "За права человека")]])
        #expect(
            MetadataReader.inflectedMentions("Борьба за права человека: мост между Россией и Европой", names: names)
                .isEmpty)
        #expect(
            MetadataReader.inflectedMentions("Движение «За права человека» подписало обращение", names: names).count
                == 1)
    }
}
