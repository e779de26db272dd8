import ArgumentParser
import Briefs
import Foundation
import Typesetting

/// The engine's own sample document, for looking at typesetting and for `pdf-audit`.
struct Specimen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specimen",
        abstract:
            "Write the typesetting engine's specimen document (headings, justified text, lists, quotes, tables, figures)."
    )

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the PDF.", valueName: "PATH"))
    var output = "specimen.pdf"
    @Option(name: .long, help: "Approximate number of pages (1 to \(Specimen.mostPages)).")
    var pages = 12
    @Option(name: .long, help: "Paper: letter or a4.")
    var pageSize: PaperSize = .letter
    @Option(name: .long, help: ArgumentHelp("Also render the first N pages to PNG beside the PDF.", valueName: "N"))
    var png = 0

    /// The specimen is laid out whole in memory (about 0.2 MB a page): a
    /// thousand pages show every feature many times over and stay small.
    static let mostPages = 1_000

    func validate() throws {
        guard (1...Self.mostPages).contains(pages) else {
            throw ValidationError("--pages must be from 1 to \(Self.mostPages), not \(pages)")
        }
        guard png >= 0 else { throw ValidationError("--png must be 0 or a positive number of pages, not \(png)") }
    }

    func run() throws {
        try reportingErrors {
            let resources = try Resources.locate()
            let fonts = try FontLibrary(
                directory: resources.fonts, families: ["serif": "NotoSerif", "sans": "NotoSans"])
            var style = DocumentStyle(pageSize: pageSize.size)
            style.header = PageFurniture(
                left: "{title}", right: "brief \(Brief.version)", rule: Color(gray: 0.6), skipFirstPage: true)
            style.footer = PageFurniture(right: "page {page} of {pages}", rule: Color(gray: 0.6))
            let doc = try DocumentLayout(context: LayoutContext(fonts: fonts), style: style)
                .layout(
                    SpecimenDocument(style: style).blocks(pages: pages),
                    metadata: DocumentMetadata(
                        title: "brief typesetting specimen", subject: "Engine specimen",
                        creator: "brief \(Brief.version)"))
            try PDFWriter.write(doc, to: output, fonts: fonts)
            for i in 0..<min(png, doc.pages.count) {
                let base = (output as NSString).deletingPathExtension
                try PNGRenderer.render(doc.pages[i], fonts: fonts, dpi: 72, to: "\(base)-\(i + 1).png")
            }
            print(output)
            print("\(doc.pages.count) pages")
        }
    }
}
