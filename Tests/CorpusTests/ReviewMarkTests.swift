import Foundation
import PDFTestSupport
import Testing

@testable import Corpus

/// A draft's `review: pending` mark: an error wherever the document sits in
/// the corpus, so no brief is built from an unreviewed draft; and the corpus
/// can be checked as it would be after a write (`overlay`) without writing.
@Suite struct ReviewMarkTests {
    static let document =
        "---\ntitle: A reviewed letter\norganizations: [hrw]\ndate: 2025-03\nkind: letter\n---\nText of the letter.\n"

    @Test func aMarkedDocumentIsAnErrorAtTheMarksLine() throws {
        let marked = ReviewMark.marked(Self.document)
        #expect(marked.hasPrefix("---\nreview: pending\ntitle:"))
        let d = try FixtureCorpus().with("documents/draft.md", marked).diagnostics()
        #expect(
            d.contains { $0.hasPrefix("documents/draft.md:2:9: error: not reviewed") && $0.contains("brief accept") },
            "\(d)")
        // Any value is refused: only `brief accept` removes the key.
        let other = try FixtureCorpus().with(
            "documents/draft.md", marked.replacingOccurrences(of: "review: pending", with: "review: done")
        ).diagnostics()
        #expect(other.contains { $0.contains("error: not reviewed") }, "\(other)")
    }

    @Test func removingTheMarkGivesTheDocumentBackAndItsLine() {
        let (text, line) = ReviewMark.removed(ReviewMark.marked(Self.document))
        #expect(text == Self.document && line == 2)
        #expect(ReviewMark.removed(Self.document).line == nil)
        // A body line that reads like the mark is text, not a mark.
        let body = Self.document + "review: pending\n"
        #expect(ReviewMark.removed(body).text == body)
    }

    @Test func anOverlayIsCheckedAsIfWrittenAndNothingIsWritten() throws {
        let (_, _, dir) = try FixtureCorpus().load()
        let overlay = [
            "documents/new-letter.md": Data(Self.document.replacingOccurrences(of: "[hrw]", with: "[nobody]").utf8)
        ]
        let (corpus, d) = try CorpusLoader(root: dir, overlay: overlay).load()
        #expect(corpus.document("new-letter") != nil)
        #expect(
            d.contains { $0.location.file.hasSuffix("documents/new-letter.md") && $0.message.contains("nobody") },
            "\(d)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/documents/new-letter.md"))
    }
}
