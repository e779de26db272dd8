/// Walks pages' display lists and has a canvas draw them: the PDF's
/// content stream (`ContentStream`) or cairo for PNG previews (`CairoCanvas`).
///
/// For a tagged PDF a page is painted in two passes. First its decoration
/// — everything under no structure mark, and table headers repeated from
/// an earlier page — in one /Artifact sequence. Then its content, each run
/// of one element's content in one flat mark named by the element's role;
/// the canvas numbers these marks (MCIDs) in the order they are opened and
/// `StructureRecorder` counts along, so that the real, nested tree can be
/// written after the pages (`StructureElements`). Drawing decoration first
/// keeps it beneath the text it frames (row shading, rules). That the marks are numbered as counted is
/// checked by reading every sequence's text back from the file
/// (MarkedContentTests).
final class Painter<Canvas: PageCanvas> {
    let canvas: Canvas
    let fonts: FontLibrary
    /// Records the structure tree; nil for an untagged rendering (PNG).
    let recorder: StructureRecorder?

    /// The element whose mark is open, if any.
    private var openNode: StructureNode?

    init(canvas: Canvas, fonts: FontLibrary, recorder: StructureRecorder?) {
        self.canvas = canvas; self.fonts = fonts; self.recorder = recorder
    }

    func paint(_ page: Page) throws {
        guard let recorder else {
            for (origin, fragment) in page.placements {
                for i in fragment.items.indices { try draw(fragment.items[i], dx: origin.x, dy: origin.y) }
            }
            return
        }
        recorder.beginPage()
        try paintDecoration(page)
        try paintContent(page, recorder)
        closeTag()
    }

    /// Decoration — what is under no element, and repeated table
    /// headers — first, in one /Artifact sequence (beneath the text it
    /// frames).
    private func paintDecoration(_ page: Page) throws {
        canvas.beginArtifact()
        for (origin, fragment) in page.placements {
            var decoration = fragment.isRepeated || fragment.structure == nil
            for i in fragment.items.indices {
                if case .structure(let n) = fragment.items[i] {
                    decoration = fragment.isRepeated || n == nil
                } else if decoration, fragment.items[i].draws {
                    try draw(fragment.items[i], dx: origin.x, dy: origin.y)
                }
            }
        }
        canvas.endMark()
    }

    /// Content, in marks; links and destinations.
    private func paintContent(_ page: Page, _ recorder: StructureRecorder) throws {
        for (origin, fragment) in page.placements {
            let repeated = fragment.isRepeated
            var node: StructureNode? = repeated ? nil : fragment.structure
            if let node { recorder.attach(node) }
            let dx = origin.x, dy = origin.y
            for i in fragment.items.indices {
                switch fragment.items[i] {
                case .structure(let n):
                    if !repeated {
                        node = n
                        if let n { recorder.attach(n) }
                    }
                case let .link(rect, target):
                    // The writer writes the annotation after the pages: no mark.
                    guard
                        let link = LinkAnnotation(
                            target, area: rect.offsetBy(dx: dx, dy: dy), pageHeight: page.size.height)
                    else { continue }
                    recorder.link(link, under: node)
                case let .destination(name, p, description):
                    guard TagAttributes.isValidName(name) else { continue }
                    canvas.destination(name, at: Point(x: max(0, p.x + dx), y: max(0, p.y + dy)))
                    if let description { recorder.describe(anchor: name, as: description) }
                case .glyphs(let run):
                    guard let node, !run.glyphs.isEmpty else { continue }
                    enterTag(recorder.contentNode(for: node, run: run))
                    recorder.text(run.text)
                    try draw(fragment.items[i], dx: dx, dy: dy)
                case .fill, .stroke:
                    guard let node else { continue }
                    enterTag(node)
                    try draw(fragment.items[i], dx: dx, dy: dy)
                }
            }
        }
    }

    /// Opens the mark of `node`, closing another.
    private func enterTag(_ node: StructureNode) {
        guard node !== openNode, let recorder else { return }
        closeTag()
        canvas.beginMark(tagName(node.role))
        recorder.content(node)
        openNode = node
    }

    private func closeTag() {
        guard openNode != nil else { return }
        canvas.endMark()
        openNode = nil
    }

    /// The words of a link are marked as a Span (the element itself is a
    /// Link, with its annotation as a kid).
    func tagName(_ role: StructureNode.Role) -> String {
        role == .link ? "Span" : role.pdfName
    }

    /// Draws glyphs, fills and strokes; other items draw nothing.
    private func draw(_ item: DrawItem, dx: Double, dy: Double) throws {
        switch item {
        case .glyphs(let run):
            guard !run.glyphs.isEmpty else { return }
            try canvas.glyphs(run, face: fonts[run.font], dx: dx, dy: dy)
        case let .fill(path, color):
            canvas.fill(path, color: color, dx: dx, dy: dy)
        case let .stroke(path, color, width, dash):
            canvas.stroke(path, color: color, width: width, dash: dash, dx: dx, dy: dy)
        case .link, .destination, .structure:
            break
        }
    }
}

extension DrawItem {
    /// Whether the item puts marks on the page.
    var draws: Bool {
        switch self {
        case .glyphs(let run): return !run.glyphs.isEmpty
        case .fill, .stroke: return true
        case .link, .destination, .structure: return false
        }
    }
}
/// Which anchor names a PDF may carry (named destinations, links, the outline).
enum TagAttributes {
    /// Anchor names are restricted to letters, digits, `-`, `_` and `.`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ($0.value < 128) && (CharacterSetASCII.alnum($0) || $0 == "-" || $0 == "_" || $0 == ".")
            }
    }
}

enum CharacterSetASCII {
    static func alnum(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
