import Foundation
import PDFTestSupport
import Testing

@testable import Corpus

/// `brief check`: every problem reported at once, at its file, line and column.
@Suite struct ValidationTests {
    @Test func aValidCorpusHasNoDiagnostics() throws {
        #expect(try FixtureCorpus().diagnostics() == [])
    }

    @Test func malformedYAMLIsReportedWhereItBreaks() throws {
        let d = try FixtureCorpus().with("events.yaml", "- id: call-2025\n  date: [2025\n  title: x\n").diagnostics()
        #expect(d.contains { $0.hasPrefix("events.yaml:3:") && $0.contains("error: malformed YAML") }, "\(d)")
    }

    @Test func aFileThatIsNotUTF8() throws {
        let fx = FixtureCorpus()
        let (_, _, dir) = try fx.load()
        let bad: [UInt8] = Array("---\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        try Data(bad).write(to: URL(fileURLWithPath: dir + "/documents/latin1.md"))
        let (_, d) = try CorpusLoader(root: dir).load()
        let lines = d.map(\.description).filter { $0.contains("latin1.md") }
        #expect(lines.contains { $0.contains("latin1.md:2:11: error: bytes that are not UTF-8") }, "\(lines)")
    }

    @Test func frontMatterMustBeClosed() throws {
        let d = try FixtureCorpus().with("documents/open.md", "---\ntitle: x\norganizations: [hrw]\n\nBody text.\n")
            .diagnostics()
        #expect(
            d.contains(
                "documents/open.md:1:1: error: front matter is never closed: add a line '---' after the last field"))
    }

    @Test func requiredFieldsAreNamed() throws {
        let d = try FixtureCorpus().with("documents/bare.md", "---\ntitle: Only a title\n---\nText.\n").diagnostics()
        for field in ["organizations", "date", "kind"] {
            #expect(
                d.contains { $0.hasPrefix("documents/bare.md:2:1: error: document has no '\(field)'") },
                "\(field): \(d)")
        }
    }

    @Test func wrongTypesAndEnumerations() throws {
        let doc = """
            ---
            title: [not, a, string]
            organizations: [hrw]
            date: 2025-03
            kind: lettr
            ---
            Text.
            """
        let d = try FixtureCorpus().with("documents/types.md", doc).diagnostics()
        #expect(d.contains { $0.hasPrefix("documents/types.md:2:8: error: 'title' must be a single value") }, "\(d)")
        #expect(
            d.contains {
                $0.hasPrefix("documents/types.md:5:7: error: kind 'lettr' is not one of")
                    && $0.hasSuffix("did you mean 'letter'?")
            }, "\(d)")
    }

    @Test func idsMustBeSlugsAndUnique() throws {
        let orgs = """
            - id: hrw
              name: Human Rights Watch
            - id: Human Rights First
              name: Human Rights First
            - id: hrw
              name: Duplicate
            """
        let d = try FixtureCorpus().with("organizations.yaml", orgs).diagnostics()
        #expect(
            d.contains {
                $0.hasPrefix("organizations.yaml:3:7: error: 'Human Rights First' is not a valid id")
                    && $0.contains("'human-rights-first'")
            }, "\(d)")
        #expect(
            d.contains { $0.hasPrefix("organizations.yaml:5:7: error: organization id 'hrw' is already used at") },
            "\(d)")
    }

    @Test func unresolvedReferencesSuggestTheClosestId() throws {
        let doc = """
            ---
            title: Typos
            organizations: [hwr]
            date: 2025
            kind: letter
            event: call-2052
            asks:
              - demand: release-civilian
                text: x
            ---
            Text.
            """
        let d = try FixtureCorpus().with("documents/typos.md", doc).diagnostics()
        #expect(
            d.contains(
                "documents/typos.md:3:16: error: organization 'hwr' is not in organizations.yaml; did you mean 'hrw'?"),
            "\(d)")
        #expect(
            d.contains(
                "documents/typos.md:6:8: error: event 'call-2052' is not in events.yaml; did you mean 'call-2025'?"),
            "\(d)")
        #expect(
            d.contains(
                "documents/typos.md:8:13: error: demand 'release-civilian' is not in issues.yaml; did you mean 'release-civilians'?"
            ), "\(d)")
    }

    @Test func impossibleAndMalformedDates() throws {
        let d = try FixtureCorpus().with(
            "events.yaml",
            """
            - id: call-2025
              date: 2023-02-30
              title: Call
              kind: call
            - id: other
              date: March 2025
              title: Other
              kind: call
            """
        ).diagnostics()
        #expect(d.contains("events.yaml:2:9: error: date '2023-02-30' is not a real date"), "\(d)")
        #expect(
            d.contains { $0.hasPrefix("events.yaml:6:9: error: date 'March 2025' is not a date: write YYYY-MM-DD") },
            "\(d)")
    }

    @Test func quotesMustBeExcerpts() throws {
        let doc = """
            ---
            title: Quotes
            organizations: [hrw]
            date: 2025
            kind: letter
            asks:
              - demand: release-civilians
                text: x
                quote: "call   for the ‘release’"
              - demand: monitor-detainees
                text: y
                quote: words that are nowhere in the text
            ---
            We call for the 'release' of all.
            """
        let d = try FixtureCorpus().with("documents/quotes.md", doc).diagnostics()
        #expect(
            !d.contains { $0.contains("quote for 'release-civilians'") },
            "whitespace and typographic quotes are forgiven: \(d)")
        #expect(
            d.contains(
                "documents/quotes.md:10:13: warning: the quote for 'monitor-detainees' is not an exact excerpt of the document's text"
            ), "\(d)")
    }

    @Test func unknownKeysAreWarningsWithSuggestions() throws {
        let doc = """
            ---
            title: Keys
            organizations: [hrw]
            date: 2025
            kind: letter
            signatores: [Someone]
            ---
            Text.
            """
        let d = try FixtureCorpus().with("documents/keys.md", doc).diagnostics()
        #expect(
            d.contains {
                $0.hasPrefix(
                    "documents/keys.md:6:1: warning: unknown key 'signatores' in front matter; did you mean 'signatories'?"
                )
            }, "\(d)")
    }

    @Test func unusedIssuesAndOrganizationsAreWarnings() throws {
        var fx = FixtureCorpus()
        fx.files["organizations.yaml"]! += "\n- id: idle\n  name: Idle Org\n"
        fx.files["issues.yaml"]! +=
            "\n- id: quiet\n  label: Quiet\n  demands:\n    - id: nothing\n      label: Nothing\n"
        let d = try fx.diagnostics()
        #expect(d.contains("organizations.yaml:8:7: warning: organization 'idle' is named by no document"), "\(d)")
        #expect(d.contains("issues.yaml:8:7: warning: issue 'quiet' has no document asking any of its demands"), "\(d)")
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() throws {
        let d = try FixtureCorpus()
            .with("documents/a.md", "---\ntitle: A\norganizations: [nobody]\ndate: 2025-13\nkind: letter\n---\n")
            .with("documents/b.md", "no front matter\n").diagnostics()
        #expect(d.count >= 3)
        #expect(
            d
                == d.sorted {
                    ($0.split(separator: ":").first!, Int($0.split(separator: ":")[1])!) <= (
                        $1.split(separator: ":").first!, Int($1.split(separator: ":")[1])!
                    )
                })
        #expect(d.contains { $0.hasPrefix("documents/b.md:1:1: error: document does not start with front matter") })
    }

    @Test func aListsProblemIsReportedBeforeTheDocumentsItBreaks() throws {
        // hrw's entry has no name, so the list drops it and the document naming hrw fails too:
        // the cause, in organizations.yaml, comes first although "documents/" sorts before it.
        let d = try FixtureCorpus()
            .with("organizations.yaml", "- id: hrw\n  kind: ngo\n- id: hrf\n  name: Human Rights First\n  kind: ngo\n")
            .diagnostics()
        let errors = d.filter { $0.contains(": error: ") }
        #expect(errors.contains { $0.hasPrefix("documents/") }, "the knock-on error: \(d)")
        #expect(errors.first?.hasPrefix("organizations.yaml:") == true, "\(d)")
    }

    @Test func aMissingOrEmptyFolderIsOneSentence() throws {
        #expect(throws: CorpusError.folderMissing("/no/such/corpus")) {
            try CorpusLoader(root: "/no/such/corpus").load()
        }
        let empty = ScratchDirectory.make("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(throws: CorpusError.notACorpus(empty)) { try CorpusLoader(root: empty).load() }
        #expect(!CorpusError.notACorpus(empty).description.contains("\n"))
    }
}
