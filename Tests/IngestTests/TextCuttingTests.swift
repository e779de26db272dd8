import Foundation
import Testing

@testable import Ingest

/// How ingest cuts a page into lines and words. Words are runs of characters that are letters
/// or numbers; reading them a scalar (or a byte) at a time is a shortcut that must give exactly
/// the runs the rule gives.
@Suite struct TextCuttingTests {
    static let samples = [
        "", "plain ascii words", "The U.S. and COP29, “today”", "Ça, c’est ÉTÉ à Genève — 14 juillet",
        "ПУТИН и МОСКВА: «свободу»", "Їжак ЄВРОПА ҐАНОК", "中国 北京 Ｆｕｌｌ ２０２５", "١٢ سبتمبر ٢٠٢٤",
        "e\u{301}cole A\u{308}rger", " \u{301}after a space", "emoji 👍🏽 ok 🇺🇦 flag", "한국 \u{1100}\u{1161}\u{11A8}",
        "zero\u{200D}joiner", "\u{0600}12 prepended", "Ⅻ roman ½ half ²", "tab\tand\r\nlines",
    ]

    @Test func wordsReadAScalarAtATimeAreTheWordsReadByCharacter() {
        for text in Self.samples {
            let lower = text.lowercasedByScalar()
            #expect(Words.of(text) == Words.byCharacters(lower), "\(text)")
        }
    }

    @Test func aCombiningMarkStaysInsideItsWord() {
        #expect(Words.of("e\u{301}cole") == ["e\u{301}cole"])
        #expect(Words.of("A\u{308}rger über") == ["a\u{308}rger", "über"])
    }

    @Test func everyDevelopmentPageGivesTheSameWordsBothWays() throws {
        let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet/pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { !$0.hasSuffix(".pdf") }
        #expect(names.count > 80)
        for name in names {
            let text = String(decoding: try Data(contentsOf: pages.appendingPathComponent(name)), as: UTF8.self)
            for line in text.split(separator: "\n") {
                let lower = String(line).lowercasedByScalar()
                #expect(Words.of(String(line)) == Words.byCharacters(lower), "\(name): \(line)")
            }
        }
    }

    @Test func aDateWordIsCleanedAlikeByBytesAndByCharacters() {
        for word in [
            "(June,", "28.", "1er", "AUGUST)", "l'été", "juillet", "«июня»", "o'clock", "2018)", "[May]", "@x_y`",
        ] {
            let byCharacters = String(
                word.lowercasedByScalar().filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "ʼ" })
            #expect(MetadataReader.cleanWord(Substring(word)) == byCharacters, "\(word)")
        }
        #expect(MetadataReader.cleanWord("(June,") == "june")
    }

    @Test func aPagesLinesEndAtEachLineFeedWithOrWithoutACarriageReturn() {
        #expect(PageText.lines("one\r\ntwo\nthree") == ["one", "two", "three"])
        #expect(PageText.lines("a\n\nb\n") == ["a", "", "b", ""], "empty lines are kept")
        #expect(PageText.lines("lone\rreturn\r") == ["lone\rreturn\r"], "a carriage return alone ends no line")
        #expect(PageText.lines("é\r\n中\n") == ["é", "中", ""])
        #expect(PageText.lines("") == [""])
    }
}
