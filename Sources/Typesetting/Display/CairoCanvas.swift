import CCairo

/// Draws on a cairo context: PNG previews. Marks and destinations mean
/// nothing on an image and draw nothing.
final class CairoCanvas: PageCanvas {
    let cr: OpaquePointer
    let cairoFonts: CairoFonts

    /// cairo's glyphs for the run being drawn, kept from run to run (an
    /// array per run would be an allocation and a free for each of a
    /// page's hundreds of runs); `glyphCapacity` glyphs long.
    private var glyphs: UnsafeMutablePointer<cairo_glyph_t>
    private var glyphCapacity = CairoCanvas.initialGlyphCapacity
    /// Enough for a line of text; a longer run grows the buffer.
    private static let initialGlyphCapacity = 256

    init(cr: OpaquePointer, cairoFonts: CairoFonts) {
        precondition(GlyphRun.Cluster.isCairos, "a glyph run's clusters must be laid out as cairo's")
        self.cr = cr; self.cairoFonts = cairoFonts
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

    func beginMark(_ role: String) {}
    func beginArtifact() {}
    func endMark() {}
    func destination(_ name: String, at point: Point) {}

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

    func glyphs(_ run: GlyphRun, face: FontFace, dx: Double, dy: Double) throws {
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
        cairo_show_glyphs(cr, glyphs, Int32(count))
    }

    func fill(_ path: Path, color: Color, dx: Double, dy: Double) {
        trace(path, dx: dx, dy: dy)
        setColor(color)
        cairo_fill(cr)
    }

    func stroke(_ path: Path, color: Color, width: Double, dash: [Double], dx: Double, dy: Double) {
        trace(path, dx: dx, dy: dy)
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }
}

extension GlyphRun.Cluster {
    /// Whether a cluster is laid out as cairo's `cairo_text_cluster_t`
    /// (byte count, then glyph count, 32 bits each).
    static var isCairos: Bool {
        MemoryLayout<Self>.size == MemoryLayout<cairo_text_cluster_t>.size
            && MemoryLayout<Self>.stride == MemoryLayout<cairo_text_cluster_t>.stride
            && MemoryLayout<Self>.alignment == MemoryLayout<cairo_text_cluster_t>.alignment
            && MemoryLayout<Self>.offset(of: \.bytes) == MemoryLayout<cairo_text_cluster_t>.offset(of: \.num_bytes)
            && MemoryLayout<Self>.offset(of: \.glyphs) == MemoryLayout<cairo_text_cluster_t>.offset(of: \.num_glyphs)
    }
}
