import Foundation
import PDFTestSupport
import Testing

@testable import Corpus
@testable import Ingest

/// The rules for the date and the organizations (issue 20): a date in
/// a byline's segment, stamps of a page's later life, a French first of the
/// month, a page naming no month dated by its engagement, and organization
/// names set in any language's quotation marks or inflected.
@Suite struct DateAndNameFormsTests {
    static let prose = IngestRulesTests.prose
    static let headline = "Rights Groups Ask for the Release of Detained Reporters"

    func draft(_ text: String, corpus: Corpus = IngestTests.corpus) throws -> Draft {
        let file = ScratchDirectory.make("forms") + "/page.txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try Ingester(corpus: corpus).draft(file, takenIDs: [])
    }

    /// An organization of a fixture corpus.
    static func org(_ id: String, _ name: String, aliases: [String] = [], url: String? = nil) -> Organization {
        Organization(
            id: id, name: name, short: nil, kind: .ngo, url: url, aliases: aliases,
            location: SourceLocation(file: "fixture"))
    }

    /// `base` with `organizations` in place of its own.
    static func corpus(_ base: Corpus, organizations: [Organization]) -> Corpus {
        Corpus(
            root: base.root, organizations: organizations, issues: base.issues, events: base.events,
            documents: base.documents, outcomes: base.outcomes)
    }

    /// The sample corpus with organizations whose names a page may write in another form.
    static let corpus = corpus(
        IngestTests.corpus,
        organizations: IngestTests.corpus.organizations + [
            org("memorial", "Memorial", aliases: ["Мемориал"]),
            org("crimean-hrg", "Crimean Human Rights Group", aliases: ["Крымская правозащитная группа"]),
            org("dav", "Deutscher Anwaltverein"),
            org(
                "amnesty-es", "Amnistía Internacional España", aliases: ["Amnistía Internacional"],
                url: "https://www.es.amnesty.org"),
            org(
                "amnesty-mx", "Amnistía Internacional México", aliases: ["Amnistía Internacional"],
                url: "https://amnistia.org.mx"),
        ])

    @Test(arguments: [
        ("Written by Example Rights Group · Friday, 16 October 2015", "2015-10-16"),
        ("May 16, 2018 18:42 GMT · By Jane Doe", "2018-05-16"),
    ])
    func aBylinesDateSegmentIsThePagesDate(_ byline: String, _ expected: String) throws {
        let d = try draft("\(Self.headline)\n\(byline)\n\n\(Self.prose)\n\n\(Self.prose) It was 2011.\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
    }

    /// Sites abbreviate a month's name in every language ("19 Ago, 2023 05:12 a.m. EST"); an
    /// abbreviation that is an English word ("set", "out") is no month.
    @Test(arguments: [
        ("19 Ago, 2023 05:12 a.m. EST", "2023-08-19"),
        ("12 avr. 2024", "2024-04-12"),
        ("5. Okt. 2023", "2023-10-05"),
        ("3 сент. 2024", "2024-09-03"),
        ("Publicado el 2 dic 2019", "2019-12-02"),
    ])
    func anAbbreviatedMonthIsTheMonth(_ line: String, _ expected: String) {
        #expect(MetadataReader.dates(in: line).first?.date == PartialDate(expected), "\(line)")
    }

    /// A line set in capitals (a letterhead's "AMNISTÍA INTERNACIONAL ESPAÑA") names the organization
    /// whose whole name it writes, the section, not the movement its first words translate to.
    @Test func aLetterheadInCapitalsNamesTheSectionWhole() throws {
        let file = ScratchDirectory.make("capitals") + "/page.txt"
        try "AMNISTÍA INTERNACIONAL ESPAÑA\n\n\(Self.headline)\n\n\(Self.prose)\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let page = try PageText.load(file)
        let names = CorpusNames(corpus: Self.corpus)
        let statement = try #require(StatementText.find(in: page.lines, mastheads: names.mastheads))
        let reader = MetadataReader(corpus: Self.corpus, names: names, page: page, statement: statement)
        let mentions = reader.mentions(lines: [0])
        #expect(mentions.map(\.text) == ["Amnistía Internacional España"], "\(mentions.map(\.text))")
        #expect(mentions.first?.organizations.map(\.id) == ["amnesty-es"])
    }

    @Test func anEnglishWordSpelledAsAnAbbreviatedMonthIsNoDate() {
        #expect(MetadataReader.dates(in: "The summit set 2030 as its goal").isEmpty)
        #expect(MetadataReader.dates(in: "Four out 2024 candidates").isEmpty)
        // "ago" is a month after its day only.
        #expect(MetadataReader.dates(in: "The law was adopted a decade ago (2014)").isEmpty)
        #expect(MetadataReader.dates(in: "Ten years ago, 2013 was the year of the protests").isEmpty)
        #expect(MetadataReader.monthDay(in: "Two weeks ago, 12 activists were detained") == nil)
        #expect(MetadataReader.monthDays(in: "Two weeks ago, 12 activists were detained").isEmpty)
        #expect(MetadataReader.monthDay(in: "el 19 ago") ?? (0, 0) == (8, 19))
    }

    @Test func anUpdateOrAPrintoutIsNotThePublication() throws {
        let updated = try draft(
            "\(Self.headline)\nWritten by Example Rights Group · Friday, 16 October 2015\n\n"
                + "[30 October 2015] UPDATE: Read our report on the visit.\n\n\(Self.prose)\n")
        #expect(updated.fields.date == PartialDate("2015-10-16"), "\(updated.fields.date)")
        let printed = try draft(
            "EXAMPLE RIGHTS GROUP · example.org · Printed 4/3/2013\n\n\(Self.headline)\n\n"
                + "April 3, 2013\n\n\(Self.prose)\n")
        #expect(printed.fields.date == PartialDate("2013-04-03"), "\(printed.fields.date)")
    }

    /// A wire report's dateline gives its day without a year ("March 12 (Reuters) -", "Madrid, 16 de
    /// abril."); the site that reposts it stamps the day it put it up, a day later. The dateline's day
    /// is the report's, the stamp's year its year. A dateline weeks before the stamp is not read so.
    @Test(arguments: [
        (
            "13 Mar 2026 04:05AM (Updated: 13 Mar 2026 04:05AM)",
            "March 12 (Reuters) - Rights groups urged the federation to keep its promises.", "2026-03-12"
        ),
        (
            "Martes 17 de abril de 2012",
            "Madrid, 16 de abril. Las organizaciones pidieron al presidente que "
                + "defienda a los periodistas.", "2012-04-16"
        ),
        (
            "2 January 2025", "December 31 (Reuters) - Rights groups urged the federation to keep its promises.",
            "2024-12-31"
        ),
        (
            "13 Mar 2026 04:05AM (Updated: 13 Mar 2026 04:05AM)",
            "February 20 (Reuters) - Rights groups urged the federation to keep its promises.", "2026-03-13"
        ),
    ])
    func aYearlessDatelineDatesTheReportItOpens(_ stamp: String, _ opening: String, _ expected: String) throws {
        let d = try draft("\(Self.headline)\n\n\(stamp)\n\n\(opening) \(Self.prose)\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
    }

    /// A typed letter's date stands in its letterhead, above the addressee's name and postal address
    /// and the subject line, however far these push it from the salutation.
    @Test func aTypedLettersDateIsTheOneAboveItsAddressBlock() throws {
        let d = try draft(
            "EXAMPLE RIGHTS GROUP\n12 Example Street · New York, NY 10036\n\nApril 24, 2024\nPresident Jane Doe\n"
                + "The Executive Office\n1 Example Avenue\nExample City, EX 20500\nRe: Your meeting with the minister\n"
                + "Dear President Doe,\n\(Self.prose) We urge you to raise their cases.\n\nSincerely,\n"
                + "Example Rights Group\n")
        #expect(d.fields.date == PartialDate("2024-04-24"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "high")
        // A page's update stamp above the salutation is no letter's date: at most the page's, a low guess.
        let stamped = try draft(
            "EXAMPLE RIGHTS GROUP\n12 Example Street · New York, NY 10036\n\nPresident Jane Doe\n"
                + "The Executive Office\nLast updated: 5 May 2024\nDear President Doe,\n\(Self.prose) We urge you "
                + "to raise their cases.\n\nSincerely,\nExample Rights Group\n")
        #expect(stamped.evidence["date"]?.confidence == "low", "\(String(describing: stamped.evidence["date"]))")
    }

    /// A report dated by its publication names the day its document was signed: that day is the
    /// document's own ("un communiqué signé jeudi 2 mars", on a page of 3 March).
    @Test func aDocumentSignedDaysBeforeItsReportIsDatedByItsSigning() throws {
        let d = try draft(
            "Des ONG écrivent au président avant sa visite\n\nPublié le 03/03/2023 à 16:05\n\n"
                + "Kinshasa, 03 mars 2023 – Près de cent cinquante organisations ont adressé leurs demandes au "
                + "président dans un communiqué signé jeudi 2 mars et parvenu vendredi à la rédaction.\n\n"
                + "Les organisations demandent la libération de tous les journalistes détenus sans jugement.\n")
        #expect(d.fields.date == PartialDate("2023-03-02"), "\(d.fields.date)")
        // Signing dates a document only after a noun for one: agreements signed at a summit date no page.
        let summit = try draft(
            "\(Self.headline)\n\nPosted March 3, 2023\n\n\(Self.prose) The two presidents signed agreements "
                + "on 1 March 2023 and spoke of trade.\n\n\(Self.prose)\n")
        #expect(summit.fields.date == PartialDate("2023-03-03"), "\(summit.fields.date)")
        // "updated" holds "dated": a date after it is no signing.
        let updated = try draft(
            "\(Self.headline)\n\nPosted March 3, 2023\n\n\(Self.prose) The page was updated 1 March 2023 "
                + "to add the names of two more signers.\n\n\(Self.prose)\n")
        #expect(updated.fields.date == PartialDate("2023-03-03"), "\(updated.fields.date)")
    }

    /// Portuguese pages state their date as Brazil's sites print it ("postado em 21/05/2019 12:48"),
    /// and a PDF of such a page keeps the stamp apart from the headline set over two lines above it.
    @Test func aPortugueseStampDatesThePage() throws {
        let d = try draft(
            "Anistia lança ação e divulga carta aberta ao governo\n"
                + "postado em 21/05/2019 12:48 / atualizado em 21/05/2019 13:05\n\n"
                + "A organização lançou nesta terça-feira uma carta aberta ao governo com recomendações para "
                + "garantir, proteger e promover os direitos humanos no país, e pede a libertação dos presos.\n")
        #expect(d.fields.date == PartialDate("2019-05-21"), "\(d.fields.date)")
        #expect(d.fields.language == "pt", "\(String(describing: d.fields.language))")
        // A paragraph as a Brazilian news site writes it is Portuguese, not Spanish nor English.
        let report = try draft(
            "Entidades pedem ao presidente que defenda os presos políticos\n\n"
                + "As organizações afirmam que o governo deve garantir a libertação de todos os presos políticos "
                + "antes da cúpula, e que a visita é uma oportunidade para que o presidente trate do tema em "
                + "público. Segundo a carta, mais de cem pessoas estão detidas sem julgamento, e as famílias não "
                + "recebem informações sobre o paradeiro delas. O texto foi enviado na segunda-feira ao Palácio.\n")
        #expect(report.fields.language == "pt", "\(String(describing: report.fields.language))")
        let unwrapped = PDFExtractor.unwrap(
            "Anistia Internacional lança ação e divulga carta aberta ao governo do país\nBolsonaro\n"
                + "postado em 21/05/2019 12:48 / atualizado em 21/05/2019 13:05\n")
        #expect(unwrapped.split(separator: "\n").last == "postado em 21/05/2019 12:48 / atualizado em 21/05/2019 13:05")
    }

    /// A Brazilian report names the day a letter was handed over by its weekday, with its day of the
    /// month in brackets ("na última quarta-feira (13)"): that day, before the publication's.
    @Test func aPortugueseReportDatesTheLetterByItsWeekday() throws {
        let d = try draft(
            "Organizações pedem que o Brasil se manifeste sobre a condenação dos ativistas\n\n15/04/2016 · Notícia\n\n"
                + "Em carta ao ministro das Relações Exteriores, as organizações pedem que o governo rompa o silêncio "
                + "sobre a condenação dos ativistas.\n\nA carta foi entregue na última quarta-feira (13), primeiro dia "
                + "da reunião da Comissão Bilateral, que reúne os dois chanceleres.\n")
        #expect(d.fields.date == PartialDate("2016-04-13"), "\(d.fields.date)")
    }

    /// Amnesty is "Anistia" in Brazil and "Amnistia" in Portugal, Angola and Mozambique: both read as
    /// the English name a corpus records.
    @Test(arguments: ["anistia", "amnistia"])
    func portugueseSpellingsOfAnOrganizationsNameReadAsItsEnglishName(_ word: String) throws {
        let table = try #require(LanguageCues.organizationNameTables["pt"])
        #expect(
            table.english(Substring(word)) == NameWordTable.stems("amnesty"),
            "\(String(describing: table.english(Substring(word))))")
    }

    /// A page reporting a letter is dated by its publication, but a person records the letter's own
    /// date, which may be days earlier: the date is medium. The letter itself, opening with its
    /// salutation, is dated high.
    @Test func aReportOfALetterDatedByItsPublicationIsMediumTheLetterItselfHigh() throws {
        let report = try draft(
            "Groups write to the president before the summit\nPosted March 3, 2023\n\n"
                + "In a letter to the president, rights groups asked him to seek the release of detained reporters "
                + "when he meets his counterpart. \(Self.prose)\n\nThe letter names twelve reporters.\n")
        #expect(report.fields.kind == .letter)
        #expect(report.fields.date == PartialDate("2023-03-03"), "\(report.fields.date)")
        #expect(report.evidence["date"]?.confidence == "medium")
        let letter = try draft(
            "Letter to the president before the summit\nMarch 3, 2023\nDear Mr. President,\n"
                + "We write to ask you to seek the release of detained reporters when you meet your counterpart. "
                + "\(Self.prose)\n\nSincerely,\nExample Rights Group\n")
        #expect(letter.fields.kind == .letter)
        #expect(letter.evidence["date"]?.confidence == "high")
    }

    @Test func theFirstOfTheMonthInFrenchIsADay() throws {
        let d = try draft("\(Self.headline)\n\nBruxelles, le 1er juin 2021 : \(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2021-06-01"), "\(d.fields.date)")
    }

    @Test func aPageNamingNoMonthTakesItsEngagementsMonth() throws {
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose) Leaders meeting in Geneva, Joe Biden and Vladimir Putin, at the "
                + "Biden–Putin summit in Geneva should raise the case of every detained reporter.\n\n\(Self.prose)\n")
        #expect(d.fields.event == "geneva-summit-2021")
        #expect(d.fields.date == PartialDate("2021-06"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.confidence == "low")
    }

    @Test func aNameInGuillemetsOrInflectedIsTheOrganization() throws {
        let russian = try draft(
            "Правозащитники призвали освободить журналистов\n\nАктивисты «Крымской правозащитной группы» и "
                + "правозащитного центра «Мемориал» обратились к президенту с открытым письмом, призывая "
                + "освободить всех задержанных журналистов и прекратить преследование гражданского общества.\n\n"
                + "Авторы письма напоминают, что сотрудники Мемориала уже много лет документируют нарушения.\n",
            corpus: Self.corpus)
        #expect(Set(russian.fields.organizations) == ["crimean-hrg", "memorial"], "\(russian.fields.organizations)")
        let german = try draft(
            "Anwälte fordern Einsatz für inhaftierte Kollegen\n\nIn einem Brief forderten der Deutsche "
                + "Anwaltverein und weitere Verbände die Kanzlerin auf, sich bei ihrem Besuch für die Freilassung "
                + "der inhaftierten Anwälte einzusetzen und die Verfolgung der Zivilgesellschaft anzusprechen.\n\n"
                + "Die Verbände erinnern daran, dass die Anwälte seit Jahren ohne Anklage festgehalten werden.\n",
            corpus: Self.corpus)
        #expect(german.fields.organizations.contains("dav"), "\(german.fields.organizations)")
    }

    /// A name of one word is a proper noun: inflected, it is found only where the page writes it with
    /// its capital ("инициативы «Освобождение»"), never in the common word ("освобождение всех", release).
    @Test func aOneWordNameInSmallLettersIsTheCommonWord() throws {
        let corpus = Self.corpus(
            Self.corpus,
            organizations: Self.corpus.organizations + [
                Self.org("vyzvalennie", "Vyzvalennie", aliases: ["Освобождение"])
            ])
        let ask =
            "Правозащитники призвали освободить журналистов\n\nПравозащитный центр «Мемориал» призвал "
            + "президента добиваться на встрече освобождения всех политзаключенных и прекращения пыток.\n\n"
        let common = try draft(
            ask + "• освобождение всех, кто лишен свободы по политическим мотивам;\n", corpus: corpus)
        #expect(!common.fields.organizations.contains("vyzvalennie"), "\(common.fields.organizations)")
        let named = try draft(
            "Правозащитники призвали освободить журналистов\n\nИнициатива «Освобождение» и правозащитный центр "
                + "«Мемориал» призвали президента добиваться на встрече освобождения всех политзаключенных.\n",
            corpus: corpus)
        #expect(named.fields.organizations.contains("vyzvalennie"), "\(named.fields.organizations)")
    }

    /// A letter whose signers are only listed under it names each once: the list is theirs, and a
    /// name that is the start of another organization's ("Students for a Free Tibet", of "… Canada")
    /// counts for the organization whose own name it is.
    @Test func aSignersListCountsANameOthersExtend() throws {
        let corpus = Self.corpus(
            IngestTests.corpus,
            organizations: IngestTests.corpus.organizations + [
                Self.org("free-tibet", "Free Tibet"), Self.org("sft", "Students for a Free Tibet"),
                Self.org("sft-canada", "Students for a Free Tibet Canada"), Self.org("tibet-society", "Tibet Society"),
            ])
        let d = try draft(
            "The Government Must Stand Up for Rights in Tibet\n\n\(Self.prose)\n\nNowhere is this more serious than "
                + "in the high valleys, where unarmed protesters have been shot at and prisoners have died in custody.\n\n"
                + "The government can only make amends if the prime minister speaks out clearly and in public.\n\n"
                + "Pema Example, Campaigns director, "
                + "Students for a Free Tibet\nEleanor Example, Director, Free Tibet\nPhilippa Example, CEO, Tibet Society\n",
            corpus: corpus)
        #expect(d.fields.organizations.sorted() == ["free-tibet", "sft", "tibet-society"], "\(d.fields.organizations)")
    }

    /// A coalition's members, named as such below the text's opening ("До коаліції входять, зокрема,
    /// …"), are its authors with the organization the opening names.
    @Test func aCoalitionsMembersAreItsAuthors() throws {
        let corpus = Self.corpus(
            IngestTests.corpus,
            organizations: IngestTests.corpus.organizations + [
                Self.org("zmina", "ZMINA Human Rights Centre", aliases: ["Центр прав людини ZMINA"]),
                Self.org("krymsos", "KrymSOS", aliases: ["КримSOS"]),
            ])
        let d = try draft(
            "Правозахисна коаліція оголосила пріоритетні кроки\n\nЦентр прав людини ZMINA і коаліція "
                + "правозахисних організацій представили рекомендації Президентові щодо захисту прав людей, які "
                + "постраждали від війни.\n\nВійна призвела до масових руйнувань і переміщення мільйонів людей "
                + "усередині країни та за її межі.\n\nДержава має й далі будувати політику, що підтримує зв’язок "
                + "із мешканцями окупованих територій.\n\nДо коаліції входять, зокрема, Центр прав людини ZMINA "
                + "та КримSOS.\n",
            corpus: corpus)
        #expect(d.fields.organizations.sorted() == ["krymsos", "zmina"], "\(d.fields.organizations)")
    }

    /// Spanish is written in twenty countries: on a Spanish page that names no section alone and links
    /// to none, "Amnistía Internacional" is the movement, which gives the name as an alias of its own,
    /// not Spain's section. Where only sections share the name, a person decides.
    /// A short name of two letters is a word of other meanings ("un CD con testimonios"): an organization
    /// is not found by it, but by its name.
    @Test func aTwoLetterShortNameFindsNoOrganization() throws {
        let campaign = Organization(
            id: "cd-example", name: "Campaign for Example Democracy", short: "CD", kind: .ngo, url: nil, aliases: [],
            location: SourceLocation(file: "fixture"))
        let corpus = Self.corpus(Self.corpus, organizations: Self.corpus.organizations + [campaign])
        let disc =
            "Las Damas de Ejemplo piden al Papa que interceda por los presos\n\nLas Damas de Ejemplo entregaron al "
            + "nuncio la lista de los presos políticos junto con un CD con testimonios de mujeres y activistas "
            + "detenidas durante las marchas de los domingos.\n\n" + Self.prose + "\n"
        #expect(!(try draft(disc, corpus: corpus)).fields.organizations.contains("cd-example"))
        let named =
            "Campaign for Example Democracy urges the release of detained reporters\n\nThe Campaign for Example "
            + "Democracy urged the government to release the reporters detained since the start of the year.\n\n"
            + Self.prose + "\n"
        #expect((try draft(named, corpus: corpus)).fields.organizations.contains("cd-example"))
    }

    /// A name that only refers back to an organization ("the Forum") names it where the page names it
    /// otherwise too; alone, it is any forum the page speaks of ("the Pacific Islands Forum").
    @Test func aNameReferringBackNamesNoOrganizationAlone() throws {
        let forum = Self.org("example-forum", "Example Human Rights NGO Forum", aliases: ["the Forum"])
        let corpus = Self.corpus(Self.corpus, organizations: Self.corpus.organizations + [forum])
        let pacific =
            "Leaders must not look away from the islands\n\nThe Pacific Islands Forum meets next week. And the Forum "
            + "must not look away from the islands, where reporters have been detained since the start of the year.\n\n"
            + Self.prose + "\n"
        #expect(!(try draft(pacific, corpus: corpus)).fields.organizations.contains("example-forum"))
        let named =
            "Example Human Rights NGO Forum urges the release of detained reporters\n\nThe Example Human Rights NGO "
            + "Forum urged the government to release the reporters. The Forum said they were held without charge.\n\n"
            + Self.prose + "\n"
        #expect((try draft(named, corpus: corpus)).fields.organizations.contains("example-forum"))
        #expect(MetadataReader.refersBack("the Forum") && MetadataReader.refersBack("la Coalition"))
        #expect(!MetadataReader.refersBack("Human Rights Watch") && !MetadataReader.refersBack("Memorial"))
        #expect(!MetadataReader.refersBack("Les Hijabeuses"), "a capital article is the name's own")
    }

    /// An acronym set in capitals before another word ("ABC COLOR", a newspaper's masthead) opens that
    /// longer name: it is not the organization the acronym stands for, which a page still names by it
    /// elsewhere ("el ABC pidió…", "ABC: …").
    @Test func anAcronymOpeningALongerNameInCapitalsIsNotTheOrganization() throws {
        let center = Self.org("abc-center", "Example Boroumand Center", aliases: ["ABC"])
        let corpus = Self.corpus(Self.corpus, organizations: Self.corpus.organizations + [center])
        let masthead =
            "ABC COLOR\nInicio | Nacionales | Internacionales\n\nPiden al Papa que interceda por los presos\n\n"
            + "Una organización envió una carta al papa en la que le pide que plantee la situación de los presos "
            + "políticos durante la audiencia prevista para el domingo.\n\n" + Self.prose + "\n"
        #expect(!(try draft(masthead, corpus: corpus)).fields.organizations.contains("abc-center"))
        #expect(MetadataReader.opensLongerName("ABC", after: Array(" color".utf8)[...]))
        #expect(!MetadataReader.opensLongerName("ABC", after: Array(": el".utf8)[...]), "a label's colon")
        #expect(!MetadataReader.opensLongerName("Memorial", after: Array(" center".utf8)[...]), "no acronym")
    }

    @Test func aSharedNameOnASpanishPageIsTheMovementNotSpainsSection() throws {
        let page =
            "Amnistía pide al presidente que defienda a los presos\n\nAmnistía Internacional pidió al presidente "
            + "que exija la liberación de los defensores de derechos humanos encarcelados durante su viaje, y "
            + "que no calle ante la persecución de los periodistas y de sus familias en el país.\n\n"
            + "La organización recuerda que los defensores llevan años detenidos sin juicio y sin abogado.\n"
        // As the development set's corpus has them: the movement gives the Spanish name as an alias.
        let base = Self.corpus
        let withMovement = Self.corpus(
            base,
            organizations: base.organizations.filter { !$0.id.hasPrefix("amnesty") } + [
                Self.org(
                    "amnesty", "Amnesty International", aliases: ["Amnistía Internacional"],
                    url: "https://www.amnesty.org"),
                Self.org("amnesty-es", "Amnistía Internacional España", url: "https://www.es.amnesty.org"),
                Self.org("amnesty-mx", "Amnistía Internacional México", url: "https://amnistia.org.mx"),
            ])
        let d = try draft(page, corpus: withMovement)
        #expect(d.fields.organizations == ["amnesty"], "\(d.fields.organizations)")
        // A section that gives the bare name as an alias too ("Amnistía Internacional" for "Amnistía
        // Internacional Paraguay") is named whole, or by its country, where it speaks: the bare name stays
        // the movement's.
        let withSection = Self.corpus(
            withMovement,
            organizations: withMovement.organizations + [
                Self.org(
                    "amnesty-py", "Amnistía Internacional Paraguay", aliases: ["Amnistía Internacional"],
                    url: "https://www.amnesty.org.py")
            ])
        let movement = try draft(page, corpus: withSection)
        #expect(movement.fields.organizations == ["amnesty"], "\(movement.fields.organizations)")
        // …and so does a section whose own name is in another language, its name in the page's language
        // an alias ("Amnesty International Paraguay", alias "Amnistía Internacional Paraguay").
        let withSectionByAlias = Self.corpus(
            withMovement,
            organizations: withMovement.organizations + [
                Self.org(
                    "amnesty-py", "Amnesty International Paraguay",
                    aliases: ["Amnistía Internacional", "Amnistía Internacional Paraguay"],
                    url: "https://www.amnesty.org.py")
            ])
        let movementOverAlias = try draft(page, corpus: withSectionByAlias)
        #expect(movementOverAlias.fields.organizations == ["amnesty"], "\(movementOverAlias.fields.organizations)")
        let sections = try draft(page, corpus: base)
        #expect(!sections.fields.organizations.contains("amnesty-es"), "\(sections.fields.organizations)")
        #expect(
            sections.warnings.contains { $0.contains("amnesty-es") && $0.contains("amnesty-mx") },
            "\(sections.warnings)")
    }

    /// The movement and its sections, as the development set's corpus has them.
    static let movement = corpus(
        IngestTests.corpus,
        organizations: IngestTests.corpus.organizations.filter { !$0.id.hasPrefix("ai") } + [
            org(
                "amnesty", "Amnesty International", aliases: ["Amnesty", "Amnistía Internacional"],
                url: "https://www.amnesty.org"),
            org("amnesty-es", "Amnistía Internacional España", url: "https://www.es.amnesty.org"),
            org("amnesty-dk", "Amnesty International Denmark", url: "https://amnesty.dk"),
            org("caat", "Campaign Against Arms Trade", aliases: ["CAAT"]),
            org("amnesty-uk", "Amnesty International UK", url: "https://www.amnesty.org.uk"),
        ])

    /// A page's web host names its organization only whole: "www.es.amnesty.org" in a letterhead is
    /// the Spanish section's site, not the movement's "amnesty.org".
    @Test func aWebHostIsReadWholeNotInsideALongerOne() throws {
        #expect(MetadataReader.names(host: "amnesty.org", in: "web: https://www.amnesty.org/en"))
        #expect(MetadataReader.names(host: "amnesty.org", in: "write to amnesty.org."))
        #expect(!MetadataReader.names(host: "amnesty.org", in: "· www.es.amnesty.org"))
        #expect(!MetadataReader.names(host: "amnesty.org", in: "www.amnesty.org.uk"))
        let d = try draft(
            "AMNISTÍA INTERNACIONAL\nSección Española\nC/ Fernando VI, 8 · 28004 Madrid · www.es.amnesty.org\n\n"
                + "Madrid, 13 de diciembre de 2007\n\nSeñor Presidente:\n\nLe escribimos en nombre de Amnistía "
                + "Internacional para pedirle que exija la liberación de los presos de conciencia durante la visita, "
                + "y que no calle ante la persecución de los periodistas.\n\nAtentamente,\n",
            corpus: Self.movement)
        #expect(d.fields.organizations == ["amnesty-es"], "\(d.fields.organizations)")
    }

    /// A news report of several organizations' calls names each one asking, however far down its text:
    /// "Amnesty International UK urged the prime minister …" in its fifth paragraph.
    @Test func aNewsReportCreditsEachOrganizationItReportsAsking() throws {
        let filler = "The king arrives in London on Tuesday for a three-day state visit, the first in twenty years."
        let d = try draft(
            "Westminster Dispatch\n\nBrown urged to challenge Saudi king on rights\n\nBy Dispatch staff\n\n"
                + "\(Self.prose)\n\n\(filler)\n\nCampaign Against Arms Trade (CAAT) has repeated its call for the "
                + "inquiry to be reopened.\n\n\(filler)\n\n\(filler)\n\n\(filler)\n\n\(filler)\n\n"
                + "Amnesty International UK urged the prime minister to tell the king that the record is unacceptable.\n",
            corpus: Self.movement)
        #expect(d.fields.organizations == ["caat", "amnesty-uk"], "\(d.fields.organizations)")
    }

    /// A page naming the movement and sections of it credits the sections, never the movement too:
    /// "Amnesty" is the Danish section that wrote the letter (a second section named alone leaves the
    /// short name shared, and it was read as the movement's alias).
    @Test func theMovementAndSectionsOfItAreTheSections() throws {
        let d = try draft(
            "Nordic Daily\n\nAmnesty urges Frederiksen to raise human rights with Modi\n\n"
                + "Amnesty International Denmark has sent a letter to the prime minister ahead of the visit, as "
                + "Amnesty International UK did before the last one.\n\n\(Self.prose)\n",
            corpus: Self.movement)
        #expect(d.fields.organizations.contains("amnesty-dk"), "\(d.fields.organizations)")
        #expect(!d.fields.organizations.contains("amnesty"), "\(d.fields.organizations)")
    }

    /// A page that says which national section speaks ("La sección española de AI pide…") settles the
    /// name the movement and its sections share: the Spanish section's, as its web address says.
    @Test func aNationalSectionNamedByItsCountrySettlesTheSharedName() throws {
        let d = try draft(
            "Amnistía Internacional pide al rey que use su viaje para frenar las violaciones\n\n"
                + "Amnistía Internacional ha enviado una carta al rey en la que le pide que ejerza su influencia para "
                + "detener las violaciones de derechos humanos durante su viaje.\n\nLa sección española de la "
                + "organización pide a la delegación que no se limite a hablar de comercio.\n",
            corpus: Self.movement)
        #expect(d.fields.organizations == ["amnesty-es"], "\(d.fields.organizations)")
        #expect(MetadataReader.country(ofHost: "es.amnesty.org") == "es")
        #expect(MetadataReader.country(ofHost: "amnesty.org.uk") == "uk")
        #expect(MetadataReader.country(ofHost: "amnesty.org") == nil)
    }

    /// A page that names a section by its country's adjective before "section", "branch" or an office
    /// of it ("Amnesty International's Norwegian section", "Amnesty International's UK Director", in
    /// Russian "немецкой секции") settles the name the movement and its sections share; a page that
    /// names no section leaves it the movement's.
    @Test(arguments: [
        (
            "Jan Roe, secretary general of Amnesty International's Norwegian section, told the daily paper.",
            "amnesty-no"
        ),
        ("“He should use his influence,” said Kate Roe, Amnesty International's UK Director.", "amnesty-uk"),
        ("Kate Roe, who heads the British branch, said the tour must not be silent.", "amnesty-uk"),
        ("Jan Roe, a spokesman for the group in London, said the tour must not be silent.", "amnesty"),
    ])
    func aSectionNamedByItsCountrysAdjectiveSettlesTheSharedName(_ sentence: String, _ expected: String) throws {
        let d = try draft(
            "Rights group urges royals to raise prisoners on tour\n\nAmnesty International has urged the royal "
                + "couple to raise the cases of jailed activists during their visit.\n\n\(sentence)\n\n\(Self.prose)\n",
            corpus: Self.sections)
        #expect(d.fields.organizations == [expected], "\(d.fields.organizations)")
        let russian = try draft(
            "Правозащитники просят канцлера поднять вопрос о Чечне\n\nAmnesty International призвала канцлера "
                + "не обходить молчанием положение в Чечне.\n\n«Права человека не могут быть принесены в жертву», – "
                + "говорится в заявлении немецкой секции организации.\n",
            corpus: Self.sections)
        #expect(russian.fields.organizations == ["amnesty-de"], "\(russian.fields.organizations)")
    }

    /// A letter's signatures one to a line, each a person and the organization after a comma, perhaps
    /// over "and other signatories", sign it; one such line alone is its author's signature.
    @Test func signaturesOneToALineSignTheLetter() throws {
        let letter =
            "Free the prisoners first: an open letter\n\nDear President,\n\nAhead of your meeting, Human Rights "
            + "Watch and the undersigned appeal to you to make the release of prisoners the first item of the "
            + "talks.\n\n\(Self.prose)\n\nJane Roe, Memorial, Nobel Peace Prize 2022\n\n"
        let two = try draft(
            letter + "Jan Doe, Crimean Human Rights Group, lawyer\n\nand other signatories\n", corpus: Self.corpus)
        #expect(two.fields.organizations == ["hrw", "memorial", "crimean-hrg"], "\(two.fields.organizations)")
        let one = try draft(letter, corpus: Self.corpus)
        #expect(one.fields.organizations == ["hrw"], "\(one.fields.organizations)")
    }

    /// The movement and four sections that all give its name as an alias.
    static let sections = corpus(
        IngestTests.corpus,
        organizations: IngestTests.corpus.organizations.filter { !$0.id.hasPrefix("ai") } + [
            org("amnesty", "Amnesty International", aliases: ["Amnesty"], url: "https://www.amnesty.org"),
            org(
                "amnesty-no", "Amnesty International Norge", aliases: ["Amnesty International"],
                url: "https://amnesty.no"),
            org(
                "amnesty-uk", "Amnesty International UK", aliases: ["Amnesty International"],
                url: "https://www.amnesty.org.uk"),
            org(
                "amnesty-de", "Amnesty International Deutschland", aliases: ["Amnesty International"],
                url: "https://www.amnesty.de"),
        ])

    /// An organization named as where someone works ("Oyub Titiev, directeur du bureau de Memorial",
    /// "des Büros der Menschenrechtsorganisation Memorial", "вице-президент FIDH") is the subject of
    /// the page, not its author, even in its opening lines.
    @Test(arguments: [
        "Oyub Titiev, directeur du bureau de Memorial à Grozny, est détenu depuis le 9 janvier.",
        "Ojub Titijew, der Leiter des Büros der Menschenrechtsorganisation Memorial, ist seit Januar in Haft.",
        "Oyub Titiev, the head of the Memorial office in Grozny, has been held since January 9.",
    ])
    func anOrganizationNamedAsSomeonesWorkplaceIsNoAuthor(_ sentence: String) throws {
        let d = try draft(
            "\(Self.headline)\n\nHuman Rights Watch said the president should press for the release of a "
                + "defender held on fabricated charges.\n\n\(sentence)\n\n\(Self.prose)\n", corpus: Self.corpus)
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
    }

    /// A speaker's office is the voice of the organization that speaks: "said Jane Doe, Director of
    /// Memorial" names an author.
    @Test func aSpeakersOrganizationIsAnAuthor() throws {
        let d = try draft(
            "\(Self.headline)\n\nHuman Rights Watch said the president should press for the release of a "
                + "defender held on fabricated charges.\n\n“He must be freed,” said Jane Doe, director of Memorial.\n\n"
                + "\(Self.prose)\n", corpus: Self.corpus)
        #expect(d.fields.organizations == ["hrw", "memorial"], "\(d.fields.organizations)")
    }

    /// An op-ed whose author's closing bio names the organization ("Jane Roe is Director of Human
    /// Rights First.") speaks for it. An organization another paragraph names for a fact ("Human Rights
    /// Watch has documented …") is no author, even where a later sentence of that paragraph holds a
    /// signing cue ("…, including torture"): in a paragraph, only a name in the cue's sentence signs.
    @Test func anOpEdsAuthorBioNamesItsOrganizationNotAFactsSource() throws {
        let text =
            "Leaders Must Not Stay Silent on the Prisoners\n\n\(Self.prose)\n\n\(Self.prose)\n\n\(Self.prose)\n\n"
            + "\(Self.prose)\n\n"
            + "The second is that the violence must stop and that those responsible must be brought to justice. "
            + "Human Rights Watch has documented evidence of crimes against humanity in the west of the country. "
            + "The army must end its attacks on civilians, including the torture and forced labour it has used for decades.\n\n"
            + "\(Self.prose)\n\nJane Roe is Director of Human Rights First.\n"
        let d = try draft(text, corpus: Self.corpus)
        #expect(d.fields.organizations == ["hrf"], "\(d.fields.organizations)")
        let signed = try draft(
            text.replacingOccurrences(
                of: "The army must end its attacks on civilians",
                with: "In a letter signed by Human Rights Watch, groups said the army must end its attacks on civilians"
            ),
            corpus: Self.corpus)
        #expect(signed.fields.organizations == ["hrw"], "\(signed.fields.organizations)")
    }

    /// Whom a letter addresses ("Open Letter to Human Rights First", "… to the Example Ministerial
    /// Council") is no author: neither an organization of the corpus nor a name proposed as a new one.
    @Test func aLettersAddresseeIsNoAuthor() throws {
        let d = try draft(
            "Human Rights Watch Open Letter to Human Rights First\n\n\(Self.prose)\n\n\(Self.prose)\n",
            corpus: Self.corpus)
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        #expect(MetadataReader.addressesALetter(["IHF", "Open", "Letter", "to", "the"]))
        #expect(MetadataReader.addressesALetter(["lettre", "ouverte", "au"]), "an adjective between")
        #expect(!MetadataReader.addressesALetter(["in", "addition", "to"]))
        let archive = try draft(
            "Example archive\n\nIHF Open Letter to Example Ministerial Council\n\n\(Self.prose)\n\n\(Self.prose)\n",
            corpus: Self.corpus)
        #expect(
            !archive.fields.organizations.contains("example-ministerial-council"), "\(archive.fields.organizations)")
    }

    /// A numeric date whose parts hyphens join, the day first ("Geschrieben am 25-05-2033"), or the
    /// month first where the day cannot be first.
    @Test func aDateJoinedByHyphensIsRead() throws {
        #expect(MetadataReader.numericDate("25-05-2033") == PartialDate("2033-05-25"))
        #expect(MetadataReader.numericDate("05-28-2033") == PartialDate("2033-05-28"))
        #expect(MetadataReader.numericDate("2033-05-25") == PartialDate("2033-05-25"))
        #expect(MetadataReader.numericDate("030-2787-9086") == nil, "a telephone number")
        #expect(MetadataReader.numericDate("2031-2033") == nil, "a span of years")
    }

    /// A site's masthead dates the page above its menus ("20 June 2033, Wednesday, 14:37" over "Support
    /// us | BE RU EN" and "Sections: Politics · Economy · Sport"): its menus are not counted among the
    /// lines above the headline where the date may stand, so the page is not dated by a guess from
    /// the latest date its text names.
    @Test func aMastheadsDateAboveItsMenusDatesThePage() throws {
        let d = try draft(
            "Example News :: News of Exampleland\n20 June 2033, Wednesday, 14:37\nSupport us   |   BE  RU  EN\n"
                + "Sections: Politics · Economy · Society · Sport · Culture\n\nSport\n\n\(Self.headline)\n\n"
                + "After the protests of 19 December 2030 were dispersed, political prisoners remain in jail. "
                + "\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2033-06-20"), "\(d.fields.date)")
    }

    /// A numeric date written year first, as East Asian and Hungarian sites write it: "2033.05.16".
    @Test func aDateWrittenYearFirstIsRead() throws {
        #expect(MetadataReader.numericDate("2033.05.16") == PartialDate("2033-05-16"))
        #expect(MetadataReader.numericDate("2033/05/16") == PartialDate("2033-05-16"))
        let d = try draft(
            "\(Self.headline)\n\n\(Self.prose)\n\n\(Self.prose)\n\nPosted 2033.05.16 | Category: Statements\n")
        #expect(d.fields.date == PartialDate("2033-05-16"), "\(d.fields.date)")
    }

    /// A release's label before its publication cue ("Communiqué de presse publié le …") is the line
    /// giving its date.
    @Test func aReleaseLabelBeforeThePublicationCueGivesTheDate() throws {
        let d = try draft(
            "Visite du ministre à Téhéran\n\nCommuniqué de presse publié le 3 septembre 2030, Berne – Contact du "
                + "service de presse\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2030-09-03"), "\(d.fields.date)")
    }

    /// A repost's note on when the document first appeared dates the document, not the repost.
    @Test func aRepostsNoteOnTheOriginalGivesTheDocumentsDate() throws {
        let d = try draft(
            "\(Self.headline)\n\nAlert · 13 May 2032\n\nThis statement was originally published on example.org on "
                + "12 May 2032.\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2032-05-12"), "\(d.fields.date)")
        #expect(d.evidence["date"]?.excerpt.hasPrefix("This statement was originally published") == true)
    }

    /// Plone's `DC.date.created` meta tag dates a page that prints no date.
    @Test func aDublinCoreCreationDateIsRead() throws {
        let file = ScratchDirectory.make("forms") + "/page.html"
        try """
        <html><head><meta charset="UTF-8"><meta name="DC.date.created" content="2030-09-03T09:30:00+02:00">
        <title>\(Self.headline)</title></head><body><h1>\(Self.headline)</h1><p>\(Self.prose)</p><p>\(Self.prose)</p>
        </body></html>
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let d = try Ingester(corpus: IngestTests.corpus).draft(file, takenIDs: [])
        #expect(d.fields.date == PartialDate("2030-09-03"), "\(d.fields.date)")
    }

    /// A date with its update's time of day after it ("Miércoles, 24 de septiembre de 2033 · Actualizado
    /// a las 12:41"): the page was changed that day and published on it.
    @Test func aDateBeforeItsSameDayUpdateIsThePublicationDate() throws {
        let d = try draft(
            "LIBERTAD EJEMPLO\nPortada | España | Mundo\nMiércoles, 24 de septiembre de 2033  ·  Actualizado a las "
                + "12:41\n\nMundo > Iberoamérica\n\nReporteros sin Fronteras pide al presidente que visite a las "
                + "víctimas\n\n\(Self.prose)\n\n\(Self.prose)\n")
        #expect(d.fields.date == PartialDate("2033-09-24"), "\(d.fields.date)")
    }

    /// Ukrainian and Russian name the European football championship "Євро" and "Евро" ("Євро-2012").
    @Test func theEuropeanChampionshipIsReadInCyrillic() {
        #expect(MetadataReader.engagementNames(in: "до початку Євро-2032", foreign: true).contains("Euro"))
        #expect(MetadataReader.engagementNames(in: "перед Евро-2032", foreign: true).contains("Euro"))
    }

    /// The Olympic committee and its Games in Ukrainian and Russian ("МОК", "Олімпійські ігри в Парижі"),
    /// the World Cup as Brazilian papers name it ("a Copa"), and Germany's European championship.
    @Test func theOlympicsAndTheCupsAreReadInTheirLanguages() {
        let ukrainian = MetadataReader.engagementNames(
            in: "дискусії у МОК про Олімпійські ігри в Парижі", foreign: true)
        #expect(["IOC", "Olympic", "Paris"].allSatisfy(ukrainian.contains), "\(ukrainian)")
        #expect(MetadataReader.engagementNames(in: "durante a Copa do Mundo", foreign: true).contains("World Cup"))
        let german = MetadataReader.engagementNames(in: "die Europameisterschaft in Deutschland", foreign: true)
        #expect(german.contains("EURO") && german.contains("Germany"), "\(german)")
    }
}
