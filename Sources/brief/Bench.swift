import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

/// Benchmarks, reported with the numbers a README can quote.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory: the engine, corpus loading, or an issue brief.",
        discussion: """
            engine typesets the specimen (justified text, headings, tables); \
            corpus loads and validates a corpus; issue composes and writes an \
            issue brief. Build with `swift build -c release` first: debug builds \
            are 5–20× slower. scripts/bench-peers compares brief with Typst and \
            ReportLab (docs/benchmarks.md).
              brief bench engine --pages 300
              brief bench corpus --corpus DIR
              brief bench issue detainees
            """)

    enum What: String, ExpressibleByArgument { case engine, corpus, issue }
    @Argument(help: "engine, corpus or issue") var what: What
    @Argument(help: "Issue id for `issue`.") var issue: String?
    @Option(name: .long, help: "Pages of specimen for `engine`.") var pages = 300
    @Option(name: .long, help: "Repetitions; the best time is reported.") var runs = 3
    @OptionGroup var corpus: CorpusOptions

    /// Repetitions a benchmark makes at most: the best of a hundred says all a best time can.
    static let mostRuns = 100

    /// The specimen's bound holds here too (it is laid out whole in memory): `--pages 99999999999`
    /// took 1.8 GB before it was stopped, `--runs 99999999999` never ended.
    func validate() throws {
        guard (1...Specimen.mostPages).contains(pages) else {
            throw ValidationError("--pages must be from 1 to \(Specimen.mostPages), not \(pages)")
        }
        guard (1...Self.mostRuns).contains(runs) else {
            throw ValidationError("--runs must be from 1 to \(Self.mostRuns), not \(runs)")
        }
    }

    func run() throws {
        try reportingErrors {
            var best = Double.infinity
            var summary = ""
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                summary = try once()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            print("\(what.rawValue): \(summary)")
            print(
                String(format: "best of %d: %.3f s, peak memory %.0f MB", runs, best, Self.peakMegabytes()),
                terminator: "")
            if let n = Int(summary.split(separator: " ").first ?? ""), what == .engine {
                print(String(format: ", %.0f pages/s", Double(n) / best))
            } else {
                print()
            }
        }
    }

    private func once() throws -> String {
        let out = NSTemporaryDirectory() + "brief-bench-\(getpid()).pdf"
        defer { try? FileManager.default.removeItem(atPath: out) }
        switch what {
        case .engine:
            let resources = try Resources.locate()
            let fonts = try FontLibrary(
                directory: resources.fonts, families: ["serif": "NotoSerif", "sans": "NotoSans"])
            var style = DocumentStyle()
            style.footer = PageFurniture(left: "{title}", right: "page {page} of {pages}")
            let layout = DocumentLayout(context: LayoutContext(fonts: fonts), style: style)
            let doc = try layout.layout(
                SpecimenDocument(style: style).blocks(pages: pages),
                metadata: DocumentMetadata(title: "Benchmark", creator: "brief bench"))
            try PDFWriter.write(doc, to: out, fonts: fonts)
            return "\(doc.pages.count) pages, \(layout.passes) layout passes"
        case .corpus:
            let (c, d) = try CorpusLoader(root: corpus.path).load()
            return "\(c.documents.count) documents, \(d.count) diagnostics"
        case .issue:
            guard let issue else { throw ValidationError("name the issue: brief bench issue detainees") }
            let loaded = try corpus.loadValid()
            let resources = try Resources.locate()
            let renderer = BriefRenderer(resources: resources)
            let brief = try IssueBrief(corpus: loaded, issue: issue)
            let template = try BriefTemplate(nameOrPath: nil, default: "issue-brief", resources: resources)
            let style = try BriefStyle.load(path: template.stylePath)
            let pages = try renderer.render(brief, template: template, style: style, to: out, creator: "brief bench")
            return "\(pages) pages"
        }
    }

    /// Peak resident set size (VmHWM) of this process.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kb / 1024
    }
}
