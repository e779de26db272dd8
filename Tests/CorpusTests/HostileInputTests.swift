import Foundation
import Testing

@testable import Corpus

/// Hostile or broken corpus files: every problem is an error at the real
/// line and column, with what to do, and the rest of the corpus is still
/// checked. Each case is the smallest input that once went wrong.
@Suite struct HostileInputTests {
    @Test func aDuplicateKeyIsReportedAtTheDuplicateAndTheFileIsStillRead() throws {
        let orgs = """
            - id: hrw
              name: Human Rights Watch
              kind: ngo
              name: HRW again
            - id: hrf
              name: Human Rights First
              kind: ngo
            """
        let d = try FixtureCorpus().with("organizations.yaml", orgs).diagnostics()
        #expect(
            d.contains(
                "organizations.yaml:4:3: error: 'name' is given twice in this mapping (first on line 2); keep one"),
            "\(d)")
        // The file was not dropped: the documents naming hrw and hrf still resolve.
        #expect(!d.contains { $0.contains("is not in organizations.yaml") }, "\(d)")
        #expect(d.count == 1, "\(d)")
    }

    @Test func aDuplicateKeyInFrontMatterIsReportedAtItsFileLine() throws {
        let doc = "---\ntitle: One\norganizations: [hrw]\ndate: 2025\nkind: letter\ntitle: Two\n---\nText.\n"
        let d = try FixtureCorpus().with("documents/dup.md", doc).diagnostics()
        #expect(
            d.contains(
                "documents/dup.md:6:1: error: 'title' is given twice in this mapping (first on line 2); keep one"),
            "\(d)")
    }

    @Test func duplicateKeysInsideListItemsAreTheirOwnMappings() {
        let yaml = "- id: a\n  label: x\n- id: b\n  label: y\n  demands:\n    - id: c\n      label: z\n      label: w\n"
        let (_, dups) = DuplicateKeys.rename(in: yaml)
        #expect(dups == [DuplicateKeys.Duplicate(key: "label", line: 8, column: 7, firstLine: 7)])
        let block = "- id: a\n  note: |\n    id: not a key\n    id: still text\n  id: dup\n"
        #expect(DuplicateKeys.rename(in: block).duplicates.map(\.line) == [5])
    }

    @Test func aControlCharacterIsReportedAtItsLineAndColumn() throws {
        let events = "- id: call-2025\n  date: 2025-03-18\n  title: Telephone\u{07} call\n  kind: call\n"
        let d = try FixtureCorpus().with("events.yaml", events).diagnostics()
        #expect(d.contains { $0.hasPrefix("events.yaml:3:19: error: control character U+0007") }, "\(d)")
        #expect(d.count == 1, "the rest of the file is read: \(d)")
    }

    @Test func invalidUTF8IsReportedAtItsLineInYAMLAndDocuments() throws {
        let fx = FixtureCorpus()
        let (_, _, dir) = try fx.load()
        var yaml = Array("- id: call-2025\n  date: 2025-03-18\n  kind: call\n  location: Gen".utf8)
        yaml += [0xE8] + Array("ve\n  title: Call\n".utf8)
        try Data(yaml).write(to: URL(fileURLWithPath: dir + "/events.yaml"))
        let (corpus, d) = try CorpusLoader(root: dir).load()
        let line = d.map(\.description).first { $0.contains("events.yaml") }
        #expect(line?.contains("events.yaml:4:16: error: bytes that are not UTF-8") == true, "\(d)")
        #expect(corpus.event("call-2025") != nil, "the event is still loaded")
    }

    @Test func unreadableFilesAndFoldersSayWhy() throws {
        let (_, _, dir) = try FixtureCorpus().load()
        try FileManager.default.createDirectory(atPath: dir + "/documents/folder.md", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/documents/loop.md", withDestinationPath: "loop.md")
        let (_, d) = try CorpusLoader(root: dir).load()
        let text = d.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(
            text.contains("documents/folder.md:1:1: error: cannot read file: it is a folder, not a file"), "\(text)")
        #expect(
            text.contains {
                $0.hasPrefix("documents/loop.md:1:1: error: cannot read file: too many levels of symbolic links")
            }, "\(text)")
    }

    @Test func aDocumentsFolderThatCannotBeListedIsAnError() throws {
        for make in ["loop", "file"] {
            let (_, _, dir) = try FixtureCorpus().load()
            try FileManager.default.removeItem(atPath: dir + "/documents")
            if make == "loop" {
                try FileManager.default.createSymbolicLink(atPath: dir + "/documents", withDestinationPath: "documents")
            } else {
                try "not a folder".write(toFile: dir + "/documents", atomically: true, encoding: .utf8)
            }
            let (_, d) = try CorpusLoader(root: dir).load()
            #expect(
                d.contains {
                    $0.severity == .error && $0.location.file == dir + "/documents"
                        && $0.message.hasPrefix("cannot read the documents folder")
                }, "\(make): \(d)")
        }
    }

    @Test func valuesNoPageCanHoldAreRefusedWhereTheyAreWritten() throws {
        let label = String(repeating: "w", count: 100_000)
        let issues =
            "- id: detainees\n  label: Detained civilians\n  demands:\n    - id: release-civilians\n      label: \(label)\n"
            + "    - id: monitor-detainees\n      label: Monitor detention\n"
        let d = try FixtureCorpus().with("issues.yaml", issues).diagnostics()
        #expect(
            d.contains(
                "issues.yaml:5:14: error: 'label' is 100000 characters long; at most 300 fit a brief's table cells and column heads: shorten it"
            ), "\(d)")
    }

    @Test func aHugeUnknownIdIsCutInTheMessage() throws {
        let id = String(repeating: "x", count: 1_000_000)
        let doc = "---\ntitle: T\norganizations: [\(id)]\ndate: 2025\nkind: letter\n---\nText.\n"
        let d = try FixtureCorpus().with("documents/huge.md", doc).diagnostics()
        let message = d.first { $0.contains("is not in organizations.yaml") }
        #expect(message != nil)
        #expect((message?.count ?? .max) < 300, "the id is cut: \(message?.prefix(200) ?? "")")
        #expect(message?.contains("(1000000 characters)") == true)
    }

    @Test func onlyWebAndMailLinksMayBeClickable() {
        for safe in [
            "https://www.hrw.org/news", "http://example.org", "mailto:press@example.org", "HTTPS://EXAMPLE.ORG",
        ] {
            #expect(SafeLink.isClickable(safe), "\(safe)")
        }
        for unsafe in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " \tjava\nscript:alert(1)", "vbscript:msgbox",
            "data:text/html,x",
            "file:///etc/passwd", "https:", "https:///path", "www.hrw.org", "//evil.example", "",
        ] {
            #expect(!SafeLink.isClickable(unsafe), "\(unsafe)")
        }
        #expect(SafeLink.scheme(of: "\u{01} JaVa\tScript:x") == "javascript")
    }

    @Test func checkReportsUnsafeLinksInBodiesAndSources() throws {
        let doc = """
            ---
            title: Links
            organizations: [hrw]
            date: 2025
            kind: letter
            source: javascript:alert(1)
            ---
            A [plain](javascript:alert(1)) link.

            An [encoded](&#106;avascript:alert(2)) one, an ![image](data:text/html,x) and a [reference][r].

            [r]: file:///etc/passwd

            A [good one](https://www.example.org/report).
            """
        let d = try FixtureCorpus().with("documents/links.md", doc).diagnostics()
        #expect(
            d.contains { $0.hasPrefix("documents/links.md:6:9: error: source: link 'javascript:alert(1)'") }, "\(d)")
        #expect(d.contains { $0.hasPrefix("documents/links.md:8:1: error: link 'javascript:alert(1)'") }, "\(d)")
        #expect(d.contains { $0.hasPrefix("documents/links.md:10:1: error: link 'javascript:alert(2)'") }, "\(d)")
        #expect(d.contains { $0.hasPrefix("documents/links.md:10:1: error: link 'data:text/html,x'") }, "\(d)")
        #expect(d.contains { $0.hasPrefix("documents/links.md:10:1: error: link 'file:///etc/passwd'") }, "\(d)")
        #expect(!d.contains { $0.contains("example.org/report") }, "\(d)")
    }

    @Test func rawHTMLKeepsItsTextAndIsWarnedAbout() throws {
        let doc =
            "---\ntitle: H\norganizations: [hrw]\ndate: 2025\nkind: letter\n---\nBefore.\n\n<div>Kept <b>words</b> here</div>\n\nAfter.\n"
        let (corpus, d, dir) = try FixtureCorpus().with("documents/html.md", doc).load()
        let text = d.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(text.contains { $0.hasPrefix("documents/html.md:9:1: warning: raw HTML in the body") }, "\(text)")
        let blocks = corpus.document("html")?.markdown.map(\.plainText) ?? []
        #expect(blocks == ["Before.", "Kept words here", "After."])
    }

    @Test func htmlTextDropsScriptsAndDecodesEntities() {
        #expect(HTMLText.strip("<p>A &amp; B</p><script>alert(1)</script><p>C&nbsp;D</p>") == "A & B C D")
    }

    /// Windows editors open a file with a byte-order mark; YAML allows one
    /// there, and libyaml refused the whole list ("did not find expected
    /// '-' indicator"), so every document naming its ids failed too.
    @Test func aByteOrderMarkOpeningAYAMLFileIsNoText() throws {
        let fixture = FixtureCorpus()
        var bommed = fixture
        for name in ["organizations.yaml", "issues.yaml", "events.yaml"] {
            bommed = bommed.with(name, "\u{FEFF}" + fixture.files[name]!)
        }
        bommed = bommed.with(
            "outcomes.yaml", "\u{FEFF}- demand: release-civilians\n  status: pending\n  date: 2024-01-01\n")
        let (corpus, d, _) = try bommed.load()
        #expect(d.filter { $0.severity == .error }.isEmpty, "\(d)")
        let (plain, _, _) = try fixture.load()
        #expect(corpus.organizations.count == plain.organizations.count && corpus.events.count == plain.events.count)
        #expect(corpus.outcomes.count == 1)
        // Columns on the first line are counted from after the mark, as editors show them.
        let bad = try fixture.with(
            "events.yaml", "\u{FEFF}- id: Bad Id\n  date: 2025-01-01\n  title: T\n  kind: call\n"
        )
        .diagnostics()
        #expect(bad.contains { $0.hasPrefix("events.yaml:1:7: error:") }, "\(bad)")
    }

    /// A file larger than any corpus file is refused before it is read: a
    /// 3 GB file of zeros in documents/ took 9 GB and a minute to be
    /// reported as three billion control characters.
    @Test func aFileLargerThanAnyCorpusFileIsRefusedUnread() throws {
        let (_, _, dir) = try FixtureCorpus().load()
        let path = dir + "/documents/huge.md"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(FileReading.largestFile) + 1) == 0)  // sparse: no disk is used
        let (_, d) = try CorpusLoader(root: dir).load()
        let huge = d.filter { $0.location.file == path }
        #expect(huge.count == 1, "\(huge)")
        #expect(huge.first?.message.contains("brief reads files of at most 64 MB") == true, "\(huge)")
    }

    /// A file name is shown inert wherever a diagnostic prints it: an escape
    /// sequence in a document's name (or a line break, which forges a
    /// second message) reached the terminal as it was.
    @Test func aFileNameHoldingEscapesIsPrintedInert() throws {
        let name = "documents/a\u{1B}[31mred\nline.md"
        let d = try FixtureCorpus().with(name, "---\ntitle: x\n---\n").diagnostics()
        let about = d.filter { $0.contains("red") }
        #expect(!about.isEmpty, "\(d)")
        #expect(about.allSatisfy { !$0.contains("\u{1B}") && !$0.contains("\n") }, "\(about)")
        #expect(about.contains { $0.hasPrefix("documents/a\\u{1B}[31mred\\u{A}line.md:1:1: error:") }, "\(about)")
    }

    /// A file whose name is not UTF-8 cannot be opened under a String name:
    /// it was reported as missing ("it does not exist (a dangling link?)").
    @Test func aFileNameThatIsNotUTF8IsReportedAsSuch() throws {
        let (_, _, dir) = try FixtureCorpus().load()
        let name = Array((dir + "/documents/bad").utf8) + [0xFF, 0xFE] + Array(".md".utf8)
        let made = name.withUnsafeBufferPointer { raw -> Int32 in
            let cString = raw.map { CChar(bitPattern: $0) } + [0]
            return creat(cString, 0o644)
        }
        #expect(made >= 0)
        close(made)
        let (_, d) = try CorpusLoader(root: dir).load()
        let bad = d.filter { $0.location.file.hasPrefix(dir + "/documents/bad") }
        #expect(
            bad.map(\.message) == [
                "the file name is not UTF-8 (shown with � where it does not decode): rename it to a document id"
            ], "\(bad)")
    }
}
