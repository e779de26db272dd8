import Foundation
import PDFTestSupport
import Testing

@testable import Briefs

/// The command line behaves as its peers' do (Typst, pandoc, Hugo): it is
/// installed anywhere and found from any folder, suggests what was meant,
/// reports an unknown flag as such, writes to standard output, watches, and
/// speaks JSON with types.
@Suite(.serialized) struct CommandLineTests {
    static let root = BriefFixtures.root
    static let exe = root + "/.build/debug/brief"

    /// A finished run: status, standard output as bytes and text, standard error.
    struct Run {
        var status: Int32
        var data: Data
        var error: String
        var output: String { String(decoding: data, as: UTF8.self) }
    }

    /// Runs `executable` in `folder` with exactly `environment` (nothing inherited
    /// but PATH and HOME), so that BRIEF_HOME and BRIEF_CORPUS are unset unless given.
    static func run(
        _ args: [String], executable: String = exe, in folder: String = NSTemporaryDirectory(),
        environment: [String: String] = [:]
    ) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        let inherited = ProcessInfo.processInfo.environment
        p.environment = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"].merging(
            environment
        ) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        // Standard error is read on another thread so that neither pipe can fill and stall the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Run(status: p.terminationStatus, data: data, error: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the sample corpus in a fresh folder.
    static func sampleCorpus() throws -> String {
        let dir = PDFInspector.temporaryDirectory() + "/corpus"
        try FileManager.default.copyItem(atPath: root + "/Corpus", toPath: dir)
        return dir
    }

    /// Starts `brief serve --port 0` on `corpus` and returns the first line it prints (the address it
    /// listens on) once it listens, then stops it; an empty line if it exited first.
    static func serveFirstLine(brief: String, corpus: String, in folder: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: brief)
        p.arguments = ["serve", "--corpus", corpus, "--port", "0"]
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        p.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        var data = Data()
        while !data.contains(UInt8(ascii: "\n")) {
            let more = out.fileHandleForReading.availableData
            if more.isEmpty { break }
            data += more
        }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    // MARK: Installing

    @Test func anInstalledBriefWorksFromAnyFolderAfterItsPrefixIsMoved() throws {
        let scratch = PDFInspector.temporaryDirectory()
        let install = try Self.run(
            ["--binary", Self.exe, scratch + "/prefix"], executable: Self.root + "/scripts/install", in: Self.root)
        try #require(install.status == 0, "\(install.error)")
        // Moved as a whole: nothing may remember where it was installed.
        let prefix = scratch + "/elsewhere/opt"
        try FileManager.default.createDirectory(atPath: scratch + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: scratch + "/prefix", toPath: prefix)
        let brief = prefix + "/bin/brief"
        let share = prefix + "/share"

        // The installed templates are the ones used, not the checkout's: mark them.
        let installedTemplate = share + "/brief/Templates/issue-brief.mustache"
        let marker = "Set from the installed templates."
        try (String(contentsOfFile: installedTemplate, encoding: .utf8) + "\n\n\(marker)\n")
            .write(toFile: installedTemplate, atomically: true, encoding: .utf8)

        // Run from inside the corpus (one folder below its root), with no BRIEF_HOME and no --corpus.
        let corpus = scratch + "/elsewhere/my-corpus"
        try FileManager.default.copyItem(atPath: Self.root + "/Corpus", toPath: corpus)
        let inside = corpus + "/documents"
        let out = scratch + "/out"
        for (args, name) in [
            (["--issue", "detainees"], "issue"), (["--meeting", "trump-putin-call-2025"], "meeting"),
            (["--year", "2025"], "year"),
        ] {
            let r = try Self.run(["generate"] + args + ["-o", "\(out)/\(name).pdf"], executable: brief, in: inside)
            #expect(r.status == 0, "\(name): \(r.error)")
            let pdf = PDFInspector("\(out)/\(name).pdf")
            #expect(pdf.isValid, "\(name)")
            #expect(pdf.pageCount > 0, "\(name)")
        }
        #expect(PDFInspector(out + "/issue.pdf").contains(marker))

        // A corpus's own Templates/ come before the installed ones.
        try FileManager.default.createDirectory(atPath: corpus + "/Templates", withIntermediateDirectories: true)
        let own = "Set from the corpus's own template."
        try (String(contentsOfFile: installedTemplate, encoding: .utf8).replacingOccurrences(of: marker, with: own))
            .write(toFile: corpus + "/Templates/issue-brief.mustache", atomically: true, encoding: .utf8)
        let r = try Self.run(
            ["generate", "--issue", "detainees", "-o", out + "/own.pdf"], executable: brief, in: corpus)
        #expect(r.status == 0, "\(r.error)")
        #expect(PDFInspector(out + "/own.pdf").contains(own))
        #expect(!PDFInspector(out + "/own.pdf").contains(marker))

        // `brief serve` finds its server (brief-serve) beside the installed brief.
        let served = try Self.serveFirstLine(brief: brief, corpus: corpus, in: inside)
        #expect(served.hasPrefix("brief serve: \(corpus) at http://127.0.0.1:"), "\(served)")

        // Man pages and completions are where man and the shells look.
        for page in ["brief", "brief.generate", "brief.watch", "brief.check", "brief.list", "brief.init"] {
            #expect(FileManager.default.fileExists(atPath: "\(share)/man/man1/\(page).1"), "\(page).1")
        }
        let bash = try String(contentsOfFile: share + "/bash-completion/completions/brief", encoding: .utf8)
        #expect(bash.contains("---completion generate -- --issue"))
        #expect(FileManager.default.fileExists(atPath: share + "/zsh/site-functions/_brief"))
        #expect(FileManager.default.fileExists(atPath: share + "/fish/vendor_completions.d/brief.fish"))
    }

    @Test func serveRunsTheServerBesideBriefAndSaysWhatIsMissingWithoutIt() throws {
        let corpus = try Self.sampleCorpus()
        let served = try Self.serveFirstLine(brief: Self.exe, corpus: corpus, in: corpus)
        #expect(served.hasPrefix("brief serve: \(corpus) at http://127.0.0.1:"), "\(served)")
        // brief alone, without brief-serve beside it: the options are still brief's, and it says what is missing.
        let dir = PDFInspector.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.exe, toPath: dir + "/brief")
        let alone = try Self.run(["serve", "--corpus", corpus, "--port", "0"], executable: dir + "/brief")
        #expect(alone.status == 1)
        #expect(alone.error.contains("brief serve needs \(dir)/brief-serve"), "\(alone.error)")
        let badPort = try Self.run(["serve", "--corpus", corpus, "--port", "70000"], executable: dir + "/brief")
        #expect(badPort.status != 0)
        #expect(badPort.error.contains("--port 70000 is not a port"), "\(badPort.error)")
    }

    @Test func aCopiedExecutableFindsItsResourcesThroughBriefHomeAndSaysHowWhenItCannot() throws {
        let dir = PDFInspector.temporaryDirectory()
        let copy = dir + "/brief"
        try FileManager.default.copyItem(atPath: Self.exe, toPath: copy)
        let corpus = try Self.sampleCorpus()
        let lost = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/d.pdf"], executable: copy, in: corpus)
        #expect(lost.status == 1)
        #expect(lost.error.contains("BRIEF_HOME"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/d.pdf"))
        // Told where its resources are, the lone executable writes every PDF itself.
        let found = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/d.pdf"], executable: copy, in: corpus,
            environment: ["BRIEF_HOME": Self.root])
        #expect(found.status == 0, "\(found.error)")
    }

    @Test func initWritesACorpusThatChecksCleanAndMakesEveryBriefKind() throws {
        let dir = PDFInspector.temporaryDirectory()
        let made = try Self.run(["init", "new"], in: dir)
        try #require(made.status == 0, "\(made.error)")
        let corpus = dir + "/new"
        let readme = try String(contentsOfFile: corpus + "/README.md", encoding: .utf8)
        #expect(readme.contains("organizations.yaml") && readme.contains("documents/"))
        let check = try Self.run(["check"], in: corpus)
        #expect(check.status == 0)
        #expect(check.output.contains("0 errors, 0 warnings"), "\(check.output)")
        for args in [["--issue", "detainees"], ["--meeting", "example-summit-2025"], ["--year", "2025"]] {
            let r = try Self.run(["generate"] + args + ["-o", dir + "/b.pdf"], in: corpus)
            #expect(r.status == 0, "\(args): \(r.error)")
        }
        // Never over an existing corpus: refused, nothing changed.
        let before = try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8)
        try "# edited\n".appending(before).write(toFile: corpus + "/issues.yaml", atomically: true, encoding: .utf8)
        let again = try Self.run(["init", "new"], in: dir)
        #expect(again.status == 1)
        #expect(again.error.contains("already holds"))
        #expect(try String(contentsOfFile: corpus + "/issues.yaml", encoding: .utf8).hasPrefix("# edited"))
    }

    // MARK: Conventions

    /// `brief --version` alone is answered before argument-parser runs; it must print what the parser prints
    /// for the same question (`brief list --version` is still the parser's answer), fail on a full standard
    /// output like every command, and not be held up by an environment only commands read.
    @Test func versionIsTheParsersAnswerWithoutTheParser() throws {
        let early = try Self.run(["--version"])
        let parsers = try Self.run(["list", "--version"])
        #expect(early.status == 0 && parsers.status == 0)
        #expect(early.output == parsers.output && early.error.isEmpty)
        #expect(early.output.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil)
        #expect(try Self.run(["--version", "extra"]).output == parsers.output, "the parser's answer to more words")

        let full = PDFInspector.run(["sh", "-c", "exec '\(Self.exe)' --version > /dev/full"])
        #expect(full.status == 1)
        #expect(full.error.contains("error: cannot write to standard output: No space left on device"), "\(full.error)")

        let badEpoch = try Self.run(["--version"], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(badEpoch.status == 0 && badEpoch.output == parsers.output, "\(badEpoch.error)")
    }

    /// libxml2 (and liblzma with it) is loaded when HTML is first read, not by every run: the dynamic
    /// loader's own report (`LD_DEBUG=libs`) names each library it loads. A page to ingest loads it.
    @Test func libxml2IsLoadedOnlyWhenHTMLIsRead() throws {
        let trace = ["LD_DEBUG": "libs"]
        let version = try Self.run(["--version"], environment: trace)
        #expect(version.status == 0)
        #expect(version.error.contains("libharfbuzz"), "the loader's report is read: \(version.error.prefix(300))")
        #expect(!version.error.contains("libxml2"), "--version loads libxml2")
        #expect(!version.error.contains("liblzma"), "--version loads liblzma")

        let drafts = PDFInspector.temporaryDirectory() + "/drafts"
        let page = Self.root + "/Tests/IngestTests/Pages/joint-statement.html"
        let ingest = try Self.run(
            ["ingest", page, "--corpus", Self.root + "/Corpus", "--out", drafts],
            environment: trace.merging(["BRIEF_HOME": Self.root]) { $1 })
        #expect(ingest.status == 0, "\(ingest.output)")
        #expect(ingest.error.contains("libxml2"), "reading an HTML page loads libxml2")
    }

    /// cairo (and pixman, fontconfig, libpng and the X11 client libraries with it) is loaded when the first
    /// PNG preview is drawn, not by every run: PDFs are written without it (Sources/CCairo/cairo_library.c).
    @Test func cairoIsLoadedOnlyWhenAPreviewIsDrawn() throws {
        let trace = ["LD_DEBUG": "libs", "BRIEF_HOME": Self.root]
        let loads = { (r: Run) in
            r.error.split(separator: "\n").contains { $0.contains("calling init:") && $0.contains("libcairo.so") }
        }
        let version = try Self.run(["--version"], environment: trace)
        #expect(version.status == 0 && version.error.contains("libharfbuzz"), "\(version.error.prefix(300))")
        #expect(!loads(version), "--version loads libcairo")

        let dir = PDFInspector.temporaryDirectory()
        let pdf = try Self.run(["specimen", "-o", dir + "/specimen.pdf", "--pages", "1"], environment: trace)
        #expect(pdf.status == 0, "\(pdf.output)")
        #expect(!loads(pdf), "writing a PDF loads libcairo")

        let preview = try Self.run(
            ["specimen", "-o", dir + "/preview.pdf", "--pages", "1", "--png", "1"], environment: trace)
        #expect(preview.status == 0, "\(preview.output)")
        #expect(loads(preview), "drawing a preview does not load libcairo")
        let png = try #require(FileManager.default.contents(atPath: dir + "/preview-1.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the preview is a PNG file")
    }

    /// The libraries every other one looks symbols up in come before the drawing libraries in the
    /// executable's list of needed libraries, which is the order the dynamic loader searches, and the
    /// allocator before libc (Sources/BriefLibraryOrder: the order rests on how SwiftPM lists objects,
    /// so it is checked here).
    @Test func theCAndCPlusPlusRuntimesAreSearchedBeforeTheDrawingLibraries() throws {
        let dynamic = PDFInspector.run(["readelf", "-d", Self.exe])
        try #require(dynamic.status == 0, "\(dynamic.error)")
        let needed = dynamic.output.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]")
            else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        let position = { (name: String) in needed.firstIndex { $0.hasPrefix(name) } }
        let firstDrawing = try #require(
            ["libhyphen", "libharfbuzz", "libfreetype", "libcairo"].compactMap(position).min(), "\(needed)")
        for runtime in ["libstdc++", "libgcc_s", "libc.so"] {
            let at = try #require(position(runtime), "\(runtime) is not among \(needed)")
            #expect(at < firstDrawing, "\(runtime) after the drawing libraries: \(needed)")
        }
        // mimalloc's malloc takes the place of libc's only if the loader meets it first.
        let allocator = try #require(position("libmimalloc"), "mimalloc is not among \(needed)")
        #expect(allocator < (position("libc.so") ?? 0), "mimalloc after libc: \(needed)")
    }

    @Test func aMistypedCommandGetsASuggestionAndFails() throws {
        for (typed, meant) in [("genrate", "generate"), ("lst", "list"), ("chek", "check")] {
            let r = try Self.run([typed])
            #expect(r.status == 64, "\(typed)")
            #expect(
                r.error.contains("unknown command '\(typed)'") && r.error.contains("Did you mean '\(meant)'?"),
                "\(r.error)")
        }
        let help = try Self.run(["help", "nosuch"])
        #expect(help.status == 64)
        #expect(help.error.contains("unknown command 'nosuch'"))
        #expect(try Self.run(["help", "generate"]).status == 0)
    }

    @Test func anUnknownFlagIsReportedBeforeTheCommandsOwnChecks() throws {
        let r = try Self.run(["generate", "--isue", "detainees"])
        #expect(r.status == 64)
        #expect(r.error.contains("Unknown option '--isue'"), "\(r.error)")
        #expect(!r.error.contains("exactly one"))
        // With every flag known, the command's own rule still speaks.
        let rule = try Self.run(["generate", "--issue", "detainees", "--year", "2025"])
        #expect(rule.status == 64)
        #expect(rule.error.contains("exactly one of --issue"))
    }

    @Test func generateReportsTheFirstProblemItsStepsMeetInTheirOrder() throws {
        // The template and style are read on a second thread while the corpus loads; a problem
        // is still the one a single thread would meet first: the corpus's, the brief's, the template's.
        let corpus = try Self.sampleCorpus()
        let home = ["BRIEF_HOME": Self.root]
        let output = PDFInspector.temporaryDirectory() + "/b.pdf"
        let template = try Self.run(
            ["generate", "--issue", "detainees", "--template", "nosuch", "-o", output], in: corpus, environment: home)
        #expect(template.status == 1)
        #expect(template.error.contains("no template 'nosuch'"), "\(template.error)")
        let issue = try Self.run(
            ["generate", "--issue", "nosuch", "--template", "nosuch", "-o", output], in: corpus, environment: home)
        #expect(issue.status == 1)
        #expect(issue.error.contains("no issue 'nosuch'") && !issue.error.contains("template"), "\(issue.error)")
        try "- id: [unclosed\n".write(toFile: corpus + "/issues.yaml", atomically: true, encoding: .utf8)
        let broken = try Self.run(
            ["generate", "--issue", "nosuch", "--template", "nosuch", "-o", output], in: corpus, environment: home)
        #expect(broken.status == 1)
        #expect(broken.error.contains("issues.yaml") && !broken.error.contains("template"), "\(broken.error)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// `generate` reads its corpus, template, style and fonts while argument-parser reflects its options
    /// (`EarlyStart`), guessing what to read from the command line's words; the parsed command uses that
    /// reading only when it asks for the same, and the brief is the one a run without it writes. A
    /// fault of the command line is still reported before a fault of the corpus read meanwhile.
    @Test func generateReadsWhileItsCommandLineIsParsed() throws {
        let corpus = try Self.sampleCorpus()
        let dir = PDFInspector.temporaryDirectory()
        let env = ["BRIEF_HOME": Self.root, "BRIEF_TRACE_EARLY_START": "1", "SOURCE_DATE_EPOCH": "1767225600"]
        let early = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/early.pdf"], in: corpus, environment: env)
        #expect(early.status == 0 && early.error.contains("early start: used"), "\(early.error)")
        let equals = try Self.run(
            ["generate", "--issue=detainees", "--corpus=" + corpus, "-o", dir + "/equals.pdf"], environment: env)
        #expect(equals.status == 0 && equals.error.contains("early start: used"), "\(equals.error)")
        // Every option the reading depends on is read from the words as the parser reads it.
        let design = try Self.run(
            ["generate", "--issue", "detainees", "--page-size", "a4", "--template=issue-brief", "-o", dir + "/a4.pdf"],
            in: corpus, environment: env)
        #expect(design.status == 0 && design.error.contains("early start: used"), "\(design.error)")
        // An option given twice is left to the parser, which keeps the last.
        let parsedOnly = try Self.run(
            ["generate", "--issue", "nosuch", "--issue", "detainees", "-o", dir + "/parsed.pdf"], in: corpus,
            environment: env)
        #expect(parsedOnly.status == 0 && parsedOnly.error.contains("early start: none"), "\(parsedOnly.error)")
        let early1 = try #require(FileManager.default.contents(atPath: dir + "/early.pdf"))
        #expect(early1 == FileManager.default.contents(atPath: dir + "/parsed.pdf"), "the same brief either way")
        #expect(early1 == FileManager.default.contents(atPath: dir + "/equals.pdf"))

        // The parser's messages are its own while the reading finishes: help on standard output.
        let help = try Self.run(["generate", "--issue", "detainees", "--help"], in: corpus, environment: env)
        #expect(help.status == 0 && help.output.contains("OVERVIEW:") && help.error.isEmpty, "\(help.error)")

        try "- id: [unclosed\n".write(toFile: corpus + "/issues.yaml", atomically: true, encoding: .utf8)
        let flag = try Self.run(["generate", "--issue", "detainees", "--nosuch"], in: corpus, environment: env)
        #expect(flag.status == 64 && flag.error.contains("Unknown option '--nosuch'"), "\(flag.error)")
        #expect(!flag.error.contains("issues.yaml"), "\(flag.error)")
        let broken = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/broken.pdf"], in: corpus, environment: env)
        #expect(broken.status == 1 && broken.error.contains("issues.yaml"), "\(broken.error)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/broken.pdf"))
    }

    @Test func dashOutputWritesThePDFToStandardOutputAndTheSummaryToStandardError() throws {
        let corpus = try Self.sampleCorpus()
        let r = try Self.run(["generate", "--issue", "detainees", "-o", "-"], in: corpus)
        #expect(r.status == 0, "\(r.error)")
        #expect(r.data.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: r.data.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(r.error.contains("pages ·"))
        let path = PDFInspector.temporaryDirectory() + "/stdout.pdf"
        try r.data.write(to: URL(fileURLWithPath: path))
        #expect(PDFInspector(path).isValid)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".pdf") } == [])
    }

    @Test func watchWritesAgainWhenTheCorpusOrTheTemplateChanges() throws {
        let corpus = try Self.sampleCorpus()
        let dir = PDFInspector.temporaryDirectory()
        let template = dir + "/issue-brief.mustache"
        try FileManager.default.copyItem(atPath: Self.root + "/Templates/issue-brief.mustache", toPath: template)
        let out = dir + "/w.pdf"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.exe)
        p.arguments = [
            "watch", "--issue", "detainees", "--corpus", corpus, "--template", template, "-o", out,
            "--interval", "0.2",
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate(); p.waitUntilExit() } }

        /// Waits until the PDF says `phrase` (each write replaces it whole, so a read never sees half a file).
        func waitFor(_ phrase: String) -> Bool {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if FileManager.default.fileExists(atPath: out), PDFInspector(out).contains(phrase) { return true }
                Thread.sleep(forTimeInterval: 0.2)
            }
            return false
        }
        #expect(waitFor("Detainees"), "the first brief")
        // A corpus change: the issue's label is the brief's title.
        let issues = corpus + "/issues.yaml"
        let yaml = try String(contentsOfFile: issues, encoding: .utf8)
        try yaml.replacingOccurrences(of: "label: Detainees — civilians", with: "label: Watched detainees — civilians")
            .write(toFile: issues, atomically: true, encoding: .utf8)
        #expect(waitFor("Watched detainees"), "written again after the corpus changed")
        // A template change: a paragraph before the sources.
        let edited = try String(contentsOfFile: template, encoding: .utf8)
            .replacingOccurrences(of: "# Sources", with: "A line the template gained.\n\n# Sources")
        try edited.write(toFile: template, atomically: true, encoding: .utf8)
        #expect(waitFor("A line the template gained."), "written again after the template changed")
    }

    @Test func watchStopsAfterCountBriefs() throws {
        let corpus = try Self.sampleCorpus()
        let out = PDFInspector.temporaryDirectory() + "/w.pdf"
        let r = try Self.run(["watch", "--issue", "detainees", "--corpus", corpus, "-o", out, "--count", "1"])
        #expect(r.status == 0, "\(r.error)")
        #expect(PDFInspector(out).isValid)
    }

    @Test func listJSONHasNumbersAsNumbersAndOrganizationsAsArrays() throws {
        let corpus = try Self.sampleCorpus()
        let documents = try Self.run(["list", "documents", "--json"], in: corpus)
        let rows = try #require(try JSONSerialization.jsonObject(with: documents.data) as? [[String: Any]])
        #expect(rows.count == 5)
        for row in rows {
            #expect(row["asks"] is Int)
            #expect((row["organizations"] as? [String])?.isEmpty == false)
        }
        let counts = rows.map { ($0["organizations"] as? [String])?.count ?? 0 }
        #expect(counts.contains(2), "the Amnesty joint statement has two organizations")
        let issues =
            try JSONSerialization.jsonObject(with: try Self.run(["list", "issues", "--json"], in: corpus).data)
            as? [[String: Any]]
        for issue in issues ?? [] {
            #expect(issue["demands"] is Int)
            #expect(issue["documents"] is Int)
        }
        #expect(issues?.isEmpty == false)
    }

    @Test func checkJSONLocatesEveryDiagnostic() throws {
        let corpus = try Self.sampleCorpus()
        let organizations = corpus + "/organizations.yaml"
        try
            (String(contentsOfFile: organizations, encoding: .utf8).replacingOccurrences(
                of: "- id: hrw\n", with: "- id: hrw-renamed\n"))
            .write(toFile: organizations, atomically: true, encoding: .utf8)
        let r = try Self.run(["check", "--json"], in: corpus)
        #expect(r.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: r.data) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        for d in diagnostics {
            #expect(d["path"] is String)
            #expect(d["line"] is Int)
            #expect(d["column"] is Int)
            #expect(d["message"] is String)
            let severity = (d["severity"] as? String) ?? ""
            #expect(severity == "error" || severity == "warning")
        }
        let errorCount = diagnostics.filter { ($0["severity"] as? String) == "error" }.count
        #expect((report["errors"] as? Int) == errorCount)
        let errors = diagnostics.filter { ($0["severity"] as? String) == "error" }
        let unresolved = errors.first { (($0["message"] as? String) ?? "").contains("hrw") }
        let path = (unresolved?["path"] as? String) ?? ""
        let line = (unresolved?["line"] as? Int) ?? 0
        #expect(path.hasSuffix(".md"), "the document naming hrw is where the error is")
        #expect(line > 1)
    }

    @Test func checkReportsAListsProblemBeforeTheDocumentsItBreaks() throws {
        let corpus = try Self.sampleCorpus()
        let organizations = corpus + "/organizations.yaml"
        try
            (String(contentsOfFile: organizations, encoding: .utf8).replacingOccurrences(
                of: "kind: ngo", with: "kind: charity"))
            .write(toFile: organizations, atomically: true, encoding: .utf8)
        let r = try Self.run(["check"], in: corpus)
        #expect(r.status == 1)
        let errors = (r.output + r.error).split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(
            errors.contains { $0.contains("documents/") }, "the documents naming the dropped organizations: \(errors)")
        #expect(errors.first?.contains("organizations.yaml:") == true, "the cause first: \(errors)")
    }

    @Test func completionOffersTheCorpusIssuesEventsAndYears() throws {
        let corpus = try Self.sampleCorpus()
        func complete(_ option: String, _ typed: String, corpusFlag: Bool = false) throws -> [String] {
            // What the generated bash script asks: brief ---completion COMMAND -- OPTION CWORD CURSOR WORDS…
            var words = ["brief", "generate"]
            if corpusFlag { words += ["--corpus", corpus] }
            words += [option, typed]
            let r = try Self.run(
                ["---completion", "generate", "--", option, String(words.count - 1), String(typed.count)] + words,
                in: corpusFlag ? NSTemporaryDirectory() : corpus)
            return r.output.split(separator: "\n").map(String.init)
        }
        #expect(try complete("--issue", "").contains("detainees"))
        #expect(try complete("--issue", "det") == ["detainees"])
        #expect(try complete("--meeting", "trump-putin-c", corpusFlag: true) == ["trump-putin-call-2025"])
        #expect(try complete("--year", "20").contains("2025"))
    }

    @Test func batchTakesAYearRangeWithAHyphen() throws {
        let corpus = try Self.sampleCorpus()
        let dir = PDFInspector.temporaryDirectory()
        let r = try Self.run(["batch", "--years", "2016-2021", "--jobs", "1", "--out-dir", dir], in: corpus)
        #expect(r.status == 0, "\(r.error)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                "summary-2017.pdf", "summary-2021.pdf",
            ])
        let backwards = try Self.run(["batch", "--years", "2021-2017"], in: corpus)
        #expect(backwards.status == 64)
        #expect(backwards.error.contains("FIRST-LAST"))
    }

    @Test func csvDataStartsWithAByteOrderMarkForSpreadsheets() throws {
        let corpus = try Self.sampleCorpus()
        let dir = PDFInspector.temporaryDirectory()
        let r = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/d.pdf", "--data", dir + "/d.csv"], in: corpus)
        #expect(r.status == 0, "\(r.error)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/d.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let j = try Self.run(
            ["generate", "--issue", "detainees", "-o", dir + "/d.pdf", "--data", dir + "/d.json"], in: corpus)
        #expect(j.status == 0, "\(j.error)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: dir + "/d.json")).first == UInt8(ascii: "{"), "JSON has no mark")
    }

    @Test func helpIsWrappedByTheParserAndSaysEachDefaultOnce() throws {
        let commands = [
            "generate", "watch", "batch", "check", "list", "init", "ingest", "accept", "serve", "specimen", "bench",
        ]
        for command in commands {
            let r = try Self.run(["help", command], environment: ["COLUMNS": "80"])
            #expect(r.status == 0)
            // The usage line is the parser's one long line by design; everything else fits.
            for line in r.output.split(separator: "\n") where !line.hasPrefix("USAGE:") {
                #expect(line.count <= 80, "\(command): \(line)")
            }
            // Each option's help (from its flag to the next flag) names its default at most once.
            for option in r.output.components(separatedBy: "\n  -").dropFirst() {
                #expect(
                    option.components(separatedBy: "default").count <= 2,
                    "\(command): a default said twice in \(option)")
            }
        }
        // Prose is given to the parser as paragraphs, never broken by hand: on a
        // wide terminal each paragraph is one line (examples are indented lines).
        for command in commands {
            let wide = try Self.run(["help", command], environment: ["COLUMNS": "1000"]).output
            let description = wide.components(separatedBy: "USAGE:").first ?? ""
            let lines = description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (a, b) in zip(lines, lines.dropFirst()) where !a.isEmpty && !b.isEmpty {
                #expect(a.hasPrefix(" ") || b.hasPrefix(" "), "\(command): a paragraph broken by hand at \"\(a)\"")
            }
        }
        let batch = try Self.run(["help", "batch"], environment: ["COLUMNS": "80"]).output
        let jobs = batch.components(separatedBy: "--jobs <N>").last ?? ""
        let jobsHelp = jobs.components(separatedBy: "\n  --").first ?? ""
        #expect(jobsHelp.components(separatedBy: "default").count == 2, "\(jobsHelp)")
    }

    @Test func everyCommandHasAManPageListingItsOptions() throws {
        // What the commands are, from the executable itself.
        let dump = try Self.run(["--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: dump.data) as? [String: Any])
        let command = try #require(tool["command"] as? [String: Any])
        for sub in (command["subcommands"] as? [[String: Any]] ?? []) {
            let name = try #require(sub["commandName"] as? String)
            if name == "help" { continue }
            let page = Self.root + "/man/brief.\(name).1"
            let text = try #require(
                try? String(contentsOfFile: page, encoding: .utf8),
                "man/brief.\(name).1 is missing: run scripts/generate-manual")
            for argument in (sub["arguments"] as? [[String: Any]] ?? []) {
                let names = (argument["names"] as? [[String: Any]]) ?? []
                let longNames = names.filter { ($0["kind"] as? String) == "long" }.compactMap { $0["name"] as? String }
                guard let long = longNames.first, long != "help", long != "version" else { continue }
                #expect(
                    text.contains("Fl -\(long)"), "man/brief.\(name).1 lacks --\(long): run scripts/generate-manual")
            }
        }
    }
}
