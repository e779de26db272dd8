import Foundation

/// The blocks of a streaming layout, set by two threads: the layout's
/// worker, which paginates them in order, and a companion that sets the
/// blocks after the worker's (shaping and breaking their paragraphs, most of
/// a layout's work) on the other core, with a flow and a context of its own.
///
/// Each block is claimed once, in order, by whichever thread is free; the
/// worker takes every block's items in order, setting later blocks itself
/// while the companion is still setting the one it needs. A block is set the same way whichever thread sets it,
/// so the pages are the same bytes either way. Blocks holding a table are
/// left to the worker: a table is numbered in the order of the worker's
/// flow, and a long one hands its rows to the paginator as they are set.
/// The companion keeps at most `lookahead` blocks ahead of the worker, so
/// memory stays bounded.
final class BlocksBuiltAhead: @unchecked Sendable {
    // @unchecked: `blocks`, `slots` and the counters are only touched under
    // `condition`; a block is moved out of `blocks` by the thread that
    // claims it, and the items set ahead are handed over under the lock and
    // never shared.

    /// What the worker gets for the next block.
    enum Next {
        /// Set ahead by the companion.
        case built([VItem])
        /// The worker sets it itself.
        case build(Block)
        /// Setting it ahead failed: the error the worker would have met.
        case failed(Error)
    }

    private enum Slot {
        case beingBuilt
        case done(Next)
    }

    private let condition = NSCondition()
    private var blocks: [Block?]
    private var slots: [Int: Slot] = [:]
    /// The first block neither thread has claimed.
    private var unclaimed = 0
    /// The blocks the worker has taken.
    private var taken = 0
    private var stopped = false
    private let lookahead: Int

    init(_ blocks: consuming [Block], lookahead: Int) {
        self.blocks = (consume blocks).map { $0 }
        self.lookahead = lookahead
    }

    /// The next block in order, for the worker; nil after the last. While
    /// the companion is still setting it, the worker sets a later block
    /// with its own `flow` rather than wait, so that neither thread idles
    /// while the other has blocks to set.
    func next(settingAheadWith flow: BlockFlow, width: Double) -> Next? {
        condition.lock()
        defer { condition.unlock() }
        let i = taken
        guard i < blocks.count else { return nil }
        taken += 1
        condition.broadcast()  // the companion's window moved
        if i >= unclaimed {
            unclaimed = i + 1
            return .build(claim(i))
        }
        while true {
            if case .done(let next) = slots[i] {
                slots[i] = nil
                return next
            }
            if !setOneAhead(with: flow, width: width) { condition.wait() }
        }
    }

    /// Sets blocks ahead of the worker with `flow` until the last block is
    /// claimed or `stop` is called; run on a thread of its own.
    func buildAhead(with flow: BlockFlow, width: Double) {
        condition.lock()
        while !stopped && unclaimed < blocks.count {
            if !setOneAhead(with: flow, width: width) { condition.wait() }
        }
        condition.unlock()
    }

    /// Claims the first unclaimed block, if the window allows, and sets it
    /// with `flow` (with the lock let go meanwhile); a block holding a table
    /// is left to the worker. Called with the lock held; false when there
    /// was nothing to claim.
    private func setOneAhead(with flow: BlockFlow, width: Double) -> Bool {
        guard !stopped, unclaimed < blocks.count, unclaimed - taken < lookahead else { return false }
        let i = unclaimed
        unclaimed += 1
        let block = claim(i)
        if block.containsTable {
            slots[i] = .done(.build(block))
        } else {
            slots[i] = .beingBuilt
            condition.unlock()
            let next: Next
            do { next = .built(try flow.build([block], width: width)) } catch { next = .failed(error) }
            condition.lock()
            slots[i] = .done(next)
        }
        condition.broadcast()
        return true
    }

    /// The worker stops early (an error, or the reader gave up): the
    /// companion claims nothing more.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func claim(_ i: Int) -> Block {
        let block = blocks[i]!
        blocks[i] = nil
        return block
    }
}

extension Block {
    /// Whether a table is anywhere inside.
    var containsTable: Bool {
        switch self {
        case .table: true
        case .quote(let blocks, _), .keepTogether(let blocks): blocks.contains(where: \.containsTable)
        case .list(let list): list.items.contains { $0.contains(where: \.containsTable) }
        default: false
        }
    }
}
