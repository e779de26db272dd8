/// The last pass of paragraph layout, *finalize*: chosen breakpoints become
/// lines of positioned glyph runs, glue set by the line's adjustment ratio,
/// a hyphen glyph added at hyphenated line ends, and link areas merged.
struct LineComposer {
    let paragraph: ParagraphItems
    let breaker: KnuthPlass
    let fonts: FontLibrary
    let alignment: TextAlignment
    let lineHeight: Double
    let baseline: Double

    func compose(breaks: [Int]) -> [Fragment] {
        let items = paragraph.items
        var lines: [Fragment] = []
        lines.reserveCapacity(breaks.count)
        var start = 0
        var startSums = (0.0, 0.0, 0.0)
        for b in breaks {
            // A break can fall inside what the previous break discarded (a
            // column narrower than one box breaks at every item): the line is
            // then empty, never a reversed range.
            var s = min(start, b)
            while s < b && items[s].kind != .box { s += 1 }  // discarded after a break
            var r = breaker.ratio(startWidth: startSums.0, startStretch: startSums.1, startShrink: startSums.2, to: b)
            if alignment != .justified || r.isInfinite { r = min(r, 0) }
            if r.isInfinite || r.isNaN { r = 0 }
            lines.append(composeLine(items: items, range: s..<b, end: b, ratio: r))
            // The next line starts after the break, with glue and penalties dropped.
            var k = b
            while k < items.count && items[k].kind != .box { k += 1 }
            start = k
            startSums = breaker.sums(at: k)
        }
        return lines
    }

    private func composeLine(items: [ParagraphItem], range: Range<Int>, end: Int, ratio: Double) -> Fragment {
        // The line's glyphs, at most: its runs' arrays are allocated once, at their size.
        var glyphs = 1
        for i in range {
            let item = items[i]
            if let p = item.piece {
                glyphs += paragraph.pieces[p].glyphs.count
            } else if item.kind == .glue {
                glyphs += 1
            }
        }
        var builder = RunBuilder(fonts: fonts, baseline: baseline, lineHeight: lineHeight, glyphs: glyphs)
        var x = 0.0
        // Pieces and styles are read in place (a copy of each per box would
        // retain and release its words and strings).
        paragraph.pieces.withUnsafeBufferPointer { pieces in
            paragraph.styles.withUnsafeBufferPointer { styles in
                for i in range {
                    let item = items[i]
                    switch item.kind {
                    case .box:
                        if let p = item.piece {
                            builder.add(piece: p, of: pieces, styles: styles, at: x, width: item.width)
                        }
                        x += item.width
                    case .glue:
                        let w = item.width + (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink)
                        if item.glyphStyle != nil && i + 1 < range.upperBound {
                            builder.addSpace(at: x, width: max(w, 0))
                        }
                        x += max(w, 0)
                    case .penalty:
                        break
                    }
                }
            }
        }
        let breakItem = items[end]
        if breakItem.kind == .penalty && breakItem.flagged && breakItem.width > 0, let style = breakItem.glyphStyle {
            builder.addHyphen(style: paragraph.styles[style], at: x)
            x += breakItem.width
        }
        let measure = breaker.measure
        var shift = 0.0
        switch alignment {
        case .center: shift = max(0, (measure - x) / 2)
        case .right: shift = max(0, measure - x)
        case .justified, .left: break
        }
        var fragment = Fragment(width: measure, height: lineHeight, ascent: baseline, items: builder.finish())
        if shift > 0 { fragment.items = fragment.items.map { $0.offsetBy(dx: shift, dy: 0) } }
        return fragment
    }
}

/// Accumulates glyphs into runs of one face, size and colour, and link areas.
struct RunBuilder {
    let fonts: FontLibrary
    let baseline: Double
    let lineHeight: Double
    private var items: [DrawItem] = []
    private var current: GlyphRun?
    /// The current run's text, as bytes: a run's text is made once, when
    /// it ends, not grown a piece at a time.
    private var text: [UInt8] = []
    private var currentLink: (Rect, LinkTarget)?
    /// The last runs' link and language, shared by the runs that have the same.
    private var tagging = RunTagging.plain
    /// Glyphs still to come on the line, at most: what a new run reserves.
    private var glyphsLeft: Int

    /// `glyphs`: how many glyphs the line can hold at most.
    init(fonts: FontLibrary, baseline: Double, lineHeight: Double, glyphs: Int) {
        self.fonts = fonts; self.baseline = baseline; self.lineHeight = lineHeight; self.glyphsLeft = glyphs
    }

    /// Makes `current` a run in this style, closing the previous one if the style differs.
    /// Runs are then mutated in place: a copy held twice would be copied on every append.
    /// A run also ends where a link or the language changes, so that each can be tagged.
    private mutating func startRun(for font: FontID, style: TextStyle) {
        if let c = current, c.font == font, c.size == style.size, c.color == style.color, c.tagging.fits(style) {
            return
        }
        closeRun()
        if !tagging.fits(style) { tagging = RunTagging(link: style.link, language: style.language) }
        current = GlyphRun(font: font, size: style.size, color: style.color)
        current!.tagging = tagging
        // Reserved once, for the rest of the line: appending piece by piece
        // would reallocate as the run grows, and reserving a little more
        // for every piece would reallocate each time.
        current!.glyphs.reserveCapacity(glyphsLeft)
        current!.positions.reserveCapacity(glyphsLeft)
        current!.clusters.reserveCapacity(glyphsLeft)
    }

    /// Ends the current run, if any, giving it its text.
    private mutating func closeRun() {
        guard current != nil else { return }
        current!.text = String(decoding: text, as: UTF8.self)
        items.append(.glyphs(current!))
        current = nil
        text.removeAll(keepingCapacity: true)
    }

    /// Adds the box piece `index` of `pieces`, in its style of `styles`.
    /// (Read in place: a copy of each per box would retain and release its
    /// word and strings.)
    mutating func add(
        piece index: Int, of pieces: UnsafeBufferPointer<BoxPiece>, styles: UnsafeBufferPointer<ResolvedStyle>,
        at x: Double, width: Double
    ) {
        let piece = pieces.baseAddress! + index
        let style = styles.baseAddress! + piece.pointee.style
        startRun(for: style.pointee.font, style: style.pointee.style)
        add(piece: piece.pointee, scale: style.pointee.scale, at: x)
        if let link = style.pointee.style.link {
            extendLink(Rect(x: x, y: 0, width: width, height: lineHeight), link)
        } else {
            flushLink()
        }
    }

    /// The piece's glyphs, positions, clusters and text, at the pen position
    /// `x`.
    private mutating func add(piece: borrowing BoxPiece, scale: Double, at x: Double) {
        let shaped = piece.shaped
        var pen = x
        let length = piece.text.utf8.count
        let endByte = piece.byteOffset + UInt32(length)
        var g = piece.glyphs.lowerBound
        glyphsLeft -= piece.glyphs.count
        if shaped.rightToLeft {
            // Glyphs in visual order, text in logical order: one cluster for the
            // whole piece keeps extraction exact.
            for k in piece.glyphs {
                current!.glyphs.append(shaped.glyphs[k])
                current!.positions.append(
                    Point(
                        x: pen + Double(shaped.xOffsets[k]) * scale,
                        y: baseline - Double(shaped.yOffsets[k]) * scale))
                pen += Double(shaped.advances[k]) * scale
            }
            current!.clusters.append(.init(bytes: Int32(length), glyphs: Int32(piece.glyphs.count)))
            g = piece.glyphs.upperBound
        }
        while g < piece.glyphs.upperBound {
            // One cluster: the glyphs sharing a cluster value and the bytes up to the next one.
            let c = shaped.clusters[g]
            var h = g
            while h < piece.glyphs.upperBound && shaped.clusters[h] == c { h += 1 }
            let next = h < piece.glyphs.upperBound ? shaped.clusters[h] : endByte
            for k in g..<h {
                current!.glyphs.append(shaped.glyphs[k])
                current!.positions.append(
                    Point(
                        x: pen + Double(shaped.xOffsets[k]) * scale,
                        y: baseline - Double(shaped.yOffsets[k]) * scale))
                pen += Double(shaped.advances[k]) * scale
            }
            current!.clusters.append(.init(bytes: Int32(next - c), glyphs: Int32(h - g)))
            g = h
        }
        appendText(of: piece)
    }

    /// The piece's text onto the run's bytes, copied whole from where the
    /// string keeps it: appending the string's UTF-8 view goes through the
    /// generic sequence path, a byte at a time, for every word of a line.
    private mutating func appendText(of piece: borrowing BoxPiece) {
        let copied: Void? = piece.text.utf8.withContiguousStorageIfAvailable { text.append(contentsOf: $0) }
        if copied == nil { text.append(contentsOf: piece.text.utf8) }
    }

    mutating func addSpace(at x: Double, width: Double) {
        guard current != nil else { return }
        glyphsLeft -= 1
        current!.glyphs.append(fonts[current!.font].spaceGlyph)
        current!.positions.append(Point(x: x, y: baseline))
        text.append(0x20)
        current!.clusters.append(.init(bytes: 1, glyphs: 1))
        if let (rect, target) = currentLink {
            currentLink = (Rect(x: rect.minX, y: 0, width: x + width - rect.minX, height: lineHeight), target)
        }
    }

    mutating func addHyphen(style: ResolvedStyle, at x: Double) {
        startRun(for: style.font, style: style.style)
        glyphsLeft -= 1
        current!.glyphs.append(fonts[style.font].hyphenGlyph)
        current!.positions.append(Point(x: x, y: baseline))
        text.append(0x2D)
        current!.clusters.append(.init(bytes: 1, glyphs: 1))
        if let (rect, target) = currentLink {
            currentLink = (
                Rect(x: rect.minX, y: 0, width: x + style.hyphenWidth - rect.minX, height: lineHeight), target
            )
        }
    }

    private mutating func extendLink(_ rect: Rect, _ target: LinkTarget) {
        if let (r, t) = currentLink, t == target, rect.minX >= r.minX {
            currentLink = (Rect(x: r.minX, y: 0, width: rect.maxX - r.minX, height: lineHeight), t)
        } else {
            flushLink()
            currentLink = (rect, target)
        }
    }

    private mutating func flushLink() {
        if let (r, t) = currentLink { items.append(.link(r, t)) }
        currentLink = nil
    }

    mutating func finish() -> [DrawItem] {
        closeRun()
        flushLink()
        return items
    }
}
