import Foundation
import Testing

@testable import WebApp

/// The search index folds text a word at a time (ASCII words byte by byte);
/// what it finds must be what folding the whole text finds.
@Suite struct SearchFoldingTests {
    static let texts = [
        "Réfugiés DÉTENUS à Genève", "The U.S. Secretary’s “Moscow” visit, 12 April 2017",
        "Освободить ПОЛИТЗАКЛЮЧЁННЫХ", "Straße ÄRGER İstanbul ǅemal", "e\u{301}te\u{301} CAFE\u{301}",
        "tabs\tand\r\nlines\n\n  double  spaces ", "ŒUVRE Ærø Øresund ﬁne ½", "", "   ", "مرحبا עברית 中文 ＡＢＣ",
    ]

    @Test(arguments: texts)
    func foldingAWordAtATimeIsFoldingTheWholeText(_ text: String) {
        #expect(
            SearchIndex.fold(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }

    @Test func aQueryFindsItsWordsWhateverTheirCaseAndAccents() {
        #expect(SearchIndex.terms("Réfugiés GENÈVE") == [Array("refugies".utf8), Array("geneve".utf8)])
    }
}
