import Corpus
import Foundation
import Testing

@testable import Ingest

/// Swedish, Danish and Norwegian pages (session 42, from set AY's four): each has its own table of
/// cues (`LanguageCues.swedish`, `.danish`, `.norwegian`), so that their dates, asks and language are
/// read as every other language's are. Before, none had one.
@Suite struct ScandinavianPageTests {
    func draft(_ text: String) throws -> Draft { try IngestRulesTests().draft(text) }

    @Test(arguments: [
        (
            "sv", "Stockholm, 8 juni 2017",
            "Organisationen uppmanar regeringen att omedelbart frisläppa de fängslade ukrainska civila.",
            "Enligt organisationerna har läget för de gripna inte förbättrats, och familjerna vet inte var de hålls.",
            "2017-06-08"
        ),
        (
            "da", "København, 8. juni 2017",
            "Organisationen opfordrer regeringen til straks at løslade de fængslede ukrainske civile.",
            "Ifølge organisationerne er situationen for de anholdte ikke blevet bedre, og familierne ved ikke, hvor de er.",
            "2017-06-08"
        ),
        (
            "nb", "Oslo, 8. juni 2017",
            "Organisasjonen oppfordrer regjeringen til straks å løslate de fengslede ukrainske sivile.",
            "Ifølge organisasjonene har situasjonen for de arresterte ikke blitt bedre, og familiene vet ikke hvor de er.",
            "2017-06-08"
        ),
    ])
    func aScandinavianPageIsReadInItsOwnWords(
        _ code: String, _ dateline: String, _ ask: String, _ prose: String, _ date: String
    ) throws {
        let headline = "Organisationer kräver frigivning av civila"
        let d = try draft("\(headline)\n\n\(dateline)\n\n\(ask)\n\n\(prose)\n\n\(prose)\n")
        #expect(d.fields.language == code, "\(String(describing: d.fields.language))")
        #expect(d.fields.date.description == date)
        #expect(d.fields.asks.contains { $0.demand == "release-civilians" }, "\(code): \(d.fields.asks)")
    }
}
