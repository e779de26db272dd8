import Foundation

/// Compresses pages' content streams on threads of their own while later
/// pages are laid out and painted, and hands them back in page order.
///
/// While pages are painted one thread takes only the cores' idle time
/// (SCHED_IDLE), so it never slows layout or painting; once every page is
/// in, a second thread at normal priority joins it while the writer writes
/// the fonts and the structure tree (an unprivileged thread cannot leave
/// SCHED_IDLE, so the first one is not raised). The writer takes each
/// page's content `lag` pages later (`take(before:)`): a page no thread has
/// begun, or one a thread is still on (an idle thread may wait long for a
/// core), it compresses itself, and the first result stands — libdeflate
/// gives the same bytes whoever compresses, so every content is written at
/// the same place in the file with the same bytes, whichever thread
/// compressed it, and memory never holds more than a few pages
/// uncompressed.
///
/// Unchecked Sendable: every stored variable is read and written under
/// `condition`'s lock, and each thread compresses with a `Deflate` of its
/// own (the writer's for the caller, one made on each thread for it).
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
        /// The content, kept until it is compressed (by whichever thread is first).
        var data: PDFBytes?
        var result: PDFBytes?
    }

    private let condition = NSCondition()
    /// Slots from `base` on; those before were written and dropped.
    private var slots: [Slot] = []
    private var base = 0
    /// The first slot no thread has begun compressing.
    private var nextToClaim = 0
    private var stopping = false
    private var started = false
    /// Whether threads run at all (tests compare with the caller alone).
    private let inBackground: Bool
    private let deflate: Deflate

    init(deflate: Deflate, inBackground: Bool = true) {
        self.deflate = deflate
        self.inBackground = inBackground
    }

    /// Ends the threads once each has finished the page it is on (the
    /// writer's end, finished or not).
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
        if inBackground && !started {
            started = true
            startThread(idle: true)
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Every page is in: a thread at normal priority joins the idle one.
    func allSubmitted() {
        condition.lock()
        let more = started && !stopping && nextToClaim < base + slots.count
        condition.unlock()
        if more { startThread(idle: false) }
    }

    /// The compressed contents of the pages before page `end` (counted from
    /// the first submitted) not taken yet, in page order: the caller
    /// compresses those no thread has finished.
    func take(before end: Int) -> [(object: Int, data: PDFBytes)] {
        condition.lock()
        let end = min(end, base + slots.count)
        condition.unlock()
        while compressOne(with: deflate, before: end) {}
        var out: [(object: Int, data: PDFBytes)] = []
        while true {
            condition.lock()
            guard base < end else {
                condition.unlock()
                break
            }
            if let result = slots[0].result {
                out.append((slots[0].object, result))
                slots.removeFirst()
                base += 1
                condition.unlock()
                continue
            }
            // A thread is still on it: compress it here too, and keep whichever result comes first.
            let index = base, data = slots[0].data!
            condition.unlock()
            let result = deflate.compressed(data)
            condition.lock()
            if index >= base && slots[index - base].result == nil { slots[index - base].result = result }
            condition.unlock()
        }
        return out
    }

    /// Compresses the oldest page no thread has begun (before `end`, if
    /// given); false when there is none.
    @discardableResult
    private func compressOne(with deflate: Deflate, before end: Int = .max) -> Bool {
        condition.lock()
        guard !stopping || end != .max, nextToClaim < min(end, base + slots.count) else {
            condition.unlock()
            return false
        }
        let index = nextToClaim
        nextToClaim += 1
        let data = slots[index - base].data!
        condition.unlock()
        let result = deflate.compressed(data)
        condition.lock()
        // The writer may have compressed it meanwhile, and taken it.
        if index >= base && slots[index - base].result == nil {
            slots[index - base].result = result
            slots[index - base].data = nil
        }
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Starts a thread that compresses queued pages until `stop`.
    private func startThread(idle: Bool) {
        let thread = Thread { [self] in
            guard let deflate = Deflate() else { return }
            if idle {
                var policy = sched_param()
                pthread_setschedparam(pthread_self(), Self.idlePolicy, &policy)
            }
            while true {
                condition.lock()
                while nextToClaim >= base + slots.count && !stopping { condition.wait() }
                let done = stopping
                condition.unlock()
                if done { return }
                compressOne(with: deflate)
            }
        }
        thread.start()
    }
}
