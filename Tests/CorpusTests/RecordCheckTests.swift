import Foundation
import Testing

@testable import Corpus

/// What `brief check` must refuse in the newest corpus fields, and how it
/// reports: every error of an entry, each at its own line, repeated
/// messages counted rather than printed 200,000 times.
@Suite struct RecordCheckTests {
    static let outcomeHead = "- demand: release-civilians\n"

    @Test func anOutcomeDatedAfterTodayIsAnErrorAtItsDate() throws {
        let yaml = "- demand: release-civilians\n  status: met\n  date: 2030-01-01\n"
        let (_, d, dir) = try FixtureCorpus().with("outcomes.yaml", yaml).load()
        let messages = d.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(
            messages.contains {
                $0.hasPrefix("outcomes.yaml:3:9: error: this outcome is dated 1 January 2030, after today")
            }, "\(messages)")
    }

    @Test func theClockIsSourceDateEpochWhenSet() {
        // 2000-01-02T00:00:00Z
        #expect(
            CorpusClock.today(environment: ["SOURCE_DATE_EPOCH": "946771200"])
                == PartialDate(year: 2000, month: 1, day: 2))
        #expect(
            CorpusClock.today(environment: ["SOURCE_DATE_EPOCH": "soon"]) != PartialDate(year: 2000, month: 1, day: 2))
        let validator = CorpusValidator(
            corpus: Corpus(
                root: "", organizations: [], issues: [], events: [], documents: [],
                outcomes: [
                    Outcome(demand: "d", status: .met, date: PartialDate("2001")!, location: SourceLocation(file: "o"))
                ]),
            references: [], today: CorpusClock.today(environment: ["SOURCE_DATE_EPOCH": "946771200"]))
        #expect(validator.validate().contains { $0.message.contains("after today (2 January 2000)") })
    }

    @Test func contradictoryOutcomesOnOneDayAreAnError() throws {
        let yaml =
            "- demand: release-civilians\n  status: met\n  date: 2024-05-01\n- demand: release-civilians\n  status: rejected\n  date: 2024-05-01\n"
        let d = try FixtureCorpus().with("outcomes.yaml", yaml).diagnostics()
        #expect(
            d.contains(
                "outcomes.yaml:5:11: error: 'release-civilians' is rejected here but met on the same day at outcomes.yaml:2:11; keep the one that is right"
            )
                || d.contains {
                    $0.hasPrefix(
                        "outcomes.yaml:5:11: error: 'release-civilians' is rejected here but met on the same day")
                }, "\(d)")
    }

    @Test func anUnknownEventIsLocatedAtItsLineEvenWhenTheDateIsBad() throws {
        let yaml = "- demand: release-civilians\n  status: met\n  date: 2024-13-45\n  event: no-such-event\n"
        let d = try FixtureCorpus().with("outcomes.yaml", yaml).diagnostics()
        #expect(d.contains { $0.hasPrefix("outcomes.yaml:3:9: error: date '2024-13-45' is not a real date") }, "\(d)")
        #expect(
            d.contains {
                $0.hasPrefix("outcomes.yaml:4:10: error: event 'no-such-event' of this outcome is not in events.yaml")
            }, "\(d)")
    }

    @Test func anInvalidIdDoesNotHideTheEntrysOtherErrors() throws {
        let orgs =
            "- id: Not An Id\n  name: Human Rights Watch\n  short: \(String(repeating: "S", count: 60))\n  kind: ngo\n- id: hrf\n  name: Human Rights First\n  kind: ngo\n"
        let d = try FixtureCorpus().with("organizations.yaml", orgs).diagnostics()
        #expect(d.contains { $0.hasPrefix("organizations.yaml:1:7: error: 'Not An Id' is not a valid id") }, "\(d)")
        #expect(
            d.contains { $0.hasPrefix("organizations.yaml:3:10: error: 'short' is 60 characters long; at most 40") },
            "\(d)")
    }

    @Test func aTalkingPointMustBeASentenceWithoutEscapedControls() throws {
        var issues = FixtureCorpus().files["issues.yaml"]!
        issues = issues.replacingOccurrences(
            of: "      label: Release detained civilians",
            with: "      label: Release detained civilians\n      talking_point: 42")
        issues = issues.replacingOccurrences(
            of: "      label: Monitor detention",
            with: "      label: Monitor detention\n      talking_point: \"Let\\0 them in.\"")
        let d = try FixtureCorpus().with("issues.yaml", issues).diagnostics()
        #expect(
            d.contains { $0.hasPrefix("issues.yaml:6:22: error: 'talking_point' is 42, a bare value, not a sentence") },
            "\(d)")
        #expect(
            d.contains { $0.hasPrefix("issues.yaml:9:22: error: 'talking_point' holds control character U+0000") },
            "\(d)")
    }

    @Test func aDocumentIdOverAHundredCharactersIsAnError() throws {
        let id = String(repeating: "a", count: 250)
        let doc = "---\ntitle: Long id\norganizations: [hrw]\ndate: 2025\nkind: letter\n---\nText.\n"
        let d = try FixtureCorpus().with("documents/\(id).md", doc).diagnostics()
        #expect(
            d.contains { $0.contains("error: the document id (its file name) is 250 characters long; at most 100") },
            "\(d)")
    }

    @Test func oneMessageRepeatedTwoHundredThousandTimesIsPrintedTenTimesAndCounted() {
        let many =
            (1...200_000).map { Diagnostic.error(SourceLocation(file: "big.yaml", line: $0), "the same mistake") }
            + [Diagnostic.warning(SourceLocation(file: "big.yaml", line: 1), "another")]
        let shown = Diagnostic.capped(many)
        #expect(shown.count == 12)
        #expect(
            shown[10].description
                == "big.yaml:11:1: error: 199990 more times in this file, from here on: the same mistake")
        #expect(shown.last?.message == "another")
        let few = Array(many.prefix(3))
        #expect(Diagnostic.capped(few) == few)
    }
}
