import Corpus
import Foundation

/// The corpus folder as the server sees it: read again whenever the files
/// change (compared by `CorpusFingerprint` on each request), and while the
/// files have errors the last valid state is served, with the errors beside it.
final class LiveCorpus: @unchecked Sendable {
    // @unchecked: `current` and `lastValid` are only touched under `lock`.
    let root: String
    private let lock = NSLock()
    private var current: CorpusSnapshot?
    private var lastValid: CorpusSnapshot?

    init(root: String) { self.root = root }

    /// The snapshot for the files as they are now; reads them again if they changed.
    /// Throws `CorpusError` when the folder is missing or holds no corpus.
    func snapshot() throws -> CorpusSnapshot {
        let fingerprint = CorpusFingerprint.of(root: root)
        lock.lock(); defer { lock.unlock() }
        if let current, current.fingerprint == fingerprint { return current }
        let (corpus, diagnostics) = try CorpusLoader(root: root).load()
        let hasErrors = diagnostics.contains { $0.severity == .error }
        let snapshot: CorpusSnapshot
        if hasErrors, let lastValid {
            snapshot = CorpusSnapshot(
                corpus: lastValid.corpus, diagnostics: diagnostics, servingEarlierState: true,
                fingerprint: fingerprint, served: lastValid.served, search: lastValid.search)
        } else {
            // Valid, or never valid since the server started: what loaded is served, errors and all.
            snapshot = CorpusSnapshot(
                corpus: corpus, diagnostics: diagnostics, servingEarlierState: false,
                fingerprint: fingerprint, served: fingerprint, search: SearchIndex(corpus: corpus))
            if !hasErrors { lastValid = snapshot }
        }
        current = snapshot
        return snapshot
    }
}
