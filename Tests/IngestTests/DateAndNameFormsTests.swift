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

    /// The sample corpus with organizations whose names a page may write in another form.
    static let corpus: Corpus = {
        let base = IngestTests.corpus
        func org(_ id: String, _ name: String, aliases: [String] = [], url: String? = nil) -> Organization {
            Organization(
                id: id, name: name, short: nil, kind: .ngo, url: url, aliases: aliases,
                location: SourceLocation(file: "fixture"))
        }
        return Corpus(
            root: base.root,
            organizations: base.organizations + [
                org("memorial", "Memorial", aliases: ["Мемориал"]),
                org("crimean-hrg", "Crimean Human Rights Group", aliases: ["Крымская правозащитная группа"]),
                org("dav", "Deutscher Anwaltverein"),
                org(
                    "amnesty-es", "Amnistía Internacional España", aliases: ["Amnistía Internacional"],
                    url: "https://www.es.amnesty.org"),
                org(
                    "amnesty-mx", "Amnistía Internacional México", aliases: ["Amnistía Internacional"],
                    url: "https://amnistia.org.mx"),
            ], issues: base.issues, events: base.events, documents: base.documents, outcomes: base.outcomes)
    }()

    @Test(arguments: [
        ("Written by Example Rights Group · Friday, 16 October 2015", "2015-10-16"),
        ("May 16, 2018 18:42 GMT · By Jane Doe", "2018-05-16"),
    ])
    func aBylinesDateSegmentIsThePagesDate(_ byline: String, _ expected: String) throws {
        let d = try draft("\(Self.headline)\n\(byline)\n\n\(Self.prose)\n\n\(Self.prose) It was 2011.\n")
        #expect(d.fields.date == PartialDate(expected), "\(d.fields.date)")
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

    /// "Amnistía Internacional" is an alias of the Spanish and the Mexican sections: on a Spanish page
    /// that names neither alone nor links to either, it is the section whose site sits under Spain's
    /// code on the movement's site, as a German page's is the one under ".de".
    @Test func aSharedNameOnASpanishPageIsTheSectionUnderSpainsCode() throws {
        let d = try draft(
            "Amnistía pide al presidente que defienda a los presos\n\nAmnistía Internacional pidió al presidente "
                + "que exija la liberación de los defensores de derechos humanos encarcelados durante su viaje, y "
                + "que no calle ante la persecución de los periodistas y de sus familias en el país.\n\n"
                + "La organización recuerda que los defensores llevan años detenidos sin juicio y sin abogado.\n",
            corpus: Self.corpus)
        #expect(d.fields.organizations == ["amnesty-es"], "\(d.fields.organizations)")
    }
}
