import Foundation
import Testing

@testable import Typesetting

/// A letter carrying thousands of combining marks is set with its first 30
/// (the run Unicode's Stream-Safe Text Format allows), and the words around
/// it are kept: shaping stays linear in the text.
@Suite struct CombiningMarkTests {
    @Test func runsLongerThanThirtyAreCutAndOthersUntouched() {
        let acute = "\u{0301}"
        let hostile = "Text a" + String(repeating: acute, count: 150_000) + " end"
        let limited = CombiningMarkRuns.limit(hostile)
        #expect(limited == "Text a" + String(repeating: acute, count: 30) + " end")
        let vietnamese = "Việt Nam ộ̃"
        #expect(CombiningMarkRuns.limit(vietnamese) == vietnamese)
        #expect(TextRun(hostile, style: Fixtures.body).text == limited, "text enters the engine limited")
    }

    @Test func aLetterWithAHundredAndFiftyThousandMarksIsLaidOut() throws {
        let text = "Before a" + String(repeating: "\u{0301}", count: 150_000) + " after."
        let (_, doc) = try Fixtures.render([.paragraph([TextRun(text, style: Fixtures.body)], ParagraphStyle())])
        let set = doc.pages.flatMap {
            $0.placements.flatMap {
                $0.fragment.items.compactMap { item -> String? in
                    if case .glyphs(let run) = item { return run.text } else { return nil }
                }
            }
        }.joined(separator: " ")
        #expect(set.contains("Before") && set.contains("after."), "\(set.prefix(60))")
    }
}
