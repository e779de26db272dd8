import Corpus
import Foundation

/// The corpus folder as the server sees it: read again whenever the files
/// change, and while the files have errors the last valid state is served,
/// with the errors beside it. A request asks `CorpusWatch` whether a corpus
/// file changed: if one did, the corpus is read again; if the watch cannot
/// tell, the `CorpusFingerprint` (a `stat` of every file) is compared.
final class LiveCorpus: @unchecked Sendable {
    // @unchecked: `current`, `lastValid`, `mustRead` and `fingerprintsTaken` are only touched under `lock`.
    let root: String
    private let lock = NSLock()
    private let watch: CorpusWatch
    private var current: CorpusSnapshot?
    private var lastValid: CorpusSnapshot?
    /// The watch reported a change that has not been read yet (the last attempt threw).
    private var mustRead = false
    /// How many times the files were looked at one by one (for the tests of the watch).
    private(set) var fingerprintsTaken = 0

    init(root: String) {
        self.root = root
        watch = CorpusWatch(root: root)
    }

    /// The snapshot for the files as they are now; reads them again if they changed.
    /// Throws `CorpusError` when the folder is missing or holds no corpus.
    func snapshot() throws -> CorpusSnapshot {
        lock.lock(); defer { lock.unlock() }
        let seen = watch.changes()
        if seen == .files { mustRead = true }
        // A corpus file that is a symbolic link can change where no watch sees it: its fingerprint decides.
        if let current, !mustRead, seen == .none, !current.fingerprint.hasLinks { return current }
        let fingerprint = CorpusFingerprint.of(root: root)
        fingerprintsTaken += 1
        if let current, !mustRead, current.fingerprint == fingerprint { return current }
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
        mustRead = false
        return snapshot
    }
}
