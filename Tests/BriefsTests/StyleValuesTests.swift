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
        let s = try Self.style(
            """
            line-breaking: {hyphen-penalty: 50, tolerance: 400, space-stretch: 0.5}
            keep: {short-table-rows: 10, minimum-page-fill: 0.7}
            spacing: {around-quote: 9}
            """)
        #expect(
            s.lineBreaking.hyphenPenalty == 50 && s.lineBreaking.tolerance == 400 && s.lineBreaking.spaceStretch == 0.5)
        #expect(
            s.lineBreaking.spaceShrink == LineBreakingParameters().spaceShrink, "unchanged keys keep the shipped value")
        #expect(s.document.keeps.shortTableRows == 10 && s.document.keeps.minimumPageFill == 0.7)
        #expect(s.document.spacing.aroundQuote == 9)
    }

    /// Each style is refused with a message holding `phrase` and the value's line (line 2 of the file).
    static func expectRefused(_ cases: [(yaml: String, phrase: String)]) {
        for (yaml, phrase) in cases {
            do {
                _ = try style(yaml)
                Issue.record("accepted: \(yaml)")
            } catch {
                let text = "\(error)"
                #expect(text.contains(phrase), "\(text)")
                #expect(text.contains("style.yaml:2"), "located at the value's line: \(text)")
            }
        }
    }

    @Test func anOutOfRangeValueIsRefusedAtItsLine() throws {
        Self.expectRefused([
            ("keep:\n  rows-at-table-break: 0\n", "'rows-at-table-break' must be between 1 and 50, not 0"),
            ("line-breaking:\n  space-shrink: 1.5\n", "'space-shrink' must be between 0 and 0.99, not 1.5"),
            ("keep:\n  short-table-rows: 2.5\n", "'short-table-rows' must be a whole number"),
        ])
    }

    @Test func aStyleFileSetsTheBriefsTablesAndParagraphs() throws {
        let s = try Self.style(
            """
            tables: {matrix: {row-rule: 0, stripes: true, padding: {vertical: 5}}}
            paragraphs: {matrix-cell: {align: right}, source-entry: {space-after: 9, hyphenate: true}}
            body-spacing: {list-item: 5}
            figure-caption: {size: 9}
            """)
        #expect(s.bodySpacing.listItem == 5 && s.figureCaption.size == 9)
        #expect(s.tables.matrix.rowRuleWidth == 0 && s.tables.matrix.stripe == s.palette.stripe)
        #expect(
            s.tables.matrix.padding.top == 5 && s.tables.matrix.padding.left == 4,
            "unchanged keys keep the shipped value")
        #expect(s.paragraphs.matrixCell.alignment == .right && s.paragraphs.matrixCell.leading == 1.2)
        #expect(s.paragraphs.sourceEntry.spaceAfter == 9 && s.paragraphs.sourceEntry.hyphenate)
    }

    @Test func aBadTableOrParagraphValueIsRefusedAtItsLine() throws {
        Self.expectRefused([
            ("paragraphs:\n  matrix-cell: {align: middle}\n", "align 'middle' is not left, right, center or justified"),
            ("tables:\n  listing: {frame-rule: 9}\n", "'frame-rule' is 9 pt; it must be from 0 to 3 pt"),
        ])
    }

    /// Swift holds no style values: the briefs take every table and
    /// paragraph style from `BriefStyle` (read from `style.yaml`), so a
    /// literal one in the brief code is a value the style file cannot reach.
    @Test func theBriefCodeBuildsNoTableOrParagraphStyleOfItsOwn() throws {
        let sources = PDFInspector.repositoryRoot + "/Sources/Briefs"
        let reader = PDFInspector.repositoryRoot + "/Sources/Briefs/Rendering/BriefStyle.swift"
        var offenders: [String] = []
        for case let file as String in FileManager.default.enumerator(atPath: sources)! where file.hasSuffix(".swift") {
            let path = sources + "/" + file
            guard path != reader else { continue }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("TableStyle(") || line.contains("ParagraphStyle(") {
                offenders.append("\(file):\(n + 1)")
            }
        }
        #expect(offenders.isEmpty, "style values written in Swift: \(offenders)")
    }
}
