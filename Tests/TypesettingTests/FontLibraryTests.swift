import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Fallback faces cost nothing until text needs them, and a bad fallback
/// file is still reported when the library is made.
@Suite struct FontLibraryTests {
    static let fonts = PDFInspector.repositoryRoot + "/Fonts"
    static let fallbacks = [
        "NotoNaskhArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansSymbols-Regular.ttf",
        "NotoSansSymbols2-Regular.ttf",
    ]

    func library(fallbacks: [String] = fallbacks) throws -> FontLibrary {
        try FontLibrary(directory: Self.fonts, families: ["serif": "NotoSerif"], fallbacks: fallbacks)
    }

    @Test func englishTextOpensNoFallbackFace() throws {
        let fonts = try library()
        let doc = try DocumentLayout(context: LayoutContext(fonts: fonts), style: Fixtures.style).layout(
            [.paragraph([TextRun("Rights — “quoted”, naïve, 1–2 × 3, café…", style: Fixtures.body)], ParagraphStyle())],
            metadata: DocumentMetadata(title: "English", date: Date(timeIntervalSince1970: 0)))
        try PDFWriter.write(doc, to: PDFInspector.temporaryDirectory() + "/english.pdf", fonts: fonts)
        #expect(fonts.uncovered(in: "Rights — “quoted”") == [])
        #expect(fonts.openedFallbacks == [])
    }

    @Test func aFallbackFaceOpensWhenACharacterNeedsIt() throws {
        let fonts = try library()
        let ctx = LayoutContext(fonts: fonts)
        _ = try DocumentLayout(context: ctx, style: Fixtures.style).layout(
            [.paragraph([TextRun("Rights (حقوق).", style: Fixtures.body)], ParagraphStyle())],
            metadata: DocumentMetadata(title: "Arabic", date: Date(timeIntervalSince1970: 0)))
        // Arabic is the first fallback: Hebrew and the symbols were never asked.
        #expect(fonts.openedFallbacks == [Self.fonts + "/NotoNaskhArabic-Regular.ttf"])
        #expect(fonts.uncovered(in: "⛔") == [])
        #expect(fonts.openedFallbacks.count == 4)
    }

    /// The common arrows ("→", as a statement writes "Ostturkistan → Xinjiang") are in Noto Sans
    /// Symbols, not in the text faces nor in Noto Sans Symbols 2: the style's fallbacks show them.
    @Test func theCommonArrowsHaveAFallbackFace() throws {
        let fonts = try library()
        #expect(fonts.uncovered(in: "A → B ← C ↔ D") == [])
        #expect(fonts.openedFallbacks.contains(Self.fonts + "/NotoSansSymbols-Regular.ttf"), "\(fonts.openedFallbacks)")
        let without = try library(fallbacks: Self.fallbacks.filter { $0 != "NotoSansSymbols-Regular.ttf" })
        #expect(!without.uncovered(in: "A → B").isEmpty)
    }

    @Test func aMissingOrForeignFallbackFileIsReportedWhenTheLibraryIsMade() throws {
        #expect(throws: TypesettingError.self) { try library(fallbacks: ["NoSuchFont-Regular.ttf"]) }
        do {
            _ = try library(fallbacks: ["OFL.txt"])
            Issue.record("a licence text was accepted as a fallback font")
        } catch let TypesettingError.fontUnreadable(path, reason) {
            #expect(path.hasSuffix("/OFL.txt"))
            #expect(reason == "not an OpenType/TrueType font")
        }
    }
}
