import Foundation
import PDFTestSupport
import Testing

/// The structure tree of one brief of each kind, as text (`StructureDump`:
/// roles, attributes and the text each element holds), against a golden
/// file in `Tests/BriefsTests/Golden/`. A change to the tagging, the
/// templates or the wording shows as a readable diff; when it is meant,
/// regenerate the files and review them with `git diff`:
///
///     BRIEF_UPDATE_GOLDEN=1 swift test --filter StructureGoldenTests
///
/// The briefs are written by the `brief` executable with `SOURCE_DATE_EPOCH`
/// set for it alone, so the dates they print do not change with the day.
@Suite struct StructureGoldenTests {
    struct Golden: Sendable, CustomTestStringConvertible {
        /// The golden file's name, without ".txt".
        var name: String
        /// `brief` arguments writing the PDF to the path that follows them.
        var arguments: [String]
        var testDescription: String { name }
    }

    static let directory = BriefFixtures.root + "/Tests/BriefsTests/Golden"
    static let updating = ProcessInfo.processInfo.environment["BRIEF_UPDATE_GOLDEN"] == "1"
    static let regenerate = "BRIEF_UPDATE_GOLDEN=1 swift test --filter StructureGoldenTests"

    static let briefs: [Golden] = [
        Golden(
            name: "issue-detainees",
            arguments: ["generate", "--issue", "detainees", "--corpus", BriefFixtures.root + "/Corpus", "-o"]),
        Golden(
            name: "meeting-hrc48-2021",
            arguments: ["generate", "--meeting", "hrc48-2021", "--corpus", BriefFixtures.root + "/Corpus", "-o"]),
        Golden(
            name: "annual-2017",
            arguments: ["generate", "--year", "2017", "--corpus", BriefFixtures.root + "/Corpus", "-o"]),
        Golden(name: "specimen", arguments: ["specimen", "-o"]),
    ]

    @Test(arguments: briefs)
    func theStructureTreeIsTheGoldenOne(_ golden: Golden) throws {
        let pdf = PDFInspector.temporaryDirectory() + "/\(golden.name).pdf"
        let r = BriefFixtures.cli(golden.arguments + [pdf], environment: ["SOURCE_DATE_EPOCH": BriefFixtures.epoch])
        try #require(r.status == 0, "brief \(golden.arguments.joined(separator: " ")) failed: \(r.error)")
        let dump = StructureDump.dump(pdf)
        #expect(dump.split(separator: "\n").count > 20, "the dump is nearly empty:\n\(dump)")
        let file = Self.directory + "/\(golden.name).txt"
        if Self.updating {
            try FileManager.default.createDirectory(atPath: Self.directory, withIntermediateDirectories: true)
            try dump.write(toFile: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOfFile: file, encoding: .utf8),
            "no golden file \(file): write it with \(Self.regenerate)")
        guard dump != expected else { return }
        let actual = PDFInspector.temporaryDirectory() + "/\(golden.name).txt"
        try dump.write(toFile: actual, atomically: true, encoding: .utf8)
        let diff = PDFInspector.run([
            "diff", "-u", "--label", "golden/\(golden.name).txt", "--label", "this build", file, actual,
        ]).output
        Issue.record(
            """
            The structure tree of \(golden.name) is not the golden one (- golden, + now):
            \(diff)
            If the change is meant (new wording, a template change), regenerate the golden files with
              \(Self.regenerate)
            and review `git diff Tests/BriefsTests/Golden` before committing it.
            """)
    }
}
