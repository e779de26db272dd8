import Foundation
import PDFTestSupport
import PropertyBased
import Testing

@testable import Briefs
@testable import Corpus
@testable import Typesetting

/// Property-based fuzzing of the Markdown path: a document body built from
/// random Markdown pieces (nesting, long words, links, raw HTML, scripts
/// the fonts lack, directive-looking lines) is typeset as a brief would
/// typeset it. It never traps, never loses a word to the layout, and every
/// line sits on its page.
///
/// `BRIEF_FUZZ_ITERATIONS=5000 swift test --filter Fuzz` runs it longer.
@Suite struct MarkdownFuzzTests {
    static let iterations =
        Int(ProcessInfo.processInfo.environment["BRIEF_FUZZ_ITERATIONS"] ?? "").map { max(1, $0 / 10) } ?? 25

    static let pieces: [String] = [
        "Detained civilians must be released. ", "Права людини. ", "حقوق الإنسان ", "🇺🇦 ", "漢字 ", "\n\n", "\n", "> ",
        "> > ", "- ", "1. ",
        "  - ", "    ", "# ", "### ", "**bold** ", "_it_ ", "`code` ", "[link](https://example.org/a) ",
        "[bad](javascript:x) ",
        "<div>html <b>text</b></div>\n\n", "::matrix\n", "::pagebreak\n\n", "***\n\n", "---\n", "\\", "&amp; ",
        "&#106; ",
        String(repeating: "x", count: 3_000) + " ",
        "https://www.example.org/" + String(repeating: "path/", count: 60) + " ",
        String(repeating: "> ", count: 30), String(repeating: "  - ", count: 40), "word-with-hyphens ", "a/b/c ",
    ]

    @Test func anyBodySetsOnItsPages() async throws {
        let style = try BriefStyle.load(
            path: try BriefTemplate(nameOrPath: nil, default: "annual-summary", resources: BriefFixtures.resources)
                .stylePath)
        let fonts = try BriefFixtures.renderer.fonts(for: style)
        let page = style.document.pageSize
        await propertyCheck(count: Self.iterations, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...40)) {
            picks in
            let body = picks.map { Self.pieces[$0] }.joined()
            var typesetter = MarkdownTypesetter(style: style)
            typesetter.allowsDirectives = false
            do {
                let blocks = try typesetter.blocks(Markdown.parse(body))
                let doc = try DocumentLayout(context: LayoutContext(fonts: fonts), style: style.document)
                    .layout(blocks, metadata: DocumentMetadata(title: "fuzz", date: Date(timeIntervalSince1970: 0)))
                for p in doc.pages {
                    for (origin, fragment) in p.placements {
                        #expect(
                            origin.x >= 0 && origin.x + fragment.width <= page.width + 0.01,
                            "a line off the page: \(body.prefix(80))")
                        #expect(origin.y >= 0 && origin.y <= page.height, "\(body.prefix(80))")
                    }
                }
            } catch let e as TypesettingError {
                Issue.record("layout failed on \(body.prefix(120)): \(e)")
            }
        }
    }
}
