import Foundation

/// Hands finished pages from the layout thread to the painting thread, in
/// order, holding at most `capacity` pages so memory stays bounded when one
/// side is faster.
final class PageChannel: @unchecked Sendable {
    // @unchecked: every access to `queue` and the flags goes through `condition`.
    // The pages passed through are built on one thread and only read on the
    // other after the hand-over; they are never shared in between.
    enum Message {
        case page(Page)
        case failed(Error)
        /// Every page is set: their count, and the outline they make.
        case end(pages: Int, outline: [OutlineEntry])
    }
    private var queue: [Message] = []
    private let capacity: Int
    private let condition = NSCondition()
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Blocks while the channel is full; returns false once the reader has given up.
    @discardableResult
    func put(_ m: Message) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(m)
        condition.broadcast()
        return true
    }

    func take() -> Message {
        condition.lock(); defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        let m = queue.removeFirst()
        condition.broadcast()
        return m
    }

    /// The reader stops early (an error): unblock and stop the writer.
    func cancel() {
        condition.lock(); cancelled = true; queue.removeAll(); condition.broadcast(); condition.unlock()
    }

    var isCancelled: Bool { condition.lock(); defer { condition.unlock() }; return cancelled }
}

/// Moves a value into a thread that alone will use it from then on.
struct UncheckedSendable<T>: @unchecked Sendable {
    // @unchecked: the creator gives the value up; only the receiving thread touches it.
    let value: T
    init(_ value: T) { self.value = value }
}
