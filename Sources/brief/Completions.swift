import ArgumentParser
import Corpus
import Foundation

/// Shell completion of values the corpus defines: issue ids, event ids and
/// years. The shell asks `brief` itself while the user types, with the words
/// typed so far, so the corpus is the one the command would use (`--corpus`
/// on the line, else `$BRIEF_CORPUS`, else the corpus around the current
/// folder, else ./Corpus). A corpus that cannot be read completes nothing.
enum Completions {
    static let issues: CompletionKind = .custom { words, _, prefix in
        matching(prefix, corpus(words)?.issues.map(\.id))
    }
    static let events: CompletionKind = .custom { words, _, prefix in
        matching(prefix, corpus(words)?.events.map(\.id))
    }
    static let years: CompletionKind = .custom { words, _, prefix in
        matching(prefix, corpus(words)?.years.map(String.init))
    }
    /// `batch --years`: every year, or `all`.
    static let yearsOrAll: CompletionKind = .custom { words, _, prefix in
        matching(prefix, corpus(words).map { ["all"] + $0.years.map(String.init) })
    }

    private static func matching(_ prefix: String, _ candidates: [String]?) -> [String] {
        (candidates ?? []).filter { $0.hasPrefix(prefix) }
    }

    /// The corpus named on the command line being completed, read leniently
    /// (a corpus with errors still has ids worth completing).
    private static func corpus(_ words: [String]) -> Corpus? {
        var folder: String?
        for (i, w) in words.enumerated() {
            if w == "--corpus", i + 1 < words.count { folder = words[i + 1] }
            if w.hasPrefix("--corpus=") { folder = String(w.dropFirst("--corpus=".count)) }
        }
        return try? CorpusLoader(root: CorpusOptions.path(given: folder)).load().0
    }
}
