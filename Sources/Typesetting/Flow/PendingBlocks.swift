/// The blocks a streaming layout has still to set, owned by its worker:
/// each block is let go as it is taken, so a long document's text does not
/// outlive its layout (with the blocks of a 3,000-page brief, tens of MB).
final class PendingBlocks {
    /// Last block first, so that taking one is `popLast`.
    private var reversed: [Block]

    init(_ blocks: consuming [Block]) {
        var b = blocks
        b.reverse()
        reversed = b
    }

    func next() -> Block? { reversed.popLast() }
}
