/// "Did you mean …?" for mistyped ids.
public enum Suggestions {
    /// The closest candidate within a distance of a third of the word's length (at least 2).
    /// Words or candidates longer than `longest` get no suggestion: the edit
    /// distance costs the product of the lengths, and nobody mistypes a
    /// thousand-character id.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let longest = 80
        guard word.utf8.count <= longest * 4, word.count <= longest else { return nil }
        let candidates = candidates.filter { $0.utf8.count <= longest * 4 && $0.count <= longest }
        let limit = max(2, word.count / 3)
        var best: (String, Int)? = nil
        for c in candidates.sorted() {
            let d = distance(word, c)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        if best == nil {
            // A prefix match helps with truncated ids ("detain" → "detainees").
            best = candidates.sorted().first { $0.hasPrefix(word) || word.hasPrefix($0) }.map { ($0, 0) }
        }
        return best?.0
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal
    /// string alignment): "hwr" is one edit from "hrw", two from "hrf".
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// " (did you mean 'x'?)" or "".
    public static func hint(_ word: String, _ candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\(Quoted.cut($0))'?" } ?? ""
    }
}
