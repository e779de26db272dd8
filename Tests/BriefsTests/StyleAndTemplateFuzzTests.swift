import Foundation
import PDFTestSupport
import PropertyBased
import Testing

@testable import Briefs
@testable import Corpus
@testable import Typesetting

/// Property-based fuzzing of what a template author writes: style values
/// (margins, sizes, leading, spacing, indents — zero, negative, huge, not
/// numbers) and Mustache templates assembled from random tags, sections and
/// directives. A style either loads and lays out text without trapping, or
/// is refused with a message naming its line; a template either renders an
/// issue brief or is refused with a located sentence, never a Swift dump.
///
/// `BRIEF_FUZZ_ITERATIONS=2000 swift test --filter StyleAndTemplateFuzz` runs it longer.
@Suite struct StyleAndTemplateFuzzTests {
    static let iterations =
        Int(ProcessInfo.processInfo.environment["BRIEF_FUZZ_ITERATIONS"] ?? "").map { max(1, $0 / 10) } ?? 20

    static let values = [
        "0", "-5", "1", "4", "10", "36", "72", "100", "280", "1000", "1e9", "0.5", "nan", "abc", "\"12\"", "[1, 2]",
        "1.38",
    ]
    static let keys = [
        "page.margins.left", "page.margins.right", "page.margins.top", "page.margins.bottom", "body.size",
        "body.leading",
        "body.space-after", "quote.indent", "lists.indent", "small.size", "header.offset", "footer.offset",
    ]

    static func yaml(_ settings: [(Int, Int)]) -> String {
        var tree: [String: [String: String]] = [:]  // "page.margins" → key → value
        for (k, v) in settings {
            let path = keys[k % keys.count].split(separator: ".").map(String.init)
            tree[path.dropLast().joined(separator: "."), default: [:]][path.last!] = values[v % values.count]
        }
        var out = ""
        for (section, fields) in tree.sorted(by: { $0.key < $1.key }) {
            let body = "{" + fields.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
            if section == "page.margins" {
                out += "page:\n  margins: \(body)\n"
            } else {
                out += "\(section): \(body)\n"
            }
        }
        return out
    }

    @Test func anyStyleLoadsAndLaysOutOrNamesItsLine() async throws {
        let dir = PDFInspector.temporaryDirectory() + "/style"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fonts = try BriefFixtures.renderer.fonts(
            for: try BriefStyle.load(path: BriefFixtures.root + "/Templates/style.yaml"))
        await propertyCheck(
            count: Self.iterations, input: zip(Gen.int(in: 0...100), Gen.int(in: 0...100)).array(of: 1...6)
        ) { settings in
            let yaml = Self.yaml(settings)
            try? yaml.write(toFile: dir + "/style.yaml", atomically: true, encoding: .utf8)
            do {
                let style = try BriefStyle.load(path: dir + "/style.yaml")
                let blocks: [Block] = [
                    .heading(Heading(level: 1, runs: [TextRun("Heading", style: style.body)], anchor: "h")),
                    .paragraph(
                        [TextRun("Detained civilians must be released without delay. ", style: style.body)],
                        style.paragraph),
                    .quote(
                        [.paragraph([TextRun("A quotation.", style: style.quote)], style.paragraph)], attribution: nil),
                ]
                let doc = try DocumentLayout(context: LayoutContext(fonts: fonts), style: style.document)
                    .layout(blocks, metadata: DocumentMetadata(title: "fuzz", date: Date(timeIntervalSince1970: 0)))
                #expect(!doc.pages.isEmpty)
            } catch let e as BriefError {
                #expect(e.description.contains("style.yaml:"), "\(e.description) for \(yaml)")
                #expect(!e.description.contains("Yams") || e.description.contains("malformed YAML"), "\(e.description)")
            } catch let e as TypesettingError {
                Issue.record("a loaded style failed in layout: \(e) for \(yaml)")
            } catch {
                Issue.record("unexpected \(error) for \(yaml)")
            }
        }
    }

    static let templatePieces = [
        "# {{title}}\n\n", "{{#organizations}}", "{{/organizations}}", "{{^organizations}}", "{{name}}", "{{{raw}}}",
        "{{", "}}",
        "{{/nothing}}", "{{#a}}", "{{/a}}", "{{! comment }}", "::title\n\n", "::matrix\n\n", "::timeline\n\n",
        "::nope\n\n",
        "::pagebreak\n\n", "::contents\n\n", "Text line.\n", "\n\n", "> quote\n", "- item\n", "{{=<% %>=}}",
        "<% name %>",
        String(repeating: "{{#s}}", count: 70), String(repeating: "{{/s}}", count: 70),
    ]

    @Test func anyTemplateRendersOrIsALocatedSentence() async throws {
        let dir = PDFInspector.temporaryDirectory() + "/template"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let brief = try IssueBrief(corpus: BriefFixtures.corpus, issue: "detainees")
        let style = try BriefStyle.load(path: BriefFixtures.root + "/Templates/style.yaml")
        await propertyCheck(
            count: Self.iterations, input: Gen.int(in: 0...(Self.templatePieces.count - 1)).array(of: 1...25)
        ) { picks in
            let text = picks.map { Self.templatePieces[$0] }.joined()
            let path = dir + "/t.mustache"
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            do {
                let t = try BriefTemplate(nameOrPath: path, default: "issue-brief", resources: BriefFixtures.resources)
                try BriefFixtures.renderer.render(brief, template: t, style: style, to: dir + "/t.pdf", creator: "fuzz")
            } catch let e as BriefError {
                #expect(e.description.hasPrefix(path), "\(e.description) for \(text.prefix(120))")
                #expect(
                    !e.description.contains("ParserError") && !e.description.contains("MustacheParserContext"),
                    "\(e.description)")
            } catch {
                Issue.record("unexpected \(error) for \(text.prefix(120))")
            }
        }
    }
}
