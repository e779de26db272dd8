import Foundation
import PDFTestSupport
import Testing

@testable import Typesetting

/// Where the PDF goes: complete files only, nothing left behind, device
/// nodes and links never replaced.
@Suite struct OutputFileTests {
    private func write(to path: String) throws {
        let doc = try DocumentLayout(context: Fixtures.context(), style: Fixtures.style).layout(
            [.paragraph([TextRun(Fixtures.paragraphs[0], style: Fixtures.body)], ParagraphStyle())],
            metadata: DocumentMetadata(title: "Output", date: Date(timeIntervalSince1970: 0)))
        try PDFWriter.write(doc, to: path, fonts: Fixtures.fonts)
    }

    private func leftovers(in dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }
    }

    @Test func aNewFileAppearsCompleteWithNoTemporaryFileBeside() throws {
        let dir = PDFInspector.temporaryDirectory()
        try write(to: dir + "/a.pdf")
        #expect(PDFInspector(dir + "/a.pdf").isValid)
        #expect(try leftovers(in: dir).isEmpty)
    }

    @Test func missingParentFoldersAreCreated() throws {
        let dir = PDFInspector.temporaryDirectory()
        try write(to: dir + "/out/2025/a.pdf")
        #expect(PDFInspector(dir + "/out/2025/a.pdf").isValid)
    }

    @Test func aLinkToAFileReplacesTheFileAndKeepsTheLink() throws {
        let dir = PDFInspector.temporaryDirectory()
        try "old".write(toFile: dir + "/real.pdf", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.pdf", withDestinationPath: "real.pdf")
        try write(to: dir + "/link.pdf")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.pdf") == "real.pdf")
        #expect(PDFInspector(dir + "/real.pdf").isValid)
    }

    @Test func aFolderIsRefusedAndKept() throws {
        let dir = PDFInspector.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/taken.pdf", withIntermediateDirectories: false)
        #expect(throws: TypesettingError.self) { try write(to: dir + "/taken.pdf") }
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: dir + "/taken.pdf", isDirectory: &isDir) && isDir.boolValue)
        #expect(try leftovers(in: dir).isEmpty)
    }

    @Test func devicesAreWrittenThroughNotReplaced() throws {
        try write(to: "/dev/null")
        var st = stat()
        #expect(lstat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
    }

    @Test func aDeviceThatRefusesBytesIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        do {
            try write(to: "/dev/full")
            Issue.record("writing to /dev/full succeeded")
        } catch let TypesettingError.outputUnwritable(path, reason) {
            #expect(path == "/dev/full")
            #expect(reason.contains("No space left on device"), "\(reason)")
        }
        var st = stat()
        #expect(lstat("/dev/full", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func anUnwritableFolderIsAnErrorNamingIt() throws {
        #expect(throws: TypesettingError.self) { try write(to: "/proc/no-such-dir/x.pdf") }
    }
}

/// `SOURCE_DATE_EPOCH` is a whole number of seconds in the years 1970–9999, or an error.
@Suite struct SourceDateEpochTests {
    @Test func acceptsWholeSecondsInRange() throws {
        #expect(try SourceDateEpoch.parse("0") == Date(timeIntervalSince1970: 0))
        #expect(try SourceDateEpoch.parse("1700000000") == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(CalendarDate(try SourceDateEpoch.parse("253402300799")).year == 9999)
    }

    @Test func refusesEverythingElse() {
        for bad in [
            "", "abc", "-1", "1.5", " 17", "9300000000000000000", "99999999999999", "253402300800", "0x10", "1e9",
        ] {
            #expect(throws: SourceDateEpoch.Invalid.self, "\(bad)") { try SourceDateEpoch.parse(bad) }
        }
        let message = SourceDateEpoch.Invalid(value: "abc").description
        #expect(message.contains("SOURCE_DATE_EPOCH='abc'") && message.contains("unset it"))
    }
}

/// Variables read one at a time: what the process has, as `ProcessInfo` has it, and nothing it lacks.
@Suite struct ProcessEnvironmentTests {
    @Test func readsWhatTheProcessHasAndNothingElse() {
        let all = ProcessInfo.processInfo.environment
        let set = try? #require(all.keys.sorted().first)
        let unset = "BRIEF_TEST_UNSET_" + UUID().uuidString.replacingOccurrences(of: "-", with: "_")
        #expect(all[unset] == nil)
        if let set {
            #expect(ProcessEnvironment.value(set) == all[set])
            #expect(ProcessEnvironment.pick(set, unset) == [set: all[set]!])
        }
        #expect(ProcessEnvironment.value(unset) == nil)
        #expect(ProcessEnvironment.pick(unset).isEmpty)
    }
}
