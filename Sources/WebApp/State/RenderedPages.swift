import Foundation

/// Pages rendered from one corpus snapshot, kept with it: a snapshot never
/// changes, so a browse page (an issue with its matrix and timeline, an
/// organization, a list) is made once per state of the files and served
/// again from memory until the files change, when a new snapshot starts
/// empty. Only pages that depend on nothing but the snapshot and their
/// address are kept (no form tokens, no drafts). Bounded in bytes: the
/// oldest pages go first.
final class RenderedPages: @unchecked Sendable {
    // @unchecked: `pages` and `order` are only touched under `lock`.
    private let lock = NSLock()
    private var pages: [String: String] = [:]
    private var order: [String] = []
    private var bytes = 0

    /// What the pages of one snapshot may hold: a few hundred pages of a
    /// large corpus, far below the server's memory goal (250 MB).
    static let budget = 48 * 1024 * 1024

    /// The page at `key`, made by `make` the first time it is asked for.
    func page(_ key: String, make: () throws -> String) rethrows -> String {
        lock.lock()
        if let page = pages[key] { lock.unlock(); return page }
        lock.unlock()
        // Made outside the lock: two requests for the same new page may both
        // make it (the same text); no request waits for another's page.
        let page = try make()
        let size = page.utf8.count
        guard size <= Self.budget / 4 else { return page }
        lock.lock(); defer { lock.unlock() }
        if pages[key] == nil {
            pages[key] = page
            order.append(key)
            bytes += size
            while bytes > Self.budget, !order.isEmpty {
                let old = order.removeFirst()
                bytes -= pages.removeValue(forKey: old)?.utf8.count ?? 0
            }
        }
        return page
    }

    var count: Int { lock.lock(); defer { lock.unlock() }; return pages.count }
}
