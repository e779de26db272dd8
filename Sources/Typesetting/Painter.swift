import Foundation
import CCairo

/// Paints pages' draw items onto a cairo context; shared by the PDF writer
/// and the PNG renderer.
///
/// For a PDF it also carries the structure: each change of structure mark
/// before drawn content closes cairo's current mark and opens a new one,
/// `/Span` for content (numbered for the recorder) or `/NonStruct` for
/// decoration; the tagging step after cairo renames them (`TaggedPDF`).
final class Painter {
    let cr: OpaquePointer
    let fonts: FontLibrary
    let cairoFonts: CairoFonts
    /// Records the structure tree; nil for an untagged rendering (PNG).
    let recorder: StructureRecorder?

    /// The mark content is drawn under now (cairo's open mark), and the one the next drawing asks for.
    private var open: Mark = .none
    private var wanted: StructureNode?
    /// The node of the content mark closed last, while nothing else has been drawn since.
    private var justClosed: ObjectIdentifier?
    /// The language the current marked-content sequence was opened with (nil: its element's).
    private var sequenceLanguage: String?
    private enum Mark: Equatable {
        case none, artifact, content(ObjectIdentifier, language: String?)
    }

    init(cr: OpaquePointer, fonts: FontLibrary, cairoFonts: CairoFonts, recorder: StructureRecorder?) {
        self.cr = cr; self.fonts = fonts; self.cairoFonts = cairoFonts; self.recorder = recorder
    }

    func paint(_ page: Page) throws {
        recorder?.beginPage()
        justClosed = nil
        for (origin, fragment) in page.placements {
            wanted = nil
            // A repeated table header is structure once, on its first page; here it is decoration.
            let asArtifact = fragment.isRepeated
            for item in fragment.items {
                if case .structure(let node) = item {
                    if !asArtifact {
                        wanted = node
                        if let node { recorder?.attach(node) }
                    }
                    continue
                }
                try paint(item, dx: origin.x, dy: origin.y)
            }
        }
        closeMark()
    }

    /// Before drawing: puts cairo in the mark the content belongs to.
    private func enterMark(for run: GlyphRun? = nil) {
        guard let recorder else { return }
        let mark: Mark
        if let node = wanted {
            mark = .content(ObjectIdentifier(node), language: recorder.language(of: run, in: node))
        } else {
            mark = .artifact
        }
        guard mark != open else { return }
        let previous: ObjectIdentifier?
        if case .content(let id, _) = open { previous = id } else { previous = open == .none ? justClosed : nil }
        closeMark()
        if let node = wanted, case .content(let id, let language) = mark {
            cairo_tag_begin(cr, "Span", "")
            let continuation = previous == id
            if continuation {
                // Inside a sequence opened in another language, the element's own is named again.
                let nested = language ?? (sequenceLanguage != nil ? recorder.languageInForce(in: node) : nil)
                recorder.content(node, language: nested, continuation: true)
            } else {
                sequenceLanguage = language
                recorder.content(node, language: language, continuation: false)
            }
        } else {
            cairo_tag_begin(cr, "NonStruct", "")
        }
        open = mark
    }

    private func closeMark() {
        switch open {
        case .none: return
        case .artifact: cairo_tag_end(cr, "NonStruct"); justClosed = nil
        case .content(let id, _): cairo_tag_end(cr, "Span"); justClosed = id
        }
        open = .none
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

    private func paint(_ item: DrawItem, dx: Double, dy: Double) throws {
        switch item {
        case .glyphs(let run):
            guard !run.glyphs.isEmpty else { return }
            enterMark(for: run)
            recorder?.text(run.text)
            cairo_set_scaled_font(cr, try cairoFonts.scaledFont(fonts[run.font], size: run.size))
            setColor(run.color)
            var glyphs = [cairo_glyph_t]()
            glyphs.reserveCapacity(run.glyphs.count)
            for (g, p) in zip(run.glyphs, run.positions) {
                glyphs.append(cairo_glyph_t(index: UInt(g), x: p.x + dx, y: p.y + dy))
            }
            var clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) }
            var text = run.text
            text.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { p in
                    cairo_show_text_glyphs(cr, p.baseAddress, Int32(p.count), &glyphs, Int32(glyphs.count),
                                           &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
                }
            }
        case let .fill(path, color):
            enterMark()
            trace(path, dx: dx, dy: dy)
            setColor(color)
            cairo_fill(cr)
        case let .stroke(path, color, width, dash):
            enterMark()
            trace(path, dx: dx, dy: dy)
            setColor(color)
            cairo_set_line_width(cr, width)
            cairo_set_dash(cr, dash, Int32(dash.count), 0)
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
        case let .link(rect, target):
            guard let recorder, let attrs = TagAttributes.link(target, rect: rect.offsetBy(dx: dx, dy: dy)) else { return }
            // cairo nests its own mark for the link: never inside one of ours
            // (cairo 1.16 then drops the enclosing mark, measured).
            closeMark()
            cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs)
            cairo_tag_end(cr, CAIRO_TAG_LINK)
            recorder.annotation(under: wanted, target: target)
        case let .destination(name, p, description):
            guard let recorder, let attrs = TagAttributes.destination(name, at: Point(x: p.x + dx, y: p.y + dy)) else { return }
            cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs)
            cairo_tag_end(cr, CAIRO_TAG_DEST)
            if let description { recorder.describe(anchor: name, as: description) }
        case .structure:
            break
        }
    }
}

/// Builds cairo tag attribute strings from validated values only: a
/// malformed attribute string makes `cairo_surface_finish` abort the process.
enum TagAttributes {
    /// Anchor names are restricted to letters, digits, `-`, `_` and `.`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ($0.value < 128) && (CharacterSetASCII.alnum($0) || $0 == "-" || $0 == "_" || $0 == ".")
        }
    }

    /// Percent-encodes everything outside printable ASCII, and quotes and backslashes.
    static func escapeURI(_ uri: String) -> String {
        var out = ""
        for b in uri.utf8 {
            if b > 0x20 && b < 0x7F && b != 0x27 && b != 0x5C && b != 0x22 && b != 0x25 {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b == 0x25 {
                out += "%"
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func number(_ v: Double) -> String { String(format: "%.2f", v) }

    static func link(_ target: LinkTarget, rect r: Rect) -> String? {
        let rect = "rect=[\(number(r.minX)) \(number(r.minY)) \(number(r.width)) \(number(r.height))]"
        switch target {
        case .uri(let u):
            // The engine's own guard (briefs check links before): only web and
            // mail addresses become /URI actions; javascript:, file: … never do.
            let lower = u.lowercased()
            guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) }),
                  !u.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
            return "\(rect) uri='\(escapeURI(u))'"
        case .destination(let d):
            guard let dest = destinationReference(d) else { return nil }
            return "\(rect) \(dest)"
        }
    }

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
