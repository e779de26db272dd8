import Foundation
import PDFTestSupport
import Testing
import Typesetting

@testable import Briefs
@testable import Corpus

/// Wording, order and look change by editing a copy of the templates.
@Suite struct TemplateTests {
    func copyTemplates() throws -> String {
        let dir = PDFInspector.temporaryDirectory() + "/my-templates"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Templates", toPath: dir)
        return dir
    }

    /// A corpus's own `Templates/style.yaml` is used with the installed
    /// templates (the installed style beside them came first, so a corpus's
    /// style alone was never read, and a bad value in it went unreported).
    @Test func aCorpusStyleAloneIsUsedWithTheInstalledTemplates() throws {
        let own = PDFInspector.temporaryDirectory() + "/corpus-templates"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        try "page:\n  size: a4\n".write(toFile: own + "/style.yaml", atomically: true, encoding: .utf8)
        var resources = BriefFixtures.resources
        resources.corpusTemplates = own
        for kind in ["issue-brief", "meeting-brief", "annual-summary"] {
            let t = try BriefTemplate(nameOrPath: nil, default: kind, resources: resources)
            #expect(t.path.hasPrefix(BriefFixtures.root + "/Templates/"), "the installed template: \(t.path)")
            #expect(t.stylePath == own + "/style.yaml")
        }
        // A template beside its own style keeps it.
        let copy = try copyTemplates()
        let t = try BriefTemplate(
            nameOrPath: copy + "/issue-brief.mustache", default: "issue-brief", resources: resources)
        #expect(t.stylePath == copy + "/style.yaml")
    }

    /// A template past `longestTemplate` is refused before the Mustache
    /// library parses it in time that grows with the square of its length
    /// (25,000 sections on one line took 90 s of CPU).
    @Test func aHugeTemplateIsRefusedWithItsSize() throws {
        let path = PDFInspector.temporaryDirectory() + "/huge.mustache"
        try String(repeating: "{{#title}}x{{/title}}\n", count: 25_000).write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try BriefTemplate(nameOrPath: path, default: "issue-brief", resources: BriefFixtures.resources)
        } throws: { error in
            "\(error)".contains("a template is at most 64 KB")
        }
    }

    @Test func anEditedCopyChangesWordingAndOrder() throws {
        let dir = try copyTemplates()
        let path = dir + "/issue-brief.mustache"
        var t = try String(contentsOfFile: path, encoding: .utf8)
        t = t.replacingOccurrences(of: "**Made in one voice only**", with: "**Common ground**")
        // Sources first, matrix last.
        t = t.replacingOccurrences(of: "# Issue matrix", with: "# Sources first\n\n::sources\n\n# Issue matrix")
        try t.write(toFile: path, atomically: true, encoding: .utf8)
        var style = try String(contentsOfFile: dir + "/style.yaml", encoding: .utf8)
        style = style.replacingOccurrences(of: "size: letter", with: "size: a4")
        try style.write(toFile: dir + "/style.yaml", atomically: true, encoding: .utf8)

        let pdf = PDFInspector(try BriefFixtures.issueBrief("detainees", template: path))
        #expect(pdf.contains("Common ground"))
        #expect(!pdf.contains("Made in one voice only"))
        #expect(
            pdf.outline.map(\.title).firstIndex(of: "Sources first")! < pdf.outline.map(\.title).firstIndex(
                of: "Issue matrix")!)
        #expect(pdf.info["Page size"]?.contains("595.276 x 841.89") == true)
    }

    @Test func anUnknownDirectiveNamesTheTemplateAndTheChoices() throws {
        let dir = try copyTemplates()
        let path = dir + "/issue-brief.mustache"
        try (try String(contentsOfFile: path, encoding: .utf8) + "\n::matrx\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try BriefFixtures.issueBrief("detainees", template: path)
            Issue.record("no error")
        } catch let e as BriefError {
            #expect(e.description.contains("unknown directive '::matrx'; did you mean 'matrix'?"))
            #expect(e.description.hasPrefix(path))
        }
    }

    @Test func aBadStyleValueNamesItsLine() throws {
        let dir = try copyTemplates()
        var style = try String(contentsOfFile: dir + "/style.yaml", encoding: .utf8)
        style = style.replacingOccurrences(of: "accent: \"#1d3f66\"", with: "accent: blueish")
        try style.write(toFile: dir + "/style.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try BriefStyle.load(path: dir + "/style.yaml")
            Issue.record("no error")
        } catch let e as BriefError {
            #expect(e.description.contains("style.yaml:"))
            #expect(e.description.contains("'blueish' is not a colour"))
        }
    }

    @Test func aPartialStyleChangesOnlyWhatItSays() throws {
        // Defaults live in the shipped style.yaml alone; a style file need only hold its changes.
        let dir = PDFInspector.temporaryDirectory() + "/partial"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "page: {size: a4}\nheadings:\n  - {size: 16}\ncolors: {accent: \"#7a1f1f\"}\n"
            .write(toFile: dir + "/style.yaml", atomically: true, encoding: .utf8)
        let shipped = try BriefStyle.load(path: BriefFixtures.root + "/Templates/style.yaml")
        let partial = try BriefStyle.load(path: dir + "/style.yaml")
        #expect(partial.document.pageSize == PaperSize.a4.size)
        #expect(partial.document.headings[0].text.size == 16)
        #expect(partial.document.headings[0].text.family == shipped.document.headings[0].text.family)
        #expect(partial.document.headings.count == shipped.document.headings.count)
        #expect(partial.body == shipped.body && partial.document.margins == shipped.document.margins)
        #expect(partial.palette.accent == Color(hex: "#7a1f1f"))
    }

    @Test func insertedValuesAreEscapedForMarkdown() {
        let escape = MarkdownContentType().escapeText
        #expect(escape("a *b* [c]") == "a \\*b\\* \\[c\\]")
        #expect(escape("\\`*_[]<>#!|~") == "\\\\\\`\\*\\_\\[\\]\\<\\>\\#\\!\\|\\~")
        #expect(escape("Kyiv — «naïve» 北京") == "Kyiv — «naïve» 北京")
        // A value is one line of its Markdown; a carriage return with its line feed stays.
        #expect(escape("one\ntwo\r\nthree") == "one two\r\nthree")
        // A syntax character is escaped even when an accent combines with it.
        #expect(escape("*\u{301}x*") == "\\*\u{301}x\\*")
    }
}
