import Foundation
import PDFTestSupport
import PropertyBased
import Testing

@testable import Corpus

/// Mutation fuzzing of the corpus loader: a seed file from `FuzzSeeds/`
/// (one per corpus file kind) is damaged by random edits — bytes, YAML and
/// Markdown tokens, control characters, emoji, very long runs — and loaded
/// with the other seeds. Whatever the input, loading never traps, and every
/// diagnostic names a real line and column of a real file.
///
/// CI runs a short pass; run longer with
/// `BRIEF_FUZZ_ITERATIONS=20000 swift test --filter Fuzz`.
@Suite struct CorpusFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["BRIEF_FUZZ_ITERATIONS"] ?? "") ?? 120

    static let seedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/FuzzSeeds"

    /// Seed file name → where it goes in a corpus.
    static let seeds: [(name: String, slot: String, bytes: [UInt8])] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder)) ?? []).sorted()
        return names.map { name in
            let slot = name.hasPrefix("document-") ? "documents/" + name.dropFirst("document-".count) : name
            return (name, slot, [UInt8](FileManager.default.contents(atPath: seedFolder + "/" + name) ?? Data()))
        }
    }()

    /// Pieces the mutator inserts: the syntax these files are made of, and
    /// what once broke a loader or a layout.
    static let tokens: [String] = [
        "---\n", ": ", "\n- ", "  - ", "- id: ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "<<: *a\n", "|\n", ">-\n",
        "#",
        "\t", "\u{07}", "\u{00}", "\u{85}", "\r\n", "🇺🇦", "👩🏽‍⚖️", "\u{202E}", "مرحبا", "Права", "漢字",
        "::matrix\n", "::pagebreak", "<div>x</div>\n", "<script>", "[x](javascript:alert(1))", "![i](data:x)", "&#106;",
        "> > > > ", "1. ", "    ", "**", "_", "`", "\\", "title: ", "date: 2025-02-30", "date: 2025-13",
        "organizations: [",
        "demand: ", "quote: ", "id: id", String(repeating: "w", count: 5_000), String(repeating: "[", count: 300),
        String(repeating: "> ", count: 60), String(repeating: "- ", count: 80), "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}",
        // outcomes.yaml and the v1.1 fields
        "status: met", "status: partly-met", "status: maybe", "date: 2099-01-01", "event: nowhere", "talking_point: 42",
        "\"\\0\"", "note: ", "language: fr", String(repeating: "\u{0301}", count: 400),
        String(repeating: "<!-- ", count: 200),
    ]

    struct Edit: CustomStringConvertible {
        var position: Int, operation: Int, token: Int
        var description: String { "(\(position), op \(operation), token \(token))" }
    }

    static func mutate(_ bytes: [UInt8], with edits: [Edit]) -> [UInt8] {
        var b = bytes
        for e in edits {
            let at = b.isEmpty ? 0 : e.position % (b.count + 1)
            switch e.operation {
            case 0, 1, 2: b.insert(contentsOf: Array(tokens[e.token % tokens.count].utf8), at: at)
            case 3: if at < b.count { b.remove(at: at) }
            case 4: if at < b.count { b[at] = UInt8(truncatingIfNeeded: e.token &* 37) }  // any byte, invalid UTF-8 too
            case 5: if at < b.count { b.removeSubrange(at..<min(b.count, at + e.token % 40 + 1)) }  // cut a chunk
            case 6:  // repeat a chunk
                let end = min(b.count, at + e.token % 60 + 1)
                b.insert(contentsOf: b[at..<end], at: at)
            case 7: if at < b.count, b[at] == 0x20 { b.remove(at: at) } else { b.insert(0x20, at: at) }  // indentation
            default: b.insert(0x0A, at: at)
            }
        }
        return b
    }

    @Test func theLoaderNeverTrapsAndLocatesEveryDiagnostic() async throws {
        try #require(Self.seeds.count >= 6, "seeds in \(Self.seedFolder), outcomes.yaml among them")
        let edit = zip(Gen.int(in: 0...20_000), Gen.int(in: 0...8), Gen.int(in: 0...500)).map {
            Edit(position: $0, operation: $1, token: $2)
        }
        await propertyCheck(
            count: Self.iterations, input: Gen.int(in: 0...(Self.seeds.count - 1)), edit.array(of: 1...12)
        ) { seed, edits in
            let dir = ScratchDirectory.make("fuzz")
            defer { try? FileManager.default.removeItem(atPath: dir) }
            var lineCounts: [String: Int] = [:]
            for (i, s) in Self.seeds.enumerated() {
                let path = dir + "/" + s.slot
                try? FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let bytes = i == seed ? Self.mutate(s.bytes, with: edits) : s.bytes
                FileManager.default.createFile(atPath: path, contents: Data(bytes))
                lineCounts[path] = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            guard let (_, diagnostics) = try? CorpusLoader(root: dir).load() else { return }
            for d in diagnostics {
                #expect(!d.message.isEmpty)
                #expect(d.message.count < 2_000, "messages cut long values: \(d.message.prefix(120))")
                #expect(d.location.line >= 1 && d.location.column >= 1, "\(d)")
                if let lines = lineCounts[d.location.file] {
                    #expect(d.location.line <= lines, "line \(d.location.line) of \(lines): \(d)")
                }
            }
        }
    }
}
