import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Web addresses break after a separator of their path, never inside the
/// scheme, inside the host only as a last resort, and never leave a
/// fragment of fewer than three characters.
@Suite struct URLBreakTests {
    func breaks(_ s: String) -> [String] {
        let b = Array(s.utf8)
        return URLBreaks.opportunities(in: b[...]).map { String(decoding: b[...$0.0], as: UTF8.self) }
    }

    @Test func neverAfterTheSchemeAndNeverLeavingShortFragments() {
        let url = "https://www.hrw.org/news/2025/03/12/us-russia-engagement-must-prioritize-human-rights?ref=a&b=c"
        let heads = breaks(url)
        #expect(!heads.isEmpty)
        for h in heads {
            #expect(h.count > "https://".count + 2, "a break inside or right after the scheme: \(h)")
            #expect(url.count - h.count >= 3, "a tail under three characters after \(h)")
        }
        // Fragments between any two opportunities are at least three characters.
        let lengths = zip([""] + heads, heads).map { $1.count - $0.count }
        #expect(lengths.allSatisfy { $0 >= 3 }, "\(lengths)")
        #expect(heads.contains("https://www.hrw.org/news/"), "after a path separator")
    }

    @Test func theHostIsALastResort() {
        let b = Array("https://www.humanrightsfirst.org/resource/letter".utf8)
        let ops = URLBreaks.opportunities(in: b[...])
        let host = ops.filter { $0.0 < 31 }, path = ops.filter { $0.0 >= 31 }
        #expect(!path.isEmpty)
        #expect(host.allSatisfy { $0.1 > path.map(\.1).max()! }, "host breaks cost more than path breaks")
        #expect(!URLBreaks.isAddress(Array("well-known".utf8)[...]))
        #expect(URLBreaks.isAddress(Array("(https://x.org/a).".utf8)[1...]))
    }

    @Test func addressesAreToldByTheirSchemeOrTheirWebOrMailPrefixInAnyCase() {
        func isAddress(_ s: String) -> Bool { URLBreaks.isAddress(Array(s.utf8)[...]) }
        #expect(isAddress("WWW.hrw.org/news"))
        #expect(isAddress("Mailto:press@example.org"))
        #expect(isAddress("HTTPS://example.org"))
        #expect(!isAddress("www"), "shorter than its prefix")
        #expect(!isAddress("wwwx.org"))
        #expect(!isAddress("mail:x"))
        #expect(!isAddress("10:30"), "a time is no scheme")
        #expect(!isAddress("https:/x"))
    }

    @Test func aLongAddressInANarrowColumnBreaksAtItsPath() throws {
        let url =
            "https://www.amnestyusa.org/press-releases/amnesty-international-urges-the-trump-administration-to-put-human-rights-in-ukraine-first/"
        let ps = ParagraphStyle(alignment: .left, hyphenate: true)
        let lines = try ParagraphLayout(context: Fixtures.context())
            .lines([TextRun("Source: " + url, style: Fixtures.body)], style: ps, measure: 150)
        let texts = lines.map { line in
            line.items.compactMap {
                if case .glyphs(let g) = $0 { return g.text }; return nil
            }.joined()
        }
        #expect(texts.count >= 3)
        for t in texts.dropLast() {
            let trimmed = t.trimmingCharacters(in: .whitespaces)
            #expect(
                !trimmed.hasSuffix("https://") && !trimmed.hasSuffix("https:"), "a line ends in the scheme: \(texts)")
        }
        #expect(
            texts.joined().replacingOccurrences(of: " ", with: "").contains(url.replacingOccurrences(of: " ", with: ""))
        )
    }
}
