import Foundation
import PDFTestSupport
import Testing

@testable import Briefs

/// Where `--data` and standard output go, they arrive or the run fails:
/// `--data` is written as `-o` is (through a link, onto a device or a
/// pipe, atomically), and a standard output that refuses bytes is an error.
@Suite struct OutputTargetTests {
    static let corpus = BriefFixtures.root + "/Corpus"
    static let exe = BriefFixtures.root + "/.build/debug/brief"

    @Test func dataThroughALinkReplacesTheTargetAndKeepsTheLink() throws {
        let dir = PDFInspector.temporaryDirectory()
        try "old".write(toFile: dir + "/target.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "target.json")
        let r = BriefFixtures.cli([
            "generate", "--issue", "detainees", "--corpus", Self.corpus, "-o", dir + "/d.pdf", "--data",
            dir + "/link.json",
        ])
        #expect(r.status == 0, "\(r.error)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "target.json",
            "the link is kept")
        #expect(
            try String(contentsOfFile: dir + "/target.json", encoding: .utf8).contains("\"demands\""),
            "the target holds the data")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["d.pdf", "link.json", "target.json"],
            "nothing left beside")
    }

    @Test func dataOntoAFullDeviceIsAnError() throws {
        let dir = PDFInspector.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir + "/full.json", withDestinationPath: "/dev/full")
        let r = BriefFixtures.cli([
            "generate", "--issue", "detainees", "--corpus", Self.corpus, "-o", dir + "/d.pdf", "--data",
            dir + "/full.json",
        ])
        #expect(r.status == 1)
        #expect(r.error.contains("cannot write \(dir)/full.json: write failed: No space left on device"), "\(r.error)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/full.json") == "/dev/full",
            "the link is not replaced")
    }

    @Test func dataIntoAPipeReachesItsReader() throws {
        let dir = PDFInspector.temporaryDirectory()
        let fifo = dir + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let script =
            "cat '\(fifo)' > '\(dir)/read.json' & exec '\(Self.exe)' generate --issue detainees --corpus '\(Self.corpus)' -o '\(dir)/d.pdf' --data '\(fifo)'; "
        let r = PDFInspector.run(["sh", "-c", script + "wait"])
        #expect(r.status == 0, "\(r.error)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the pipe is still a pipe")
        #expect(try String(contentsOfFile: dir + "/read.json", encoding: .utf8).contains("\"demands\""))
    }

    /// `-o` and `--data` judge a path by one rule (`OutputFile.problem`, the writer's own): the same
    /// sentence for a folder, a wrong extension or a parent that is a file, before any work; a device is
    /// written through, whatever its name.
    @Test func outputAndDataJudgeAPathByOneRule() throws {
        let dir = PDFInspector.temporaryDirectory()
        try "a file".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        // (what -o is given, what --data is given, what each is told)
        let cases: [(pdf: String, data: String, saysO: String, saysData: String)] = [
            (
                dir, dir, "\(dir) is a folder; give a file name such as \(dir)/brief.pdf",
                "\(dir) is a folder; give a file name such as \(dir)/brief.csv"
            ),
            (
                dir + "/x.txt", dir + "/x.txt", "\(dir)/x.txt does not end in .pdf; name the output file.pdf",
                "\(dir)/x.txt does not end in .csv or .json; name the output file.csv"
            ),
            (
                dir + "/file/x.pdf", dir + "/file/x.json",
                "cannot write \(dir)/file/x.pdf: \(dir)/file is not a folder",
                "cannot write \(dir)/file/x.json: \(dir)/file is not a folder"
            ),
        ]
        let run = ["generate", "--issue", "detainees", "--corpus", Self.corpus]
        for c in cases {
            let byO = BriefFixtures.cli(run + ["-o", c.pdf])
            #expect(byO.status != 0 && byO.error.contains(c.saysO), "-o \(c.pdf): \(byO.error)")
            let byData = BriefFixtures.cli(run + ["-o", dir + "/d.pdf", "--data", c.data])
            #expect(
                byData.status != 0 && byData.error.contains("--data: " + c.saysData),
                "--data \(c.data): \(byData.error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["file"], "nothing written")
        let device = BriefFixtures.cli(run + ["-o", "/dev/null", "--data", "/dev/stdout"])
        #expect(device.status == 0, "\(device.error)")
        #expect(device.output.hasPrefix(BriefData.csvByteOrderMark), "CSV written through to standard output")
    }

    @Test(arguments: [["list", "issues"], ["check"], ["list", "outcomes", "--json"]])
    func aFullStandardOutputIsAnError(command: [String]) {
        let quoted = (command + ["--corpus", Self.corpus]).map { "'\($0)'" }.joined(separator: " ")
        let r = PDFInspector.run(["sh", "-c", "exec '\(Self.exe)' \(quoted) > /dev/full"])
        #expect(r.status == 1, "\(command): \(r.status)")
        #expect(r.error.contains("error: cannot write to standard output: No space left on device"), "\(r.error)")
    }

    @Test func ingestToAFullStandardOutputOrIntoAFileIsAReadableError() throws {
        let dir = PDFInspector.temporaryDirectory()
        let page = dir + "/page.txt"
        try
            "Rights Groups Urge Release of Detainees\n\nHuman Rights Watch urged the president to press for the release of all detained civilians.\n"
            .write(toFile: page, atomically: true, encoding: .utf8)
        var r = PDFInspector.run([
            "sh", "-c",
            "exec '\(Self.exe)' ingest '\(page)' --corpus '\(Self.corpus)' --out '\(dir)/drafts' --json > /dev/full",
        ])
        #expect(r.status == 1 && r.error.contains("cannot write to standard output"), "\(r.error)")
        try "a file".write(toFile: dir + "/taken", atomically: true, encoding: .utf8)
        r = BriefFixtures.cli(["ingest", page, "--corpus", Self.corpus, "--out", dir + "/taken/drafts"])
        #expect(r.status == 1)
        #expect(r.error.contains("is a file, not a folder; no draft was written"), "\(r.error)")
        #expect(!r.error.contains("NSCocoaErrorDomain"), "\(r.error)")
    }
}
