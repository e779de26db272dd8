import Foundation

/// Compresses pages' content streams on a thread of its own while later
/// pages are laid out and painted, and hands them back in page order.
///
/// While pages are painted the thread takes only the cores' idle time
/// (SCHED_IDLE), so it never slows layout or painting; once every page is
/// in, it runs as any other thread while the writer writes the fonts and
/// the structure tree. The writer takes each page's content `lag` pages
/// later (`take(before:)`), compressing it itself if no thread has begun
/// it: memory never holds more than a few pages uncompressed, and every
/// content is written at the same place in the file whichever thread
/// compressed it, so the same input gives the same bytes.
///
/// Unchecked Sendable: every stored variable is read and written under
/// `condition`'s lock, and each thread compresses with a `Deflate` of its
/// own (the writer's for the caller, one made on the thread for it).
final class ContentCompressor: @unchecked Sendable {
    /// How many pages later the writer takes a page's content: time for
    /// the thread to have compressed it, while only a few pages of content
    /// (tens of kilobytes each) are held.
    static let lag = 8

    /// Linux's SCHED_IDLE, which Glibc's module hides behind _GNU_SOURCE
    /// (sched.h): run only when a core has nothing else to do.
    private static let idlePolicy: Int32 = 5

    private struct Slot {
        var object: Int
        var data: PDFBytes?
        var result: PDFBytes?
    }

    private let condition = NSCondition()
    /// Slots from `base` on; those before were written and dropped.
    private var slots: [Slot] = []
    private var base = 0
    /// The first slot no one has begun compressing.
    private var nextToClaim = 0
    private var stopping = false
    private var allIn = false
    private var started = false
    /// Whether the thread runs at all (tests compare with the caller alone).
    private let inBackground: Bool
    private let deflate: Deflate

    init(deflate: Deflate, inBackground: Bool = true) {
        self.deflate = deflate
        self.inBackground = inBackground
    }

    /// Ends the thread once it has finished the page it is compressing
    /// (the writer's end, finished or not).
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues page content `data`, to be written as stream object `object`.
    func submit(object: Int, data: PDFBytes) {
        condition.lock()
        slots.append(Slot(object: object, data: data))
        if inBackground && !started { start() }
        condition.broadcast()
        condition.unlock()
    }

    /// Every page is in: the thread now runs at normal priority.
    func allSubmitted() {
        condition.lock()
        allIn = true
        condition.broadcast()
        condition.unlock()
    }

    /// The compressed contents of the pages before page `end` (counted from
    /// the first submitted) not taken yet, in page order: the caller
    /// compresses those no thread has begun and waits for the others.
    func take(before end: Int) -> [(object: Int, data: PDFBytes)] {
        condition.lock()
        let end = min(end, base + slots.count)
        condition.unlock()
        while compressOne(with: deflate, before: end) {}
        condition.lock()
        defer { condition.unlock() }
        var out: [(object: Int, data: PDFBytes)] = []
        while base < end {
            while slots[0].result == nil { condition.wait() }
            out.append((slots[0].object, slots[0].result!))
            slots.removeFirst()
            base += 1
        }
        return out
    }

    /// Compresses the oldest page no one has begun (before `end`, if given);
    /// false when there is none.
    @discardableResult
    private func compressOne(with deflate: Deflate, before end: Int = .max) -> Bool {
        condition.lock()
        guard nextToClaim < min(end, base + slots.count) else {
            condition.unlock()
            return false
        }
        let index = nextToClaim
        nextToClaim += 1
        let data = slots[index - base].data!
        slots[index - base].data = nil
        condition.unlock()
        let result = deflate.compressed(data)
        condition.lock()
        slots[index - base].result = result
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Starts the thread (with the lock held).
    private func start() {
        started = true
        let thread = Thread { [self] in
            guard let deflate = Deflate() else { return }
            var policy = sched_param()
            pthread_setschedparam(pthread_self(), Self.idlePolicy, &policy)
            var idle = true
            while true {
                condition.lock()
                while nextToClaim >= base + slots.count && !stopping && !(idle && allIn) { condition.wait() }
                let done = stopping && nextToClaim >= base + slots.count
                let raise = idle && allIn
                condition.unlock()
                if done { return }
                if raise {
                    pthread_setschedparam(pthread_self(), Int32(SCHED_OTHER), &policy)
                    idle = false
                }
                compressOne(with: deflate)
            }
        }
        thread.start()
    }
}
