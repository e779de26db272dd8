/// Words as the paragraph collector needs them — shaped, and cut at the
/// hyphenation points that fall on cluster boundaries — cached per layout.
///
/// Prose repeats its words: shaping, classifying and hyphenating each
/// distinct word once (not once per occurrence, nor once per layout pass)
/// is most of what makes paragraph setting fast.
final class WordCache {
    final class Word {
        let shaped: ShapedGlyphs
        let utf8: [UInt8]
        /// Byte offsets and glyph indices where a hyphen may go.
        let cuts: [(byte: UInt32, glyph: Int)]
        init(shaped: ShapedGlyphs, utf8: [UInt8], cuts: [(byte: UInt32, glyph: Int)]) {
            self.shaped = shaped; self.utf8 = utf8; self.cuts = cuts
        }
    }
    private struct Key: Hashable {
        var text: String
        var font: FontID
        var language: String
        var hyphenate: Bool
    }
    private var words: [Key: Word] = [:]

    func word(_ text: String, font: FontID, language: String, hyphenate: Bool, shaper: Shaper, hyphenator: Hyphenator?)
        -> Word
    {
        let key = Key(text: text, font: font, language: language, hyphenate: hyphenate && hyphenator != nil)
        if let w = words[key] { return w }
        let shaped = shaper.shape(text, font: font, language: language)
        var cuts: [(byte: UInt32, glyph: Int)] = []
        if key.hyphenate, let hyphenator {
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
        let w = Word(shaped: shaped, utf8: Array(text.utf8), cuts: cuts)
        words[key] = w
        return w
    }
}
