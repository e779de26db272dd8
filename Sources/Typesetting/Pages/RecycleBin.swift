import Foundation

/// Values handed back to the thread that made them, to be let go there.
///
/// glibc's malloc gives each thread an arena of its own, and memory freed
/// by another thread takes that arena's lock. Streaming, the painting
/// thread let go of every page the layout thread had built (and the layout
/// thread of every block composed before it started) while the other was
/// allocating: the two contended for the locks, and each contended unlock
/// was a system call waking the other thread (about 1% of the samples of a
/// 3,000-page summary under perf). Now each side puts what it is done with
/// here, and the side that made it empties the bin between two pieces of
/// its own work.
final class RecycleBin<Value>: @unchecked Sendable {
    // @unchecked: `values` is only touched under `lock`; what is put here is
    // given up by the putting thread.
    private var values: [Value] = []
    private let lock = NSLock()

    func put(_ value: consuming Value) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }

    /// Lets go, on the calling thread, of everything put so far.
    func empty() {
        lock.lock()
        let taken = values
        values = []
        lock.unlock()
        _ = consume taken
    }
}
