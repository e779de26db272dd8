/// Words as the paragraph collector needs them — shaped, and cut at the
/// hyphenation points that fall on cluster boundaries — cached per layout.
///
/// Prose repeats its words: shaping, classifying and hyphenating each
/// distinct word once (not once per occurrence, nor once per layout pass)
/// is most of what makes paragraph setting fast.
final class WordCache {
    final class Word {
        let shaped: ShapedGlyphs
        /// The word's pieces between its hyphenation points (the whole word
        /// when it has none), each made once here rather than at every
        /// occurrence of the word: its text, glyphs, first byte and width.
        let pieces: [Piece]
        init(text: String, shaped: ShapedGlyphs, cuts: [(byte: UInt32, glyph: Int)]) {
            self.shaped = shaped
            let utf8 = Array(text.utf8)
            var pieces: [Piece] = []
            pieces.reserveCapacity(cuts.count + 1)
            var glyphStart = 0
            var byteStart: UInt32 = 0
            for n in 0...cuts.count {
                let cut = n < cuts.count ? cuts[n] : (UInt32(utf8.count), shaped.glyphs.count)
                let glyphs = glyphStart..<cut.glyph
                var width = 0
                for g in glyphs { width += Int(shaped.advances[g]) }
                let piece =
                    cuts.isEmpty
                    ? Substring(text) : Substring(String(decoding: utf8[Int(byteStart)..<Int(cut.byte)], as: UTF8.self))
                pieces.append(Piece(text: piece, glyphs: glyphs, byteOffset: byteStart, width: width))
                glyphStart = cut.glyph
                byteStart = cut.byte
            }
            self.pieces = pieces
        }
    }

    /// A piece of a word: its text, glyphs, first byte in the word and width in font units.
    struct Piece {
        let text: Substring
        let glyphs: Range<Int>
        let byteOffset: UInt32
        let width: Int
    }
    /// Words of one face and language, looked up by their text alone:
    /// hashing the text is the lookup's cost, and a paragraph asks for a
    /// word per token. The tables are few (a face and language each).
    private final class Table {
        let font: FontID
        let language: String
        let hyphenate: Bool
        var words: [String: Word] = [:]
        init(font: FontID, language: String, hyphenate: Bool) {
            self.font = font; self.language = language; self.hyphenate = hyphenate
        }
    }
    private var tables: [Table] = []
    /// The table asked for last: consecutive words mostly share one.
    private var lastTable: Table?

    private func table(font: FontID, language: String, hyphenate: Bool) -> Table {
        if let t = lastTable, t.font == font, t.hyphenate == hyphenate, t.language == language { return t }
        let t =
            tables.first { $0.font == font && $0.hyphenate == hyphenate && $0.language == language }
            ?? {
                let t = Table(font: font, language: language, hyphenate: hyphenate)
                tables.append(t)
                return t
            }()
        lastTable = t
        return t
    }

    func word(_ text: String, font: FontID, language: String, hyphenate: Bool, shaper: Shaper, hyphenator: Hyphenator?)
        -> Word
    {
        let table = table(font: font, language: language, hyphenate: hyphenate && hyphenator != nil)
        if let w = table.words[text] { return w }
        let shaped = shaper.shape(text, font: font, language: language)
        var cuts: [(byte: UInt32, glyph: Int)] = []
        if table.hyphenate, let hyphenator {
            let (core, coreByteStart) = TokenClass.letterCore(text)
            if let core {
                let scalars = Array(core.unicodeScalars)
                for p in hyphenator.breakPoints(in: core, language: language) {
                    var offset = coreByteStart
                    for s in scalars[..<p] { offset += UTF8.width(s) }
                    let byte = UInt32(offset)
                    if let g = ParagraphCollector.glyphIndex(at: byte, in: shaped) { cuts.append((byte, g)) }
                }
            }
        }
        let w = Word(text: text, shaped: shaped, cuts: cuts)
        table.words[text] = w
        return w
    }
}
