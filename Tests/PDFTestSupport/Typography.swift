import Foundation

/// How evenly justified text is set, measured on the finished PDF: the word
/// space of every full-measure line in ems, and the lines that end in a
/// hyphen. These are the two costs a line breaker trades against each other.
public struct Typography {
    /// Mean word space of each full-measure line, in ems, in ascending order.
    public let wordSpaces: [Double]
    public let lineEndHyphens: Int
    public var justifiedLines: Int { wordSpaces.count }

    /// A line is measured when it has at least this many words (a short line
    /// says little about spacing) and reaches this share of the page's widest line.
    static let wordsPerMeasuredLine = 6
    static let fullMeasure = 0.97
    /// A gap wider than this many ems is a column gap or a tab, not a word space.
    static let widestWordSpace = 1.5

    public init(_ path: String) {
        var spaces: [Double] = []
        var hyphens = 0
        for page in PageText(path).pages {
            let lines = page.lineWords
            hyphens += lines.filter { Self.endsInHyphen($0.last?.text ?? "") }.count
            let measured = lines.filter { $0.count >= Self.wordsPerMeasuredLine }
            let widest = measured.map { $0.last!.x1 - $0.first!.x0 }.max() ?? 0
            for words in measured where words.last!.x1 - words.first!.x0 >= Self.fullMeasure * widest {
                // The em of a line: the median height of its word boxes.
                let em = words.map(\.height).sorted()[words.count / 2]
                let gaps = zip(words, words.dropFirst()).map { ($1.x0 - $0.x1) / em }
                    .filter { $0 > 0 && $0 < Self.widestWordSpace }
                if !gaps.isEmpty { spaces.append(gaps.reduce(0, +) / Double(gaps.count)) }
            }
        }
        wordSpaces = spaces.sorted()
        lineEndHyphens = hyphens
    }

    /// The word space below which `share` of the measured lines fall (nil when none was measured).
    public func wordSpace(percentile share: Double) -> Double? {
        guard !wordSpaces.isEmpty else { return nil }
        return wordSpaces[Int(share * Double(wordSpaces.count - 1))]
    }

    /// A word broken at the line's end: a letter, then a hyphen (or a soft or Unicode hyphen).
    static func endsInHyphen(_ word: String) -> Bool {
        guard let last = word.last, ["-", "\u{00AD}", "\u{2010}"].contains(last) else { return false }
        return word.dropLast().last?.isLetter == true
    }
}
