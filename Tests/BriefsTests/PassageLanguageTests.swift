import Foundation
import PDFTestSupport
import Testing
import Typesetting

@testable import Briefs

/// Cyrillic passages get their language: Ukrainian by its own letters,
/// Russian otherwise, so hyphenation and the tagged PDF's /Lang follow it.
@Suite struct PassageLanguageTests {
    let base = TextStyle(family: "serif", size: 10, language: "en-US")

    @Test func cyrillicWordsAreSplitFromTheirEnglishContextAndNamed() {
        let runs = PassageLanguage.mark([TextRun("Signed by Мемориал and others", style: base)])
        #expect(runs.map(\.text).joined() == "Signed by Мемориал and others")
        #expect(runs.map(\.style.language) == ["en-US", "ru", "en-US"])
        #expect(runs[1].text == "Мемориал ")
    }

    @Test func spacesDigitsAndPunctuationStayWithTheStretchBeforeThem() {
        let parts = PassageLanguage.segments("«Мемориал», 2024 — and “Київ” 🇺🇦 too")
        #expect(parts.map(\.0).joined() == "«Мемориал», 2024 — and “Київ” 🇺🇦 too")
        #expect(parts.map(\.0) == ["«Мемориал», 2024 — ", "and “", "Київ” ", "🇺🇦 too"], "a flag is not Cyrillic")
        #expect(parts.map(\.1) == [true, false, true, false])
    }

    @Test func textWithoutLettersIsOneStretch() {
        #expect(PassageLanguage.segments("2024 — 12, 13").map(\.0) == ["2024 — 12, 13"])
        #expect(PassageLanguage.segments("").isEmpty)
    }

    @Test func ukrainianLettersMakeAPassageUkrainian() {
        #expect(PassageLanguage.language(ofCyrillicIn: "Права людини мають бути в центрі") == "uk")
        #expect(PassageLanguage.language(ofCyrillicIn: "Права человека должны быть в центре") == "ru")
        #expect(PassageLanguage.language(ofCyrillicIn: "ҐРУНТ") == "uk", "capital ghe with upturn")
        let runs = PassageLanguage.mark([TextRun("Центр громадянських свобод вимагає звільнення", style: base)])
        #expect(runs.map(\.style.language) == ["uk"])
    }

    @Test func aUkrainianLetterInAnotherRunDecidesForTheParagraph() {
        let runs = PassageLanguage.mark([
            TextRun("Права людини ", style: base), TextRun("і свободи", style: base.with { $0.bold = true }),
        ])
        #expect(runs.map(\.style.language) == ["uk", "uk"])
    }

    @Test func aLanguageGivenByTheCorpusIsKept() {
        let runs = PassageLanguage.mark([TextRun("Заява", style: base.with { $0.language = "uk" })])
        #expect(runs.count == 1 && runs[0].style.language == "uk")
    }

    @Test func aBriefNamingAUkrainianOrganizationTagsItsName() throws {
        let dir = PDFInspector.temporaryDirectory() + "/corpus"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: dir)
        let orgs = dir + "/organizations.yaml"
        let text = try String(contentsOfFile: orgs, encoding: .utf8)
        #expect(text.contains("name: Amnesty International Ukraine"))
        // Amnesty International Ukraine, under its Ukrainian name.
        try text.replacingOccurrences(
            of: "name: Amnesty International Ukraine", with: "name: Міжнародна амністія в Україні"
        )
        .write(toFile: orgs, atomically: true, encoding: .utf8)
        let out = PDFInspector.temporaryDirectory() + "/uk.pdf"
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", dir, "-o", out])
        #expect(r.status == 0, "\(r.error)")
        #expect(PDFInspector(out).text.contains("Міжнародна амністія в Україні"))
        let content = PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", out, "-"]).output
        #expect(content.contains("/Lang (uk)"), "the Ukrainian name is marked as Ukrainian")
        #expect(!content.contains("/Lang (ru)"))
        let check = try #require(PDFUAChecker.check(out))
        #expect(check.errors == 0 && check.warnings == 0, "\(check.report)")
    }

    @Test func aDocumentsLanguageReachesThePDFForItsPassages() throws {
        let dir = PDFInspector.temporaryDirectory() + "/corpus"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: dir)
        let doc = dir + "/documents/2017-06-30-hrf-trump-putin-hamburg.md"
        let text = try String(contentsOfFile: doc, encoding: .utf8)
        // A French document: `language: fr` in its front matter, a French sentence in its body.
        try text.replacingOccurrences(
            of: "\nkind:", with: "\nlanguage: fr\nkind:", options: [], range: text.range(of: "\nkind:")
        )
        .replacingOccurrences(
            of: "\n---\n", with: "\n---\nLa libération des détenus est une exigence.\n\n", options: [],
            range: text.index(after: text.startIndex)..<text.endIndex
        )
        .write(toFile: doc, atomically: true, encoding: .utf8)
        let out = PDFInspector.temporaryDirectory() + "/fr.pdf"
        let r = BriefFixtures.cli(["generate", "--year", "2017", "--corpus", dir, "-o", out])
        #expect(r.status == 0, "\(r.error)")
        #expect(PDFInspector(out).text.contains("La libération des détenus"))
        let content = PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", out, "-"]).output
        #expect(content.contains("/Lang (fr)"), "the French document's passages are marked French")
        #expect(content.contains("/Lang (en-US)"), "the brief's own words keep its language")
    }
}
