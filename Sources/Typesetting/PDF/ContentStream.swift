/// A PDF page's content stream, written as the painter draws: operators
/// appended to a byte buffer, numbers printed at fixed precision
/// (`PDFBytes`). Text goes out as one `TJ` per glyph run with Identity-H
/// codes (glyph ids) and the adjustments between the fonts' advances and
/// the laid-out positions; a glyph whose text its font's ToUnicode entry
/// cannot give (a ligature already mapped to other text, a cluster of
/// several glyphs) is marked with /ActualText. Marks are numbered 0, 1, 2 …
/// per page in the order opened, as `StructureRecorder` counts them.
final class ContentStream: PageCanvas {
    private let fonts: PDFFonts
    /// The page being written.
    let bytes = PDFBytes(capacity: ContentStream.initialCapacity)
    /// Marks opened on the page (the next MCID).
    private(set) var marks = 0
    /// Destinations met on the page: name and point, y upwards (PDF space).
    private(set) var destinations: [(name: String, x: Double, y: Double)] = []
    private var pageHeight = 0.0
    // The graphics state as last set on the page (nil: not set yet).
    private var fillColor: Color?
    private var strokeColor: Color?
    private var fillAlpha = 1.0, strokeAlpha = 1.0
    private var lineWidth: Double?
    private var dashed = false
    /// Enough for a dense page of text; a larger page grows the buffer.
    private static let initialCapacity = 1 << 17

    init(fonts: PDFFonts) {
        self.fonts = fonts
        text = TextShowing(out: bytes)
    }

    /// Starts a page of height `height` (points): user space y downwards from its top.
    func beginPage(height: Double) {
        bytes.removeAll()
        text = TextShowing(out: bytes)
        marks = 0
        destinations.removeAll(keepingCapacity: true)
        pageHeight = height
        fillColor = nil; strokeColor = nil; fillAlpha = 1; strokeAlpha = 1; lineWidth = nil; dashed = false
        bytes.append("1 0 0 -1 0 ")
        bytes.append(number: height)
        bytes.append(" cm\n")
    }

    func beginMark(_ role: String) {
        endText()
        bytes.append(name: role)
        bytes.append(" <</MCID ")
        bytes.append(integer: marks)
        bytes.append(">> BDC\n")
        marks += 1
    }

    func beginArtifact() {
        endText()
        bytes.append("/Artifact BMC\n")
    }

    func endMark() {
        endText()
        bytes.append("EMC\n")
    }

    func destination(_ name: String, at point: Point) {
        destinations.append((name, point.x, pageHeight - point.y))
    }

    // MARK: Colour and lines

    private func setFill(_ c: Color) {
        if c.alpha != fillAlpha {
            setAlpha(fill: c.alpha, stroke: strokeAlpha)
        }
        guard c != fillColor else { return }
        appendColor(c)
        bytes.append("rg\n")
        fillColor = c
    }

    private func setStroke(_ c: Color) {
        if c.alpha != strokeAlpha {
            setAlpha(fill: fillAlpha, stroke: c.alpha)
        }
        guard c != strokeColor else { return }
        appendColor(c)
        bytes.append("RG\n")
        strokeColor = c
    }

    private func appendColor(_ c: Color) {
        bytes.append(number: c.red)
        bytes.append(" ")
        bytes.append(number: c.green)
        bytes.append(" ")
        bytes.append(number: c.blue)
        bytes.append(" ")
    }

    private func setAlpha(fill: Double, stroke: Double) {
        bytes.append(name: fonts.alphaState(fill: fill, stroke: stroke))
        bytes.append(" gs\n")
        fillAlpha = fill; strokeAlpha = stroke
        fillColor = nil; strokeColor = nil
    }

    private func trace(_ path: Path, dx: Double, dy: Double) {
        for e in path.elements {
            switch e {
            case .move(let p):
                point(p, dx, dy)
                bytes.append("m\n")
            case .line(let p):
                point(p, dx, dy)
                bytes.append("l\n")
            case let .curve(a, b, c):
                point(a, dx, dy)
                point(b, dx, dy)
                point(c, dx, dy)
                bytes.append("c\n")
            case .close:
                bytes.append("h\n")
            }
        }
    }

    private func point(_ p: Point, _ dx: Double, _ dy: Double) {
        bytes.append(number: p.x + dx)
        bytes.append(" ")
        bytes.append(number: p.y + dy)
        bytes.append(" ")
    }

    func fill(_ path: Path, color: Color, dx: Double, dy: Double) {
        endText()
        setFill(color)
        trace(path, dx: dx, dy: dy)
        bytes.append("f\n")
    }

    func stroke(_ path: Path, color: Color, width: Double, dash: [Double], dx: Double, dy: Double) {
        endText()
        setStroke(color)
        if width != lineWidth {
            bytes.append(number: width)
            bytes.append(" w\n")
            lineWidth = width
        }
        if !dash.isEmpty || dashed {
            bytes.append("[")
            for (i, d) in dash.enumerated() {
                if i > 0 { bytes.append(" ") }
                bytes.append(number: d)
            }
            bytes.append("] 0 d\n")
            dashed = !dash.isEmpty
        }
        trace(path, dx: dx, dy: dy)
        bytes.append("S\n")
    }

    // MARK: Text

    func glyphs(_ run: GlyphRun, face: FontFace, dx: Double, dy: Double) throws {
        let count = min(run.glyphs.count, run.positions.count)
        guard count > 0 else { return }
        let font = fonts.subset(for: face)
        let out = bytes
        var text = self.text
        // A colour is set between text arrays, never inside one.
        if run.color != fillColor || run.color.alpha != fillAlpha { text.closeArray() }
        setFill(run.color)
        text.begin(font: font, size: run.size)
        var runText = run.text
        runText.withUTF8 { utf8 in
            run.glyphs.withUnsafeBufferPointer { ids in
                run.positions.withUnsafeBufferPointer { points in
                    run.clusters.withUnsafeBufferPointer { clusters in
                        if clusters.isEmpty {
                            for i in 0..<count { text.show(ids[i], x: points[i].x + dx, y: points[i].y + dy) }
                            return
                        }
                        var glyph = 0, byte = 0
                        for c in clusters {
                            let g = Int(c.glyphs), b = Int(c.bytes)
                            guard glyph + g <= count, byte + b <= utf8.count else { break }
                            // The face's substitute for a character it lacks claims only its own text
                            // ("?" or "�"): what it stands in for reads through ActualText, so a later
                            // real "?" is not read as the missing character.
                            let standsIn =
                                g == 1 && ids[glyph] == face.missingCharacterGlyph && ids[glyph] != 0
                                && Self.text(utf8, byte, b) != face.missingCharacterText
                            let claimed =
                                g == 1 && !standsIn
                                && (b == 1
                                    ? font.claim(ids[glyph], byte: utf8[byte])
                                    : font.claim(ids[glyph], as: Self.text(utf8, byte, b)))
                            if claimed {
                                text.show(ids[glyph], x: points[glyph].x + dx, y: points[glyph].y + dy)
                            } else if g > 0 {
                                text.closeArray()
                                out.append("/Span <</ActualText <FEFF")
                                out.append(utf16Hex: String(Self.text(utf8, byte, b)))
                                out.append(">>> BDC\n")
                                for k in glyph..<glyph + g {
                                    text.show(ids[k], x: points[k].x + dx, y: points[k].y + dy)
                                }
                                text.closeArray()
                                out.append("EMC\n")
                            }
                            glyph += g
                            byte += b
                        }
                        for k in glyph..<count { text.show(ids[k], x: points[k].x + dx, y: points[k].y + dy) }
                    }
                }
            }
        }
        self.text = text
    }

    /// Text shown so far in the open text object, if any: a run that goes
    /// on along the same baseline continues it (a change of font within a
    /// line is a `Tf`, not a new text position, so the words read on).
    private var text: TextShowing

    /// Ends the open text object: before paths, marks and the page's end.
    private func endText() {
        var t = text
        t.end()
        text = t
    }

    /// Ends what is open on the page; call before its content is written.
    func finishPage() { endText() }

    /// The text of `length` bytes at `start` of a run's UTF-8.
    private static func text(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Substring {
        Substring(decoding: UnsafeBufferPointer(rebasing: utf8[start..<start + length]), as: UTF8.self)
    }

    /// Glyphs shown in one text object: its font and size, where the pen
    /// stands after the last glyph, and whether a `TJ` array and a string
    /// in it are open.
    private struct TextShowing {
        let out: PDFBytes
        var font: FontSubset?
        var size = 0.0
        /// Points per thousandth of an em at the current size.
        var perUnit = 0.0
        var penX = 0.0
        var lineY = Double.nan
        var isOpen = false, inArray = false, inString = false

        init(out: PDFBytes) { self.out = out }

        /// Opens a text object if none is, in `font` at `size`.
        mutating func begin(font: FontSubset, size: Double) {
            if !isOpen {
                out.append("BT\n")
                isOpen = true
                lineY = .nan
                self.font = nil
            }
            guard font !== self.font || size != self.size else { return }
            closeArray()
            out.append(name: font.resourceName)
            out.append(" ")
            out.append(number: size)
            out.append(" Tf\n")
            self.font = font
            self.size = size
            perUnit = size / FontSubset.textSpaceUnits
        }

        /// Draws `glyph` at (x, y): a new text matrix where the baseline
        /// moves, else an adjustment from where the font's advance left the pen.
        mutating func show(_ glyph: UInt32, x: Double, y: Double) {
            guard let font else { return }
            if y != lineY {
                closeArray()
                out.append("1 0 0 -1 ")
                out.append(number: x)
                out.append(" ")
                out.append(number: y)
                out.append(" Tm\n")
                lineY = y
                penX = x
            }
            if !inArray {
                out.append(byte: UInt8(ascii: "["))
                inArray = true
            }
            let adjust = (penX - x) / perUnit
            if abs(adjust) >= ContentStream.smallestAdjustment {
                if inString {
                    out.append(byte: UInt8(ascii: ")"))
                    inString = false
                }
                out.append(number: adjust)
            }
            if !inString {
                out.append(byte: UInt8(ascii: "("))
                inString = true
            }
            out.append(glyphCode: glyph)
            penX = x + Double(font.width(glyph)) * perUnit
        }

        mutating func closeArray() {
            if inString {
                out.append(byte: UInt8(ascii: ")"))
                inString = false
            }
            if inArray {
                out.append("] TJ\n")
                inArray = false
            }
        }

        mutating func end() {
            guard isOpen else { return }
            closeArray()
            out.append("ET\n")
            isOpen = false
        }
    }

    /// An adjustment below this (thousandths of an em) is rounding, not spacing: left out.
    fileprivate static let smallestAdjustment = 0.001
}
