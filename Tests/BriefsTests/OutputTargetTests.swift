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
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", Self.corpus, "-o", dir + "/d.pdf", "--data", dir + "/link.json"])
        #expect(r.status == 0, "\(r.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "target.json", "the link is kept")
        #expect(try String(contentsOfFile: dir + "/target.json", encoding: .utf8).contains("\"demands\""), "the target holds the data")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["d.pdf", "link.json", "target.json"], "nothing left beside")
    }

    @Test func dataOntoAFullDeviceIsAnError() throws {
        let dir = PDFInspector.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir + "/full.json", withDestinationPath: "/dev/full")
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", Self.corpus, "-o", dir + "/d.pdf", "--data", dir + "/full.json"])
        #expect(r.status == 1)
        #expect(r.error.contains("cannot write \(dir)/full.json: write failed: No space left on device"), "\(r.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/full.json") == "/dev/full", "the link is not replaced")
    }

    @Test func dataIntoAPipeReachesItsReader() throws {
        let dir = PDFInspector.temporaryDirectory()
        let fifo = dir + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let script = "cat '\(fifo)' > '\(dir)/read.json' & exec '\(Self.exe)' generate --issue detainees --corpus '\(Self.corpus)' -o '\(dir)/d.pdf' --data '\(fifo)'; "
        let r = PDFInspector.run(["sh", "-c", script + "wait"])
        #expect(r.status == 0, "\(r.error)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the pipe is still a pipe")
        #expect(try String(contentsOfFile: dir + "/read.json", encoding: .utf8).contains("\"demands\""))
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
        try "Rights Groups Urge Release of Detainees\n\nHuman Rights Watch urged the president to press for the release of all detained civilians.\n"
            .write(toFile: page, atomically: true, encoding: .utf8)
        var r = PDFInspector.run(["sh", "-c", "exec '\(Self.exe)' ingest '\(page)' --corpus '\(Self.corpus)' --out '\(dir)/drafts' --json > /dev/full"])
        #expect(r.status == 1 && r.error.contains("cannot write to standard output"), "\(r.error)")
        try "a file".write(toFile: dir + "/taken", atomically: true, encoding: .utf8)
        r = BriefFixtures.cli(["ingest", page, "--corpus", Self.corpus, "--out", dir + "/taken/drafts"])
        #expect(r.status == 1)
        #expect(r.error.contains("is a file, not a folder; no draft was written"), "\(r.error)")
        #expect(!r.error.contains("NSCocoaErrorDomain"), "\(r.error)")
    }
}
