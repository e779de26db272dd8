import CCairo
import CPrintNumbers
import Foundation

/// Paints pages' draw items onto a cairo context; shared by the PDF writer
/// and the PNG renderer.
///
/// For a tagged PDF a page is painted in two passes. First its decoration
/// — everything under no structure mark, and table headers repeated from
/// an earlier page — in one mark that the tagging step turns into
/// /Artifact. Then its content, each run
/// of one element's content in one flat cairo tag named by the element's
/// role; cairo numbers these marks (MCIDs) and `StructureRecorder` counts
/// along, so that the real, nested tree can be written after cairo
/// (`TaggedPDF`). Drawing decoration first keeps it beneath the text it
/// frames (row shading, rules). That cairo numbers as counted is cairo
/// 1.16's behaviour (`CairoCompatibility` refuses another cairo), checked
/// by reading every sequence's text back from the file (MarkedContentTests).
final class Painter {
    let cr: OpaquePointer
    let fonts: FontLibrary
    let cairoFonts: CairoFonts
    /// Records the structure tree; nil for an untagged rendering (PNG).
    let recorder: StructureRecorder?

    /// The element whose cairo tag is open, if any.
    private var openNode: StructureNode?

    /// cairo's glyphs for the run being drawn, kept from run to run (an
    /// array per run would be an allocation and a free for each of a
    /// page's hundreds of runs); `glyphCapacity` glyphs long.
    private var glyphs: UnsafeMutablePointer<cairo_glyph_t>
    private var glyphCapacity = Painter.initialGlyphCapacity
    /// Enough for a line of text; a longer run grows the buffer.
    private static let initialGlyphCapacity = 256

    init(cr: OpaquePointer, fonts: FontLibrary, cairoFonts: CairoFonts, recorder: StructureRecorder?) {
        precondition(GlyphRun.Cluster.isCairos, "a glyph run's clusters must be laid out as cairo's")
        self.cr = cr; self.fonts = fonts; self.cairoFonts = cairoFonts; self.recorder = recorder
        glyphs = .allocate(capacity: glyphCapacity)
    }

    deinit { glyphs.deallocate() }

    /// The glyph buffer, at least `count` long (its contents are not kept when it grows).
    private func glyphBuffer(_ count: Int) -> UnsafeMutablePointer<cairo_glyph_t> {
        if count > glyphCapacity {
            glyphs.deallocate()
            glyphCapacity = max(count, 2 * glyphCapacity)
            glyphs = .allocate(capacity: glyphCapacity)
        }
        return glyphs
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

    /// Decoration — the page's ground, what is under no element, and
    /// repeated table headers — first, in one mark (beneath the text it
    /// frames); the tagging step turns that mark into /Artifact.
    private func paintDecoration(_ page: Page) throws {
        cairo_tag_begin(cr, Self.decorationTag, "")
        recorder?.decoration()
        paintGround(page.size)
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
        cairo_tag_end(cr, Self.decorationTag)
    }

    /// The page's white ground, the first thing drawn on it. cairo 1.16
    /// adds the area of every operation on a page to a region as it
    /// analyses the page, at a cost that grows with the region's
    /// rectangles (a table's cells, a line's runs); once one operation
    /// has covered where the page's marks go, each later one costs a
    /// containment test.
    private func paintGround(_ size: Size) {
        let inset = Self.groundInset
        cairo_rectangle(cr, inset, inset, size.width - 2 * inset, size.height - 2 * inset)
        setColor(.white)
        cairo_fill(cr)
    }

    /// The ground stops this far (in points) short of the page's edges:
    /// cairo turns a fill of the whole page into a paint, which discards
    /// what was recorded before it on the page, the open tag included.
    static let groundInset = 1.0

    /// cairo refuses the tag name Artifact; this one marks the decoration
    /// until the tagging step renames it. (A group per page, the other way
    /// to keep decoration apart, makes cairo 1.16 slower with every page.)
    static let decorationTag = "NonStruct"

    /// Content, in tags; links and destinations.
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
                    // The tagging step writes the annotation: no cairo tag, no mark.
                    guard
                        let link = LinkAnnotation(
                            target, area: rect.offsetBy(dx: dx, dy: dy), pageHeight: page.size.height)
                    else { continue }
                    recorder.link(link, under: node)
                case let .destination(name, p, description):
                    guard let attrs = TagAttributes.destination(name, at: Point(x: p.x + dx, y: p.y + dy)) else {
                        continue
                    }
                    cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs)
                    cairo_tag_end(cr, CAIRO_TAG_DEST)
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

    /// Puts cairo in the tag of `node`, closing another.
    private func enterTag(_ node: StructureNode) {
        guard node !== openNode, let recorder else { return }
        closeTag()
        cairo_tag_begin(cr, Self.tagName(node.role), "")
        recorder.content(node)
        openNode = node
    }

    private func closeTag() {
        guard let node = openNode else { return }
        cairo_tag_end(cr, Self.tagName(node.role))
        openNode = nil
    }

    /// cairo reads the tag name "Link" as a link annotation: the words of a
    /// link are marked as a Span (the element itself is a Link, its
    /// annotation written by the tagging step).
    static func tagName(_ role: StructureNode.Role) -> String {
        role == .link ? "Span" : role.pdfName
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func trace(_ path: Path, dx: Double, dy: Double) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x + dx, p.y + dy)
            case .line(let p): cairo_line_to(cr, p.x + dx, p.y + dy)
            case let .curve(a, b, c): cairo_curve_to(cr, a.x + dx, a.y + dy, b.x + dx, b.y + dy, c.x + dx, c.y + dy)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Draws glyphs, fills and strokes; other items draw nothing.
    private func draw(_ item: DrawItem, dx: Double, dy: Double) throws {
        switch item {
        case .glyphs(let run):
            guard !run.glyphs.isEmpty else { return }
            let face = fonts[run.font]
            cairo_set_scaled_font(cr, try cairoFonts.scaledFont(face, size: run.size))
            setColor(run.color)
            let count = min(run.glyphs.count, run.positions.count)
            let glyphs = glyphBuffer(count)
            run.glyphs.withUnsafeBufferPointer { ids in
                run.positions.withUnsafeBufferPointer { points in
                    // Bounds: i < count, which is at most either array's count and the buffer's capacity.
                    for i in 0..<count {
                        glyphs[i] = cairo_glyph_t(index: UInt(ids[i]), x: points[i].x + dx, y: points[i].y + dy)
                    }
                }
            }
            // Clusters only where the text is not what the glyphs say by themselves.
            if run.isPlain(in: face) {
                cairo_show_glyphs(cr, glyphs, Int32(count))
                return
            }
            var text = run.text
            text.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { p in
                    // A run's clusters are cairo's as they are: two 32-bit counts each (`Cluster.isCairos`).
                    run.clusters.withUnsafeBufferPointer { clusters in
                        clusters.withMemoryRebound(to: cairo_text_cluster_t.self) { c in
                            cairo_show_text_glyphs(
                                cr, p.baseAddress, Int32(p.count), glyphs, Int32(count),
                                c.baseAddress, Int32(c.count), cairo_text_cluster_flags_t(rawValue: 0))
                        }
                    }
                }
            }
        case let .fill(path, color):
            trace(path, dx: dx, dy: dy)
            setColor(color)
            cairo_fill(cr)
        case let .stroke(path, color, width, dash):
            trace(path, dx: dx, dy: dy)
            setColor(color)
            cairo_set_line_width(cr, width)
            cairo_set_dash(cr, dash, Int32(dash.count), 0)
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
        case .link, .destination, .structure:
            break
        }
    }
}

extension GlyphRun.Cluster {
    /// Whether a cluster is laid out as cairo's `cairo_text_cluster_t`
    /// (byte count, then glyph count, 32 bits each), so that a run's
    /// clusters go to cairo without a copy.
    static var isCairos: Bool {
        MemoryLayout<Self>.size == MemoryLayout<cairo_text_cluster_t>.size
            && MemoryLayout<Self>.stride == MemoryLayout<cairo_text_cluster_t>.stride
            && MemoryLayout<Self>.alignment == MemoryLayout<cairo_text_cluster_t>.alignment
            && MemoryLayout<Self>.offset(of: \.bytes) == MemoryLayout<cairo_text_cluster_t>.offset(of: \.num_bytes)
            && MemoryLayout<Self>.offset(of: \.glyphs) == MemoryLayout<cairo_text_cluster_t>.offset(of: \.num_glyphs)
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
/// Builds cairo tag attribute strings from validated values only: a
/// malformed attribute string makes `cairo_surface_finish` abort the process.
enum TagAttributes {
    /// Anchor names are restricted to letters, digits, `-`, `_` and `.`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ($0.value < 128) && (CharacterSetASCII.alnum($0) || $0 == "-" || $0 == "_" || $0 == ".")
            }
    }

    /// `v` with two decimals, as `String(format: "%.2f")` writes it (glibc's
    /// digits) without Foundation's formatter: a destination's coordinates,
    /// one per heading and link target of a page.
    static func number(_ v: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: numberCapacity) { buffer in
            let length = brief_print_fixed(buffer.baseAddress, numberCapacity, v, numberDigits)
            guard length >= 0, length < numberCapacity else { return String(format: "%.2f", v) }
            return String(
                decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        }
    }

    /// Digits after the point in a destination's coordinates.
    private static let numberDigits: Int32 = 2
    /// Room for any coordinate the fast path writes (a sign, 16 digits, the point, two decimals, the terminator).
    private static let numberCapacity = 32

    /// `dest='name'`, for links and outline entries; nil for an invalid name.
    static func destinationReference(_ name: String) -> String? {
        isValidName(name) ? "dest='\(name)'" : nil
    }

    static func destination(_ name: String, at p: Point) -> String? {
        guard isValidName(name) else { return nil }
        return "name='\(name)' x=\(number(max(0, p.x))) y=\(number(max(0, p.y)))"
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
