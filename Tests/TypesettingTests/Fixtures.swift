import Foundation
import PDFTestSupport

@testable import Typesetting

/// Fonts and styles shared by the engine's specifications.
enum Fixtures {
    static let fonts: FontLibrary = {
        try! FontLibrary(
            directory: PDFInspector.repositoryRoot + "/Fonts", families: ["serif": "NotoSerif", "sans": "NotoSans"])
    }()

    static func context() -> LayoutContext { LayoutContext(fonts: fonts) }

    static var style: DocumentStyle {
        var s = DocumentStyle()
        s.footer = PageFurniture(left: "{title}", right: "page {page} of {pages}")
        return s
    }

    static let body = TextStyle(family: "serif", size: 10)

    /// Prose with long and short words, ligatures and punctuation.
    static let paragraphs: [String] = [
        "The Trump administration’s engagement with Russian President Vladimir Putin must focus on addressing human rights abuses, particularly the release of detained Ukrainian civilians and those unjustly imprisoned for exercising their freedoms. Human Rights Watch emphasizes in a letter that discussions on ending the conflict should include a commitment to these releases and processes for justice regarding war crimes.",
        "Over the past decade, the Russian government has steadily and strategically tightened the noose around independent civil society and human rights defenders. Peaceful protest is effectively forbidden. Freedom of association has been almost completely eroded by the introduction of draconian laws against nongovernmental organizations, and independent media outlets have been shut down.",
        "Furthermore, the organization urges that the president press Russia to cease violations of international humanitarian law in occupied territories, where an estimated six million civilians currently reside; authorities are coercing local residents into military service, enforcing citizenship, and imposing a state-controlled educational curriculum.",
        "Amnesty International also called for the United States to take leadership in asking for unimpeded access for independent humanitarian organizations operating in occupied territory to monitor the treatment of prisoners of war and civilian detainees and ultimately ensure that they are returned safely and voluntarily to their homes.",
    ]

    /// Renders blocks to a temporary PDF and returns its path and the layout.
    /// A two-column table of `rows` statement rows under a header row.
    static func longTable(rows: Int) -> Table {
        let ps = ParagraphStyle(alignment: .left, hyphenate: false, spaceAfter: 0)
        let small = TextStyle(family: "sans", size: 9)
        return Table(
            columns: [.auto, .fraction(1)],
            header: [
                Table.Row([
                    Table.Cell([.paragraph([TextRun("Number", style: small.with { $0.bold = true })], ps)]),
                    Table.Cell([.paragraph([TextRun("Statement heading", style: small.with { $0.bold = true })], ps)]),
                ])
            ],
            rows: (1...rows).map { i in
                Table.Row([
                    Table.Cell([.paragraph([TextRun("Row \(i)", style: small)], ps)]),
                    Table.Cell([.paragraph([TextRun(paragraphs[i % 4], style: small)], ps)]),
                ])
            })
    }

    static func render(
        _ blocks: [Block], style: DocumentStyle = style, title: String = "Specimen",
        date: Date = Date(timeIntervalSince1970: 1_700_000_000)
    ) throws -> (String, LaidOutDocument) {
        let ctx = context()
        let doc = try DocumentLayout(context: ctx, style: style).layout(
            blocks,
            metadata: DocumentMetadata(
                title: title, author: "Tests", subject: "Engine specimen",
                keywords: ["alpha", "beta"], creator: "brief tests", date: date))
        let path = PDFInspector.temporaryDirectory() + "/out.pdf"
        try PDFWriter.write(doc, to: path, fonts: fonts)
        return (path, doc)
    }
}
