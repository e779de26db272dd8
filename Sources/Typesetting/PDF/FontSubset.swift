import CHarfBuzz

/// One face as a PDF font: the glyphs the pages use, each one's width and
/// text, and at the end the face subset to those glyphs (`TrueTypeSubset`,
/// or HarfBuzz's subsetter for other outlines; glyph ids kept so the
/// content's codes stay valid) with its
/// dictionaries: a Type0 font with Identity-H encoding over a
/// CIDFontType2 font (`/CIDToGIDMap /Identity`, `/W` widths), its
/// descriptor and a ToUnicode CMap built from the text the glyphs were
/// drawn for.
final class FontSubset {
    let face: FontFace
    /// The name pages use for it in their resources ("F0", "F1", …, in order of first use).
    let resourceName: String
    /// The Type0 font's object number.
    let objectNumber: Int
    /// How many glyphs the face has.
    private let glyphCount: Int
    /// Each glyph's advance in thousandths of an em once used, else -1
    /// (owned buffers, `glyphCount` long: read for every glyph drawn).
    private let widths: UnsafeMutablePointer<Int32>
    /// Each glyph's text once known (its ToUnicode entry), when not one ASCII byte.
    private var texts: [String?]
    /// Each glyph's text when it is one ASCII byte (most glyphs): that byte;
    /// `Self.unknown` until known, `Self.longer` when the text is in `texts`.
    private let bytes: UnsafeMutablePointer<UInt8>
    private static let unknown: UInt8 = 0
    private static let longer: UInt8 = 0xFF
    /// Glyph ids in the order first used (every id once).
    private var used: [UInt32] = []

    init(face: FontFace, resourceName: String, objectNumber: Int) {
        self.face = face
        self.resourceName = resourceName
        self.objectNumber = objectNumber
        let count = Int(hb_face_get_glyph_count(hb_font_get_face(face.hbFont)))
        glyphCount = count
        widths = .allocate(capacity: max(count, 1))
        widths.initialize(repeating: -1, count: max(count, 1))
        bytes = .allocate(capacity: max(count, 1))
        bytes.initialize(repeating: Self.unknown, count: max(count, 1))
        texts = Array(repeating: nil, count: count)
    }

    deinit {
        widths.deallocate()
        bytes.deallocate()
    }

    /// Glyph `glyph`'s advance in thousandths of an em, as `/W` gives it; the glyph is used from here on.
    func width(_ glyph: UInt32) -> Int32 {
        let g = Int(glyph)
        guard g < glyphCount else { return 0 }
        let w = widths[g]
        if w >= 0 { return w }
        let advance = hb_font_get_glyph_h_advance(face.hbFont, glyph)
        let scaled = Int32((Double(advance) * Self.textSpaceUnits / Double(face.unitsPerEm)).rounded())
        widths[g] = max(0, scaled)
        used.append(glyph)
        return widths[g]
    }

    /// Text space units per em of a PDF font's metrics.
    static let textSpaceUnits = 1000.0

    /// Whether `glyph` extracts as `text`: true when its ToUnicode entry is
    /// that text (set now if the glyph had none); false when it already
    /// stands for other text, and the page must say it with /ActualText.
    func claim(_ glyph: UInt32, as text: Substring) -> Bool {
        let g = Int(glyph)
        guard g < texts.count else { return false }
        if text.utf8.count == 1, let byte = text.utf8.first { return claim(glyph, byte: byte) }
        switch bytes[g] {
        case Self.unknown:
            bytes[g] = Self.longer
            texts[g] = String(text)
            return true
        case Self.longer: return texts[g].map { $0 == text } ?? false
        default: return false
        }
    }

    /// `claim` for text of one byte (ASCII; a NUL never extracts).
    func claim(_ glyph: UInt32, byte: UInt8) -> Bool {
        let g = Int(glyph)
        guard g < glyphCount, byte != Self.unknown, byte < 0x80 else { return false }
        if bytes[g] == Self.unknown { bytes[g] = byte }
        return bytes[g] == byte
    }

    /// The text `glyph` extracts as: nil when none was given.
    func text(of glyph: UInt32) -> String? {
        let g = Int(glyph)
        guard g < glyphCount else { return nil }
        switch bytes[g] {
        case Self.unknown: return nil
        case Self.longer: return texts[g]
        case let b: return String(UnicodeScalar(b))
        }
    }

    // MARK: The font's objects

    /// What writing the font takes longest to make: the subset face and its
    /// ToUnicode map, both compressed. Made apart from the writing, so that
    /// the faces of a document are cut on several cores at once
    /// (`PDFFonts.write`); it reads the face and the glyphs used, and
    /// changes nothing.
    struct Program: @unchecked Sendable {
        // @unchecked: its buffers are made by one thread and only read after.
        fileprivate let glyphs: [UInt32]
        fileprivate let file: PDFBytes
        fileprivate let fileLength: Int
        fileprivate let toUnicode: PDFBytes
    }

    /// The subset face and its ToUnicode map, compressed by `deflate` (one per thread).
    func program(compressingWith deflate: Deflate) throws -> Program {
        let glyphs = used.sorted()
        let data = try subsetData(glyphs)
        return Program(
            glyphs: glyphs, file: deflate.compressed(data), fileLength: data.count,
            toUnicode: deflate.compressed(toUnicodeCMap(glyphs)))
    }

    /// Writes the subset face (`program`, made by `program(compressingWith:)`) and its
    /// dictionaries; `allocate` numbers the new objects.
    func write(_ program: Program, to writer: ObjectWriter) {
        let glyphs = program.glyphs
        let descendant = writer.allocate(), descriptor = writer.allocate()
        let file = writer.allocate(), toUnicode = writer.allocate()
        let name = subsetTag(glyphs) + "+" + postScriptName

        let type0 = PDFBytes()
        type0.append("<</Type/Font/Subtype/Type0/BaseFont")
        type0.append(name: name)
        type0.append("/Encoding/Identity-H/DescendantFonts[")
        type0.append(reference: descendant)
        type0.append("]/ToUnicode ")
        type0.append(reference: toUnicode)
        type0.append(">>")
        writer.object(objectNumber, type0)

        let cid = PDFBytes()
        cid.append("<</Type/Font/Subtype/CIDFontType2/BaseFont")
        cid.append(name: name)
        cid.append("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ")
        cid.append(reference: descriptor)
        cid.append("/CIDToGIDMap/Identity/W[")
        appendWidths(glyphs, to: cid)
        cid.append("]>>")
        writer.object(descendant, cid)

        writer.object(descriptor, descriptorDictionary(name: name, file: file))
        let fileEntries = PDFBytes()
        fileEntries.append("/Length1 ")
        fileEntries.append(integer: program.fileLength)
        writer.compressedStream(file, dictionary: fileEntries, data: program.file)
        writer.compressedStream(toUnicode, dictionary: PDFBytes(), data: program.toUnicode)
    }

    /// `/W` entries: each run of consecutive ids as `first [w1 w2 …]`.
    private func appendWidths(_ glyphs: [UInt32], to out: PDFBytes) {
        var i = 0
        while i < glyphs.count {
            var j = i + 1
            while j < glyphs.count, glyphs[j] == glyphs[j - 1] + 1 { j += 1 }
            out.append(integer: Int(glyphs[i]))
            out.append("[")
            for k in i..<j {
                if k > i { out.append(" ") }
                out.append(integer: Int(widths[Int(glyphs[k])]))
            }
            out.append("]")
            i = j
        }
    }

    /// The six capital letters a subset's name starts with, from the glyphs it holds (the same subset, the same tag).
    func subsetTag(_ glyphs: [UInt32]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in postScriptName.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        for g in glyphs {
            hash = (hash ^ UInt64(g)) &* 0x100_0000_01b3
        }
        var tag = ""
        for _ in 0..<Self.tagLength {
            tag.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26)))
            hash /= 26
        }
        return tag
    }

    /// PDF's subset tags are six letters (ISO 32000-1, 9.6.4).
    static let tagLength = 6

    /// The face's PostScript name (name ID 6), or one made from its file's name; read once.
    private(set) lazy var postScriptName: String = readPostScriptName()

    private func readPostScriptName() -> String {
        let face = hb_font_get_face(self.face.hbFont)
        var length: UInt32 = Self.nameCapacity
        var buffer = [CChar](repeating: 0, count: Int(Self.nameCapacity))
        let total = hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), nil, &length, &buffer)
        if total > 0 {
            let name = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let clean = String(name.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && $0 != "/" })
            if !clean.isEmpty { return clean }
        }
        let file = self.face.path.split(separator: "/").last.map(String.init) ?? "Font"
        return String(file.unicodeScalars.filter { CharacterSetASCII.alnum($0) || $0 == "-" })
    }

    private static let nameCapacity: UInt32 = 128

    private func descriptorDictionary(name: String, file: Int) -> PDFBytes {
        let face = hb_font_get_face(self.face.hbFont)
        let scale = Self.textSpaceUnits / Double(self.face.unitsPerEm)
        let head = TableBytes(face, "head")
        let post = TableBytes(face, "post")
        // head: xMin, yMin, xMax, yMax at 36; post: the italic angle, 16.16, at 4.
        let box = [36, 38, 40, 42].map { Double(head.int16(at: $0)) * scale }
        let italicAngle = Double(post.int32(at: 4)) / 65536
        var capHeight: Int32 = 0
        if hb_ot_metrics_get_position(self.face.hbFont, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight) == 0 {
            capHeight = Int32(self.face.ascender)
        }
        var flags = Self.nonsymbolic
        if italicAngle != 0 { flags |= Self.italic }
        let d = PDFBytes()
        d.append("<</Type/FontDescriptor/FontName")
        d.append(name: name)
        d.append("/Flags ")
        d.append(integer: flags)
        d.append("/FontBBox[")
        for (i, v) in box.enumerated() {
            if i > 0 { d.append(" ") }
            d.append(integer: Int(v.rounded()))
        }
        d.append("]/ItalicAngle ")
        d.append(number: italicAngle)
        d.append("/Ascent ")
        d.append(integer: Int((Double(self.face.ascender) * scale).rounded()))
        d.append("/Descent ")
        d.append(integer: -Int((Double(self.face.descender) * scale).rounded()))
        d.append("/CapHeight ")
        d.append(integer: Int((Double(capHeight) * scale).rounded()))
        d.append("/StemV ")
        d.append(integer: Self.stemV)
        d.append("/FontFile2 ")
        d.append(reference: file)
        d.append(">>")
        return d
    }

    /// Descriptor flags (ISO 32000-1, table 123): the font uses the standard Latin set …
    private static let nonsymbolic = 32
    /// … and is italic.
    private static let italic = 64
    /// The dominant vertical stem's width, which TrueType fonts do not
    /// record; required by the descriptor, unused by viewers for embedded
    /// fonts. 80, as cairo and most writers give it.
    private static let stemV = 80

    /// The face cut down to `glyphs` (and .notdef), glyph ids kept;
    /// layout tables left out (the page's glyphs are already shaped).
    /// TrueType outlines are cut by `TrueTypeSubset`, others by HarfBuzz.
    func subsetData(_ glyphs: [UInt32]) throws -> PDFBytes {
        if let program = TrueTypeSubset.subset(hb_font_get_face(face.hbFont), glyphs: glyphs) {
            let bytes = PDFBytes(capacity: program.count)
            program.withUnsafeBytes { bytes.append(raw: $0) }
            return bytes
        }
        return try harfBuzzSubset(glyphs)
    }

    /// The face cut down by HarfBuzz's subsetter (any outline format).
    func harfBuzzSubset(_ glyphs: [UInt32]) throws -> PDFBytes {
        guard let input = hb_subset_input_create_or_fail() else {
            throw TypesettingError.fontUnreadable(path: face.path, reason: "HarfBuzz could not start a subset")
        }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        hb_set_add(set, 0)
        for g in glyphs { hb_set_add(set, g) }
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in Self.droppedTables { hb_set_add(drop, hb_tag_from_string(tag, -1)) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue)
        guard let subset = hb_subset_or_fail(hb_font_get_face(face.hbFont), input) else {
            throw TypesettingError.fontUnreadable(path: face.path, reason: "HarfBuzz could not subset the face")
        }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else {
            throw TypesettingError.fontUnreadable(path: face.path, reason: "HarfBuzz wrote an empty subset")
        }
        let bytes = PDFBytes(capacity: Int(length))
        bytes.append(raw: UnsafeRawBufferPointer(start: data, count: Int(length)))
        return bytes
    }

    /// Tables a PDF's TrueType font does not need: shaping (GSUB, GPOS,
    /// GDEF) and the character map's other consumers are the page's business.
    private static let droppedTables = ["GSUB", "GPOS", "GDEF", "kern", "DSIG"]

    /// The ToUnicode CMap: each glyph with known text, in glyph order.
    func toUnicodeCMap(_ glyphs: [UInt32]) -> PDFBytes {
        let m = PDFBytes()
        m.append(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """)
        let mapped = glyphs.filter { !(text(of: $0) ?? "").isEmpty }
        var i = 0
        while i < mapped.count {
            let chunk = mapped[i..<min(i + Self.entriesPerBlock, mapped.count)]
            m.append(integer: chunk.count)
            m.append(" beginbfchar\n")
            for g in chunk {
                m.append("<")
                m.append(hex16: g)
                m.append("> <")
                m.append(utf16Hex: text(of: g) ?? "")
                m.append(">\n")
            }
            m.append("endbfchar\n")
            i += Self.entriesPerBlock
        }
        m.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return m
    }

    /// A CMap block holds at most 100 entries (Adobe Technical Note #5411).
    private static let entriesPerBlock = 100
}

/// A font table's bytes, read big-endian; zero past its end.
private struct TableBytes {
    let bytes: [UInt8]

    init(_ face: OpaquePointer?, _ tag: String) {
        let blob = hb_face_reference_table(face, hb_tag_from_string(tag, -1))
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        if let data = hb_blob_get_data(blob, &length), length > 0 {
            bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
        } else {
            bytes = []
        }
    }

    func int16(at i: Int) -> Int16 {
        guard i + 1 < bytes.count else { return 0 }
        return Int16(bitPattern: UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
    }

    func int32(at i: Int) -> Int32 {
        guard i + 3 < bytes.count else { return 0 }
        return Int32(
            bitPattern: UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8
                | UInt32(bytes[i + 3]))
    }
}
