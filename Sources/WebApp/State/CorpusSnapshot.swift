import Corpus
import Foundation

/// The corpus the server answers from, with everything computed from it
/// once per state of the files: the check report, the search index and the
/// browse pages.
struct CorpusSnapshot: Sendable {
    let corpus: Corpus
    /// `brief check`'s report for the files as they are on disk now.
    let diagnostics: [Diagnostic]
    /// When the files on disk have errors and an earlier valid state is
    /// served instead: the errors (shown in a banner on every page).
    let servingEarlierState: Bool
    /// The state of the files on disk now.
    let fingerprint: CorpusFingerprint
    /// The state of the files `corpus` was read from (an earlier one while
    /// the files have errors); briefs are cached by it.
    let served: CorpusFingerprint
    let search: SearchIndex
    /// Browse pages made from this snapshot, kept until the files change.
    let pages = RenderedPages()

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
