import CHarfBuzz

/// A TrueType face (glyf outlines) cut down to some glyphs, glyph ids kept:
/// the font program a PDF embeds for a CIDFontType2 font with an identity
/// CIDToGIDMap. It holds the tables ISO 32000-1 (9.9) asks of such a
/// program — head, hhea, maxp, hmtx, loca, glyf and, where the face has
/// them, the hinting tables cvt, fpgm and prep — with every glyph not kept
/// left empty (a zero-length loca entry, zero metrics), and each kept
/// composite glyph's components kept too.
///
/// Why not HarfBuzz's subsetter for these faces: it plans a general subset
/// (the whole character map, name and layout closures) for about 2.5
/// million instructions a face, most of the time a small brief spends
/// writing its file; this copies bytes. A face without glyf (CFF
/// outlines) still goes through HarfBuzz (`FontSubset.subsetData`).
enum TrueTypeSubset {
    /// The subset's bytes, or nil when the face has no glyf outlines or its
    /// tables are not as the format says (the caller then asks HarfBuzz).
    static func subset(_ face: OpaquePointer, glyphs: [UInt32]) -> [UInt8]? {
        // The face's tables, read in place: HarfBuzz holds them until the blobs go.
        var blobs: [OpaquePointer] = []
        defer { for b in blobs { hb_blob_destroy(b) } }
        func table(_ tag: String) -> UnsafeRawBufferPointer? {
            guard let blob = hb_face_reference_table(face, hb_tag_from_string(tag, -1)) else { return nil }
            blobs.append(blob)
            var length: UInt32 = 0
            guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
            return UnsafeRawBufferPointer(start: data, count: Int(length))
        }
        guard let head = table("head"), head.count >= 54,
            let maxp = table("maxp"), maxp.count >= 6,
            let hhea = table("hhea"), hhea.count >= 36, let hmtx = table("hmtx"),
            let loca = table("loca"), let glyf = table("glyf")
        else { return nil }
        let glyphCount = Int(read16(maxp, 4))
        let longOffsets = read16(head, 50) == 1
        // Each glyph's metrics: an advance and a side bearing for the first numberOfHMetrics
        // glyphs, a side bearing alone for the rest (which take the last advance).
        let metrics = min(Int(read16(hhea, 34)), glyphCount)
        guard glyphCount > 0, metrics > 0, loca.count >= (glyphCount + 1) * (longOffsets ? 4 : 2),
            hmtx.count >= 4 * metrics + 2 * (glyphCount - metrics)
        else { return nil }
        func range(_ g: Int) -> Range<Int>? {
            let start = longOffsets ? Int(read32(loca, 4 * g)) : 2 * Int(read16(loca, 2 * g))
            let end = longOffsets ? Int(read32(loca, 4 * g + 4)) : 2 * Int(read16(loca, 2 * g + 2))
            guard start <= end, end <= glyf.count else { return nil }
            return start..<end
        }

        // The glyphs kept: .notdef, those asked for, and every composite's components.
        var kept = [Bool](repeating: false, count: glyphCount)
        var pending = [0] + glyphs.map(Int.init).filter { $0 < glyphCount }
        while let g = pending.popLast() {
            guard !kept[g] else { continue }
            kept[g] = true
            guard let r = range(g) else { return nil }
            for c in components(glyf, r) where c < glyphCount && !kept[c] { pending.append(c) }
        }

        // glyf, glyph ids as they were, and where each glyph starts.
        var newGlyf: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(glyphCount + 1)
        for g in 0..<glyphCount {
            starts.append(newGlyf.count)
            guard kept[g], let r = range(g) else { continue }
            newGlyf += glyf[r]
            while newGlyf.count % 4 != 0 { newGlyf.append(0) }
        }
        starts.append(newGlyf.count)
        // loca in short offsets (halved) while the glyphs fit in them, as most subsets do.
        let short = newGlyf.count < 2 * Int(UInt16.max)
        var newLoca: [UInt8] = []
        newLoca.reserveCapacity((short ? 2 : 4) * starts.count)
        for s in starts {
            if short { append16(&newLoca, UInt16(s / 2)) } else { append32(&newLoca, UInt32(s)) }
        }

        var newHead = Array(head)
        newHead[8..<12] = [0, 0, 0, 0]  // checkSumAdjustment, set below
        newHead[50] = 0
        newHead[51] = short ? 0 : 1  // indexToLocFormat

        // The metrics of glyphs not kept are zero (the PDF's /W gives the widths that count), but
        // for the last advance, which every glyph after it takes as its own.
        var newHmtx = Array(hmtx)
        for g in 0..<glyphCount where !kept[g] {
            let at = g < metrics ? 4 * g : 4 * metrics + 2 * (g - metrics)
            let bearing = g < metrics ? at + 2 : at
            let from = g < metrics - 1 ? at : bearing
            for k in from..<bearing + 2 { newHmtx[k] = 0 }
        }

        var tables: [(tag: String, data: [UInt8])] = [
            ("glyf", newGlyf), ("head", newHead), ("hhea", Array(hhea)), ("hmtx", newHmtx), ("loca", newLoca),
            ("maxp", Array(maxp)),
        ]
        for tag in hintingTables { if let t = table(tag) { tables.append((tag, Array(t))) } }
        tables.sort { $0.tag < $1.tag }
        return file(tables)
    }

    /// The instructions a TrueType interpreter needs to hint the kept glyphs.
    static let hintingTables = ["cvt ", "fpgm", "prep"]

    /// The glyph ids a glyph's outline is made of, when it is a composite.
    static func components(_ glyf: UnsafeRawBufferPointer, _ r: Range<Int>) -> [Int] {
        guard r.count >= 10, Int16(bitPattern: read16(glyf, r.lowerBound)) < 0 else { return [] }
        var out: [Int] = []
        var at = r.lowerBound + 10
        while at + 4 <= r.upperBound {
            let flags = read16(glyf, at)
            out.append(Int(read16(glyf, at + 2)))
            at += 4 + (flags & argumentsAreWords != 0 ? 4 : 2)
            if flags & hasScale != 0 {
                at += 2
            } else if flags & hasXYScale != 0 {
                at += 4
            } else if flags & hasTwoByTwo != 0 {
                at += 8
            }
            if flags & moreComponents == 0 { break }
        }
        return out
    }

    // Composite glyph flags (OpenType, glyf table).
    private static let argumentsAreWords: UInt16 = 0x0001
    private static let hasScale: UInt16 = 0x0008
    private static let moreComponents: UInt16 = 0x0020
    private static let hasXYScale: UInt16 = 0x0040
    private static let hasTwoByTwo: UInt16 = 0x0080

    /// An sfnt file of `tables` (sorted by tag): the table directory, each
    /// table padded to four bytes, checksums, and head's checkSumAdjustment.
    static func file(_ tables: [(tag: String, data: [UInt8])]) -> [UInt8] {
        let n = tables.count
        var entrySelector = 0
        while (1 << (entrySelector + 1)) <= n { entrySelector += 1 }
        let searchRange = (1 << entrySelector) * 16
        var out: [UInt8] = []
        append32(&out, 0x0001_0000)
        append16(&out, UInt16(n))
        append16(&out, UInt16(searchRange))
        append16(&out, UInt16(entrySelector))
        append16(&out, UInt16(n * 16 - searchRange))
        var offset = 12 + 16 * n
        var headAt: Int?
        for t in tables {
            out += Array(t.tag.utf8.prefix(4))
            append32(&out, checksum(t.data))
            append32(&out, UInt32(offset))
            append32(&out, UInt32(t.data.count))
            if t.tag == "head" { headAt = offset }
            offset += (t.data.count + 3) & ~3
        }
        for t in tables {
            out += t.data
            while out.count % 4 != 0 { out.append(0) }
        }
        if let headAt {
            let adjustment = 0xB1B0_AFBA &- checksum(out)
            out[headAt + 8..<headAt + 12] = [
                UInt8(truncatingIfNeeded: adjustment >> 24), UInt8(truncatingIfNeeded: adjustment >> 16),
                UInt8(truncatingIfNeeded: adjustment >> 8), UInt8(truncatingIfNeeded: adjustment),
            ]
        }
        return out
    }

    /// The sum of the data as big-endian 32-bit words, zero-padded.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBytes { b in
            var sum: UInt32 = 0
            var i = 0
            while i + 4 <= b.count {
                sum = sum &+ UInt32(bigEndian: b.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                i += 4
            }
            var last: UInt32 = 0
            for k in 0..<4 { last = last << 8 | UInt32(i + k < b.count ? b[i + k] : 0) }
            return i < b.count ? sum &+ last : sum
        }
    }

    private static func read16(_ d: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        at + 2 <= d.count ? UInt16(d[at]) << 8 | UInt16(d[at + 1]) : 0
    }

    private static func read32(_ d: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(read16(d, at)) << 16 | UInt32(read16(d, at + 2))
    }

    private static func append16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v))
    }

    private static func append32(_ out: inout [UInt8], _ v: UInt32) {
        append16(&out, UInt16(truncatingIfNeeded: v >> 16))
        append16(&out, UInt16(truncatingIfNeeded: v))
    }
}
