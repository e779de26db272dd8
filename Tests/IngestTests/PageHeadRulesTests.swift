import Foundation
import Testing

@testable import Corpus
@testable import Ingest

/// How a page's head gives way to its headline, its date and its text, on the shapes of head that
/// session 27's unseen set brought (issue 20): a blog's name in its `<h1>`, a `<title>` joining a site
/// and a headline, a letterhead or a menu longer than prose, a copy line above a letter's greeting, a
/// stamp under a deck, a caption's credit. Each on a page of a few lines (never a development-set page).
@Suite struct PageHeadRulesTests {
    static let prose = IngestRulesTests.prose
    func draft(_ text: String) throws -> Draft { try IngestRulesTests().draft(text) }

    // MARK: Headline

    /// A mail reader's bracketed note on a list message's character set is furniture, never a headline;
    /// another bracketed line is not.
    @Test func aMailReadersCharacterSetNoteIsFurniture() throws {
        for note in [
            "[The following text is in the \"ISO-8859-1\" character set]",
            "[Your display is set for the \"US-ASCII\" character set]",
            "[Some characters may be displayed incorrectly]",
        ] {
            #expect(StatementText.isFurniture(note), "\(note)")
        }
        #expect(!StatementText.isFurniture("[Editor's update: the visit was postponed to March]"))
        let d = try draft(
            "[The following text is in the \"ISO-8859-1\" character set]\n[Some characters may be displayed "
                + "incorrectly]\n\nGroups Urge Envoy to Raise Jailed Writers\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Groups Urge Envoy to Raise Jailed Writers", "\(d.fields.title)")
    }

    /// A short line wholly in square brackets is a site's note (a count of views, "[Print]"), never a
    /// headline: above a headline long enough to read as prose, the note was the only candidate left.
    /// A longer bracketed line is an editor's note on the text and stays (above). Session 44, from set
    /// BB's KontraS page.
    @Test func aBracketedCountOfViewsIsFurnitureNotTheHeadline() throws {
        #expect(StatementText.isFurniture("[ dilihat 128 kali ]"))
        #expect(StatementText.isFurniture("[Print]"))
        let headline =
            "In Response to the President's State Visit to Examplestan, the Commission Encourages a Discussion of Past Human Rights Violations with the Government"
        let d = try draft(
            """
            Press Release
            [ dilihat 128 kali ]
            \(headline)
            January 16, 2031 - \(Self.prose)

            \(Self.prose)
            """)
        #expect(d.fields.title == headline, "\(d.fields.title)")
    }

    /// A site's label for the section a page is filed in ("Rubriek: Politiek / Buitenland", "Category:
    /// World") and a wire's sender line ("Bericht van: …") label the page's head; the headline under
    /// them is the title. Session 44, from set BB's Dutch press wire.
    @Test func aSectionLabelOrASendersLineIsNoHeadline() throws {
        #expect(StatementText.opensWithLabel("Rubriek: Politiek / Buitenland"))
        #expect(StatementText.opensWithLabel("Category: World"))
        let d = try draft(
            """
            Open Nieuwsbank - persberichten van bedrijven en organisaties
            Home | Nieuws | Rubrieken | Persbericht plaatsen | Zoeken | Contact

            Rubriek: Politiek / Buitenland

            Bericht van: Amnesty International (Amsterdam)
            Gepubliceerd: 18 oktober 2031 16:20

            Stel mensenrechten centraal tijdens handelsmissie

            De organisatie roept de regering op om de vastgehouden burgers onmiddellijk en zonder voorwaarden vrij te laten, en zegt dat het niet de eerste keer is.

            Volgens de organisatie is de situatie van de gedetineerden de afgelopen maanden niet verbeterd, en de families weten niets over hun naasten.
            """)
        #expect(d.fields.title == "Stel mensenrechten centraal tijdens handelsmissie", "\(d.fields.title)")
    }

    /// A headline right above its byline is the headline, over a longer line further up the site's
    /// head with another line between them (a banner inviting readers to subscribe).
    @Test func theLineAboveTheBylineIsTheHeadlineOverALongerBanner() throws {
        let d = try draft(
            """
            The Example Times
            Home | News | Business | Opinion | Archive

            Get the latest updates as we post them - right on your browser

            Issue 3451 | Thursday, July 6, 2006 | Page 3

            Rights Group Presses Host Over Its Record

            By Jane Roe
            Staff Writer

            \(Self.prose)

            \(Self.prose)
            """)
        #expect(d.fields.title == "Rights Group Presses Host Over Its Record", "\(d.fields.title)")
    }

    /// A typed letter's line saying how it was sent ("VIA FACSIMILE") is its furniture, never its
    /// headline: where no other line reads as one (the subject and the letter's heading run together
    /// in one paragraph, as a printout joins them), the title is the subject's first words, marked low
    /// for review.
    @Test func aLettersDeliveryLineIsNeverItsHeadline() throws {
        let d = try draft(
            """
            HUMAN RIGHTS WATCH
            12 Harbour Road · Portville 10118
            Tel: 212-555-0100 · www.example.org

            April 9, 2031

            VIA FACSIMILE

            Re: Open letter from Example Watch to heads of government regarding possible attendance at the opening ceremonies of the Portville Games Open Letter from Example Watch to Heads of Government

            Your Excellency:

            \(Self.prose)

            We urge you to condition your attendance at the Games on the release of the activists imprisoned for criticizing them.

            Sincerely,
            Jane Roe
            Executive Director
            """)
        #expect(d.fields.title.hasPrefix("Re: Open letter from Example Watch"), "\(d.fields.title)")
        #expect(d.evidence["title"]?.confidence == "low")
        for line in ["VIA FACSIMILE", "By email and fax", "Via facsimile: (202) 456-2461", "Par télécopie", "Per Fax"] {
            #expect(StatementText.isDeliveryLine(line), "\(line)")
        }
        for line in [
            "Via Appia", "Bypass the ban",
            "By email, the ministry said it would not comment on the detentions of the reporters.",
        ] {
            #expect(!StatementText.isDeliveryLine(line), "\(line)")
        }
    }

    /// A blog sets its own name in `<h1>` and names the post after it in `<title>`: the `<h1>` is then the
    /// site's name, and the post's headline, a line of the page, is the title. A `<title>` that adds the
    /// site's name after an `<h1>` headline ("Headline | Site") leaves the `<h1>` the headline.
    /// A blog's `<title>` ("Blog name: Post title") parts at its first colon only, for the post's
    /// title may hold one: its `<h1>`, the blog's name, is then no headline.
    /// An author's name and role right under the headline, undated ("Graeme Reid, Director, LGBT Rights
    /// Program, Human Rights Watch"), is an opinion piece's byline; a place under a release's headline
    /// is not, nor a name whose words give no role.
    @Test func aNameAndRoleRightUnderTheHeadlineMakeAnOpEd() throws {
        func kind(_ second: String) throws -> DocumentKind {
            try draft(
                "Example Country: Speak Up for Detained Reporters\n\n\(second)\n\n\(Self.prose)\n\n\(Self.prose)\n"
            ).fields.kind
        }
        #expect(try kind("Ann Example, Director, Media Freedom Program, Example Rights Watch") == .opEd)
        #expect(try kind("Олена Приклад, голова правління Центру прикладних свобод") == .opEd)
        #expect(try kind("Example Rights Watch, Example City") != .opEd)
    }

    /// A headline the markup declares whole is the headline however many words it has, where it ends no
    /// sentence: a long open letter's title with its quoted motto is no paragraph.
    @Test func aLongDeclaredHeadlineEndingNoSentenceIsTheHeadline() throws {
        let headline =
            "Lettre ouverte aux chefs d’État du sommet de l’Exemple à Exempleville : « Le développement durable "
            + "exige une presse libre, des syndicats libres et des ONG indépendantes »"
        #expect(headline.split(separator: " ").count > 25)
        let lines = [
            "Comité Exemple pour les droits de l’Homme", "Accueil / Actualités / Communiqués", headline,
            "Paris, le 15 novembre 2031", Self.prose, Self.prose,
        ]
        #expect(try #require(StatementText.find(in: lines, headlines: [headline])).titleLine == 2)
        // Undeclared, the same line reads as the text's first paragraph.
        #expect(try #require(StatementText.find(in: lines)).titleLine != 2)
    }

    @Test func aBlogsTitlePartsAtItsFirstColonOnly() throws {
        #expect(
            StatementText.titleParts("KI-Example: Cambodia: Japan’s Premier Should Seek an Inquiry") == [
                "KI-Example", "Cambodia: Japan’s Premier Should Seek an Inquiry",
            ])
        let d = try IngestRulesTests().draft(
            "<html><head><title>KI-Example: Cambodia: Japan’s Premier Should Seek an Inquiry</title></head><body>"
                + "<div><h1>KI-Example</h1></div><p>Friday, November 15, 2013</p><h3>Cambodia: Japan’s Premier "
                + "Should Seek an Inquiry</h3><p>\(Self.prose)</p><p>\(Self.prose)</p></body></html>",
            ext: "html")
        #expect(d.fields.title == "Cambodia: Japan’s Premier Should Seek an Inquiry", "\(d.fields.title)")
    }

    /// A line opening with an organization's name and a dash is its masthead ("Amnesty International –
    /// Example Section"), unless a byline stands under it: then it is the headline of a piece the
    /// organization signs, not a section label above it ("GUEST BLOG").
    @Test func aLineOpeningWithASitesNameOverABylineIsTheHeadline() throws {
        let d = try draft(
            "The Example Blog\nProgressive politics from Aotearoa\n\nHome | Politics | Opinion | Contact\n\nGUEST BLOG"
                + "\n\nAmnesty International – The conversation that needs to be had with China\n\nBy Grant Example\n"
                + "November 20, 2014\n\n\(Self.prose)\n")
        #expect(
            d.fields.title == "Amnesty International – The conversation that needs to be had with China",
            "\(d.fields.title)")
    }

    /// An update stamp may count back from now instead of giving a date ("Последнее обновление (3 часа
    /// назад)", "Updated 3 hours ago"): a stamp still, never the headline, which then is no deck under it.
    @Test func anUpdateStampCountingBackFromNowIsNoHeadline() throws {
        #expect(MetadataReader.isStampLine("Последнее обновление (3 часа назад)"))
        #expect(MetadataReader.isStampLine("Updated 3 hours ago"))
        #expect(!MetadataReader.isStampLine("Updated guidance for the 2024 summit"), "no time counted back")
        let d = try draft(
            "EXAMPLE Информационное Агентство\nПолитика · Экономика · Общество\n\nПоследнее обновление (3 часа "
                + "назад)\n\nHRW: Меркель должна потребовать от Алиева освободить правозащитников\n\nБаку: "
                + "Канцлер Германии должна призвать президента освободить несправедливо заключенных "
                + "правозащитников, журналистов и других критиков власти, заявила сегодня организация.\n")
        #expect(
            d.fields.title == "HRW: Меркель должна потребовать от Алиева освободить правозащитников",
            "\(d.fields.title)")
    }

    /// A menu whose last item is a sentence ("Alle Storys | Folgen | Keine Story von … mehr verpassen.")
    /// is no first paragraph: the headline below it is still the page's.
    @Test func aMenuEndingInASentenceIsNoFirstParagraph() throws {
        let d = try draft(
            "presseexample\nEin Angebot der Example GmbH\n\nGesellschaft für bedrohte Beispiele e.V.\nAlle Storys | "
                + "Folgen | Keine Story von Gesellschaft für bedrohte Beispiele e.V. (GfbB) mehr verpassen.\n\n"
                + "04.02.2025 – 10:15\n\nTürkei-Reise des Bundespräsidenten (05.02.): Steinmeier muss sich für "
                + "Frieden einsetzen\n\n\(Self.prose)\n")
        #expect(
            d.fields.title == "Türkei-Reise des Bundespräsidenten (05.02.): Steinmeier muss sich für Frieden einsetzen",
            "\(d.fields.title)")
    }

    /// A page's `<header>` holds the site's name and menu and is left out; an article's own
    /// (`<article><header><h1>…`) holds its headline and is read.
    @Test func anArticlesOwnHeaderHoldsItsHeadline() throws {
        let d = try IngestRulesTests().draft(
            "<html><head><title>Rights Group Condemns the Visit - Example Rights</title></head><body><header>"
                + "<div>Example Rights</div><nav><a>Home</a> <a>About</a></nav></header><article><header>"
                + "<span>Press Release</span><h1>Rights Group Condemns the Visit</h1><div>Press contact: "
                + "press@example.org</div></header><p>WASHINGTON, D.C. — \(Self.prose)</p><p>\(Self.prose)</p>"
                + "</article></body></html>",
            ext: "html")
        #expect(d.fields.title == "Rights Group Condemns the Visit", "\(d.fields.title)")
        #expect(!d.body.contains("Example Rights\n"), "the page's own header is left out: \(d.body)")
    }

    @Test func aBlogsNameInItsH1GivesWayToThePostsHeadline() {
        let post = "Rights groups press the president on his visit to Jakarta"
        let lines = ["Example Blog", "Friday, November 5, 2010", post, Self.prose, Self.prose]
        let blog = StatementText.find(in: lines, headlines: ["Example Blog", "Example Blog: \(post)"])
        #expect(blog?.titleLine == 2, "\(String(describing: blog?.titleLine))")
        let site = ["Example Watch", post, Self.prose, Self.prose]
        let news = StatementText.find(in: site, headlines: [post, "\(post) | Example Watch"])
        #expect(news?.titleLine == 1, "\(String(describing: news?.titleLine))")
    }

    /// A `<title>` of parts ("Site :: Section :: Headline") declares its last part: the headline is that
    /// line, not the longer kicker above it.
    @Test func aTitleOfPartsDeclaresItsHeadline() {
        let headline = "Rights groups ask the president to open the archives"
        let kicker = "EIGHT DAYS BEFORE THE ARRIVAL OF THE PRESIDENT OF THE UNITED STATES IN THE CAPITAL"
        let lines = ["Example Daily · Tuesday", "Politics | Economy | World", kicker, headline, Self.prose]
        let found = StatementText.find(in: lines, headlines: ["Example Daily :: Latest :: \(headline)"])
        #expect(found?.titleLine == 3, "\(String(describing: found?.titleLine))")
    }

    /// A site's menu and a letterhead's contact line run past the length of prose, and have no sentence's
    /// end: neither is the text's first paragraph, so the headline below them is still found.
    @Test func aLongMenuOrLetterheadIsNoFirstParagraph() throws {
        let menu = (1...14).map { "Section \($0)" }.joined(separator: " | ")
        let news = try draft(
            "Example News\n\(menu)\n\nExample Rights Group urges the king to apologise\n\n\(Self.prose)\n")
        #expect(news.fields.title == "Example Rights Group urges the king to apologise", "\(news.fields.title)")
        let letterhead =
            "1 Example Street · 10178 Berlin · Tel.: +49 30 1234567 · Fax: +49 30 1234568 · www.example.org "
            + "Europe and Central Asia Division · Berlin Office of the organization, second floor, rear building"
        let subject = "Letter to the Chancellor ahead of his trip to Central Asia"
        let letter = try draft(
            "EXAMPLE WATCH\n\(letterhead)\n\n12 September 2024\n\nChancellor Jane Doe\nFederal Chancellery\n\n"
                + "\(subject)\n\nDear Chancellor,\n\n\(Self.prose)\n")
        #expect(letter.fields.title == subject, "\(letter.fields.title)")
    }

    /// A headline ends without a full stop: a caption under it that ends with one is not the headline,
    /// though it has more words.
    @Test func aCaptionEndingWithAFullStopIsNoHeadline() throws {
        let headline = "Protests against rights abuses in India at the fair"
        let caption = "India's prime minister is expected at the fair's opening tomorrow."
        let d = try draft("Example Portal\n\n\(headline)\n\nepd\n\nPhoto: Jane Roe/dpa\n\(caption)\n\n\(Self.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
    }

    /// An author's name alone under the headline (a byline without its "By") does not hide that the
    /// standfirst below it is the headline's deck.
    @Test func aBareNameUnderTheHeadlineLeavesTheStandfirstADeck() throws {
        let headline = "The prime minister should not be shaking hands with the architect of a mass execution"
        let standfirst =
            "The country must cut its reliance on foreign oil, but not by embracing a kingdom that has just carried out its largest mass execution"
        let d = try draft("Example Times\nOpinion\n\n\(headline)\n\nJane Roe\n\n\(standfirst)\n\n\(Self.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
    }

    /// A breadcrumb ("Archive > 2031 > December", "Sie sind hier: Startseite > …") parts a site's head
    /// from its article: a quotation the site sets over every page, above it, is neither the text's
    /// first paragraph nor the headline, and the headline under the breadcrumb is the title.
    @Test func aQuotationAboveTheBreadcrumbIsTheSitesHeadNotTheText() throws {
        #expect(StatementText.isSectionPath("WTN Archive > 2009 > December"))
        #expect(StatementText.isSectionPath("Sie sind hier: Startseite > AKREF-Nachrichten > 2011 > Oktober"))
        #expect(!StatementText.isSectionPath("Prices > wages > savings, says a report released by the bank today"))
        let d = try draft(
            "Example Tibet Committee\nExample Tibet News\nHome | About | Archive | Take Action | Donate\n\n"
                + "\"On my part, I remain committed to the process of dialogue. It is my firm belief that dialogue "
                + "and honesty about the reality of the region can lead us to a viable solution.\"\n\n"
                + "Archive > 2031 > December\n\nLeaders urged to speak up as the visit begins\n\nDecember 3, 2031\n\n"
                + "\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Leaders urged to speak up as the visit begins", "\(d.fields.title)")
        #expect(!d.body.contains("remain committed"), "\(d.body)")
    }

    /// A breadcrumb of two sections pointed by an arrow ("Meldungen > Politik") and a menu whose items
    /// dashes and no-break spaces set apart ("Accueil &nbsp;- &nbsp;Dossier eau …") are navigation: the
    /// headline under them is the title, however long, and not their deck. A headline of three short
    /// parts set apart by dashes is not a menu.
    @Test func aTwoSectionBreadcrumbOrADashedMenuIsNoHeadline() throws {
        #expect(StatementText.isSectionPath("Meldungen > Politik"))
        #expect(
            StatementText.isSectionPath(
                "Retour : \u{A0}Accueil \u{A0}Communiqués \u{A0}- \u{A0}Dossier eau \u{A0}- Massacres à Gaza \u{A0}- "
                    + "\u{A0}Originaux \u{A0}- \u{A0}Analyses"))
        #expect(!StatementText.isSectionPath("Amnesty - G8 - Deauville"), "three parts")
        #expect(!StatementText.isSectionPath("Israel / Palestine"), "two parts a slash joins")
        let headline =
            "Visit to Sampleburg: a change of course on Tibet demanded / ICT: \"Dialogue instead of repression - "
            + "Beijing should negotiate with Tibetans\" / \"Do not subordinate human rights to trade\""
        let d = try draft(
            "example-portal.com - The portal for bank clerks\nHome | News | Jobs | Forum\n\nMeldungen > Politik\n\n"
                + "\(headline)\n\nGeschrieben am 25-05-2031\n\n\(Self.prose)\n\n\(Self.prose)\n")
        // The headline is the title (cut at its first dash, as a headline and a site's name are).
        #expect(
            d.fields.title.hasPrefix("Visit to Sampleburg: a change of course on Tibet demanded"), "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2031-05-25"), "\(d.fields.date)")
    }

    /// A letterhead runs its division's staff, its board and its offices into one line of middle dots,
    /// with initials' full stops ("Andrew J. Nathan, Chair"): a list, not a paragraph of prose, so the
    /// letter's subject line over its greeting is still its title, and the page a letter. Under a text,
    /// such a line of dots ("Posted by Jane B. Roe at 9:14 PM · 0 comments · Share") still ends it.
    @Test func aLetterheadsDottedListOfNamesIsNoProse() throws {
        let staff =
            "Asia Division · Jane Roe, Executive Director · John Doe, Deputy Director · Ann J. Smith, Research "
            + "Director Advisory Committee: Mark P. Lee, Chair · Carl M. Ray, Vice-Chair · Eva Lind · Tom K. Hart · "
            + "BERLIN · BRUSSELS · GENEVA · LONDON · NEW YORK"
        #expect(StatementText.isDottedList(staff))
        #expect(
            !StatementText.isDottedList(
                "The ministers must release the detained reporters. · Press office · press@example.org"),
            "prose joined to a footer")
        let d = try draft(
            "EXAMPLE RIGHTS WATCH\n350 Example Avenue, Sampletown · Tel: 212-290-4700 · info@example.org\n"
                + "\(staff)\n\nNovember 27, 2031\nHis Excellency John Example\nSecretary General\n"
                + "Re: The Alliance Summit in Sampleburg\nDear Mr. Secretary General,\n\(Self.prose)\n\n"
                + "Sincerely,\nJane Roe\n")
        #expect(d.fields.title == "The Alliance Summit in Sampleburg", "\(d.fields.title)")
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
        let post = try draft(
            "Rights groups ask for the release of detained reporters\n\n\(Self.prose)\n\nPosted by Jane B. Roe at 9:14 PM · 0 comments · Email This · "
                + "Share to Twitter\nLabels: human rights, visits\n\nBlog Archive\n")
        #expect(!post.body.contains("Blog Archive"), "\(post.body)")
    }

    /// A short headline naming its topic before a colon ("Vietnam: Menschenrechte deutlich
    /// ansprechen") is the headline over the longer deck under it, as a headline of five words is.
    @Test func aShortTopicHeadlineIsTheHeadlineOverItsDeck() throws {
        #expect(StatementText.isTopicHeadline("Vietnam: Menschenrechte deutlich ansprechen"))
        #expect(!StatementText.isTopicHeadline("News: Asia Pacific"), "a section's kicker")
        #expect(!StatementText.isTopicHeadline("Source: Human Rights Watch"), "a label")
        #expect(!StatementText.isTopicHeadline("Human rights in Vietnam: speak up"), "no topic of three words")
        let d = try draft(
            "Startseite | Über uns | Nachrichten | Kontakt\n\n"
                + "Sie sind hier: Startseite > Nachrichten > 2031 > Oktober\n\n11.10.2031\n\n"
                + "Vietnam: Menschenrechte deutlich ansprechen\n\n"
                + "IGFM: Vietnams Öffentlichkeit erwartet von der Bundeskanzlerin ein klares Zeichen\n\n"
                + "Frankfurt am Main (11. Oktober 2031) – Die Menschenrechtsorganisation hat der Bundeskanzlerin "
                + "eine Liste mit den Namen von mehr als siebzig inhaftierten Bloggern und Juristen mitgegeben.\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.title == "Vietnam: Menschenrechte deutlich ansprechen", "\(d.fields.title)")
    }

    /// A long headline (a news site's first sentence as its headline, 27 words) that a publication
    /// stamp dates right under it is the headline, not the text's first paragraph.
    @Test func aLongLineDatedByTheStampUnderItIsTheHeadline() throws {
        let headline =
            "Правозащитная организация заявила, что власти страны не сумели создать атмосферу свободы и "
            + "открытости, необходимую для проведения в столице весеннего заседания европейского банка реконструкции и развития на этой неделе"
        let d = try draft(
            "Радио Пример\nГлавная | Новости | Программы | Архив\n\nСсылки для упрощенного доступа\n\nНовости\n\n"
                + "\(headline)\n\nОпубликовано 02.05.2031 17:05\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == headline, "\(d.fields.title)")
    }

    /// A text page wrapped at a fixed width (an old newspaper's archive, a mailing list) has its
    /// paragraphs put back together: its headline is read as such, and its text as prose.
    @Test func aTextWrappedAtAFixedWidthIsReadByParagraphs() throws {
        let paragraph = """
            Die Wirtschaft erwartet viel von der einwöchigen Reise, die der
            Kanzler am Sonntag antritt: Mit vollen Koffern sollen der Kanzler
            und die rund vierzig Manager in seiner Delegation zurückkehren,
            hat der Ministerpräsident versprochen, der für die Niederschlagung
            der Demokratiebewegung verantwortlich war.
            """
        let page =
            "Zeitung-Archiv · Suche\nArtikel 7 von 23 | zurück | weiter\n\n"
            + "Die Zeitung · 12.11.2031 · Seite 8 · Ausland · 412 Zeilen\n\n"
            + "Amnesty macht Druck auf den Kanzler\n\n\(paragraph)\n\n\(paragraph)\n\n\(paragraph)\n"
        #expect(PageText.isHardWrapped(page.components(separatedBy: "\n")))
        let d = try draft(page)
        #expect(d.fields.title == "Amnesty macht Druck auf den Kanzler", "\(d.fields.title)")
        #expect(d.body.contains("Reise, die der Kanzler am Sonntag"), "\(d.body.prefix(200))")
        #expect(!PageText.isHardWrapped([String](repeating: Self.prose, count: 20)), "paragraphs on lines of their own")
    }

    /// A plain-text release underlines its headline with a row of "=" (as a setext heading does): that
    /// line is the headline, not the longer deck under it.
    @Test func aHeadlineUnderlinedWithEqualsSignsIsTheHeadline() throws {
        let d = try draft(
            "amnesty international                              PRESSEMITTEILUNG\n\n"
                + "Kohl soll auf Asienreise die Menschenrechte ansprechen\n"
                + "======================================================\n\n"
                + "Keine Besserung der Menschenrechtslage in China / Beim Besuch einer Division soll der Kanzler\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.title == "Kohl soll auf Asienreise die Menschenrechte ansprechen", "\(d.fields.title)")
        #expect(d.fields.kind == .pressRelease, "the letterhead's label, a column's gap from the name")
    }

    /// A line joining a site's name and the headline that the head sets again on a line of its own
    /// ("MINELRES archive: IHF Open Letter to …" over "IHF Open Letter to …") gives way to that line.
    @Test func aSitesNameJoinedToTheHeadlineGivesWayToTheHeadlineAlone() throws {
        let d = try draft(
            "MINELRES archive: IHF Open Letter to the OSCE Ministerial Council\n[Date Prev][Date Next][Thread Index]\n\n"
                + "IHF Open Letter to the OSCE Ministerial Council\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "IHF Open Letter to the OSCE Ministerial Council", "\(d.fields.title)")
    }

    /// A browser's print header gives the page's title after the date and time it was printed, on its
    /// line or the next: where the title joins the headline and the site's name, a masthead set in the
    /// page's largest type is the site's name, and the headline is the title.
    @Test func aPrintHeadersTitleTellsTheSitesNameFromTheHeadline() throws {
        let two = PDFExtractor.printedTitle(["13/06/2000 08:02", "« Où sont nos enfants ? » | Le Regard du Jour"])
        #expect(two?.title == "« Où sont nos enfants ? » | Le Regard du Jour" && two?.line == 1)
        let one = PDFExtractor.printedTitle(["12/03/2019, 10:47   Commonwealth leaders must act | Amnesty"])
        #expect(one?.title == "Commonwealth leaders must act | Amnesty" && one?.line == nil)
        #expect(PDFExtractor.printedTitle(["Le Regard du Jour", "France · International"]) == nil)
        // As `PageText` reads a printout: the header's title line left blank, its title declared.
        func title(_ lines: [String], heading: String) -> Int? {
            var lines = lines
            let printed = PDFExtractor.printedTitle(lines)!
            if let line = printed.line { lines[line] = "" }
            return StatementText.find(in: lines, headlines: [heading, printed.title])?.titleLine
        }
        let headline = "« Monsieur le Président Bouteflika, où sont nos enfants ? »"
        let cfda = [
            "13/06/2000 08:02", "\(headline) | Le Regard du Jour", "Le Regard du Jour",
            "France · International · Débats", "TRIBUNE", headline, Self.prose, Self.prose,
        ]
        #expect(title(cfda, heading: "Le Regard du Jour") == 5, "a masthead in the largest type is the site's name")
        let fidh = "Visite de Hu Jintao en France : et les droits de l’Homme ?"
        let printed = [
            "03/02/2012 16:05", "\(fidh) - FIDH", "FIDH – Fédération internationale des ligues des droits de l’Homme",
            "Accueil › Régions › Asie › Chine", fidh, Self.prose, Self.prose,
        ]
        #expect(title(printed, heading: fidh) == 4, "the header's line is never the headline")
    }

    // MARK: Text

    /// A letter's copy line above its greeting ("Cc: …") is in the letter's head: the letter goes on
    /// below it. Below the signature the same line still ends the text.
    @Test func aCopyLineAboveTheGreetingEndsNothing() throws {
        let headline = "Open letter to the President on the Regional Summit"
        let lines = [
            headline, "The Honorable Jane Doe, President of the Republic, The Presidential Palace, Example City",
            "Cc: Secretary of State John Roe", "Dear Madam President,", Self.prose, "Sincerely,", "Jane Roe",
            "Cc: Members of the Council", Self.prose,
        ]
        let found = try #require(StatementText.find(in: lines, headlines: [headline]))
        #expect(found.bodyLines.contains(4), "\(found.bodyLines)")
        #expect(!found.bodyLines.contains(8), "below the signature the copy line ends the text: \(found.bodyLines)")
    }

    /// A publication stamp that opens with a text-ending cue ("Published on …"), under the deck and an
    /// agency's name, is the article's head: the text goes on below it.
    @Test func aPublicationStampUnderTheDeckEndsNothing() throws {
        let d = try draft(
            "Example Times\n\nKenya rights body tells the king to apologise for colonial abuses\n\n"
                + "The commission said the apology should cover the entire colonial period.\n\nAFP\n"
                + "Published on Oct 29, 2023 07:12 PM IST\n\n\(Self.prose)\n")
        #expect(d.body.contains("families had been told nothing"), "\(d.body)")
        #expect(d.fields.date == PartialDate("2023-10-29"), "\(d.fields.date)")
    }

    /// A site's banner sentence above the article's head is no first paragraph, and a line under the
    /// byline is the deck: the headline is the line the byline credits, though the byline goes on with
    /// the author's handle and organization.
    @Test func theHeadlineIsTheLineTheBylineCreditsUnderABanner() throws {
        let d = try draft(
            "Example Foundation News\nHumanitarian | Climate | Tech\n\nOur award-winning reporting has moved\n"
                + "Example Context provides news and analysis on three of the world's most critical issues, "
                + "from climate change to inclusive economies.\n\nOPINION\n\n"
                + "Ministers should welcome activists to the climate talks\n\n"
                + "by Jane Roe | @jroe | Example Watch\nWednesday, 9 May 2031 07:29 GMT\n\n"
                + "UN rights experts have raised the alarm about a new law that could hamper civil society at the summit\n\n"
                + "\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Ministers should welcome activists to the climate talks", "\(d.fields.title)")
        #expect(StatementText.isByline("by Jane Roe | @jroe | Example Watch"))
        #expect(!StatementText.isByline("By the time the ministers met in the capital the talks had failed"))
    }

    // MARK: Date

    /// An op-ed's head may end with the newspaper it first ran in ("Published in: The Canberra
    /// Review"), under a deck whose last words are quoted: the text starts below, it does not end there.
    @Test func aPublishedInLineUnderTheBylineEndsTheHeadNotTheText() throws {
        let d = try draft(
            "Example Watch\nCommentary\n\nAlbanese Should Not Leave Human Rights Out of His Talks\n\n"
                + "Human Rights Cannot Be Reduced to a “Point of Difference”\n\nJane Roe, Australia Director ·\n\n"
                + "July 10, 2031\n\nPublished in: The Canberra Review\n\nShare this via Facebook\n\n\(Self.prose)\n\n"
                + "\(Self.prose)\n")
        #expect(d.body.hasPrefix(Self.prose), "\(d.body.prefix(120))")
    }

    /// A letter's place and date on one line ("San José, Costa Rica, 8 de noviembre de 2021") dates the
    /// letter to the day and is never its headline; "Señoras y señores" greets.
    @Test func aPlaceAndDateLineDatesTheLetter() throws {
        let d = try draft(
            "San José, Costa Rica, 8 de noviembre de 2021\n\nA las delegaciones de los Estados miembros\n\n"
                + "Carta abierta a las delegaciones ante la Asamblea General\nSeñoras y señores representantes:\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2021-11-08"), "\(d.fields.date)")
        #expect(!d.fields.title.hasPrefix("San José"), "\(d.fields.title)")
        #expect(MetadataReader.isSalutation("Señoras y señores representantes:"))
    }

    /// A byline's stamp gives its date before the update that follows it, segment by segment.
    @Test func aBylinesStampIsReadBeforeItsUpdate() throws {
        let d = try draft(
            "Example Times\n\nRights groups press the president at the summit\n\n"
                + "By Jane Mary Roe · 2019-02-26 16:47 | Updated : 2019-02-28 18:20\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2019-02-26"), "\(d.fields.date)")
    }

    /// A repost's byline credits the newspaper with its date, year in two digits ("(THE DAILY EXAMPLE,
    /// 12/06/18):"): that dates the op-ed, day first; the same shape elsewhere is no date.
    @Test func aBylinesShortYearDateDatesTheRepost() throws {
        let d = try draft(
            "Example Tribune · Autores · Archivo\nPor Jane Roe, directora de Example Watch (THE DAILY EXAMPLE, 12/06/18):\n\n"
                + "La FIFA debe exigir garantías a Rusia\n\n\(Self.prose)\n\n"
                + "Este archivo abarca los artículos incorporados a partir del 1 de diciembre de 2006.\n")
        #expect(d.fields.date == PartialDate("2018-06-12"), "\(d.fields.date)")
        #expect(MetadataReader.dates(in: "Results 12/06/18 in the second round").isEmpty)
    }

    /// A photo's credit line ("March 9, 2023. © 2023 AP Photo") dates the photo, not the page; an
    /// op-ed's "Published in:" segment says it is an op-ed and where its date is.
    @Test func aCreditDatesThePhotoAndAPublishedInSegmentTheOpEd() throws {
        let d = try draft(
            "Example Watch\n\nThe prime minister should not leave human rights off the table\n\n"
                + "Jane Roe, Asia Director · Published in: The Daily Example · May 22, 2023 9:00AM EDT\n\n"
                + "The two prime ministers at the stadium in Ahmedabad,\nMarch 9, 2023. © 2023 AP Photo\n\n"
                + "\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2023-05-22"), "\(d.fields.date)")
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
    }

    // MARK: Kind

    /// "Carte blanche", Le Soir's opinion label, opens an op-ed's headline.
    @Test func aCarteBlancheIsAnOpEd() throws {
        let d = try draft("Le Quotidien\n\nCarte blanche : « Sire, il faudra plus que des regrets »\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
    }

    /// "Rückfragen bitte an:", the contact line the German press-release wire prints under a release,
    /// marks an organization's own release.
    @Test func aGermanReleasesContactLineMarksARelease() throws {
        let d = try draft(
            "Beispiel Watch fordert Einsatz für die Menschenrechte\n\nBonn (ots) - \(Self.prose)\n\n\(Self.prose)\n\n"
                + "Rückfragen bitte an:\nBeispiel Watch, Pressestelle\nTel.: 0228/98373-0\n")
        #expect(d.fields.kind == .pressRelease, "\(d.fields.kind)")
    }

    /// "Published in: Letters" files a page under the site's own list of letters; it names no newspaper,
    /// and the letter stays a letter.
    @Test func aPublishedInLineNamingTheSitesOwnListKeepsTheKind() throws {
        let d = try draft(
            "Example Watch\n\nLetter to the Federation on the Cup\n"
                + "Published in: Letters · July 1, 2031 3:00PM EDT\n\nJuly 1, 2031\n\nDear Mr. Roe:\n\n"
                + "\(Self.prose)\n\nSincerely,\n\nExample Watch\n")
        #expect(d.fields.kind == .letter, "\(d.fields.kind)")
        #expect(!MetadataReader.kindListNames.contains("the daily example"))
    }

    // MARK: Language

    /// A page's `lang` is its site's: an English statement on a section's Spanish site is read as English
    /// (its asks by English cues), while a Spanish text on the same site stays Spanish.
    @Test func aTextInAnotherLanguageThanItsSitesIsReadInItsOwn() throws {
        func html(_ body: String) -> String {
            "<html lang=\"es\"><head><title>Amnistía Internacional Venezuela</title></head><body>"
                + "<h1>EU/Egypt: European leaders must publicly denounce violations</h1><p>\(body)</p></body></html>"
        }
        let english = try IngestRulesTests().draft(
            html(
                "The EU must publicly denounce Egypt’s violations and make human rights central to every discussion "
                    + "of the relations, and it should not sign new agreements with the government without benchmarks."),
            ext: "html")
        #expect(
            english.fields.language == nil || english.fields.language == "en",
            "\(String(describing: english.fields.language))")
        let spanish = try IngestRulesTests().draft(
            html(
                "La Unión Europea debe denunciar públicamente las violaciones de Egipto y poner los derechos humanos en "
                    + "el centro de todas las conversaciones con el gobierno, y no firmar acuerdos sin condiciones."),
            ext: "html")
        #expect(spanish.fields.language == "es", "\(String(describing: spanish.fields.language))")
    }

    // MARK: Session 33: a typed letter's own heading, its date above its address

    /// A typed letter calls itself a letter in its heading ("Letter to …", "Carta para …", "Лист …"):
    /// that line is the headline, though the addressee's block and the subject line under it are
    /// longer. A breadcrumb opening with "Letters" says nothing more and is no heading.
    @Test func aLettersOwnHeadingIsTheHeadlineOverItsAddressAndSubject() throws {
        let d = try draft(
            "EXAMPLE RIGHTS GROUP\nDonate\n\nJanuary 19, 2016\n\nLetter to President Example Re: Regional Summit\n\n"
                + "President Jane Example\nThe Presidential Palace\n1 Example Avenue\n\n"
                + "Re: Human Rights and the Regional Summit at the Lakeside Estate in the Mountains\n\n"
                + "Dear Madam President:\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Letter to President Example Re: Regional Summit", "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2016-01-19"), "\(d.fields.date)")
        let crumb = try draft(
            "CPJ\nLetters / 2015\nPosted September 2015\n\nCPJ urges the president to release all jailed journalists"
                + "\n\nDear President Example:\n\n\(Self.prose)\n")
        #expect(
            crumb.fields.title == "CPJ urges the president to release all jailed journalists", "\(crumb.fields.title)")
        // Right under the address block, whose last line it would otherwise read as the deck of.
        let underAddress = try draft(
            "COALICIÓN EJEMPLAR DE ORGANIZACIONES\n\n15 de abril de 2009\n\n"
                + "Jefas y Jefes de Estado y de Gobierno de las Américas\nV Cumbre Ejemplar\n"
                + "Puerto Ejemplo, Trinidad y Tobago\n\n"
                + "Carta pública a las Presidentas y Presidentes con motivo de la V Cumbre Ejemplar\n\n"
                + "Señoras Presidentas y señores Presidentes:\n\n\(Self.prose)\n")
        #expect(
            underAddress.fields.title
                == "Carta pública a las Presidentas y Presidentes con motivo de la V Cumbre Ejemplar",
            "\(underAddress.fields.title)")
        #expect(StatementText.isLetterHeading("Лист Пану Віктору Ющенку"))
        #expect(StatementText.isLetterHeading("Open Letter on the Situation of Defenders"))
        #expect(!StatementText.isLetterHeading("Letters / 2015"))
        #expect(!StatementText.isLetterHeading("Letters to the Editor"), "a newspaper's section")
        #expect(!StatementText.isLetterHeading("Policy Brief on the Regional Summit"), "English 'brief'")
        #expect(!StatementText.isLetterHeading("A Letter"))
    }

    /// A typed letter's heading that names no letter stands between its date (or its subject line) and its
    /// greeting: it is the headline, not the addressee's office or the letterhead's street, however long
    /// those are. A line above the greeting under the page's own headline ("To the Permanent
    /// Representatives…") or under a list of links is no heading.
    @Test func aLinesBetweenTheLettersDateAndItsGreetingIsItsHeading() throws {
        let d = try draft(
            "EXAMPLE FREEDOM GROUP\n12, rue Exemple – 75002 Paris – France\n\nMonsieur Jean Exemple\n"
                + "Président de la République française\nPalais de l’Exemple – Paris\nParis, le 19 novembre 2031\n"
                + "Visite à Paris : la liberté de la presse au cœur des entretiens\nMonsieur le Président,\n"
                + "\(Self.prose)\n\n\(Self.prose)\n")
        #expect(
            d.fields.title == "Visite à Paris : la liberté de la presse au cœur des entretiens", "\(d.fields.title)")
        let subject = try draft(
            "EXEMPLO DIREITOS HUMANOS\nRua Exemplo de Itapetininga, 93 – 5º andar – São Paulo – SP – Brasil\n\n"
                + "São Paulo, 11 de dezembro de 2032\nExcelentíssima Senhora Presidenta da República\n"
                + "Assunto: Visita oficial, 13 e 14 de dezembro de 2032\n"
                + "Visita oficial da Presidenta deve incluir preocupações em direitos humanos\n"
                + "Excelentíssima Senhora Presidenta,\n\(Self.prose)\n")
        #expect(
            subject.fields.title == "Visita oficial da Presidenta deve incluir preocupações em direitos humanos",
            "\(subject.fields.title)")
        let headline = try draft(
            "Example Rights Centre\n\nOctober 17, 2032\n\nThe Council must hold a special session on Example\n\n"
                + "To the Permanent Representatives of Member and Observer States of the Council\n\n"
                + "Excellencies,\n\n\(Self.prose)\n")
        #expect(
            headline.fields.title == "The Council must hold a special session on Example", "\(headline.fields.title)")
    }

    /// A letter's heading that calls it a letter before its subject's label ("Offener Brief – Betreff: …")
    /// is recorded as its subject; a heading whose dash parts other words keeps them.
    @Test func aLettersHeadingIsItsSubjectWithoutTheLabel() throws {
        #expect(
            StatementText.withoutSubjectLabel("Offener Brief – Betreff: Eishockey-Weltmeisterschaft 2031 in Example")
                == "Eishockey-Weltmeisterschaft 2031 in Example")
        #expect(StatementText.withoutSubjectLabel("Open letter - Re: The summit in Example") == "The summit in Example")
        #expect(StatementText.withoutSubjectLabel("RE: Human rights in Example") == "Human rights in Example")
        #expect(
            StatementText.withoutSubjectLabel("Example – Open letter on the summit")
                == "Example – Open letter on the summit")
        #expect(
            StatementText.withoutSubjectLabel("Letter to the summit – a call to act")
                == "Letter to the summit – a call to act")
        let d = try draft(
            "EXAMPLE VEREIN\nPostfach · 8000 Zürich · info@example.ch\n\nZürich, 16. November 2031\n"
                + "Herrn Dr. Jan Beispiel, Präsident, Example Federation, Strasse 50, 8027 Zürich\n"
                + "Offener Brief – Betreff: Eishockey-Weltmeisterschaft 2032 in Example\n"
                + "Sehr geehrter Herr Dr. Beispiel,\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Eishockey-Weltmeisterschaft 2032 in Example", "\(d.fields.title)")
    }

    /// The inside address between a typed letter's date and its greeting names whom the greeting greets
    /// ("President …, via the Permanent Mission …" over "Dear President Example:"): it is no heading, and
    /// the headline above the date stays the title. A heading that names the addressee but opens
    /// otherwise is still one.
    @Test func theInsideAddressOfWhomTheGreetingGreetsIsNoHeading() throws {
        let d = try draft(
            "EXAMPLE PRESS GROUP · 1 Example Avenue, New York\n\nGroup urges Example to free the jailed reporters\n"
                + "September 22, 2031\nPresident Jan Example, Republic of Example, via the Permanent Mission of "
                + "Example to the United Nations\nDear President Example:\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Group urges Example to free the jailed reporters", "\(d.fields.title)")
        #expect(
            StatementText.addressesTheGreeted(
                "President Jan Example, Republic of Example, via the Permanent Mission",
                greeting: "Dear President Example:"))
        #expect(
            !StatementText.addressesTheGreeted(
                "Example should press the hosts on the jailed reporters", greeting: "Dear President Example:"),
            "a heading opening with the name")
    }

    /// A headline closed by the date it was issued ("…, 4 July 2017") is recorded without it.
    @Test func aHeadlinesClosingDateIsNotItsTitle() throws {
        let d = try draft(
            "Example Network\n\nOpen Letter to the Leaders on the Jailed Laureate, 4 July 2031\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Open Letter to the Leaders on the Jailed Laureate", "\(d.fields.title)")
        #expect(
            MetadataReader.withoutTrailingDate("Letter to the President, July 2031")
                == "Letter to the President, July 2031")
        #expect(MetadataReader.withoutTrailingDate("Paris, 4 July 2031") == "Paris, 4 July 2031", "no headline left")
    }

    /// A site's name followed by a colon opens what the site says ("Reporter ohne Grenzen: Forderung"):
    /// a headline, not the masthead its name with a tagline would be.
    @Test func aSitesNameBeforeAColonOpensAHeadline() {
        #expect(!StatementText.isMasthead("Reporter ohne Grenzen: Forderung", name: "Reporter ohne Grenzen"))
        #expect(
            StatementText.isMasthead("Reporter ohne Grenzen – Für Informationsfreiheit", name: "Reporter ohne Grenzen"))
        #expect(StatementText.isMasthead("REPORTER OHNE GRENZEN", name: "Reporter ohne Grenzen"))
    }

    /// Under a letter's own heading, the letter's date stands above its inside address, further up than
    /// a date above a headline is looked for (three lines): it is read there, the nearest first.
    @Test func aLettersDateAboveItsInsideAddressIsItsDate() throws {
        let d = try draft(
            "HUMAN RIGHTS EXAMPLE · División de las Américas\n\nWashington, 21 de noviembre de 2001\n\n"
                + "A los Jefes de Estado y de Gobierno\nXI Cumbre Ejemplar\nLima, Perú\n\n"
                + "Carta para la XI Cumbre Ejemplar\n\nExcelentísimos señores:\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Carta para la XI Cumbre Ejemplar", "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2001-11-21"), "\(d.fields.date)")
    }

    /// A letter reproduced under a page's own date keeps its date when a subject line ("Objet : …")
    /// stands between the date and the salutation, as a typed letter sets it.
    @Test func aSubjectLineBetweenALettersDateAndItsSalutationKeepsTheLettersDate() throws {
        let d = try IngestRulesTests().draft(
            "<html lang=\"fr\"><head><title>France : Lettre ouverte au président à l'occasion d'une visite d'État"
                + "</title></head><body><h1>France : Lettre ouverte au président à l'occasion d'une visite d'État</h1>"
                + "<div>3 novembre 2010</div><p>Lettre ouverte adressée au président par l'organisation à l'occasion "
                + "de la visite d'État prévue du 4 au 6 novembre.</p><p>M. Jean Exemple<br/>Président de la République"
                + "<br/>75008 Paris</p><p>Paris, le 2 novembre 2010</p><p>Objet : Lettre ouverte à l'occasion de la "
                + "visite d'État du président chinois</p><p>Monsieur le Président,</p><p>Nous vous demandons "
                + "d'inscrire la libération des prisonniers à l'ordre du jour de vos entretiens, lors de sa visite "
                + "d'État du 4 au 6 novembre, et de le dire publiquement.</p><p>\(Self.prose)</p></body></html>",
            ext: "html")
        #expect(d.fields.date == PartialDate("2010-11-02"), "\(d.fields.date)")
    }

    /// A date may open a byline's segments set apart by bullets ("December 12th, 2022  •  Author: …  •  7
    /// minute read").
    @Test func aDateAmongBulletedSegmentsIsTheLinesDate() {
        #expect(
            MetadataReader.segmentDate("December 12th, 2022  •  Author: Example Parliamentarians  •  7 minute read")?
                .date == PartialDate("2022-12-12"))
    }

    /// Russian and Ukrainian letters greet with "very respected" ("Глубокоуважаемый", "Вельмишановний") and
    /// end the greeting with "!".
    @Test func aSlavicGreetingEndingWithAnExclamationIsASalutation() {
        #expect(MetadataReader.isSalutationLine("Вельмишановний пане Ющенко!"))
        #expect(MetadataReader.isSalutationLine("Глубокоуважаемый Владимир Владимирович!"))
        #expect(MetadataReader.isSalutationLine("Уважаемый господин Президент!"))
        #expect(!MetadataReader.isSalutationLine("Thank you!"))
    }

    /// A newspaper's "Opinions" section label marks an op-ed, though the piece greets its addressee as a
    /// letter does ("Dear President Example:").
    @Test func anOpinionsSectionsLetterToALeaderIsAnOpEd() throws {
        let d = try draft(
            "example-post.com\nOpinions\n\nMr. Example, speak up for human rights\nBy Jane Doe\n"
                + "Wednesday, January 19, 2011\nDear President Example:\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.kind == .opEd, "\(d.fields.kind)")
    }

    // MARK: Session 36: a mailing list's archive, a letterhead's contact line

    /// A mailing list's archive prints the mail's header over the document it carries: its "Subject:" is
    /// no headline and its "Date:" says when the mail went out, not when the document was issued ("13
    /// NOVEMBER 2031" under its reference). Neither the archive's links ("* Previous message: …"), a banner
    /// framed by asterisks, the reference line ("AI INDEX: IOR 30/09/31") nor the archive's Unix stamp is
    /// the headline.
    @Test func aMailingListsArchiveGivesWayToTheDocumentItCarries() throws {
        let d = try draft(
            """
            [example-list 413] ER - Regional Summit

            example-list
            Fri Nov 21 03:24:26 JST 2031

                * Previous message: [example-list 412] NGO forum program, the capital
                * Next message: [example-list 414] Peoples' Summit update

            To: list at example.org
            Date: Tue, 18 Nov 2031 11:26:10 -0500
            From: Example Rights <rights at example.org>
            Subject: Regional Summit: Economics and human rights converge (ER INDEX: IOR

            * News Release Issued by the International Secretariat of Example Rights *

            ER INDEX: IOR 30/09/31
            13 NOVEMBER 2031

            Regional Summit: Economics and human rights converge

            \(Self.prose)

            \(Self.prose)
            """)
        #expect(d.fields.title == "Regional Summit: Economics and human rights converge", "\(d.fields.title)")
        #expect(d.fields.date == PartialDate("2031-11-13"), "\(d.fields.date)")
        #expect(MetadataReader.dates(in: "Fri Nov 21 03:24:26 JST 1997").map(\.date) == [PartialDate("1997-11-21")])
        #expect(StatementText.isReference("AI INDEX: IOR 30/09/97"))
        #expect(!StatementText.isReference("Date: 12 May 2023"), "a date's month is a word")
        #expect(!StatementText.isReference("DIRITTI UMANI: AMNESTY, AI GRANDI DEL G8 MANCA LA GUIDA"), "a headline")
        #expect(StatementText.isFramed("/* Written  8:34 AM  Feb 28, 1996 by hrwatchnyc in igc:hrw.asia */"))
        #expect(!StatementText.isFramed("*Updated* the groups renewed their call"))
        // The mail's date where the page states no other.
        let alone = try draft(
            "Example Archive\n\nFrom: Example Rights <rights at example.org>\nDate: Tue, 18 Nov 2031 11:26:10 -0500\n"
                + "Subject: Groups ask the leaders to speak up\n\nGroups ask the leaders to speak up\n\n\(Self.prose)\n"
        )
        #expect(alone.fields.date == PartialDate("2031-11-18"), "\(alone.fields.date)")
    }

    /// A dateline's place is a name: "Five years ago, on December 8, 2008, …" opens a sentence of the
    /// letter's history, no dateline, and the letter keeps the date above its inside address.
    @Test func aSentenceOpeningWithATimeIsNoDateline() throws {
        #expect(MetadataReader.dateline("Five years ago, on December 8, 2008, he was detained.") == nil)
        #expect(
            MetadataReader.dateline("Rio de Janeiro, 3 de fevereiro de 2024. O grupo pediu…")?.0
                == PartialDate("2024-02-03"))
        let d = try draft(
            "Letter to Vice President Example\n\nDecember 2, 2033\n\nVice President Example\nThe Residence\n\n"
                + "Dear Vice President,\n\n\(Self.prose)\n\nFive years ago, on December 8, 2028, the laureate was "
                + "detained and held incommunicado for more than six months before he was charged.\n")
        #expect(d.fields.date == PartialDate("2033-12-02"), "\(d.fields.date)")
    }

    /// A letter's heading under an address's line ("Marlborough House, Pall Mall, London SW1Y 5HX") is no
    /// deck of it: an address is no headline, and "To: …" above it is the addressee's line.
    @Test func anAddressLineAboveALettersHeadingIsNoHeadline() throws {
        let d = try draft(
            "EXAMPLE RIGHTS INITIATIVE\n17 November 2032\nTo: The Example Secretary-General\n"
                + "Example House, Pall Mall, London SW1Y 5HX\nOpen Letter to the Example Secretary-General\n"
                + "Dear Secretary-General,\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.title == "Open Letter to the Example Secretary-General", "\(d.fields.title)")
    }

    /// Heads of state greeted together in Ukrainian ("Ваші Ексцеленції,") open the letter: the greeting is a
    /// line of its own, and the letter's heading above it the headline.
    @Test func aUkrainianGreetingOfExcellenciesOpensTheLetter() throws {
        #expect(
            MetadataReader.isSalutation("Ваші Ексцеленції,") && MetadataReader.isSalutation("Ваши превосходительства,"))
        let d = try draft(
            "LET EXAMPLE GO\nМіжнародна кампанія прикладу\n\nПрезидентові Європейської ради\n19 червня 2033 р.\n"
                + "Відкритий лист до посадовців Європейського Союзу та НАТО\nВаші Ексцеленції,\nМи, родичі політв’язнів, "
                + "експерти і правозахисники, звертаємося до вас напередодні засідання Європейської ради з проханням "
                + "вимагати звільнення всіх політв’язнів.\n")
        #expect(d.fields.title == "Відкритий лист до посадовців Європейського Союзу та НАТО", "\(d.fields.title)")
    }

    /// A printed letterhead's line of contact details, ending no sentence, is a paragraph of its own: the
    /// letter's heading under it, in the same type, is not joined to it.
    @Test func aLetterheadsContactLineEndsItsParagraph() {
        let prose = String(repeating: "la FIDH souhaite attirer votre attention sur deux questions ", count: 1)
        let text =
            "EXEMPLE\n17, passage de l’Exemple – 75011 Paris – France · Tél. : (33-1) 43 55 25 18 · www.exemple.org\n"
            + "Lettre ouverte aux États membres à l’occasion du Sommet d’Exemple\nParis, le 8 septembre 2006\n"
            + "\(prose)de droits de l’Homme qui comptent parmi les priorités de la\npolitique étrangère de l’Union.\n"
        let lines = PDFExtractor.unwrap(text).split(separator: "\n")
        #expect(lines.contains("Lettre ouverte aux États membres à l’occasion du Sommet d’Exemple"), "\(lines)")
    }

    /// A typed letter's subject line right above its greeting is its title: over the letterhead set in
    /// capitals and over the inside address above it.
    @Test func aSubjectOverTheGreetingIsTheLettersTitle() throws {
        let letterhead = try draft(
            "EXAMPLE RIGHTS INITIATIVE\n17–25 Example Yard · London EC2A 3EA · www.example.org\n\n20 April 2032\n"
                + "Mr Richard Example, Chief Executive, The Example League\n"
                + "Re: The takeover of Example United\nDear Mr Example,\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(letterhead.fields.title == "The takeover of Example United", "\(letterhead.fields.title)")
        let address = try draft(
            "4 de noviembre de 2033\nA las y los líderes de América Latina, el Caribe y la Unión Europea\n"
                + "Asunto: Cuarta Cumbre de Ejemplo, Santa Marta, Colombia\nEstimadas y estimados líderes:\n"
                + "Les escribimos para instarles a aprovechar la próxima cumbre como una oportunidad para abordar "
                + "desafíos urgentes en materia de derechos humanos.\n\n\(Self.prose)\n")
        #expect(
            address.fields.title == "Cuarta Cumbre de Ejemplo, Santa Marta, Colombia", "\(address.fields.title)")
    }

    /// A page's headline with prose under it, introducing the letter it then prints, stays the title:
    /// the subject line names the letter's matter only.
    @Test func aHeadlineOverItsIntroductionKeepsTheTitleFromTheSubject() throws {
        let d = try draft(
            "Example Reform Party\nHome | News | Campaigns | About\n\n"
                + "NGOs ask the President to press Exampleland on rights before his visit\n\nSeptember 5, 2033\n\n"
                + "Ahead of the President’s trip, the party and its partners wrote to him about the country’s record.\n\n"
                + "Hon. Jane Example, President, 1600 Example Avenue NW, Washington, DC 20500\n\n"
                + "Re: A strategic partner must respect human rights\n\nDear President Example,\n\n\(Self.prose)\n")
        #expect(
            d.fields.title == "NGOs ask the President to press Exampleland on rights before his visit",
            "\(d.fields.title)")
    }

    /// A headline over its byline's publication line is the headline, however short; the line under the
    /// byline is its deck. A section's name over a publication line ("Letters / 2015") heads nothing.
    @Test func aHeadlineOverItsBylineIsTheHeadlineAndTheLineUnderItItsDeck() throws {
        let short = try draft(
            "Ligue des droits d’Exemple – Section de Troyes\nAccueil | La section | Contact\n\n"
                + "Visite de Xi Jinping\n\nPublié le 3 mai 2034 par LDH Troyes – Catégorie : Communiqués nationaux\n\n"
                + "Communiqué commun signé par la FIDH, la LDH et ICT\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(short.fields.title == "Visite de Xi Jinping", "\(short.fields.title)")
        let section = try draft(
            "CPJ\nCommittee to Protect Journalists\nLetters / 2035\nPosted September 2035\n\n"
                + "CPJ urges the president to release all journalists jailed in Exampleland\n\n"
                + "Dear President Example:\n\n\(Self.prose)\n")
        #expect(
            section.fields.title == "CPJ urges the president to release all journalists jailed in Exampleland",
            "\(section.fields.title)")
    }

    /// A repost's declared headline with its source's section and site after it ("… | Law | The Times") is
    /// the headline, without them.
    @Test func aDeclaredHeadlineLosesItsSourcesSectionAndSite() throws {
        let html =
            "<html><head><meta charset=\"UTF-8\"><title>Leaders must boycott the summit over Exampleland’s rights "
            + "abuses | Law | The Times – Feminist Example</title></head><body><p>Feminist Example</p>"
            + "<h1 class=\"entry-title\">Leaders must boycott the summit over Exampleland’s rights abuses | Law | "
            + "The Times</h1><div class=\"entry-meta\">Posted on <time datetime=\"2030-11-19\">November 19, 2030</time>"
            + " by <span>admin</span> · <a href=\"#\">News</a></div><p>\(Self.prose)</p><p>\(Self.prose)</p></body></html>"
        let d = try IngestRulesTests().draft(html, ext: "html")
        #expect(
            d.fields.title == "Leaders must boycott the summit over Exampleland’s rights abuses", "\(d.fields.title)")
        #expect(
            StatementText.withoutSectionAndSite("Rights Groups Ask for the Release of Reporters | Human Rights Watch")
                == "Rights Groups Ask for the Release of Reporters")
        #expect(StatementText.withoutSectionAndSite("Home | About | News") == "Home | About | News")
    }

    /// A blog's `<title>` joins its name and the post's headline cut short ("Example Blog: Rights groups
    /// urge the leaders to confront"): the blog's `<h1>` is its name, and the post's longer headline
    /// that opens with the title's part is the headline.
    @Test func aBlogsNameIsNoHeadlineWhenItsTitleCutsThePostsShort() throws {
        let html =
            "<html><head><meta charset=\"UTF-8\"><title>Example Blog: Rights groups urge the leaders to confront "
            + "the president</title></head><body><div><h1 class=\"title\"><a href=\"/\">Example Blog</a></h1>"
            + "<p>Human rights, diversity and citizenship</p></div><h2>Tuesday, 3 September 2033</h2>"
            + "<h3>Rights groups urge the leaders to confront the president over the crisis of human rights</h3>"
            + "<p>\(Self.prose)</p><p>\(Self.prose)</p></body></html>"
        let d = try IngestRulesTests().draft(html, ext: "html")
        #expect(
            d.fields.title
                == "Rights groups urge the leaders to confront the president over the crisis of human rights",
            "\(d.fields.title)")
    }
}
