import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// Faults around a run: signals, a full disk, odd output paths, a bad
/// environment. Each leaves nothing behind and exits non-zero.
@Suite(.serialized) struct FaultTests {
    static let exe = BriefFixtures.root + "/.build/debug/brief"

    /// A synthetic corpus large enough that a debug build takes seconds on it (about ten for one
    /// year's summary): the signal must arrive mid-run. 300 documents were once enough; a faster
    /// build on an idle machine then finished before the signal.
    static let slowCorpus: String? = {
        let tool = BriefFixtures.root + "/scripts/synth-corpus"
        let dir = PDFInspector.temporaryDirectory() + "/slow"
        let r = PDFInspector.run([
            tool, "--documents", "2000", "--organizations", "10", "--events", "8",
            "--years", "2023-2024", "--seed", "9", dir,
        ])
        return r.status == 0 ? dir : nil
    }()

    /// Starts the CLI, waits `after` seconds, sends `signal`, returns the exit status.
    private func interrupt(_ args: [String], signal: Int32, after: Double) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.exe)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: after)
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        return p.terminationStatus
    }

    private func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDir)
            return !isDir.boolValue
        }
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func anInterruptedGenerateLeavesNothingAndExitsWithTheSignal(signal: Int32, status: Int32) throws {
        let corpus = try #require(Self.slowCorpus)
        let dir = PDFInspector.temporaryDirectory()
        let code = try interrupt(
            ["generate", "--year", "2024", "--corpus", corpus, "-o", dir + "/out/summary.pdf"],
            signal: signal, after: 1.5)
        #expect(code == status)
        #expect(files(under: dir) == [], "nothing half-written")
    }

    @Test func anInterruptedBatchStopsItsWorkers() throws {
        let corpus = try #require(Self.slowCorpus)
        let dir = PDFInspector.temporaryDirectory() + "/batch"
        let code = try interrupt(
            [
                "batch", "--years", "all", "--mode", "processes", "--jobs", "2", "--corpus", corpus,
                "--out-dir", dir,
            ], signal: SIGTERM, after: 2)
        #expect(code == 143)
        Thread.sleep(forTimeInterval: 0.5)
        // No worker still runs with this output folder on its command line.
        let workers = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let running = workers.filter { pid in
            guard Int(pid) != nil, let cmd = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
                return false
            }
            return String(decoding: cmd, as: UTF8.self).contains(dir)
        }
        #expect(running.isEmpty, "workers still running: \(running)")
        #expect(files(under: dir) == [])
    }

    /// Root in a private mount namespace: a 64 KiB tmpfs stands for a full disk.
    static let canMountTmpfs: Bool = {
        getuid() == 0 && PDFInspector.run(["unshare", "-m", "true"]).status == 0
    }()

    @Test(.enabled(if: FaultTests.canMountTmpfs, "needs root and unshare(1)"))
    func aFullDiskIsAnErrorAndLeavesNothing() throws {
        let mount = PDFInspector.temporaryDirectory() + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs -o size=64k tmpfs '\(mount)' || exit 99
            '\(Self.exe)' generate --issue detainees --corpus '\(BriefFixtures.root)/Corpus' -o '\(mount)/d.pdf' 2>&1
            echo "status=$?"
            ls -A '\(mount)'
            """
        let r = PDFInspector.run(["unshare", "-m", "sh", "-c", script])
        #expect(r.output.contains("status=1"), "\(r.output)")
        #expect(r.output.contains("No space left on device"), "\(r.output)")
        #expect(r.output.split(separator: "\n").last?.hasPrefix("status=") == true, "the folder is empty: \(r.output)")
    }

    @Test func aDeviceOutputIsWrittenThroughAndKept() throws {
        let r = BriefFixtures.cli([
            "generate", "--issue", "detainees", "--corpus", BriefFixtures.root + "/Corpus", "-o", "/dev/null",
        ])
        #expect(r.status == 0, "\(r.error)")
        var st = stat()
        #expect(lstat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = BriefFixtures.cli([
                "generate", "--issue", "detainees", "--corpus", BriefFixtures.root + "/Corpus", "-o", "/dev/full",
            ])
            #expect(full.status == 1)
            #expect(
                full.error.contains("cannot write /dev/full") && full.error.contains("No space left on device"),
                "\(full.error)")
        }
    }

    @Test func aBadSourceDateEpochIsAnErrorNamingTheVariable() throws {
        let dir = PDFInspector.temporaryDirectory()
        for value in ["abc", "-1", "99999999999999", "9300000000000000000"] {
            let r = BriefFixtures.cli(
                ["generate", "--issue", "detainees", "--corpus", BriefFixtures.root + "/Corpus", "-o", dir + "/d.pdf"],
                environment: ["SOURCE_DATE_EPOCH": value])
            #expect(r.status == 1, "\(value)")
            #expect(r.error.contains("SOURCE_DATE_EPOCH='\(value)' is not a date"), "\(r.error)")
        }
        #expect(files(under: dir) == [])
    }

    @Test func locatedErrorsArePrintedOnceWithoutADoubledPrefix() throws {
        let dir = PDFInspector.temporaryDirectory()
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: dir + "/c")
        let events = dir + "/c/events.yaml"
        let text = try String(contentsOfFile: events, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: call", with: "kind: cal").write(
            toFile: events, atomically: true, encoding: .utf8)
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", dir + "/c", "-o", dir + "/d.pdf"])
        #expect(r.status == 1)
        #expect(r.error.contains(dir + "/c/events.yaml:"), "\(r.error)")
        #expect(r.error.hasPrefix(dir + "/c/"), "the first line is located: \(r.error)")
        #expect(!r.error.contains("error: " + dir), "no doubled prefix: \(r.error)")
    }
}

/// Hostile content in a corpus that passes `check` still makes every brief.
@Suite struct HostileBriefTests {
    static func corpus(editing edit: (String) throws -> Void) throws -> (Corpus, [Diagnostic], String) {
        let dir = PDFInspector.temporaryDirectory() + "/c"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: dir)
        try edit(dir)
        let (c, d) = try CorpusLoader(root: dir).load()
        return (c, d, dir)
    }

    static func replace(_ file: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(old), "fixture text missing in \(file)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
    }

    static func render(_ content: any BriefContent, kind: String) throws -> String {
        try BriefFixtures.render(content, kind: kind)
    }

    @Test func aFlagEmojiInANameSetsEveryBriefKindAndCheckWarns() throws {
        let (corpus, diagnostics, dir) = try Self.corpus { dir in
            try Self.replace(dir + "/organizations.yaml", "name: Human Rights Watch", "name: Human Rights Watch 🇺🇦")
        }
        #expect(!diagnostics.contains { $0.severity == .error })
        let style = try BriefStyle.load(
            path: try BriefTemplate(nameOrPath: nil, default: "issue-brief", resources: BriefFixtures.resources)
                .stylePath)
        let warnings = GlyphCoverage.diagnostics(for: corpus, fonts: try BriefFixtures.renderer.fonts(for: style))
        #expect(
            warnings.map(\.description).contains {
                $0.hasPrefix(dir + "/organizations.yaml:") && $0.contains("U+1F1FA")
            }, "\(warnings)")
        let briefs: [(any BriefContent, String)] = [
            (try IssueBrief(corpus: corpus, issue: "detainees"), "issue-brief"),
            (try MeetingBrief(corpus: corpus, event: "trump-putin-call-2025"), "meeting-brief"),
            (try AnnualSummary(corpus: corpus, year: 2025), "annual-summary"),
        ]
        for (content, kind) in briefs {
            let pdf = PDFInspector(try Self.render(content, kind: kind))
            #expect(pdf.isValid, "\(kind)")
            #expect(pdf.text.contains("Human Rights Watch"), "\(kind)")
        }
    }

    @Test func directiveLookingLinesInABodyAreText() throws {
        let (corpus, _, dir) = try Self.corpus { dir in
            let doc = dir + "/documents/2025-03-hrw-trump-putin-call.md"
            let text = try String(contentsOfFile: doc, encoding: .utf8)
            try (text + "\n::matrix\n\n::pagebreak\n").write(toFile: doc, atomically: true, encoding: .utf8)
        }
        _ = dir
        let pdf = PDFInspector(try Self.render(try AnnualSummary(corpus: corpus, year: 2025), kind: "annual-summary"))
        #expect(pdf.text.contains("::matrix"))
        #expect(pdf.text.contains("::pagebreak"))
    }

    @Test func unsafeLinksInABodyAreNeverClickable() throws {
        let (corpus, diagnostics, _) = try Self.corpus { dir in
            let doc = dir + "/documents/2025-03-hrw-trump-putin-call.md"
            let text = try String(contentsOfFile: doc, encoding: .utf8)
            try
                (text
                + "\nSee [here](javascript:alert(1)), [there](JaVaScRiPt:x) and [this](https://www.example.org/ok).\n")
                .write(toFile: doc, atomically: true, encoding: .utf8)
        }
        #expect(diagnostics.filter { $0.severity == .error }.count == 2, "check refuses the corpus: \(diagnostics)")
        // Even composed regardless of the errors, the brief has no unsafe /URI.
        let pdf = PDFInspector(try Self.render(try AnnualSummary(corpus: corpus, year: 2025), kind: "annual-summary"))
        #expect(pdf.uriLinks.contains("https://www.example.org/ok"))
        #expect(
            !pdf.uriLinks.contains {
                !($0.hasPrefix("https://") || $0.hasPrefix("http://") || $0.hasPrefix("mailto:"))
            }, "\(pdf.uriLinks)")
        #expect(pdf.text.contains("See here, there and this"))
    }
}
