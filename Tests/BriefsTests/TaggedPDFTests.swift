import Foundation
import PDFTestSupport
import Testing
import Typesetting

@testable import Briefs
@testable import Corpus

/// Every brief is a tagged PDF a screen reader can follow (PDF/UA-1): the
/// checker finds nothing, and the structure tree holds what the page shows.
@Suite struct TaggedPDFTests {
    static let detainees: String = try! BriefFixtures.issueBrief("detainees")

    /// Every brief kind of the sample corpus, the specimen, and a large synthetic brief.
    static let allBriefs: [String] = {
        var paths = [detainees]
        let corpus = BriefFixtures.corpus
        for e in corpus.events where !corpus.documents.filter({ $0.event == e.id }).isEmpty {
            paths.append(
                try! BriefFixtures.render(
                    try! MeetingBrief(corpus: corpus, event: e.id), kind: "meeting-brief", name: "meeting-\(e.id)"))
        }
        for year in Set(corpus.documents.map(\.date.year)).sorted() {
            paths.append(
                try! BriefFixtures.render(
                    try! AnnualSummary(corpus: corpus, year: year), kind: "annual-summary", name: "annual-\(year)"))
        }
        let dir = PDFInspector.temporaryDirectory()
        if BriefFixtures.cli(["specimen", "-o", dir + "/specimen.pdf"]).status == 0 {
            paths.append(dir + "/specimen.pdf")
        }
        let synth = dir + "/synth"
        let made = PDFInspector.run([
            BriefFixtures.root + "/scripts/synth-corpus", "--documents", "400", "--organizations", "24",
            "--events", "20", "--years", "2022-2024", "--seed", "5", synth,
        ])
        if made.status == 0,
            BriefFixtures.cli(["batch", "--years", "2023", "--corpus", synth, "--out-dir", dir + "/synth-out"]).status
                == 0
        {
            paths.append(dir + "/synth-out/summary-2023.pdf")
        }
        return paths
    }()

    @Test func thePDFUACheckerFindsNoErrorAndNoWarningInAnyBrief() throws {
        let briefs = Self.allBriefs
        // Detainees, the meetings, the years, the specimen and the synthetic summary.
        #expect(
            briefs.contains { $0.hasSuffix("/specimen.pdf") } && briefs.contains { $0.hasSuffix("/summary-2023.pdf") },
            "the specimen or the synthetic summary was not written: \(briefs)")
        #expect(
            briefs.filter { $0.contains("/meeting-") }.count >= 4
                && briefs.filter { $0.contains("/annual-") }.count >= 3)
        for path in briefs {
            let result = try #require(
                PDFUAChecker.check(path), "pdfua is not installed: scripts/test creates .build/pdfua-venv")
            #expect(result.errors == 0 && result.warnings == 0, "\(path):\n\(result.report)")
            #expect(!result.report.contains("[skip"), "a rule could not run on \(path):\n\(result.report)")
        }
    }

    @Test func theCatalogNamesTheLanguageTheTitleAndTheTagging() {
        let tree = StructureTree(Self.detainees)
        #expect(tree.language == "en-US")
        #expect(tree.isMarked)
        #expect(tree.displaysTitle)
        let xmp = PDFInspector.run([
            "qpdf", "--show-object=" + "\(xmpObject(Self.detainees))", "--filtered-stream-data", Self.detainees,
        ]).output
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(xmp.contains("Issue brief: Detainees"))
    }

    @Test func theFileHoldsOnlyTheRealStructureTreeNotCairosFlatOne() {
        for path in Self.allBriefs {
            let tree = StructureTree(path)
            let objects = PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", path, "-"]).output
            let elements = objects.components(separatedBy: "/Type /StructElem").count - 1
            #expect(
                elements == tree.elements.count,
                "\(path): \(elements) elements in the file, \(tree.elements.count) in the tree")
            #expect(objects.components(separatedBy: "/Type /StructTreeRoot").count - 1 == 1, "\(path)")
            #expect(PDFInspector.run(["qpdf", "--check", path]).status == 0, "\(path)")
            // Nothing of cairo's flat tree is left in the file unreferenced
            // (its parent tree's arrays of elements, say), nor referred to.
            let stray = PDFInspector(path).strayObjects
            #expect(stray.unreachable.isEmpty, "\(path): objects no reference reaches: \(stray.unreachable.prefix(5))")
            #expect(
                stray.dangling.isEmpty, "\(path): references to objects not in the file: \(stray.dangling.prefix(5))")
        }
    }

    @Test func everyOutlineEntryHasAHeadingElementAtItsLevel() {
        let tree = StructureTree(Self.detainees)
        let headings = tree.elements.filter { $0.role.count == 2 && $0.role.hasPrefix("H") }
        let outline = PDFInspector(Self.detainees).outline
        #expect(!outline.isEmpty)
        #expect(
            headings.map { Int($0.role.dropFirst())! } == outline.map(\.depth),
            "headings \(headings.map(\.role)) against outline \(outline.map { ($0.depth, $0.title) })")
        #expect(headings.allSatisfy { !$0.content.isEmpty }, "a heading has no text")
    }

    @Test func theMatrixHasColumnAndRowHeaders() throws {
        let tree = StructureTree(Self.detainees)
        let matrix = try #require(tree.elements("Table").first)
        let rows = matrix.all("TR")
        #expect(
            rows.count == BriefFixtures.corpus.organizations.filter { org in
                BriefFixtures.corpus.documents.contains {
                    $0.organizations.contains(org.id)
                        && $0.asks.contains { a in
                            BriefFixtures.corpus.issue("detainees")?.demands.contains { $0.id == a.demand } == true
                        }
                }
            }.count + 2, "one header row, one row per organization, a totals row")
        let headerCells = rows[0].children
        #expect(headerCells.allSatisfy { $0.role == "TH" && $0.attributes["Scope"] == "Column" })
        for row in rows.dropFirst() {
            #expect(row.children.first?.role == "TH" && row.children.first?.attributes["Scope"] == "Row")
            #expect(row.children.dropFirst().allSatisfy { $0.role == "TD" })
            #expect(row.children.count == headerCells.count, "every row has a cell for every column")
        }
    }

    /// A heading's marked content holds the words of its outline entry
    /// (written from the same title by another path, cairo's outline), and
    /// a matrix row's header cell the name of an organization: the text a
    /// screen reader meets in each element is the element's own.
    @Test func headingsAndRowHeadersHoldTheirOwnWords() throws {
        let sample = Self.allBriefs.filter {
            $0 == Self.detainees || $0.contains("/meeting-") || $0.contains("/annual-")
        }
        #expect(sample.count >= 8)
        let names = Set(BriefFixtures.corpus.organizations.map(\.name))
        for path in sample {
            let tree = StructureTree(path), marks = MarkedContentText(path)
            func text(_ e: StructureTree.Element) -> String {
                PDFInspector.collapse(
                    e.all.flatMap(\.content).compactMap { marks.text(page: $0.page, mcid: $0.mcid) }.joined(
                        separator: " "))
            }
            let headings = tree.elements.filter { $0.role.count == 2 && $0.role.hasPrefix("H") }.map(text)
            let outline = PDFInspector(path).outline.map { PDFInspector.collapse($0.title) }
            #expect(headings == outline, "\(path): headings \(headings) against the outline \(outline)")
            for table in tree.elements("Table") {
                let rowHeaders = table.all("TH").filter { $0.attributes["Scope"] == "Row" }.map(text)
                guard
                    table.all("TH").contains(where: { $0.attributes["Scope"] == "Column" && text($0) == "Organization" }
                    )
                else { continue }
                #expect(!rowHeaders.isEmpty)
                // The last row counts the organizations.
                #expect(
                    rowHeaders.last == "Organizations" || names.contains(rowHeaders.last ?? ""),
                    "\(path): \(rowHeaders)")
                for header in rowHeaders.dropLast() {
                    #expect(names.contains(header), "\(path): a row header holds '\(header)', no organization's name")
                }
            }
        }
    }

    @Test func figuresHaveAlternativeTextWrittenFromTheData() throws {
        let tree = StructureTree(Self.detainees)
        let figures = tree.elements("Figure")
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { !($0.attributes["Alt"] ?? "").isEmpty })
        let timeline = try #require(figures.first { $0.attributes["Alt"]!.hasPrefix("Timeline") })
        let alt = timeline.attributes["Alt"]!
        #expect(
            alt.range(
                of: #"^Timeline \d{4}(–\d{4})?: \d+ organizations?, \d+ statements?(,)? and \d+ engagements?"#,
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
        #expect(
            sourceLinks.allSatisfy {
                $0.range(
                    of: #"^Source \d+: .+, (letter|press release|statement|op-ed|report), "#,
                    options: .regularExpression) != nil
            },
            "\(sourceLinks)")
    }

    /// A link whose text is only a number (a citation, a documents table's
    /// "No.") still says where it leads.
    @Test func noLinkIsDescribedByANumberAlone() {
        let annual = Self.allBriefs.filter { $0.contains("/annual-") || $0.hasSuffix("/summary-2023.pdf") }
        #expect(annual.count >= 4)
        for path in annual {
            let tree = StructureTree(path)
            #expect(!tree.annotations.isEmpty, "\(path)")
            let bare = tree.annotations.compactMap(\.contents).filter {
                $0.range(of: #"^\[?\d+\]?$"#, options: .regularExpression) != nil
            }
            #expect(bare.isEmpty, "\(path): \(bare.prefix(3))")
        }
    }

    @Test func runningHeadersAndFootersAreArtifactsAndBodyTextIsTagged() throws {
        let style = try BriefStyle.load(path: BriefFixtures.resources.templates + "/style.yaml")
        let page = style.document.pageSize
        func inFurniture(_ y: Double) -> Bool {
            y < style.document.margins.top - 2 || y > page.height - style.document.margins.bottom + 2
        }
        let marks = ContentMarks(path: Self.detainees, page: 2)
        let texts = marks.page.filter { $0.operation == "Tm" }
        #expect(!texts.isEmpty)
        for t in texts {
            // The running header and footer are artifacts; everything inside the margins is tagged.
            #expect(t.mark == (inFurniture(t.y) ? .artifact : .content), "text at y \(t.y) is \(t.mark)")
        }
        #expect(texts.contains { inFurniture($0.y) }, "page 2 has a running header or footer")
        #expect(marks.page.allSatisfy { $0.mark != .none }, "nothing on the page is outside marked content")
    }

    @Test func theStructureFollowsTheReadingOrderOfTheFirstPage() throws {
        let tree = StructureTree(Self.detainees)
        let order = tree.contentOrder(page: 0)
        #expect(!order.isEmpty)
        #expect(order == order.sorted(), "the tree visits page 1's content in the order it is drawn")
        // The order it is drawn in (pdftotext -raw) is the order pdftotext reads the
        // page in — up to the matrix, whose cells pdftotext reads column-wise by
        // position while the structure reads them row by row — and the words are the same.
        // Inside the margins only: the running header and footer are artifacts, outside the structure.
        let style = try BriefStyle.load(path: BriefFixtures.resources.templates + "/style.yaml").document
        let area = [
            "-x", "\(Int(style.margins.left) - 2)", "-y", "\(Int(style.margins.top) - 2)",
            "-W", "\(Int(style.pageSize.width - style.margins.left - style.margins.right) + 4)",
            "-H", "\(Int(style.pageSize.height - style.margins.top - style.margins.bottom) + 4)",
        ]
        func text(_ options: [String]) -> String {
            let out = PDFInspector.run(["pdftotext"] + options + area + ["-f", "1", "-l", "1", Self.detainees, "-"])
                .output
            // Words hyphenated at a line end, whole.
            return PDFInspector.collapse(out.replacingOccurrences(of: "-\n", with: ""))
        }
        let raw = text(["-raw"]), reading = text([])
        // (The matrix may start on page 2: then the whole page is running text.)
        let beforeTable = raw.range(of: "Issue matrix")?.lowerBound ?? raw.endIndex
        #expect(reading.hasPrefix(raw[..<beforeTable]))
        #expect(raw.split(separator: " ").sorted() == reading.split(separator: " ").sorted())
    }

    private func xmpObject(_ path: String) -> String {
        let tree = StructureTree(path)
        return (tree.catalog["/Metadata"] as? String)?.replacingOccurrences(of: " 0 R", with: "") ?? "0"
    }
}

/// How a page's content is marked, read from its content stream: text
/// positions and form paints, each with the marked content around it.
struct ContentMarks {
    enum Mark: Equatable { case content, artifact, none }
    struct Operation { var operation: String; var y: Double; var mark: Mark }
    var page: [Operation] = []

    init(path: String, page number: Int) {
        let out = PDFInspector.temporaryDirectory() + "/page.pdf"
        PDFInspector.run(["qpdf", "--qdf", "--object-streams=disable", path, "--pages", ".", "\(number)", "--", out])
        guard let data = FileManager.default.contents(atPath: out) else { return }
        let text = String(decoding: data, as: UTF8.self)
        // QDF writes every object on its own; streams follow their dictionaries.
        var afterContentsComment = false
        for chunk in text.components(separatedBy: "endobj") {
            let isPage = chunk.contains("%% Contents for page") || afterContentsComment
            afterContentsComment = false
            guard let start = chunk.range(of: "\nstream\n"),
                let end = chunk.range(of: "\nendstream", range: start.upperBound..<chunk.endIndex)
            else { continue }
            let body = String(chunk[start.upperBound..<end.lowerBound])
            if isPage { page = Self.operations(body) }
        }
    }

    static func operations(_ stream: String) -> [Operation] {
        var out: [Operation] = []
        var stack: [Mark] = []
        var operands: [Substring] = []
        for token in stream.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            switch token {
            case "BDC":
                stack.append(
                    operands.contains { $0.contains("/MCID") }
                        ? .content : operands.first == "/Artifact" ? .artifact : .none)
            case "BMC": stack.append(operands.first == "/Artifact" ? .artifact : .none)
            case "EMC": _ = stack.popLast()
            case "Tm":
                if operands.count >= 6, let y = Double(operands[operands.count - 1]) {
                    out.append(Operation(operation: "Tm", y: y, mark: stack.last ?? .none))
                }
            case "Do": out.append(Operation(operation: "Do", y: 0, mark: stack.last ?? .none))
            default:
                if token.first?.isLetter == true || token == "'" || token == "\"" { operands = []; continue }
                operands.append(token); continue
            }
            operands = []
        }
        return out
    }
}
