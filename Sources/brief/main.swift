import Typesetting
import Foundation

let fonts = try FontLibrary(directory: "Fonts", families: ["serif": "NotoSerif", "sans": "NotoSans"])
let ctx = LayoutContext(fonts: fonts)
var style = DocumentStyle()
style.footer = PageFurniture(left: "{title}", right: "page {page} of {pages}", rule: Color(gray: 0.6))
let pages = Int(CommandLine.arguments.dropFirst().first ?? "20") ?? 20
let blocks = SpecimenDocument(style: style).blocks(pages: pages)
let t0 = Date()
let layout = DocumentLayout(context: ctx, style: style)
let doc = try layout.layout(blocks, metadata: DocumentMetadata(title: "Specimen", creator: "brief 0.1"))
let t1 = Date()
try PDFWriter.write(doc, to: "/tmp/specimen.pdf", fonts: fonts)
let t2 = Date()
print(doc.pages.count, "pages", layout.passes, "passes", t1.timeIntervalSince(t0), t2.timeIntervalSince(t1))
