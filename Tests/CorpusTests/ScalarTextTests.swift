import Foundation
import Testing

@testable import Corpus

/// Lowercasing and trimming a scalar at a time give what the standard
/// library's `lowercased()` and Foundation's `trimmingCharacters(in:)` give,
/// on ASCII, accents, ligatures, special casings (İ, ẞ), Greek's final
/// sigma, Cyrillic, CJK, emoji, combining marks and every kind of space.
@Suite struct ScalarTextTests {
    static let samples = [
        "", "plain ascii", "MIXED Case 123", "“Curly” quotes — and dashes", "Ça, c’est ÉTÉ à Genève",
        "İSTANBUL ıi", "STRASSE ẞ straße", "ﬁ ﬂ Ǆ ǅ ǆ", "ΟΔΥΣΣΕΥΣ σοφός ΣΑΣ", "ПУТИН и МОСКВА", "Їжак ЄВРОПА ҐАНОК",
        "中国 北京 Ｆｕｌｌ", "emoji 👍🏽 Ok", "e\u{301}COLE A\u{308}", "\u{00A0}\u{2003} space \u{3000}\t",
        " \t\n lines \r\n", "\u{0085}next line\u{2028}", "(Human Watch’s,", " \u{301}combining after space ",
    ]

    @Test func lowercasingAScalarAtATimeIsLowercased() {
        for s in Self.samples {
            #expect(s.lowercasedByScalar() == s.lowercased(), "\(s)")
            #expect(s.dropFirst().lowercasedByScalar() == s.dropFirst().lowercased(), "\(s)")
        }
    }

    /// Every scalar the lowercase table holds lowercases as the standard library lowercases it,
    /// alone and between ASCII letters; the ones it does not hold (İ) still do.
    @Test func everyScalarOfTheLowercaseTableIsLowercasedAsTheStandardLibraryDoes() {
        var held = 0
        for value in LowercaseTable.first...LowercaseTable.last {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "z"
            #expect(text.lowercasedByScalar() == text.lowercased(), "U+\(String(value, radix: 16))")
            if LowercaseTable.lower(scalar) != nil { held += 1 }
        }
        // Nearly every scalar of the range has a one-scalar mapping (most map to themselves).
        #expect(held > 1_100)
        #expect(LowercaseTable.lower("İ") == nil)
        #expect(LowercaseTable.lower("Ж") == "ж")
        #expect(LowercaseTable.lower("中") == nil)
    }

    @Test func trimmingAScalarAtATimeIsFoundationsTrimming() {
        let punctuation = ",.;:“”\"()’' "
        for s in Self.samples {
            #expect(s.trimmingWhitespaceScalars() == s.trimmingCharacters(in: .whitespaces), "\(s)")
            #expect(
                s.trimmingWhitespaceAndNewlineScalars() == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s)")
            #expect(
                s.trimmingScalars(in: ScalarSets.of(punctuation))
                    == s.trimmingCharacters(in: CharacterSet(charactersIn: punctuation)), "\(s)")
        }
    }
}
