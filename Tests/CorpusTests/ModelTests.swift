import Testing

@testable import Corpus

/// Dates keep their precision; Markdown is parsed by CommonMark.
@Suite struct ModelTests {
    @Test func partialDatesParseOnlyRealDates() {
        #expect(PartialDate("2025-03-18")?.precision == .day)
        #expect(PartialDate("2025-03")?.precision == .month)
        #expect(PartialDate("2025")?.precision == .year)
        #expect(PartialDate("2024-02-29") != nil)
        #expect(PartialDate("2023-02-29") == nil)
        #expect(PartialDate("2025-13") == nil)
        #expect(PartialDate("25-03-18") == nil)
        #expect(PartialDate("2025-3-18") == nil)
    }

    @Test func partialDatesSortAndDisplayAtTheirPrecision() {
        let dates = ["2025-03-18", "2025", "2017-04-07", "2025-03", "2021-09"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2017-04-07", "2021-09", "2025", "2025-03", "2025-03-18"])
        #expect(PartialDate("2025-03-18")!.long == "18 March 2025")
        #expect(PartialDate("2025-03")!.long == "March 2025")
        #expect(PartialDate("2025")!.short == "2025")
        #expect(PartialDate("2021")!.overlaps(from: PartialDate("2021-06"), to: nil))
        #expect(!PartialDate("2020-12")!.overlaps(from: PartialDate("2021"), to: nil))
    }

    @Test func markdownBecomesAStructuredTree() {
        let md = Markdown.parse(
            "A *very* **strong** [link](https://x.org) and `code`.\n\n- one\n- two\n\n> quoted\n\n## Head\n")
        #expect(md.count == 4)
        guard case .paragraph(let inlines) = md[0] else { Issue.record("no paragraph"); return }
        #expect(inlines.contains(.emphasis([.text("very")])))
        #expect(inlines.contains(.strong([.text("strong")])))
        #expect(inlines.contains(.link(destination: "https://x.org", [.text("link")])))
        #expect(inlines.contains(.code("code")))
        guard case .list(let ordered, _, let items) = md[1] else { Issue.record("no list"); return }
        #expect(!ordered && items.count == 2)
        guard case .blockQuote = md[2], case .heading(2, _) = md[3] else { Issue.record("no quote/heading"); return }
    }

    @Test func quoteComparisonForgivesTypography() {
        #expect(TextNormalization.isExcerpt("“Russia’s   war”", of: "It condemned Russia's war\nof aggression."))
        #expect(TextNormalization.isExcerpt("…the war of aggression…", of: "the war of aggression"))
        #expect(!TextNormalization.isExcerpt("Russia's peace", of: "Russia's war"))
    }

    @Test func suggestionsFindCloseIds() {
        #expect(Suggestions.closest(to: "detainee", in: ["detainees", "accountability"]) == "detainees")
        #expect(Suggestions.closest(to: "xyz", in: ["detainees"]) == nil)
    }
}
