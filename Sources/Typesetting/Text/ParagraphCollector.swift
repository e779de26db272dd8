/// The first pass of paragraph layout, *collect*: rich text becomes Knuth and
/// Plass's boxes, glue and penalties.
///
/// Words are shaped whole (so kerning and ligatures survive) and then cut at
/// hyphenation points that fall on cluster boundaries; a point inside a
/// ligature is dropped rather than breaking the ligature. One collector
/// builds the item list for one paragraph.
struct ParagraphCollector {
    let shaper: Shaper
    let hyphenator: Hyphenator?
    let words: WordCache
    let alignment: TextAlignment
    let firstLineIndent: Double
    /// Interword stretch and shrink, and the cost of a pattern hyphen.
    let parameters: LineBreakingParameters

    func collect(_ runs: [TextRun], measure: Double) throws -> ParagraphItems {
        var out = ParagraphItems()
        // Resolve styles and join the text, remembering where each run starts.
        var text = ""
        var runOfByte: [Int32] = []
        for run in runs where !run.text.isEmpty {
            let font = try shaper.fonts.fontID(family: run.style.family, variant: run.style.variant)
            let face = shaper.fonts[font]
            let scale = run.style.size / Double(face.unitsPerEm)
            let space = shaper.shape(" ", font: font, language: run.style.language)
            out.styles.append(
                ResolvedStyle(
                    style: run.style, font: font, scale: scale,
                    spaceWidth: Double(space.totalAdvance) * scale,
                    hyphenWidth: Double(face.hyphenAdvance) * scale))
            text += run.text
            runOfByte.append(contentsOf: repeatElement(Int32(out.styles.count - 1), count: run.text.utf8.count))
        }
        let bytes = Array(text.utf8)
        // About a box and a glue per word (a word and its space: some six bytes),
        // reserved once rather than grown item by item.
        out.items.reserveCapacity(bytes.count / Self.bytesPerItem + Self.closingItems)
        out.pieces.reserveCapacity(bytes.count / (2 * Self.bytesPerItem) + 1)
        let language = out.styles.first?.style.language ?? "en"
        let breaks = LineBreakOpportunities.compute(utf8: bytes, language: language)
        let ragged = alignment != .justified

        if firstLineIndent > 0 { out.items.append(.box(firstLineIndent, piece: -1)) }

        var i = 0
        let n = bytes.count
        while i < n {
            if isSpace(bytes[i]) {
                var j = i, forced = false
                while j < n && isSpace(bytes[j]) { if bytes[j] == 0x0A { forced = true }; j += 1 }
                if !out.items.isEmpty && out.items.last!.kind == .box {
                    if forced {
                        out.items.append(.penalty(Penalty.never))
                        out.items.append(.glue(0, stretch: Penalty.fil, shrink: 0, style: -1))
                        out.items.append(.penalty(Penalty.always))
                    } else {
                        appendSpace(&out, style: Int(runOfByte[i]), ragged: ragged)
                    }
                }
                i = j
                continue
            }
            var j = i
            while j < n && !isSpace(bytes[j]) { j += 1 }
            try appendToken(&out, text: text, bytes: bytes, range: i..<j, runOfByte: runOfByte, breaks: breaks)
            i = j
        }
        while let last = out.items.last, last.kind != .box { out.items.removeLast() }
        out.items.append(.penalty(Penalty.never))
        out.items.append(.glue(0, stretch: Penalty.fil, shrink: 0, style: -1))
        out.items.append(.penalty(Penalty.always))
        splitOverlongSpans(&out, measure: measure)
        return out
    }

    /// Bytes of text per item, about (see `collect`), and the items that close every paragraph.
    private static let bytesPerItem = 3
    private static let closingItems = 4

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private func appendSpace(_ out: inout ParagraphItems, style: Int, ragged: Bool) {
        let w = out.styles[style].spaceWidth
        if ragged {
            // Knuth & Plass's ragged setting: the stretch exists only when the line ends here.
            let r = 3 * w
            out.items.append(.glue(0, stretch: r, shrink: 0, style: -1))
            out.items.append(.penalty(0))
            out.items.append(.glue(w, stretch: -r, shrink: 0, style: style))
        } else {
            // The interword space's stretch and shrink (see LineBreakingParameters).
            out.items.append(
                .glue(w, stretch: w * parameters.spaceStretch, shrink: w * parameters.spaceShrink, style: style))
        }
    }

    /// A token is a maximal run of non-space text; it may hold several
    /// break opportunities ("well-known", "a/b") and style changes.
    private func appendToken(
        _ out: inout ParagraphItems, text: String, bytes: [UInt8], range: Range<Int>,
        runOfByte: [Int32], breaks: [UInt8]
    ) throws {
        let mayHyphenate = hyphenator != nil && TokenClass.isProse(bytes[range])
        // Where the token may break, with the cost: addresses by their own
        // rules, everything else where UAX #14 allows (a hyphen's break flagged).
        var opportunities: [(byte: Int, penalty: Double, flagged: Bool)] = []
        if URLBreaks.isAddress(bytes[range]) {
            opportunities = URLBreaks.opportunities(in: bytes[range]).map { ($0.0, $0.1, false) }
        } else {
            for k in range.dropLast() where breaks[k] == LineBreakOpportunities.Kind.allowed.rawValue {
                let endsWithHyphen =
                    bytes[k] == 0x2D || (k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80 && bytes[k] == 0x90)
                opportunities.append((k, endsWithHyphen ? Penalty.explicitHyphen : 0, endsWithHyphen))
            }
        }
        // Segments end at the opportunities and at the token's end.
        var segStart = range.lowerBound
        for (k, penalty, flagged) in opportunities {
            appendSegment(&out, bytes: bytes, range: segStart..<(k + 1), runOfByte: runOfByte, hyphenate: mayHyphenate)
            out.items.append(.penalty(penalty, flagged: flagged))
            segStart = k + 1
        }
        appendSegment(
            &out, bytes: bytes, range: segStart..<range.upperBound, runOfByte: runOfByte, hyphenate: mayHyphenate)
    }

    private func appendSegment(
        _ out: inout ParagraphItems, bytes: [UInt8], range: Range<Int>,
        runOfByte: [Int32], hyphenate: Bool
    ) {
        // Split further where the style changes; no break between such parts.
        var start = range.lowerBound
        while start < range.upperBound {
            let style = runOfByte[start]
            var end = start
            while end < range.upperBound && runOfByte[end] == style { end += 1 }
            let singleRun = start == range.lowerBound && end == range.upperBound
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if shaper.fonts.fallbacks.isEmpty || bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
                // Most words: one face shows them (no list of parts to make).
                appendWord(&out, text: text, style: Int(style), hyphenate: hyphenate && singleRun)
                start = end
                continue
            }
            let parts = fontRuns(text, style: Int(style), in: &out)
            for (part, partStyle) in parts {
                appendWord(&out, text: part, style: partStyle, hyphenate: hyphenate && singleRun && parts.count == 1)
            }
            start = end
        }
    }

    /// Splits text where a character needs a fallback face; each part gets
    /// a resolved style in the face that shows it. (ASCII-only text, most
    /// words, never comes here: `appendSegment` takes it whole.)
    private func fontRuns(_ text: String, style: Int, in out: inout ParagraphItems) -> [(String, Int)] {
        let preferred = out.styles[style].font
        var parts: [(String, FontID)] = []
        for u in text.unicodeScalars {
            // Marks, joiners and variation selectors stay with the character before them.
            let font =
                parts.isEmpty || !(u.properties.isGraphemeExtend || u.properties.isDefaultIgnorableCodePoint)
                ? shaper.font(for: u, preferred: preferred) : parts[parts.count - 1].1
            if let last = parts.last, last.1 == font {
                parts[parts.count - 1].0.unicodeScalars.append(u)
            } else {
                parts.append((String(u), font))
            }
        }
        if parts.count == 1 && parts[0].1 == preferred { return [(text, style)] }
        return parts.map { part, font in
            if font == preferred { return (part, style) }
            return (part, fallbackStyle(style, font: font, in: &out))
        }
    }

    /// The resolved style `style` with another face (made once per paragraph).
    private func fallbackStyle(_ style: Int, font: FontID, in out: inout ParagraphItems) -> Int {
        if let i = out.styles.indices.first(where: {
            out.styles[$0].font == font && out.styles[$0].style == out.styles[style].style
        }) {
            return i
        }
        var resolved = out.styles[style]
        resolved.font = font
        resolved.scale = resolved.style.size / Double(shaper.fonts[font].unitsPerEm)
        out.styles.append(resolved)
        return out.styles.count - 1
    }

    private func appendWord(_ out: inout ParagraphItems, text: String, style: Int, hyphenate: Bool) {
        // The style's fields, not a copy of it (its strings retained and released per word).
        let font = out.styles[style].font, scale = out.styles[style].scale
        let hyphenWidth = out.styles[style].hyphenWidth
        let word = words.word(
            text, font: font, language: out.styles[style].style.language, hyphenate: hyphenate && hyphenWidth > 0,
            shaper: shaper, hyphenator: hyphenator)
        let shaped = word.shaped
        let pieces = word.pieces
        for n in pieces.indices {
            let piece = pieces[n]
            out.pieces.append(
                BoxPiece(
                    style: style, shaped: shaped, glyphs: piece.glyphs, text: piece.text, byteOffset: piece.byteOffset))
            out.items.append(.box(Double(piece.width) * scale, piece: out.pieces.count - 1))
            if n < pieces.count - 1 {
                var p = ParagraphItem.penalty(
                    parameters.hyphenPenalty, width: hyphenWidth, flagged: true, style: style)
                p.discretionary = true
                out.items.append(p)
            }
        }
    }

    /// The glyph that starts the cluster at `byte`, or nil when `byte` falls inside a cluster (a ligature).
    static func glyphIndex(at byte: UInt32, in shaped: ShapedGlyphs) -> Int? {
        for (g, c) in shaped.clusters.enumerated() {
            if c == byte { return (g > 0 && shaped.clusters[g - 1] >= byte) ? nil : g }
            if c > byte { return nil }
        }
        return nil
    }

    // MARK: Overlong tokens

    /// Nothing may cross the margin: a run of boxes with no break between
    /// them that is wider than the measure (a long URL) gets emergency
    /// breaks, after `/ . - _ ? & =` where possible and between any two
    /// clusters otherwise.
    private func splitOverlongSpans(_ out: inout ParagraphItems, measure: Double) {
        // Most paragraphs have no such run: find out before copying their items.
        guard hasOverlongSpan(out.items, measure: measure) else { return }
        var result: [ParagraphItem] = []
        result.reserveCapacity(out.items.count)
        var i = 0
        let items = out.items
        while i < items.count {
            guard items[i].kind == .box else { result.append(items[i]); i += 1; continue }
            var j = i, total = 0.0
            while j < items.count
                && (items[j].kind == .box || (items[j].kind == .penalty && items[j].penalty >= Penalty.never))
            {
                total += items[j].width; j += 1
            }
            if total <= measure {
                result.append(contentsOf: items[i..<j])
            } else {
                var first = true
                for item in items[i..<j] {
                    guard let index = item.piece else { result.append(item); continue }
                    for piece in emergencyPieces(of: index, in: &out, measure: measure) {
                        if !first { result.append(.penalty(Penalty.emergency)) }
                        result.append(.box(piece.width, piece: piece.index))
                        first = false
                    }
                }
            }
            i = j
        }
        out.items = result
    }

    /// Whether some run of boxes with no break between them is wider than `measure`.
    private func hasOverlongSpan(_ items: [ParagraphItem], measure: Double) -> Bool {
        var total = 0.0
        for item in items {
            if item.kind == .box || (item.kind == .penalty && item.penalty >= Penalty.never) {
                total += item.width
                if total > measure { return true }
            } else {
                total = 0
            }
        }
        return false
    }

    private func emergencyPieces(of pieceIndex: Int, in out: inout ParagraphItems, measure: Double)
        -> [(index: Int, width: Double)]
    {
        let piece = out.pieces[pieceIndex]
        let scale = out.styles[piece.style].scale
        let shaped = piece.shaped
        // Cluster boundaries inside the piece, with whether the preceding character invites a break.
        let utf8 = Array(piece.text.utf8)
        var bounds: [(glyph: Int, byte: UInt32, preferred: Bool)] = []
        for g in piece.glyphs.dropFirst() where shaped.clusters[g] != shaped.clusters[g - 1] {
            let rel = Int(shaped.clusters[g] - piece.byteOffset)
            guard rel > 0 && rel <= utf8.count else { continue }
            let prev = utf8[rel - 1]
            bounds.append((g, shaped.clusters[g], [0x2F, 0x2E, 0x2D, 0x5F, 0x3F, 0x26, 0x3D].contains(prev)))
        }
        func width(_ r: Range<Int>) -> Double { r.reduce(0.0) { $0 + Double(shaped.advances[$1]) } * scale }
        // Greedy: take the furthest preferred boundary that fits, else the furthest boundary.
        var cuts: [(glyph: Int, byte: UInt32)] = []
        var start = piece.glyphs.lowerBound
        var startByte = piece.byteOffset
        var preferred: (Int, UInt32)? = nil, any: (Int, UInt32)? = nil
        for b in bounds {
            if width(start..<b.glyph) > measure {
                if let cut = preferred ?? any {
                    cuts.append(cut); start = cut.0; startByte = cut.1
                    preferred = nil; any = nil
                }
            }
            if width(start..<b.glyph) <= measure {
                any = (b.glyph, b.byte)
                if b.preferred { preferred = (b.glyph, b.byte) }
            }
        }
        if width(start..<piece.glyphs.upperBound) > measure, let cut = preferred ?? any { cuts.append(cut) }
        _ = startByte
        var result: [(Int, Double)] = []
        var gStart = piece.glyphs.lowerBound, bStart = piece.byteOffset
        let endByte = piece.byteOffset + UInt32(utf8.count)
        for (g, b) in cuts + [(piece.glyphs.upperBound, endByte)] {
            let text = Substring(
                String(decoding: utf8[Int(bStart - piece.byteOffset)..<Int(b - piece.byteOffset)], as: UTF8.self))
            out.pieces.append(
                BoxPiece(style: piece.style, shaped: shaped, glyphs: gStart..<g, text: text, byteOffset: bStart))
            result.append((out.pieces.count - 1, width(gStart..<g)))
            gStart = g; bStart = b
        }
        return result
    }
}
