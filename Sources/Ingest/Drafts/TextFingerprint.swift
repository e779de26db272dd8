import Foundation

/// Whether a page's text is already held: by a document of the corpus, a
/// draft waiting for review, or another page of the same run. Texts are
/// compared by their runs of words (five words at a time, hashed; every
/// fourth hash kept, chosen by value so that two copies keep the same
/// ones), so that a copy with other furniture, other line breaks or other
/// typography is still the same text.
struct TextFingerprint: Sendable {
    /// Words per run: long enough that two different statements rarely share one.
    static let runLength = 5
    /// One hash in this many is kept.
    static let sampling: UInt64 = 4
    /// Share of the shorter text's runs the other must hold to be the same text.
    static let sameText = 0.6

    let hashes: Set<UInt64>

    init(_ text: String) {
        var words: [UInt64] = []
        for w in Words.of(text) { words.append(Self.fnv(w.utf8)) }
        var out = Set<UInt64>()
        if words.count >= Self.runLength {
            for i in 0...(words.count - Self.runLength) {
                var h: UInt64 = 0xcbf29ce484222325
                for k in i..<(i + Self.runLength) { h = (h ^ words[k]) &* 0x100000001b3 }
                if h % Self.sampling == 0 { out.insert(h) }
            }
        }
        hashes = out
    }

    static func fnv<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// Whether the two texts are the same statement.
    func isSameText(as other: TextFingerprint) -> Bool {
        let smaller = min(hashes.count, other.hashes.count)
        guard smaller > 0 else { return false }
        let shared =
            hashes.count <= other.hashes.count
            ? hashes.filter(other.hashes.contains).count : other.hashes.filter(hashes.contains).count
        return Double(shared) / Double(smaller) >= Self.sameText
    }
}

/// Texts already held, each with where it is, searched by fingerprint.
struct KnownTexts {
    private var texts: [(place: String, print: TextFingerprint)] = []
    private var index: [UInt64: [Int]] = [:]

    mutating func add(_ text: String, place: String) {
        let f = TextFingerprint(text)
        for h in f.hashes { index[h, default: []].append(texts.count) }
        texts.append((place, f))
    }

    /// Where `text` is already held, if anywhere.
    func place(of text: String) -> String? {
        let f = TextFingerprint(text)
        var counts: [Int: Int] = [:]
        for h in f.hashes { for i in index[h] ?? [] { counts[i, default: 0] += 1 } }
        for (i, _) in counts.sorted(by: { $0.value > $1.value }) where texts[i].print.isSameText(as: f) {
            return texts[i].place
        }
        return nil
    }
}
