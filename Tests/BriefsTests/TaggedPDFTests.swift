import Foundation
import PDFTestSupport
import Testing
@testable import Briefs
@testable import Corpus
import Typesetting

/// Every brief is a tagged PDF a screen reader can follow (PDF/UA-1): the
/// checker finds nothing, and the structure tree holds what the page shows.
@Suite struct TaggedPDFTests {
    static let detainees: String = try! BriefFixtures.issueBrief("detainees")

    /// Every brief kind of the sample corpus, the specimen, and a large synthetic brief.
    static let allBriefs: [String] = {
        var paths = [detainees]
        let corpus = BriefFixtures.corpus
        for e in corpus.events where !corpus.documents.filter({ $0.event == e.id }).isEmpty {
            paths.append(try! BriefFixtures.render(try! MeetingBrief(corpus: corpus, event: e.id), kind: "meeting-brief", name: "meeting-\(e.id)"))
        }
        for year in Set(corpus.documents.map(\.date.year)).sorted() {
            paths.append(try! BriefFixtures.render(try! AnnualSummary(corpus: corpus, year: year), kind: "annual-summary", name: "annual-\(year)"))
        }
        let dir = PDFInspector.temporaryDirectory()
        if BriefFixtures.cli(["specimen", "-o", dir + "/specimen.pdf"]).status == 0 { paths.append(dir + "/specimen.pdf") }
        let synth = dir + "/synth"
        let made = PDFInspector.run([BriefFixtures.root + "/../shared/tools/synth-corpus", "--documents", "400", "--organizations", "24",
                                     "--events", "20", "--years", "2022-2024", "--seed", "5", synth])
        if made.status == 0, BriefFixtures.cli(["batch", "--years", "2023", "--corpus", synth, "--out-dir", dir + "/synth-out"]).status == 0 {
            paths.append(dir + "/synth-out/summary-2023.pdf")
        }
        return paths
    }()

    @Test func thePDFUACheckerFindsNoErrorAndNoWarningInAnyBrief() throws {
        let briefs = Self.allBriefs
        // Detainees, the meetings, the years, the specimen and the synthetic summary.
        #expect(briefs.contains { $0.hasSuffix("/specimen.pdf") } && briefs.contains { $0.hasSuffix("/summary-2023.pdf") },
                "the specimen or the synthetic summary was not written: \(briefs)")
        #expect(briefs.filter { $0.contains("/meeting-") }.count >= 4 && briefs.filter { $0.contains("/annual-") }.count >= 3)
        for path in briefs {
            let result = try #require(PDFUAChecker.check(path), "pdfua is not installed: scripts/test creates .build/pdfua-venv")
            #expect(result.errors == 0 && result.warnings == 0, "\(path):\n\(result.report)")
            #expect(!result.report.contains("[skip"), "a rule could not run on \(path):\n\(result.report)")
        }
    }

    @Test func theCatalogNamesTheLanguageTheTitleAndTheTagging() {
        let tree = StructureTree(Self.detainees)
        #expect(tree.language == "en-US")
        #expect(tree.isMarked)
        #expect(tree.displaysTitle)
        let xmp = PDFInspector.run(["qpdf", "--show-object=" + "\(xmpObject(Self.detainees))", "--filtered-stream-data", Self.detainees]).output
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(xmp.contains("Issue brief: Detainees"))
    }

    @Test func everyOutlineEntryHasAHeadingElementAtItsLevel() {
        let tree = StructureTree(Self.detainees)
        let headings = tree.elements.filter { $0.role.count == 2 && $0.role.hasPrefix("H") }
        let outline = PDFInspector(Self.detainees).outline
        #expect(!outline.isEmpty)
        #expect(headings.map { Int($0.role.dropFirst())! } == outline.map(\.depth),
                "headings \(headings.map(\.role)) against outline \(outline.map { ($0.depth, $0.title) })")
        #expect(headings.allSatisfy { !$0.content.isEmpty }, "a heading has no text")
    }

    @Test func theMatrixHasColumnAndRowHeaders() throws {
        let tree = StructureTree(Self.detainees)
        let matrix = try #require(tree.elements("Table").first)
        let rows = matrix.all("TR")
        #expect(rows.count == BriefFixtures.corpus.organizations.filter { org in
            BriefFixtures.corpus.documents.contains { $0.organizations.contains(org.id) && $0.asks.contains { a in
                BriefFixtures.corpus.issue("detainees")?.demands.contains { $0.id == a.demand } == true } }
        }.count + 2, "one header row, one row per organization, a totals row")
        let headerCells = rows[0].children
        #expect(headerCells.allSatisfy { $0.role == "TH" && $0.attributes["Scope"] == "Column" })
        for row in rows.dropFirst() {
            #expect(row.children.first?.role == "TH" && row.children.first?.attributes["Scope"] == "Row")
            #expect(row.children.dropFirst().allSatisfy { $0.role == "TD" })
            #expect(row.children.count == headerCells.count, "every row has a cell for every column")
        }
    }

    @Test func figuresHaveAlternativeTextWrittenFromTheData() throws {
        let tree = StructureTree(Self.detainees)
        let figures = tree.elements("Figure")
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { !($0.attributes["Alt"] ?? "").isEmpty })
        let timeline = try #require(figures.first { $0.attributes["Alt"]!.hasPrefix("Timeline") })
        let alt = timeline.attributes["Alt"]!
        #expect(alt.range(of: #"^Timeline \d{4}(–\d{4})?: \d+ organizations?, \d+ statements?(,)? and \d+ engagements?"#,
                          options: .regularExpression) != nil, "\(alt)")
        #expect(alt.contains("Most recent statement:"), "\(alt)")
        #expect(figures.contains { $0.attributes["Alt"]!.hasPrefix("Asked in") }, "matrix marks carry their meaning")
    }

    @Test func everyLinkAnnotationIsDescribedAndTiedToALinkElement() {
        let tree = StructureTree(Self.detainees)
        #expect(!tree.annotations.isEmpty)
        for a in tree.annotations {
            #expect(!(a.contents ?? "").isEmpty)
            #expect(a.structParent != nil)
        }
        let links = tree.elements("Link")
        #expect(links.reduce(0) { $0 + $1.annotations.count } == tree.annotations.count)
        // A citation says which source it leads to, not "[3]".
        let sourceLinks = links.flatMap(\.annotations).filter { $0.hasPrefix("Source ") }
        #expect(!sourceLinks.isEmpty)
        #expect(sourceLinks.allSatisfy { $0.range(of: #"^Source \d+: .+, (letter|press release|statement|op-ed|report), "#, options: .regularExpression) != nil },
                "\(sourceLinks)")
    }

    @Test func runningHeadersAndFootersAreArtifactsAndBodyTextIsTagged() throws {
        let style = try BriefStyle.load(path: BriefFixtures.resources.templates + "/style.yaml")
        let page = style.document.pageSize
        let marks = ContentMarks(path: Self.detainees, page: 2)
        #expect(!marks.texts.isEmpty)
        for t in marks.texts {
            let inFurniture = t.y < style.document.margins.top - 2 || t.y > page.height - style.document.margins.bottom + 2
            if inFurniture { #expect(t.mark == .artifact, "text at y \(t.y) in the header or footer is \(t.mark)") }
            else { #expect(t.mark == .content, "body text at y \(t.y) is \(t.mark)") }
        }
        #expect(marks.texts.contains { $0.mark == .artifact }, "page 2 has a running header or footer")
    }

    @Test func theStructureFollowsTheReadingOrderOfTheFirstPage() throws {
        let tree = StructureTree(Self.detainees)
        let order = tree.contentOrder(page: 0)
        #expect(!order.isEmpty)
        #expect(order == order.sorted(), "the tree visits page 1's content in the order it is drawn")
        // The order it is drawn in (pdftotext -raw) is the order pdftotext reads the
        // page in — up to the matrix, whose cells pdftotext reads column-wise by
        // position while the structure reads them row by row — and the words are the same.
        func text(_ options: [String]) -> String {
            let out = PDFInspector.run(["pdftotext"] + options + ["-f", "1", "-l", "1", Self.detainees, "-"]).output
            return PDFInspector.collapse(out.replacingOccurrences(of: "-\n", with: ""))   // words hyphenated at a line end, whole
        }
        let raw = text(["-raw"]), reading = text([])
        let beforeTable = try #require(raw.range(of: "Issue matrix")).lowerBound
        #expect(reading.hasPrefix(raw[..<beforeTable]))
        #expect(raw.split(separator: " ").sorted() == reading.split(separator: " ").sorted())
    }

    private func xmpObject(_ path: String) -> String {
        let tree = StructureTree(path)
        return (tree.catalog["/Metadata"] as? String)?.replacingOccurrences(of: " 0 R", with: "") ?? "0"
    }
}

/// Which text of a page is drawn inside marked content with an MCID and
/// which inside an /Artifact sequence, read from the content stream.
struct ContentMarks {
    enum Mark: Equatable { case content, artifact, none }
    var texts: [(y: Double, mark: Mark)] = []

    init(path: String, page: Int) {
        let out = PDFInspector.temporaryDirectory() + "/page.pdf"
        PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", path, "--pages", ".", "\(page)", "--", out])
        // "page 1: 3 0 R / content: / 5 0 R": the page's content stream.
        let lines = PDFInspector.run(["qpdf", "--show-pages", out]).output.split(separator: "\n")
        guard let i = lines.firstIndex(where: { $0.contains("content:") }), i + 1 < lines.count,
              let obj = lines[i + 1].split(separator: " ").first else { return }
        let stream = PDFInspector.run(["qpdf", "--show-object=\(obj)", "--filtered-stream-data", out]).output
        var stack: [Mark] = []
        var operands: [Substring] = []
        for token in stream.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            switch token {
            case "BDC": stack.append(operands.contains { $0.contains("/MCID") } ? .content : operands.first == "/Artifact" ? .artifact : .none)
            case "BMC": stack.append(operands.first == "/Artifact" ? .artifact : .none)
            case "EMC": _ = stack.popLast()
            case "Tm":
                if operands.count >= 6, let y = Double(operands[operands.count - 1]) {
                    texts.append((y, stack.last ?? .none))
                }
            default:
                if token.first?.isLetter == true || token == "'" || token == "\"" { operands = []; continue }
                operands.append(token); continue
            }
            operands = []
        }
    }
}

/// Cyrillic passages get their language: Ukrainian by its own letters,
/// Russian otherwise, so hyphenation and the tagged PDF's /Lang follow it.
@Suite struct PassageLanguageTests {
    let base = TextStyle(family: "serif", size: 10, language: "en-US")

    @Test func cyrillicWordsAreSplitFromTheirEnglishContextAndNamed() {
        let runs = PassageLanguage.mark([TextRun("Signed by Мемориал and others", style: base)])
        #expect(runs.map(\.text).joined() == "Signed by Мемориал and others")
        #expect(runs.map(\.style.language) == ["en-US", "ru", "en-US"])
        #expect(runs[1].text == "Мемориал ")
    }

    @Test func ukrainianLettersMakeAPassageUkrainian() {
        #expect(PassageLanguage.language(ofCyrillicIn: "Права людини мають бути в центрі") == "uk")
        #expect(PassageLanguage.language(ofCyrillicIn: "Права человека должны быть в центре") == "ru")
        let runs = PassageLanguage.mark([TextRun("Центр громадянських свобод вимагає звільнення", style: base)])
        #expect(runs.map(\.style.language) == ["uk"])
    }

    @Test func aLanguageGivenByTheCorpusIsKept() {
        let runs = PassageLanguage.mark([TextRun("Заява", style: base.with { $0.language = "uk" })])
        #expect(runs.count == 1 && runs[0].style.language == "uk")
    }

    @Test func aBriefNamingAUkrainianOrganizationTagsItsName() throws {
        let dir = PDFInspector.temporaryDirectory() + "/corpus"
        try FileManager.default.copyItem(atPath: BriefFixtures.root + "/Corpus", toPath: dir)
        let orgs = dir + "/organizations.yaml"
        let text = try String(contentsOfFile: orgs, encoding: .utf8)
        // Amnesty International Ukraine, under its Ukrainian name.
        try text.replacingOccurrences(of: "name: Amnesty International Ukraine", with: "name: Міжнародна амністія в Україні")
            .write(toFile: orgs, atomically: true, encoding: .utf8)
        let out = PDFInspector.temporaryDirectory() + "/uk.pdf"
        let r = BriefFixtures.cli(["generate", "--issue", "detainees", "--corpus", dir, "-o", out])
        #expect(r.status == 0, "\(r.error)")
        #expect(PDFInspector(out).text.contains("Міжнародна амністія в Україні"))
        let content = PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", out, "-"]).output
        #expect(content.contains("/Lang (uk)"), "the Ukrainian name is marked as Ukrainian")
        #expect(!content.contains("/Lang (ru)"))
        let check = try #require(PDFUAChecker.check(out))
        #expect(check.errors == 0 && check.warnings == 0, "\(check.report)")
    }
}
