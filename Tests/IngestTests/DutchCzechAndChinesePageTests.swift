import Corpus
import Foundation
import Testing

@testable import Ingest

/// Dutch, Czech, Chinese and Japanese pages (session 42), and Slovak ones (session 43). Dutch and Czech have their own tables of
/// cues (`LanguageCues.dutch`, `.czech`), so that their dates, their asks and their language are
/// read as every other language's are: before, a Czech petition of October 2014 was dated by its
/// year alone, a Czech news page was read as Portuguese and a Dutch one as French, and none of their
/// asks was found. Chinese and Japanese write no spaces between words, and a page in either gave no
/// draft at all.
@Suite struct DutchCzechAndChinesePageTests {
    func draft(_ text: String) throws -> Draft { try IngestRulesTests().draft(text) }

    @Test func aDutchPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            Organisaties vragen vrijlating van burgers

            Den Haag, 6 april 2018

            Mensenrechtenorganisaties hebben de regering een brief gestuurd voor de top, en herinneren eraan dat duizenden burgers nog steeds zonder aanklacht worden vastgehouden.

            De organisatie roept de regering op om de vastgehouden Oekraïense burgers onmiddellijk en zonder voorwaarden vrij te laten.

            Volgens de organisaties is de situatie van de gedetineerden de afgelopen maanden niet verbeterd, en de families weten niets over hun naasten.

            """)
        #expect(d.fields.language == "nl")
        #expect(d.fields.date.description == "2018-04-06")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    @Test func aCzechPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            Organizace vyzývají k propuštění civilistů

            Praha, 20. října 2014

            Lidskoprávní organizace poslaly vládě dopis před summitem, aby připomněly, že tisíce civilistů jsou stále zadržovány bez obvinění.

            Organizace vyzývá vládu, aby usilovala o propuštění zadržených ukrajinských civilistů a zajistila nezávislý přístup do míst zadržení.

            Podle organizací se situace zadržených v posledních měsících nezlepšila a rodiny o svých blízkých nic nevědí.

            """)
        #expect(d.fields.language == "cs")
        #expect(d.fields.date.description == "2014-10-20")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    /// Slovak has its own table (session 43): before, a Slovak statement was read as Czech (the two
    /// write "vláda", "práv", "že" alike) and none of its asks was found. Its own small words
    /// ("ktorý", "ako", "aj", "pri") tell it from Czech.
    @Test func aSlovakPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            Organizácie vyzývajú na prepustenie civilistov

            Bratislava, 5. decembra 2005

            Ľudskoprávne organizácie poslali vláde list pred samitom, aby pripomenuli, že tisíce civilistov sú stále zadržiavané bez obvinenia, ako aj ich rodiny.

            Organizácia vyzýva vládu, aby pri rokovaniach žiadala prepustenie zadržaných ukrajinských civilistov a nezávislý prístup do miest zadržania.

            Podľa organizácií sa situácia zadržaných za posledné mesiace nezlepšila a rodiny, ktoré čakajú, o svojich blízkych nič nevedia.

            """)
        #expect(d.fields.language == "sk")
        #expect(d.fields.date.description == "2005-12-05")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    /// The small words tell the languages apart: a Dutch text is Dutch though French writes its "de"
    /// and "en" too, and adding the two tables changes no English, French, German or Polish text's
    /// language.
    @Test(arguments: [
        (
            "De organisatie roept de regering op om de gevangenen vrij te laten en de families te informeren, en zegt dat het niet de eerste keer is.",
            "nl"
        ),
        (
            "De organisatie vraagt de minister om de gevangenen te bezoeken en de rechten van de families te beschermen, volgens een verklaring.",
            "nl"
        ),
        (
            "Organizace vyzývá vládu, aby zajistila propuštění vězňů, které jsou podle ní zadržovány jako rukojmí, a také jejich ochranu.",
            "cs"
        ),
        (
            "Organizácia vyzýva vládu, aby pri stretnutí žiadala prepustenie väzňov, ktorí sú podľa nej zadržiavaní ako rukojemníci, a aj ich ochranu.",
            "sk"
        ),
        (
            "L’organisation demande au gouvernement de libérer les détenus et de protéger les familles, et elle rappelle que les défenseurs sont en danger.",
            "fr"
        ),
        (
            "Die Organisation fordert die Regierung auf, die Gefangenen freizulassen und die Familien zu schützen, und sie erinnert an die Verfolgten.",
            "de"
        ),
        (
            "Organizacja wzywa rząd do uwolnienia więźniów oraz do ochrony rodzin, które są prześladowane przez władze, jak podkreśla.",
            "pl"
        ),
    ])
    func theSmallWordsTellTheLanguagesApart(_ text: String, _ code: String) {
        #expect(
            MetadataReader.latinLanguage(text)?.0 == code, "\(String(describing: MetadataReader.latinLanguage(text)))")
    }

    @Test func anEnglishTextStaysEnglish() {
        let english =
            "The organization called on the government to release the prisoners and to protect their families, and said it was not the first time."
        #expect(MetadataReader.latinLanguage(english) == nil)
    }

    /// A Chinese or Japanese paragraph is one run of characters between spaces, which the rules
    /// counted as one word: no line of such a page read as prose, and the page gave no draft ("no
    /// statement text found"). A run of their characters now counts a word for every two, and "。"
    /// ends a sentence.
    @Test func aChinesePageHasItsHeadlineAndText() throws {
        let d = try draft(
            """
            人权组织呼吁释放被拘押的平民

            多个人权组织今天致信政府,要求在峰会之前释放所有被拘押的记者和维权人士,并允许独立观察员探视。

            组织指出,过去一年中被拘押者的处境没有改善,他们的家人至今不知道亲人被关押在哪里。

            """)
        #expect(d.fields.title == "人权组织呼吁释放被拘押的平民")
        #expect(d.body.contains("组织指出"))
        #expect(StatementText.wordCount("人权组织呼吁释放") == 4)
        #expect(StatementText.wordCount("Amnesty International 人权") == 3)
        #expect(StatementText.isProse("組織は、過去一年間に拘束された人々の状況は改善せず、家族は今も彼らの居場所を知らないと指摘した。"))
    }

    /// Chinese, Japanese and Korean write a date year first, each number followed by its unit
    /// ("2004年2月20日", "2018년 3월 22일"), and Chinese and Japanese with no space around it: such a
    /// date was read as no date at all, and a page stating one was dated by a year its text named
    /// ("2002年"). Session 44, from set BB's Chinese and Japanese pages.
    @Test(arguments: [
        ("作者：记者   发表时间：2004年2月20日", "2004-02-20"),
        ("2011年12月24日土曜日", "2011-12-24"),
        ("2018년 3월 22일 오후 4시", "2018-03-22"),
        ("２０１５年１０月３日", "2015-10-03"),
        ("2011年12月", "2011-12"),
    ])
    func aDateWrittenYearFirstWithItsUnitsIsRead(_ line: String, _ date: String) {
        #expect(MetadataReader.dates(in: line).map(\.date.description) == [date])
    }

    @Test func aYearWithItsUnitAloneOrAHistoricalNumberIsNoDate() {
        #expect(MetadataReader.dates(in: "2002年丹麦担任欧盟轮值主席国期间").isEmpty)
        #expect(MetadataReader.dates(in: "自1989年“六四”事件以来").isEmpty)
        #expect(MetadataReader.dates(in: "12018年2月3日").isEmpty)
    }

    /// A Chinese page is dated by its publication line, and an organization's Chinese name is found
    /// with the next word written right after it: "国际特赦组织丹麦分部在递交给首相的信中写道" names
    /// the Danish section before "在". Before, a letter between two Han characters joined the name to
    /// the words beside it, and the page named no organization.
    @Test func aChinesePageIsDatedAndNamesItsOrganization() throws {
        let corpus = DateAndNameFormsTests.corpus(
            IngestTests.corpus,
            organizations: IngestTests.corpus.organizations + [
                DateAndNameFormsTests.org(
                    "amnesty-dk", "Amnesty International Denmark", aliases: ["国际特赦组织丹麦分部"], url: "https://amnesty.dk")
            ])
        let d = try DateAndNameFormsTests().draft(
            """
            丹麦：首相访华前夕 人权组织致信首相

            作者：本网记者   发表时间：2004年2月20日

            国际特赦组织丹麦分部在递交给首相的信中写道，首相下周访问北京时应当提出人权问题，并要求释放被关押的人。

            信中说，2002年中国总理访问丹麦时，丹麦政府曾对中国人权状况的恶化表示关注，但是到现在为止，中国政府并没有做出任何改善。

            """, corpus: corpus)
        #expect(d.fields.date.description == "2004-02-20")
        #expect(d.fields.organizations == ["amnesty-dk"], "\(d.fields.organizations)")
    }

    /// A page that declares no language and writes a script only one language of the pages writes is
    /// in that language: Japanese by its kana (among its Chinese characters), Korean by its Hangul,
    /// Chinese by its characters alone, Thai, Greek. Before, such a page's draft named no language.
    /// Session 44, from set BB's Chinese and Japanese pages. Thai, like Chinese, sets no space between
    /// words: a paragraph of it counts a word for every `unspacedLettersPerWord` letters, and reads as
    /// prose; before, a page all in Thai gave no draft.
    @Test(arguments: [
        (
            "人権団体が政治囚の釈放を求める",
            "外相のミャンマー訪問を前に、人権団体は外相にあてた公開書簡を発表し、すべての政治囚を無条件で釈放するよう求めた。",
            "ja"
        ),
        (
            "인권단체 정치범 석방 촉구",
            "인권단체들은 정상회담을 앞두고 대통령에게 서한을 보내 모든 정치범의 석방을 요구해야 한다고 밝혔다.",
            "ko"
        ),
        (
            "人权组织呼吁释放被拘押的平民",
            "多个人权组织今天致信政府，要求在峰会之前释放所有被拘押的记者和维权人士，并允许独立观察员探视。",
            "zh"
        ),
        (
            "องค์กรสิทธิมนุษยชนเรียกร้องให้ปล่อยตัวนักโทษการเมือง",
            "องค์กรสิทธิมนุษยชนส่งจดหมายเปิดผนึกถึงนายกรัฐมนตรีก่อนการประชุมสุดยอด เพื่อเรียกร้องให้ปล่อยตัวนักโทษการเมืองทั้งหมดโดยไม่มีเงื่อนไข และให้ยุติการดำเนินคดีกับนักกิจกรรมที่ใช้เสรีภาพในการแสดงออกอย่างสงบ",
            "th"
        ),
        (
            "Οργανώσεις ζητούν την απελευθέρωση των κρατουμένων",
            "Οι οργανώσεις ανθρωπίνων δικαιωμάτων έστειλαν επιστολή στον πρωθυπουργό πριν από τη σύνοδο κορυφής και ζήτησαν την απελευθέρωση όλων των πολιτικών κρατουμένων χωρίς όρους.",
            "el"
        ),
    ])
    func aScriptOnlyOneLanguageWritesNamesThePagesLanguage(_ headline: String, _ paragraph: String, _ code: String)
        throws
    {
        let d = try draft("\(headline)\n\n\(paragraph)\n\n\(paragraph)\n")
        #expect(d.fields.language == code, "\(String(describing: d.fields.language))")
    }
}
