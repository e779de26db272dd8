import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// The cross-reference stream: it writes offsets of any size whole.
@Suite struct CrossReferenceStreamTests {
    /// The cross-reference stream's offset field (/W [1 w 2]) grows with
    /// the file: 4 bytes up to 4 GiB − 1, one more for each further factor of 256.
    @Test func offsetsPast4GiBGetAWiderField() {
        #expect(ObjectWriter.offsetWidth(largest: 0) == 4)
        #expect(ObjectWriter.offsetWidth(largest: 89_545) == 4)
        #expect(ObjectWriter.offsetWidth(largest: 0xFFFF_FFFF) == 4)
        #expect(ObjectWriter.offsetWidth(largest: 0x1_0000_0000) == 5)
        #expect(ObjectWriter.offsetWidth(largest: 0xFF_FFFF_FFFF) == 5)
        #expect(ObjectWriter.offsetWidth(largest: 0x100_0000_0000) == 6)
        #expect(ObjectWriter.offsetWidth(largest: UInt64.max) == 8)
    }

    @Test func aFileUnder4GiBKeepsItsFourByteOffsets() throws {
        let (path, _) = try Fixtures.render([
            .paragraph([TextRun("Offsets.", style: Fixtures.body)], ParagraphStyle(alignment: .left))
        ])
        #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0)
        let raw = try String(contentsOfFile: path, encoding: .isoLatin1)
        #expect(raw.contains("/Type/XRef") && raw.contains("/W[1 4 2]"))
    }
}
