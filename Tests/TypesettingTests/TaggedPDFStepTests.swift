import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// The tagged-PDF step's guards: it runs only after a cairo it is written
/// for, and writes offsets of any size whole.
@Suite struct TaggedPDFStepTests {
    /// cairo_version() encodes major × 10000 + minor × 100 + micro.
    @Test func onlyCairo116IsAccepted() {
        #expect(CairoCompatibility.isSupported(11600))
        #expect(CairoCompatibility.isSupported(11602), "a bug-fix release of 1.16")
        for refused in [11402, 11510, 11512, 11700, 11706, 11800, 11802, 20000, 1160] {
            #expect(
                !CairoCompatibility.isSupported(refused), "cairo \(CairoCompatibility.versionText(refused)) is accepted"
            )
        }
        #expect(CairoCompatibility.versionText(11800) == "1.18.0")
    }

    @Test func anotherCairoIsRefusedWithTheVersionAndWhatToDo() {
        #expect(throws: TypesettingError.unsupportedCairo(found: "1.18.0", supported: "1.16.x")) {
            try CairoCompatibility.check(version: 11800)
        }
        let message = TypesettingError.unsupportedCairo(found: "1.18.0", supported: "1.16.x").description
        #expect(
            message.contains("cairo 1.18.0 is not supported") && message.contains("Install cairo 1.16.x"), "\(message)")
    }

    /// The cairo these tests run with is the one the step is written for
    /// (else every PDF test would fail with the message above).
    @Test func theCairoHereIsAccepted() throws {
        try CairoCompatibility.check()
        let r = PDFInspector.run(["pkg-config", "--modversion", "cairo"])
        if r.status == 0 { #expect(r.output.hasPrefix("1.16."), "built against cairo \(r.output)") }
    }

    /// The cross-reference stream's offset field (/W [1 w 2]) grows with
    /// the file: 4 bytes up to 4 GiB − 1, one more for each further factor of 256.
    @Test func offsetsPast4GiBGetAWiderField() {
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 0) == 4)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 89_545) == 4)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 0xFFFF_FFFF) == 4)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 0x1_0000_0000) == 5)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 0xFF_FFFF_FFFF) == 5)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: 0x100_0000_0000) == 6)
        #expect(TaggedPDF.crossReferenceOffsetWidth(largest: UInt64.max) == 8)
    }

    @Test func aFileUnder4GiBKeepsItsFourByteOffsets() throws {
        let (path, _) = try Fixtures.render([
            .paragraph([TextRun("Offsets.", style: Fixtures.body)], ParagraphStyle(alignment: .left))
        ])
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
        let raw = try String(contentsOfFile: path, encoding: .isoLatin1)
        #expect(raw.contains("/Type/XRef") && raw.contains("/W [1 4 2]"))
    }
}
