import Foundation
import Testing
import Typesetting

@testable import Corpus

/// Nesting and repetition in a document body, generated at the sizes that
/// once crashed or stalled: the parse keeps the text, cuts the tree at
/// `Markdown.deepestNesting` and says so.
@Suite struct DeepInputTests {
    /// The deepest chain of containers in a parsed tree, counted without recursion.
    static func depth(_ blocks: [MarkdownBlock]) -> Int {
        var deepest = 0
        var stack: [(MarkdownBlock, Int)] = blocks.map { ($0, 1) }
        while let (b, d) = stack.popLast() {
            deepest = max(deepest, d)
            switch b {
            case .blockQuote(let inner): stack += inner.map { ($0, d + 1) }
            case .list(_, _, let items): stack += items.flatMap { $0.map { ($0, d + 1) } }
            default: break
            }
        }
        return deepest
    }

    @Test(arguments: ["> ", "- ", "1. "])
    func fiftyThousandNestedContainersKeepTheirTextAtTheDeepestLevel(marker: String) {
        let body = String(repeating: marker, count: 50_000) + "the deepest words\n\nAfter.\n"
        let (blocks, notes) = Markdown.parseNoting(body)
        #expect(Self.depth(blocks) <= Markdown.deepestNesting + 1)
        let text = blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("the deepest words") && text.contains("After."), "\(text.suffix(100))")
        #expect(notes.flattenedLines == [1])
    }

    /// Emphasis nested 5,000 deep keeps its innermost words, and the reader says it flattened it.
    @Test func deepEmphasisKeepsItsTextAndIsReported() {
        let body = String(repeating: "*a ", count: 5_000) + "core" + String(repeating: " a*", count: 5_000) + "\n"
        let (blocks, notes) = Markdown.parseNoting(body)
        #expect(blocks.map(\.plainText).joined().contains("core"))
        #expect(notes.flattenedLines == [1], "nesting past \(Markdown.deepestNesting) levels is reported")
    }

    @Test func aDeepDocumentPassesCheckWithOneLocatedWarning() throws {
        let doc =
            "---\ntitle: Deep\norganizations: [hrw]\ndate: 2025\nkind: letter\n---\nFirst.\n\n"
            + String(repeating: "> ", count: 50_000) + "deep\n"
        let d = try FixtureCorpus().with("documents/deep.md", doc).diagnostics()
        #expect(
            d.filter { $0.contains("deep.md") } == [
                "documents/deep.md:9:1: warning: lists, quotes or emphasis nested more than 32 levels deep: the deeper ones are set at that level, their text kept"
            ], "\(d)")
    }

    @Test func inlineHTMLIsWarnedLikeBlockHTML() throws {
        let doc =
            "---\ntitle: Inline\norganizations: [hrw]\ndate: 2025\nkind: letter\n---\nText <script>alert(1)</script> here.\n\n"
            + "A <a href=\"javascript:alert(1)\">link</a>.\n"
        let d = try FixtureCorpus().with("documents/inline.md", doc).diagnostics().filter { $0.contains("inline.md") }
        #expect(
            d == [
                "documents/inline.md:7:1: warning: inline HTML in the body: its tags (and any script or link in them) are dropped; write it as Markdown",
                "documents/inline.md:9:1: warning: inline HTML in the body: its tags (and any script or link in them) are dropped; write it as Markdown",
            ], "\(d)")
    }

    @Test func fiftyThousandUnclosedCommentOpeningsAreText() {
        let html = "<div>" + String(repeating: "<!-- ", count: 50_000) + "end"
        let text = HTMLText.strip(html)
        #expect(text.hasSuffix("<!-- end") && text.hasPrefix("<!-- <!--"))
        #expect(HTMLText.strip("<p>a</p><b>b") == "a b")
    }

    @Test func aLetterWithMoreThanThirtyMarksIsWarnedAtItsLine() throws {
        let doc =
            "---\ntitle: Marks\norganizations: [hrw]\ndate: 2025\nkind: letter\n---\nFirst.\n\nText a"
            + String(repeating: "\u{0301}", count: 150_000) + " end.\n"
        let d = try FixtureCorpus().with("documents/marks.md", doc).diagnostics().filter { $0.contains("marks.md") }
        #expect(
            d == [
                "documents/marks.md:9:1: warning: a letter here carries more than 30 combining marks: a brief sets the first 30; remove the rest"
            ], "\(d)")
        #expect(CombiningMarkRuns.firstLongRun(in: "Việt Nam") == nil)
    }
}
