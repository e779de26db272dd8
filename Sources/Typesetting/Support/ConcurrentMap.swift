import Dispatch

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `transform` applied to every element on all cores, the results in
    /// the elements' order: for independent items of work (a PDF's font
    /// subsets cut, a corpus's documents read, pages drafted, documents set
    /// from Markdown). Each
    /// result is written once, to its own slot, so no lock is needed; the
    /// order of the results never depends on the scheduling.
    public func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let n = count, first = startIndex
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: n) { i in
                (slots.base + i).initialize(to: transform(self[first + i]))
            }
            initialized = n
        }
    }
}

/// The result buffer, shared by the workers of one `concurrentMap`.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
