import Foundation
import PDFTestSupport

@testable import Briefs
@testable import Corpus

/// The sample corpus and a way to write issue briefs from it.
enum BriefFixtures {
    static let root = PDFInspector.repositoryRoot
    static let corpus: Corpus = try! CorpusLoader(root: root + "/Corpus").loadValid().0
    static let resources = Resources(root: root)
    static let renderer = BriefRenderer(resources: resources)

    /// Writes an issue brief and returns its path.
    static func issueBrief(
        _ id: String, corpus: Corpus = corpus, range: DateRange = .all, template: String? = nil,
        in dir: String = PDFInspector.temporaryDirectory()
    ) throws -> String {
        let brief = try IssueBrief(corpus: corpus, issue: id, range: range)
        let t = try BriefTemplate(nameOrPath: template, default: "issue-brief", resources: resources)
        let style = try BriefStyle.load(path: t.stylePath)
        let path = dir + "/\(id).pdf"
        try renderer.render(brief, template: t, style: style, to: path, creator: "brief test")
        return path
    }

    /// Writes any brief with the shipped template of its kind; returns the path.
    static func render(_ content: any BriefContent, kind: String, name: String? = nil) throws -> String {
        let t = try BriefTemplate(nameOrPath: nil, default: kind, resources: resources)
        let style = try BriefStyle.load(path: t.stylePath, kind: kind)
        let path = PDFInspector.temporaryDirectory() + "/\(name ?? kind).pdf"
        try renderer.render(content, template: t, style: style, to: path, creator: "brief test")
        return path
    }

    /// The `SOURCE_DATE_EPOCH` the reproducible briefs are written with (18 March 2025).
    static let epoch = "1742256000"

    /// Writes a brief with the built `brief` executable (`generate` with
    /// `arguments`, the sample corpus) and `SOURCE_DATE_EPOCH` set in its
    /// environment only; returns the path. The same arguments, the same bytes.
    static func reproducible(_ arguments: [String], in dir: String = PDFInspector.temporaryDirectory()) throws -> String
    {
        let path = dir + "/brief.pdf"
        let r = cli(
            ["generate"] + arguments + ["--corpus", root + "/Corpus", "-o", path],
            environment: ["SOURCE_DATE_EPOCH": epoch])
        guard r.status == 0 else { throw BriefFailed(arguments: arguments, error: r.error) }
        return path
    }

    struct BriefFailed: Error, CustomStringConvertible {
        let arguments: [String], error: String
        var description: String { "brief generate \(arguments.joined(separator: " ")) failed: \(error)" }
    }

    /// Runs the built `brief` executable; with `killedAfter`, it is killed after that many
    /// seconds (status `killed`), so that a test of a run that once never ended fails instead of hanging.
    static func cli(_ args: [String], environment: [String: String] = [:], killedAfter seconds: Int? = nil) -> (
        status: Int32, output: String, error: String
    ) {
        let exe = root + "/.build/debug/brief"
        let bound = seconds.map { ["timeout", "--signal=KILL", String($0)] } ?? []
        return PDFInspector.run(bound + [exe] + args, environment: environment)
    }

    /// Seconds a command that should refuse its arguments at once is given before it is killed:
    /// far above what refusing takes on a loaded machine (a debug build starts in a second or
    /// two), far below what the defects it guards against took (minutes, or forever).
    static let neverEnding = 30

    /// The status of a run killed after `neverEnding` seconds: `timeout` ends itself by the
    /// signal that ended the command, and Foundation reports a process ended by a signal with
    /// the signal's number.
    static let killed = SIGKILL
}
