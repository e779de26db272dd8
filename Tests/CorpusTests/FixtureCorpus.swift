import Foundation
import PDFTestSupport

@testable import Corpus

/// A small valid corpus written to a temporary folder; tests replace one
/// file at a time to provoke each problem.
struct FixtureCorpus {
    var files: [String: String] = [
        "organizations.yaml": """
        - id: hrw
          name: Human Rights Watch
          short: HRW
          kind: ngo
        - id: hrf
          name: Human Rights First
          kind: ngo
        """,
        "issues.yaml": """
        - id: detainees
          label: Detained civilians
          demands:
            - id: release-civilians
              label: Release detained civilians
            - id: monitor-detainees
              label: Monitor detention
        """,
        "events.yaml": """
        - id: call-2025
          date: 2025-03-18
          title: Telephone call
          kind: call
        """,
        "documents/hrw-letter.md": """
        ---
        title: A letter
        organizations: [hrw]
        date: 2025-03
        kind: letter
        event: call-2025
        asks:
          - demand: release-civilians
            text: Release them.
            quote: “release of all detained civilians”
        ---
        We call for the release of all detained civilians.
        """,
        "documents/hrf-statement.md": """
        ---
        title: A statement
        organizations: [hrf]
        date: 2017-04-07
        kind: statement
        asks:
          - demand: monitor-detainees
            text: Let monitors in.
        ---
        Monitors must be let in.
        """,
    ]

    /// Writes the files and loads them.
    func load() throws -> (Corpus, [Diagnostic], String) {
        let dir = ScratchDirectory.make("corpus")
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let (c, d) = try CorpusLoader(root: dir).load()
        return (c, d, dir)
    }

    /// Diagnostics only, as "file:line:column: severity: message" with the folder stripped.
    func diagnostics() throws -> [String] {
        let (_, d, dir) = try load()
        return d.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    func with(_ name: String, _ text: String) -> FixtureCorpus {
        var c = self; c.files[name] = text; return c
    }
}
