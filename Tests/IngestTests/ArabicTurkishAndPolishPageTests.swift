import Corpus
import Foundation
import Testing

@testable import Ingest

/// Arabic, Turkish and Polish pages (session 41): each language has its own table of cues
/// (`LanguageCues.arabic`, `.turkish`, `.polish`), so that their dates, their asks and their
/// language are read as every other language's are. Before, none had one: no ask of the
/// development set's eight Arabic and two Turkish pages was found, and a Polish letter of 2013 was
/// dated by its page's copyright year.
@Suite struct ArabicTurkishAndPolishPageTests {
    func draft(_ text: String) throws -> Draft { try IngestRulesTests().draft(text) }

    /// Arabic joins "and", "the" and prepositions to the next word; a word is looked up without them.
    @Test func anArabicWordIsReadWithoutTheSmallWordsJoinedToIt() {
        #expect(ArabicWords.readings("والإفراج").contains("افراج"), "and + the + release")
        #expect(ArabicWords.readings("بالضغط").contains("ضغط"), "by + the + pressing")
        #expect(ArabicWords.readings("للإفراج").contains("افراج"), "for the + release")
        #expect(ArabicWords.readings("وطالبت").contains("طالبت"), "and + she demanded")
        #expect(ArabicWords.readings("بإثارة").contains("اثاره"), "by + raising")
        // A word too short to hold a joined letter keeps its letters.
        #expect(ArabicWords.readings("وقف") == ["وقف"])
        #expect(ArabicWords.readings("بيت") == ["بيت"])
        // One stem for a word's plural and feminine forms, with or without the article.
        #expect(ArabicWords.stem("المعتقلين") == ArabicWords.stem("معتقلون"))
        #expect(ArabicWords.stem("حكومة") == ArabicWords.stem("الحكومات"))
        #expect(LanguageCues.meaning(of: "والإفراج") == [Words.stem("release")])
        #expect(LanguageCues.meaning(of: "العربية").isEmpty, "a word the table has not: no meaning")
    }

    /// A site may write Arabic's vowel signs and tatweel or leave them out: "حثّت" (urged, with its
    /// shadda) asks as "حثت" does, and "اقــرأ أيضاً" (read also, stretched) ends the text as "اقرأ أيضا".
    @Test func arabicVowelSignsAndTatweelChangeNoCue() {
        let cues = AskFinder.askCueTable.words(for: "ar")
        #expect(AskFinder.isAsk("حثّت منظمة العفو الدولية الاتحاد الأفريقي على ضمان احترام الحقوق.", cues: cues))
        #expect(AskFinder.isAsk("حثت منظمة العفو الدولية الاتحاد الأفريقي على ضمان احترام الحقوق.", cues: cues))
        #expect(!AskFinder.isAsk("قالت المنظمة إن الوضع تدهور خلال العام الماضي.", cues: cues))
        #expect(StatementText.isTerminator("اقــرأ أيضاً"))
        #expect(StatementText.isTerminator("اقرأ أيضا"))
    }

    /// The tables write each Arabic word as `ArabicWords.readings` reads a page's: plain alef, ha for
    /// ta marbuta, no article, so that the word is met as written and after the article. A key written
    /// otherwise would never be met.
    @Test func theArabicTablesWriteEachWordBare() {
        let keys =
            Array(LanguageCues.arabic.concepts.keys) + Array(LanguageCues.arabic.countries.keys)
            + Array(LanguageCues.arabic.nameForms.keys)
        for key in keys {
            let word = key.hasSuffix("*") ? String(key.dropLast()) : key
            #expect(ArabicWords.normalized(Substring(word)) == word, "\(key) is not normalized")
            #expect(ArabicWords.readings(Substring("ال" + word)).contains(word), "\(key) is not met after the article")
            #expect(word.count >= 3, "\(key) is too short to look up")
        }
    }

    /// An Arabic sentence and a Turkish one reach a demand the corpus knows by its English label only.
    @Test(arguments: [
        ("ar", "وطالبت المنظمة السلطات بالإفراج الفوري عن الصحفيين والناشطين المعتقلين بسبب عملهم."),
        (
            "tr",
            "Örgüt, çalışmaları nedeniyle tutuklanan gazetecilerin ve aktivistlerin derhal serbest bırakılmasını istedi."
        ),
    ])
    func aSentenceReachesADemandKnownByItsEnglishLabel(_ language: String, _ sentence: String) throws {
        let found = try DemandMatchingTests.labelOnlyMatch(
            sentence, demand: "release-journalists-activists",
            label: "Release the journalists and activists detained for their work")
        #expect(found == "release-journalists-activists", "\(language): \(String(describing: found))")
    }

    @Test func anArabicPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            منظمات حقوقية تطالب بالإفراج عن المدنيين

            نشر في 9 يوليو 2017

            دعت منظمات حقوق الإنسان الحكومات المشاركة في القمة إلى وضع قضية المحتجزين على جدول الأعمال، وقالت إن آلاف المدنيين ما زالوا محتجزين دون تهم.

            وطالبت المنظمة السلطات بالإفراج عن المدنيين الأوكرانيين المحتجزين دون تهم وضمان وصول مستقل إلى أماكن الاحتجاز.

            وبحسب المنظمات، لم يتحسن وضع المحتجزين خلال الأشهر الماضية، ولا تعرف العائلات شيئا عن ذويها.

            """)
        #expect(d.fields.language == "ar")
        #expect(d.fields.date.description == "2017-07-09")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    @Test func aTurkishPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            İnsan hakları örgütleri sivillerin serbest bırakılmasını istedi

            Ankara, 27 Nisan 2004

            İnsan hakları örgütleri bu hafta hükümete bir mektup gönderdi ve zirve öncesinde binlerce sivilin hâlâ suçlama olmadan tutulduğunu hatırlattı.

            Örgüt, tutuklu Ukraynalı sivillerin derhal ve koşulsuz olarak serbest bırakılmasını istedi.

            Örgütlere göre tutukluların durumu son aylarda düzelmedi ve aileler yakınlarından bir haber alamıyor.

            """)
        #expect(d.fields.language == "tr")
        #expect(d.fields.date.description == "2004-04-27")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    @Test func aPolishPageIsReadInItsOwnWords() throws {
        let d = try draft(
            """
            Organizacje wzywają do uwolnienia cywilów

            Warszawa, 20 listopada 2013

            Organizacje praw człowieka napisały list do rządu przed spotkaniem z prezydentem, aby przypomnieć, że tysiące cywilów jest przetrzymywanych bez zarzutów.

            Organizacja wzywa rząd do uwolnienia zatrzymanych ukraińskich cywilów oraz do zapewnienia niezależnego dostępu do miejsc zatrzymania.

            Według organizacji sytuacja zatrzymanych nie poprawiła się w ostatnich miesiącach, a rodziny nie mają żadnych wiadomości o swoich bliskich.

            © 2023 Przykładowy portal
            """)
        #expect(d.fields.language == "pl")
        #expect(d.fields.date.description == "2013-11-20")
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(d.fields.asks)")
    }

    /// A Turkish line is read for organizations' names in Turkish though its capital "İ" lowercases
    /// to two letters ("i̇"): before, such a line was skipped whole, and "İnsan Hakları İzleme
    /// Örgütü" (Human Rights Watch) or, beside "İdil Eser", "Uluslararası Af Örgütü" went unread.
    @Test func aTurkishLineWithACapitalDottedINamesItsOrganization() throws {
        let d = try draft(
            """
            Türkiye: gösterilerde polis şiddeti

            Ankara, 27 Nisan 2004

            İnsan Hakları İzleme Örgütü, İstanbul'daki gösterilere karşı aşırı güç kullanan polisler hakkında bağımsız soruşturma açılmasını istedi.

            Örgüt ayrıca hükümetin barışçıl toplanma hakkını güvence altına almasını ve keyfi yasaklara son vermesini talep etti.

            """)
        #expect(d.fields.organizations == ["hrw"], "\(d.fields.organizations)")
        let (lowered, origins) = MetadataReader.loweredWithOrigins("İdil Af")
        #expect(String(decoding: lowered, as: UTF8.self) == "i\u{307}dil af")
        #expect(origins?.last == "İdil Af".utf8.count)
        #expect(MetadataReader.loweredWithOrigins("Amnesty").origins == nil)
    }

    /// A page naming a movement by its own name and saying which national section speaks ("ووجه
    /// الفرع الإسباني للمنظمة رسالة", the Spanish branch sent a letter) is the section's, where the
    /// corpus has a section of that country: its site under the movement's ("es.amnesty.org"). Without
    /// the phrase, the page is the movement's. Session 44, from set BB's Arabic report of Amnesty
    /// Spain's letter.
    @Test func aMovementsNationalSectionNamedByItsCountryIsTheAuthor() throws {
        let corpus = DateAndNameFormsTests.corpus(
            IngestTests.corpus,
            organizations: IngestTests.corpus.organizations + [
                DateAndNameFormsTests.org(
                    "amnesty", "Amnesty International", aliases: ["منظمة العفو الدولية"], url: "https://www.amnesty.org"
                ),
                DateAndNameFormsTests.org(
                    "amnesty-es", "Amnistía Internacional España", url: "https://www.es.amnesty.org"),
            ])
        func page(_ sentence: String) -> String {
            """
            أمنستي تطالب الملك بإثارة ملف حقوق الإنسان

            المساء - 10 - 07 - 2031

            طالبت منظمة العفو الدولية الملك بإثارة قضايا انتهاكات حقوق الإنسان خلال زيارته المرتقبة إلى البلاد، وهي أول زيارة رسمية له إلى الخارج منذ اعتلائه العرش.

            \(sentence)

            """
        }
        let section = try DateAndNameFormsTests().draft(
            page(
                "ووجه الفرع الإسباني للمنظمة رسالة إلى الملك يدعوه فيها إلى أن يناقش ملف حقوق الإنسان والتقارير الدولية."
            ),
            corpus: corpus)
        #expect(section.fields.organizations == ["amnesty-es"], "\(section.fields.organizations)")
        let movement = try DateAndNameFormsTests().draft(
            page("ووجهت المنظمة رسالة إلى الملك تدعوه فيها إلى أن يناقش ملف حقوق الإنسان والتقارير الدولية."),
            corpus: corpus)
        #expect(movement.fields.organizations == ["amnesty"], "\(movement.fields.organizations)")
    }

    /// Persian writes the Arabic script with letters of its own ("گ", "پ", and "ی", "ک" where Arabic
    /// writes "ي", "ك"): a Persian page is Persian, not Arabic. Session 44.
    @Test func aPersianPageIsNotReadAsArabic() throws {
        let persian = try draft(
            """
            سازمان‌های حقوق بشری خواستار آزادی زندانیان سیاسی شدند

            سازمان‌های حقوق بشری در نامه‌ای به رئیس جمهور فرانسه پیش از دیدار با روحانی از او خواستند که مسئله حقوق بشر را مطرح کند و آزادی همه زندانیان سیاسی را بخواهد.

            این سازمان‌ها گفتند که وضعیت زندانیان سیاسی در ایران در ماه‌های گذشته بهتر نشده است و خانواده‌های آنان از سرنوشتشان خبر ندارند.

            """)
        #expect(persian.fields.language == "fa", "\(String(describing: persian.fields.language))")
        let arabic = try draft(
            """
            منظمات حقوقية تطالب بالإفراج عن المعتقلين السياسيين

            طالبت منظمات حقوق الإنسان في رسالة إلى الرئيس الفرنسي قبل لقائه بالرئيس الإيراني بإثارة قضية حقوق الإنسان والمطالبة بالإفراج عن جميع المعتقلين السياسيين.

            وقالت المنظمات إن وضع المعتقلين السياسيين لم يتحسن خلال الأشهر الماضية وإن عائلاتهم لا تعرف شيئا عن مصيرهم.

            """)
        #expect(arabic.fields.language == "ar", "\(String(describing: arabic.fields.language))")
    }
}
