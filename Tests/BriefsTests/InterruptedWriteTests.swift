import Foundation
import PDFTestSupport
import Testing

@testable import Briefs

/// SIGTERM at the moment a file being written has a temporary name beside
/// its target — being filled, or filled and not yet moved into place —
/// leaves nothing behind: not the temporary file, not half a target. The
/// moment is made, not guessed: strace(1) holds the process for a second
/// after every write and link, the test waits until a temporary name shows
/// in the folder and sends SIGTERM then, so the signal is handled before
/// the next step (a rename would otherwise tidy up and hide a missing cleanup).
@Suite(.serialized) struct InterruptedWriteTests {
    static let exe = BriefFixtures.root + "/.build/debug/brief"
    static let corpus = BriefFixtures.root + "/Corpus"
    /// How long strace holds the process after each write and link: the test's window to send the signal.
    static let holdMicroseconds = 1_000_000

    static let canTrace: Bool = PDFInspector.run(["strace", "-qq", "-o", "/dev/null", "true"]).status == 0

    /// Every file under `dir`, hidden ones included, as paths relative to it.
    static func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    /// A temporary name: hidden (`.NAME….tmp`, Foundation's `.dat.nosync…`) or `NAME.tmp-PID`.
    static func isTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.contains(".tmp") || name.contains("nosync")
    }

    /// Runs `brief args` under strace holding writes and links; once a
    /// temporary file shows under `dir`, sends SIGTERM to brief. Returns
    /// brief's exit status and whether the signal was sent while a
    /// temporary file was there.
    static func terminateWhileATemporaryFileExists(_ args: [String], under dir: String) throws -> (
        status: Int32, caught: Bool
    ) {
        let pidFile = PDFInspector.temporaryDirectory() + "/pid"
        let calls = "write,pwrite64,link,linkat"
        let quoted = ([exe] + args).map { "'\($0)'" }.joined(separator: " ")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
            "-e", "inject=\(calls):delay_exit=\(holdMicroseconds)",
            "sh", "-c", "echo $$ > '\(pidFile)'; exec \(quoted)",
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var caught = false
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning && Date() < deadline {
            if files(under: dir).contains(where: isTemporary),
                let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                caught = true
                kill(pid, SIGTERM)
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        p.waitUntilExit()
        return (p.terminationStatus, caught)
    }

    @Test(.enabled(if: InterruptedWriteTests.canTrace, "needs strace(1)"))
    func sigtermWhileDataIsWrittenLeavesNothing() throws {
        let dir = PDFInspector.temporaryDirectory() + "/out"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // The PDF goes to a device (never renamed): the only temporary name is --data's.
        let (status, caught) = try Self.terminateWhileATemporaryFileExists(
            [
                "generate", "--issue", "detainees", "--corpus", Self.corpus, "-o", "/dev/null", "--data",
                dir + "/claims.json",
            ], under: dir)
        #expect(caught, "a temporary file showed while --data was written")
        #expect(status == 143, "the run ends by the signal")
        #expect(Self.files(under: dir) == [], "nothing left behind: \(Self.files(under: dir))")
    }

    @Test(.enabled(if: InterruptedWriteTests.canTrace, "needs strace(1)"))
    func sigtermWhileADraftIsWrittenLeavesNothing() throws {
        let dir = PDFInspector.temporaryDirectory()
        let page = dir + "/page.txt"
        try
            "Rights Groups Urge Release of Detainees\n\nHuman Rights Watch urged the president to press for the release of all detained civilians.\n"
            .write(toFile: page, atomically: true, encoding: .utf8)
        let drafts = dir + "/drafts"
        let (status, caught) = try Self.terminateWhileATemporaryFileExists(
            ["ingest", page, "--corpus", Self.corpus, "--out", drafts], under: drafts)
        #expect(caught, "a temporary file showed while a draft was written")
        #expect(status == 143, "the run ends by the signal")
        let left = Self.files(under: drafts)
        #expect(!left.contains(where: Self.isTemporary), "no temporary file left: \(left)")
    }
}
