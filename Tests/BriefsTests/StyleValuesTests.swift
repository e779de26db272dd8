import Foundation
import PDFTestSupport
import Testing
@testable import Briefs
@testable import Typesetting

/// Every value of the look lives in `style.yaml`, including the line
/// breaker's and the page breaker's parameters: a style file changes them
/// and a bad one is refused at its line.
@Suite struct StyleValuesTests {
    static func style(_ yaml: String) throws -> BriefStyle {
        let path = PDFInspector.temporaryDirectory() + "/style.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return try BriefStyle.load(path: path)
    }

    @Test func theShippedStyleCarriesTheEnginesDefaults() throws {
        let s = try BriefStyle.load(path: BriefFixtures.resources.templates + "/style.yaml")
        #expect(s.lineBreaking == LineBreakingParameters())
        #expect(s.document.keeps == KeepRules())
        #expect(s.document.spacing == BlockSpacing())
    }

    @Test func aStyleFileSetsLineBreakingKeepsAndSpacing() throws {
        let s = try Self.style("""
        line-breaking: {hyphen-penalty: 50, tolerance: 400, space-stretch: 0.5}
        keep: {short-table-rows: 10, minimum-page-fill: 0.7}
        spacing: {around-quote: 9}
        """)
        #expect(s.lineBreaking.hyphenPenalty == 50 && s.lineBreaking.tolerance == 400 && s.lineBreaking.spaceStretch == 0.5)
        #expect(s.lineBreaking.spaceShrink == LineBreakingParameters().spaceShrink, "unchanged keys keep the shipped value")
        #expect(s.document.keeps.shortTableRows == 10 && s.document.keeps.minimumPageFill == 0.7)
        #expect(s.document.spacing.aroundQuote == 9)
    }

    @Test func anOutOfRangeValueIsRefusedAtItsLine() throws {
        for (yaml, phrase) in [("keep:\n  rows-at-table-break: 0\n", "'rows-at-table-break' must be between 1 and 50, not 0"),
                               ("line-breaking:\n  space-shrink: 1.5\n", "'space-shrink' must be between 0 and 0.99, not 1.5"),
                               ("keep:\n  short-table-rows: 2.5\n", "'short-table-rows' must be a whole number")] {
            do {
                _ = try Self.style(yaml)
                Issue.record("accepted: \(yaml)")
            } catch let e as BriefError {
                let text = "\(e)"
                #expect(text.contains(phrase), "\(text)")
                #expect(text.contains("style.yaml:2"), "located at the value's line: \(text)")
            }
        }
    }
}
