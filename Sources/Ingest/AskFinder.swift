import Corpus
import Foundation

/// Sentences that ask for something ("urged … to", "called on", "should",
/// "must", bullets after "should:"), each mapped to a demand of the
/// taxonomy. The mapping learns from the corpus: a demand's profile is its
/// label, its issue's label and keywords, and the text and quotes of every
/// ask already filed under it, weighted so that words shared by many
/// demands count little.
struct AskFinder: Sendable {
    let corpus: Corpus
    /// A sentence of the body: its text (an exact excerpt) and its page line.
    struct Sentence { var text: String; var line: Int }

    struct Found {
        var demand: Demand?
        var text: String
        var quote: String
        var line: Int
        var score: Double
    }

    static let cues = ["urge", "urged", "urges", "urging", "call on", "calls on", "called on", "calling on", "called for",
                       "calls for", "should", "must", "demand", "demands", "ask", "asks", "asked", "press", "insist", "raise",
                       "призыва", "призвал", "должн", "требу", "закликає", "закликал", "повинн", "має "]
    static let stopwords: Set<String> = ["the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "with", "by", "at", "as",
                                         "that", "this", "its", "it", "is", "be", "are", "was", "from", "their", "his", "her",
                                         "all", "any", "should", "must", "us", "u.s", "united", "states", "president", "russia",
                                         "russian", "trump", "putin", "human", "rights", "urge", "urged", "call", "called"]

    static func tokens(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter }).map { w in
            var t = String(w)
            for suffix in ["ing", "ed", "es", "s"] where t.count > suffix.count + 3 && t.hasSuffix(suffix) { t.removeLast(suffix.count); break }
            return t
        }.filter { $0.count > 2 && !stopwords.contains($0) }
    }

    /// Demand profiles and inverse document frequencies, from the corpus.
    private let profiles: [(Demand, [String: Double])]
    /// Each profile's size, for normalising scores (computed once).
    private let norms: [Double]

    init(corpus: Corpus) {
        self.corpus = corpus
        var raw: [(Demand, [String])] = []
        for issue in corpus.issues {
            for d in issue.demands {
                var words = Self.tokens(d.label) + Self.tokens(d.label) + Self.tokens(issue.label) + issue.keywords.flatMap(Self.tokens)
                if let t = d.talkingPoint { words += Self.tokens(t) }
                for doc in corpus.documents { for a in doc.asks where a.demand == d.id { words += Self.tokens(a.text) + Self.tokens(a.quote ?? "") } }
                raw.append((d, words))
            }
        }
        var df: [String: Int] = [:]
        for (_, words) in raw { for w in Set(words) { df[w, default: 0] += 1 } }
        let n = Double(max(raw.count, 1))
        profiles = raw.map { d, words in
            var v: [String: Double] = [:]
            for w in words { v[w, default: 0] += log(1 + n / Double(df[w] ?? 1)) }
            return (d, v)
        }
        norms = profiles.map { sqrt($0.1.values.reduce(0, +) + 1) }
    }

    /// Sentences of the body lines, each an exact substring of its line.
    static func sentences(_ page: PageText, lines: [Int]) -> [Sentence] {
        var out: [Sentence] = []
        for i in lines {
            let line = page.lines[i]
            var start = line.startIndex
            var k = line.startIndex
            while k < line.endIndex {
                let c = line[k]
                let next = line.index(after: k)
                if ".!?".contains(c), next == line.endIndex || line[next] == " " || line[next] == "”" || line[next] == "\"" {
                    var end = next
                    if end < line.endIndex, line[end] == "”" || line[end] == "\"" { end = line.index(after: end) }
                    let s = line[start..<end].trimmingCharacters(in: .whitespaces)
                    if s.count > 20 { out.append(Sentence(text: s, line: i)) }
                    start = end
                    k = end
                    continue
                }
                k = next
            }
            let rest = line[start...].trimmingCharacters(in: .whitespaces)
            if rest.count > 20 { out.append(Sentence(text: rest, line: i)) }
        }
        return out
    }

    /// The cues as bytes, each after a space (a word start).
    static let cueBytes: [[UInt8]] = cues.map { Array((" " + $0).utf8) }

    func isAsk(_ s: String) -> Bool {
        let l = Array((" " + s.lowercased()).utf8)
        return Self.cueBytes.contains { ByteSearch.contains(l, $0) }
    }

    /// The demand a sentence makes, with its score (0 when none fits).
    func match(_ sentence: String) -> (Demand, Double)? {
        let words = Self.tokens(sentence)
        guard !words.isEmpty else { return nil }
        var best: (Demand, Double)? = nil
        let unique = Set(words)
        for (k, (d, v)) in profiles.enumerated() {
            var score = 0.0
            for w in unique { score += v[w] ?? 0 }
            let norm = score / norms[k]
            if norm > (best?.1 ?? 0) { best = (d, norm) }
        }
        return best
    }

    /// A short imperative from the sentence: the clause after the cue.
    static func paraphrase(_ sentence: String) -> String {
        var text = sentence
        for cue in [" to ", " that ", " on "] {
            for verb in ["urged", "urges", "urge", "calls on", "called on", "call on", "asks", "asked", "should", "must"] {
                if let r = text.range(of: verb), let c = text.range(of: cue, range: r.upperBound..<text.endIndex),
                   text.distance(from: r.upperBound, to: c.lowerBound) < 80 {
                    text = String(text[c.upperBound...])
                    break
                }
            }
            if text != sentence { break }
        }
        if text == sentence, let r = text.range(of: " should ") ?? text.range(of: " must ") { text = String(text[r.upperBound...]) }
        let words = text.split(separator: " ").prefix(28)
        var out = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:“”\""))
        if let f = out.first { out = f.uppercased() + out.dropFirst() }
        if !out.hasSuffix(".") { out += "." }
        return out
    }

    /// The asks of a body: one per demand (the best-matching sentence), and
    /// the ask-like sentences that match no demand.
    func find(_ page: PageText, lines: [Int], threshold: Double) -> (asks: [Found], unmatched: [Found]) {
        var byDemand: [String: Found] = [:]
        var unmatched: [Found] = []
        var bulletContext = false
        // Whether a line is a bullet, read once per line (not once per sentence:
        // a page written as one 250 KB line has thousands of sentences).
        var bulletLine: (line: Int, bullet: Bool) = (-1, false)
        for s in Self.sentences(page, lines: lines) {
            if bulletLine.line != s.line {
                let trimmed = page.lines[s.line].drop(while: \.isWhitespace)
                bulletLine = (s.line, trimmed.hasPrefix("•") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("–"))
            }
            let bullet = bulletLine.bullet
            if !bullet { bulletContext = s.text.hasSuffix(":") || s.text.lowercased().contains("including by raising the following") }
            guard isAsk(s.text) || (bullet && bulletContext) else { continue }
            let quote = String(s.text.prefix(400))
            guard let (demand, score) = match(s.text), score >= threshold else {
                unmatched.append(Found(demand: nil, text: Self.paraphrase(s.text), quote: quote, line: s.line + 1, score: 0))
                continue
            }
            let found = Found(demand: demand, text: Self.paraphrase(s.text), quote: quote, line: s.line + 1, score: score)
            if (byDemand[demand.id]?.score ?? 0) < score { byDemand[demand.id] = found }
        }
        return (byDemand.values.sorted { $0.line < $1.line }, unmatched)
    }
}
