import Briefs
import Corpus
import Foundation

/// Briefs made for the web, kept by (corpus state, request): the same
/// request on an unchanged corpus is answered from memory. Briefs are made
/// one at a time on a thread of their own (a long one takes seconds and
/// much memory; the server's threads keep answering pages meanwhile).
final class BriefCache: @unchecked Sendable {
    // @unchecked: `entries` and `order` are only touched under `lock`.
    struct Key: Hashable, Sendable {
        let state: CorpusFingerprint
        let request: BriefRequest
    }
    /// A made brief: the PDF and its data.
    struct Made: Sendable {
        let pdf: Data
        let json: Data
        let csv: Data
        let pages: Int
    }

    /// Briefs kept; the oldest goes first.
    static let capacity = 24

    let renderer: BriefRenderer
    private let lock = NSLock()
    private var entries: [Key: Made] = [:]
    private var order: [Key] = []
    /// Briefs being made for the progress page, and when each was started.
    private var pending: [Key: UInt64] = [:]
    /// Why a brief started for the progress page could not be made (told once).
    private var failures: [Key: any Error] = [:]
    private let queue = DispatchQueue(label: "brief-serve.briefs")
    private(set) var made = 0

    init(renderer: BriefRenderer) { self.renderer = renderer }

    func cached(_ key: Key) -> Made? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    /// Where a brief started from the options form stands.
    enum Progress {
        case ready
        case making(seconds: Int)
        case failed(any Error)
    }

    /// Starts making a brief without waiting for it (the options form shows
    /// a page that reloads itself until the brief is ready).
    func start(_ request: BriefRequest, corpus: Corpus, state: CorpusFingerprint) -> Progress {
        let key = Key(state: state, request: request)
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        if entries[key] != nil { lock.unlock(); return .ready }
        if let e = failures.removeValue(forKey: key) { lock.unlock(); return .failed(e) }
        if let started = pending[key] { lock.unlock(); return .making(seconds: Int((now - started) / 1_000_000_000)) }
        pending[key] = now
        lock.unlock()
        queue.async {
            let result = Result { try self.cached(key) ?? self.make(request, corpus: corpus) }
            self.lock.lock(); defer { self.lock.unlock() }
            self.pending[key] = nil
            switch result {
            case .success(let made): self.keep(made, key)
            case .failure(let e): self.failures[key] = e
            }
        }
        return .making(seconds: 0)
    }

    /// Keeps a made brief; the oldest kept goes when there are too many. Under `lock`.
    private func keep(_ made: Made, _ key: Key) {
        guard entries[key] == nil else { return }
        entries[key] = made
        order.append(key)
        self.made += 1
        while order.count > Self.capacity { entries[order.removeFirst()] = nil }
    }

    /// The brief for a request on a corpus state, made if not kept.
    func brief(_ request: BriefRequest, corpus: Corpus, state: CorpusFingerprint) async throws -> Made {
        let key = Key(state: state, request: request)
        if let m = cached(key) { return m }
        let made: Made = try await withCheckedThrowingContinuation { continuation in
            queue.async {
                // Another request may have made it while this one waited.
                if let m = self.cached(key) { continuation.resume(returning: m); return }
                continuation.resume(with: Result { try self.make(request, corpus: corpus) })
            }
        }
        lock.withLock { keep(made, key) }
        return made
    }

    /// Made through `BriefRequest`, as `brief generate` makes it; the PDF is
    /// written to a temporary file (the layout writes files) and read back.
    private func make(_ request: BriefRequest, corpus: Corpus) throws -> Made {
        let prepared = try request.prepare(corpus: corpus, renderer: renderer, creator: "brief serve")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "brief-serve-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("\(request.name).pdf").path
        let record = prepared.record
        let pages = try renderer.write(prepared.brief, to: path)
        guard let pdf = FileManager.default.contents(atPath: path) else {
            throw BriefError.badOutput(path: path, reason: "the written brief could not be read back")
        }
        return Made(pdf: pdf, json: try record.json() + Data("\n".utf8), csv: Data(record.csv().utf8), pages: pages)
    }
}
