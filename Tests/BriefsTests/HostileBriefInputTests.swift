import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus
@testable import Typesetting

/// Hostile input reaching the brief layer: nesting that once overflowed the
/// stack, style and directive values that once trapped, template mistakes
/// that once printed a Swift value. Each input is generated here.
@Suite struct HostileBriefInputTests {
    static func shippedStyle() throws -> BriefStyle {
        try BriefStyle.load(path: BriefFixtures.root + "/Templates/style.yaml")
    }

    /// Typesets a body as an annual summary does and lays it out.
    static func layOut(_ body: String) throws -> LaidOutDocument {
        let style = try shippedStyle()
        var typesetter = MarkdownTypesetter(style: style)
        typesetter.allowsDirectives = false
        let blocks = try typesetter.blocks(Markdown.parse(body))
        return try DocumentLayout(
            context: LayoutContext(fonts: try BriefFixtures.renderer.fonts(for: style)), style: style.document
        )
        .layout(blocks, metadata: DocumentMetadata(title: "hostile", date: Date(timeIntervalSince1970: 0)))
    }

    static func text(of doc: LaidOutDocument) -> String {
        doc.pages.flatMap {
            $0.placements.flatMap {
                $0.fragment.items.compactMap { item -> String? in
                    if case .glyphs(let run) = item { return run.text } else { return nil }
                }
            }
        }.joined(separator: " ")
    }

    @Test func fiveThousandNestedQuotesAndAThreeThousandLevelListAreSetWithTheirText() throws {
        let body =
            String(repeating: "> ", count: 5_000) + "deepest quote\n\n" + String(repeating: "- ", count: 3_000)
            + "deepest item\n"
        let doc = try Self.layOut(body)
        let text = Self.text(of: doc)
        #expect(text.contains("deepest") && text.contains("quote") && text.contains("item"), "\(text.prefix(200))")
    }

    @Test func aTwentyPointBodyInAColumnOfOneWordNeverTraps() throws {
        // The smallest column and the largest size a style may give: every line holds at least a box.
        var style = try Self.shippedStyle()
        style.document.margins.left = (style.document.pageSize.width - StyleLimits.narrowestMeasure) / 2
        style.document.margins.right = style.document.margins.left
        style.document.header = nil
        style.document.footer = nil
        let big = style.body.with { $0.size = StyleLimits.fontSizes.upperBound }
        let blocks: [Block] = [
            .paragraph(
                [
                    TextRun(
                        "Incomprehensibilities notwithstanding, a column narrower than its words still sets.",
                        style: big)
                ],
                style.paragraph)
        ]
        let doc = try DocumentLayout(
            context: LayoutContext(fonts: try BriefFixtures.renderer.fonts(for: style)), style: style.document
        )
        .layout(blocks, metadata: DocumentMetadata(title: "narrow", date: Date(timeIntervalSince1970: 0)))
        let letters = Self.text(of: doc).filter { $0.isLetter }
        #expect(letters.contains("Incomprehensibilitiesnotwithstandingacolumnnarrower"), "\(letters)")
    }

    static func style(_ yaml: String) throws -> String {
        let dir = PDFInspector.temporaryDirectory() + "/style"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try yaml.write(toFile: dir + "/style.yaml", atomically: true, encoding: .utf8)
        return dir + "/style.yaml"
    }

    @Test(arguments: [
        (
            "page:\n  margins: {top: 66, right: 280, bottom: 64, left: 280}\n", "style.yaml:2:",
            "'right' is 280 pt; it must be from 0 to 234 pt"
        ),
        ("body: {size: 1000}\n", "style.yaml:1:", "'size' is 1000 pt; it must be from 4 to 72 pt"),
        ("body: {size: -3}\n", "style.yaml:1:", "'size' is -3 pt"),
        ("body: {leading: 0}\n", "style.yaml:1:", "'leading' is 0 pt"),
        ("lists: {indent: 400}\n", "style.yaml:1:", "'indent' is 400 pt"),
        ("page:\n  margins: {left: 200, right: 200}\n", "style.yaml:2:", "the left and right margins leave 212 pt"),
    ])
    func styleValuesThatLeaveNoPageAreLocatedErrors(yaml: String, place: String, message: String) throws {
        let path = try Self.style(yaml)
        do {
            _ = try BriefStyle.load(path: path)
            if !message.contains("leave 212") { Issue.record("accepted: \(yaml)") }
        } catch let e as BriefError {
            #expect(e.description.contains(place) && e.description.contains(message), "\(e.description)")
        }
    }

    /// The margin rule's boundary on letter paper: margins leaving the narrowest measure (144 pt) are
    /// accepted; one point more is a located error, not a trap in the line composer.
    @Test func marginsAreJudgedAtTheNarrowestMeasure() throws {
        let widest = try BriefStyle.load(path: try Self.style("page:\n  margins: {left: 234, right: 234}\n"))
        #expect(widest.document.contentWidth == 144)
        #expect(
            try BriefStyle.load(path: try Self.style("page:\n  margins: {left: 200, right: 200}\n")).document.margins
                .left == 200)
        do {
            _ = try BriefStyle.load(path: try Self.style("page:\n  margins: {left: 235, right: 234}\n"))
            Issue.record("a 143 pt column was accepted")
        } catch let e as BriefError {
            #expect(
                e.description.contains("style.yaml:2:")
                    && e.description.contains("'left' is 235 pt; it must be from 0 to 234 pt"),
                "\(e.description)")
        }
    }

    static func template(_ text: String) throws -> BriefTemplate {
        let dir = PDFInspector.temporaryDirectory() + "/template"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try text.write(toFile: dir + "/t.mustache", atomically: true, encoding: .utf8)
        return try BriefTemplate(
            nameOrPath: dir + "/t.mustache", default: "issue-brief", resources: BriefFixtures.resources)
    }

    static func templateError(_ text: String) -> String {
        do { _ = try template(text); return "no error" } catch { return "\(error)" }
    }

    @Test func threeThousandNestedSectionsAreRefusedAtTheirLine() {
        let text = "# Title\n\n" + (0..<3_000).map { "{{#s\($0)}}" }.joined(separator: "\n") + "\n"
        let message = Self.templateError(text)
        #expect(
            message.contains("t.mustache:67:1: error: template does not parse: sections nested more than 64 deep"),
            "\(message)")
    }

    @Test func anUnclosedTagIsALocatedSentenceNotASwiftValue() {
        let message = Self.templateError("# Title\n\nLine two {{name\n")
        #expect(
            message.contains("t.mustache:3:10: error: template does not parse: a tag is not closed: end it with }}"),
            "\(message)")
        #expect(message.contains("error: template does not parse:"), "\(message)")
        #expect(!message.contains("ParserError") && !message.contains("MustacheParser"), "\(message)")
        let unclosed = Self.templateError("{{#items}}\nText\n")
        #expect(
            unclosed.contains(
                "t.mustache:1:1: error: template does not parse: the section opened here is never closed: add {{/items}}"
            ), "\(unclosed)")
        #expect(!unclosed.contains("ParserError"), "\(unclosed)")
    }

    @Test func anUnknownDirectiveNamesItsTemplateLine() throws {
        let t = try Self.template("# Brief\n\nSome text.\n\n::matrx\n")
        let brief = try IssueBrief(corpus: BriefFixtures.corpus, issue: "detainees")
        let style = try Self.shippedStyle()
        do {
            _ = try BriefFixtures.renderer.render(
                brief, template: t, style: style, to: PDFInspector.temporaryDirectory() + "/x.pdf", creator: "test")
            Issue.record("no error")
        } catch let e as BriefError {
            #expect(
                e.description.contains("t.mustache:5:1: error: unknown directive '::matrx'; did you mean 'matrix'?"),
                "\(e.description)")
        }
    }

    @Test func aNegativeKeyQuoteCountIsALocatedError() throws {
        let t = try Self.template("# Brief\n\n::key-quotes\n-5\n")
        let event = try #require(
            BriefFixtures.corpus.events.first { e in BriefFixtures.corpus.documents.contains { $0.event == e.id } })
        let brief = try MeetingBrief(corpus: BriefFixtures.corpus, event: event.id)
        do {
            _ = try BriefFixtures.renderer.render(
                brief, template: t, style: try Self.shippedStyle(),
                to: PDFInspector.temporaryDirectory() + "/m.pdf", creator: "test")
            Issue.record("no error")
        } catch let e as BriefError {
            #expect(
                e.description.contains(
                    "t.mustache:3:1: error: '::key-quotes' takes a count of 0 or more on its next line, not '-5'"),
                "\(e.description)")
        }
    }

    /// The lists of a corpus with one organization (hrw), one issue with one demand (release) and no
    /// engagements, and an empty `documents/`, written into `dir`.
    static func writeOneDemandLists(to dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir + "/documents", withIntermediateDirectories: true)
        try "- id: hrw\n  name: Human Rights Watch\n  kind: ngo\n".write(
            toFile: dir + "/organizations.yaml", atomically: true, encoding: .utf8)
        try
            "- id: detainees\n  label: Detained civilians\n  demands:\n    - id: release\n      label: Release detained civilians\n"
            .write(toFile: dir + "/issues.yaml", atomically: true, encoding: .utf8)
        try "[]\n".write(toFile: dir + "/events.yaml", atomically: true, encoding: .utf8)
    }

    /// A corpus of `count` letters by one organization, all of one day, on one demand.
    static func sameDayCorpus(_ count: Int) throws -> Corpus {
        let dir = PDFInspector.temporaryDirectory() + "/same-day"
        try writeOneDemandLists(to: dir)
        for i in 0..<count {
            try
                "---\ntitle: Letter \(i)\norganizations: [hrw]\ndate: 2025-03-01\nkind: letter\nasks:\n  - demand: release\n    text: Release them.\n---\nWe call for their release.\n"
                .write(toFile: dir + "/documents/letter-\(i).md", atomically: false, encoding: .utf8)
        }
        return try CorpusLoader(root: dir).loadValid().0
    }

    /// 1,000 documents of one day may each be the first and the most recent: the summary names five
    /// and counts the rest, so its sentence (once 100,000 titles, and gigabytes to set) stays a sentence.
    @Test func aThousandDocumentsOfOneDayAreNamedFiveAndCounted() throws {
        let brief = try IssueBrief(corpus: try Self.sameDayCorpus(1_000), issue: "detainees")
        #expect(brief.mayBeFirst.count == 1_000 && brief.mayBeLatest.count == 1_000)
        let context = brief.context(generated: "today")
        #expect(context.first.count == ListFormat.longestNamed && context.latest.count == ListFormat.longestNamed)
        #expect(context.first.map(\.separator) == [", ", ", ", ", ", ", ", ""])
        #expect(context.firstMore == "995 other documents" && context.latestMore == "995 other documents")
        let template = try BriefTemplate(nameOrPath: nil, default: "issue-brief", resources: BriefFixtures.resources)
        let composed = try BriefFixtures.renderer.compose(
            brief, template: template, style: try Self.shippedStyle(), creator: "test")
        let summary = composed.blocks.compactMap { block -> String? in
            guard case .paragraph(let runs, _) = block else { return nil }
            let text = runs.map(\.text).joined()
            return text.contains("raised first") ? text : nil
        }
        #expect(summary.count == 1)
        #expect(
            summary.first.map { $0.contains("(1 March 2025) or one of 995 other documents (their dates") } == true,
            "\(summary)")
        #expect((summary.first?.count ?? .max) < 1_500, "\(summary.first?.count ?? 0) characters")
        // Six candidates are all named: counting one would save nothing.
        let six = try IssueBrief(corpus: try Self.sameDayCorpus(6), issue: "detainees").context(generated: "today")
        #expect(
            six.first.count == 6 && six.firstMore == "" && !six.hasFirstMore
                && six.first.map(\.separator).suffix(2) == [" or ", ""])
    }

    /// A code block is set in paragraphs of at most `codeLinesPerParagraph` lines, cut between
    /// lines of text: set as one paragraph, every line of it was held until the whole block was
    /// composed (50,000 lines took 329 MB; a 10 MB block of 400,000 lines, 1.27 GB).
    @Test func aLongCodeBlockIsSetInPiecesKeepingEveryLine() throws {
        let lines = (0..<2_000).map { $0 % 7 == 3 ? "" : "let x\($0) = \($0 * 7)" }
        let code = lines.joined(separator: "\n") + "\n"
        var typesetter = MarkdownTypesetter(style: try Self.shippedStyle())
        typesetter.allowsDirectives = false
        let blocks = try typesetter.blocks(Markdown.parse("Before.\n\n```\n" + code + "```\n"))
        let pieces = blocks.dropFirst().compactMap { block -> String? in
            guard case .paragraph(let runs, _) = block else { return nil }
            return runs.map(\.text).joined()
        }
        let most = MarkdownTypesetter.codeLinesPerParagraph
        #expect(pieces.count == blocks.count - 1 && pieces.count >= lines.count / most, "\(pieces.count) pieces")
        #expect(pieces.allSatisfy { $0.split(separator: "\n", omittingEmptySubsequences: false).count <= most })
        #expect(pieces.joined(separator: "\n") == code, "every line, the empty ones too, in order")
        #expect(pieces.dropLast().allSatisfy { !$0.hasPrefix("\n") && !$0.hasSuffix("\n") })
        let doc = try Self.layOut("```\n" + code + "```\n")
        let text = Self.text(of: doc)
        #expect(doc.pages.count > 20 && text.contains("x1999") && text.contains("13993"))
    }

    @Test func fiftyThousandIdenticalHeadingsGetDistinctAnchors() {
        var names = AnchorNames()
        let made = (0..<50_000).map { _ in names.make("Same heading") }
        #expect(Set(made).count == 50_000)
        #expect(made[0] == "same-heading" && made[1] == "same-heading-2" && made[49_999] == "same-heading-50000")
        // A heading already named like a numbered one is not given twice.
        var mixed = AnchorNames()
        #expect([mixed.make("A"), mixed.make("A 2"), mixed.make("A"), mixed.make("A")] == ["a", "a-2", "a-3", "a-4"])
    }

    @Test func specimenRefusesANegativePNGCountAndAHugePageCount() throws {
        let dir = PDFInspector.temporaryDirectory()
        var r = BriefFixtures.cli(
            ["specimen", "--png=-1", "-o", dir + "/s.pdf"], killedAfter: BriefFixtures.neverEnding)
        #expect(
            r.status == 64 && r.error.contains("--png must be 0 or a positive number of pages, not -1"), "\(r.error)")
        // Unbounded, this run allocated gigabytes for minutes: it is killed rather than waited for.
        r = BriefFixtures.cli(
            ["specimen", "--pages", "99999999999", "-o", dir + "/s.pdf"], killedAfter: BriefFixtures.neverEnding)
        #expect(r.status == 64 && r.error.contains("--pages must be from 1 to 1000"), "\(r.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    /// `bench engine` lays the specimen out as `specimen` does, and is held to
    /// its bound (`--pages 99999999999` reached 1.8 GB; `--runs 99999999999`
    /// never ended). Each run is killed after `BriefFixtures.neverEnding`
    /// seconds, so that without the bound the test fails instead of hanging.
    @Test func benchRefusesAHugePageOrRunCount() {
        let refusals = [
            (["--pages", "99999999999"], "--pages must be from 1 to 1000, not 99999999999"),
            (["--pages", "1", "--runs", "99999999999"], "--runs must be from 1 to 100, not 99999999999"),
            (["--pages", "1", "--runs", "0"], "--runs must be from 1 to 100, not 0"),
        ]
        for (arguments, message) in refusals {
            let r = BriefFixtures.cli(["bench", "engine"] + arguments, killedAfter: BriefFixtures.neverEnding)
            #expect(r.status != BriefFixtures.killed, "\(arguments) still ran after \(BriefFixtures.neverEnding) s")
            #expect(r.status == 64 && r.error.contains(message), "\(arguments): exit \(r.status), \(r.error)")
        }
    }

    /// `list outcomes` over 20,000 outcomes of one demand: each row's "now"
    /// computed that demand's status again, filtering every outcome (200,000
    /// outcomes passed 60 s; 20,000 took minutes in a debug build). The status
    /// is computed once per demand, and every row says the same.
    @Test func twentyThousandOutcomesOfOneDemandAreListedWithOneStatus() throws {
        let count = 20_000
        let dir = PDFInspector.temporaryDirectory() + "/outcomes"
        try Self.writeOneDemandLists(to: dir)
        // Pending on every day from 1 January 1950 on (all before today), then met on the last.
        let outcomes = (0..<count).map { i in
            let day = Date(timeIntervalSince1970: -631_152_000 + Double(i) * 86_400)
            let date = ISO8601DateFormatter.string(from: day, timeZone: .gmt, formatOptions: [.withFullDate])
            return "- demand: release\n  status: \(i == count - 1 ? "met" : "pending")\n  date: \(date)\n"
        }
        try outcomes.joined().write(toFile: dir + "/outcomes.yaml", atomically: true, encoding: .utf8)
        let r = BriefFixtures.cli(["list", "outcomes", "--json", "--corpus", dir])
        #expect(r.status == 0, "\(r.error)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: Any]], "\(r.output.prefix(200))")
        #expect(rows.count == count)
        let now = Set(rows.compactMap { $0["now"] as? String })
        #expect(now.count == 1 && now.first?.hasPrefix("Met") == true, "\(now.prefix(3))")
    }
}
