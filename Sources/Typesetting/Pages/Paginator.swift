/// Breaks the vertical list into pages.
///
/// Like TeX's page builder it fills a page and, when the next box does not
/// fit, breaks at the last legal breakpoint: glue after a box, or a penalty
/// below "never". Orphans and widows are "never" penalties from the flow;
/// a keep marker forbids breaks until the next n boxes are placed (a
/// heading and the start of its section, across blocks). A soft penalty
/// (inside a group kept together) is taken only when the last ordinary
/// break would leave the page less than `minimumFill` full. Table rows
/// that start a page bring their table's header rows with them; a row
/// taller than a page is split between lines of its cells.
///
/// The list may arrive in pieces (`feed`), block by block: decisions only
/// ever look back to the current page's start, so everything before it is
/// dropped and memory stays bounded by one page plus one block (a long
/// table comes in pieces of rows).
final class Paginator {
    let pageHeight: Double
    /// Share of the page an ordinary break must fill before a soft break is preferred.
    let minimumFill: Double
    var tableHeaders: [Int: [VBox]]
    private let onPage: ([Placed]) throws -> Void

    /// A box placed on a page, `y` points below the top margin.
    struct Placed {
        var box: VBox
        var y: Double
    }

    private var items: [VItem] = []
    private var i = 0
    /// Where the current page's items begin.
    private var pageStart = 0
    private var page: [Placed] = []
    private var y = 0.0
    private var lastBox = false  // previous item was a box (glue after it is a legal break)
    /// A break on this page: item index, how many placed boxes it keeps, and the fill it leaves.
    private typealias Candidate = (index: Int, kept: Int, y: Double)
    /// The last ordinary break on this page, and the last soft one.
    private var candidate: Candidate? = nil
    private var softCandidate: Candidate? = nil
    /// Boxes still to place before a break is allowed (`VItem.keep`).
    private var keepRemaining = 0
    /// Set by `finish`: a glue at the end of the list is final, not waiting for more.
    private var finishing = false

    init(
        pageHeight: Double, minimumFill: Double = 0.5, tableHeaders: [Int: [VBox]],
        onPage: @escaping ([Placed]) throws -> Void
    ) {
        self.pageHeight = pageHeight
        self.minimumFill = minimumFill
        self.tableHeaders = tableHeaders
        self.onPage = onPage
    }

    /// Breaks a whole list.
    func paginate(_ list: [VItem]) throws {
        try feed(list)
        try finish()
    }

    /// Adds items (space between two pieces merges, as within one list) and
    /// sets as many pages as they complete.
    func feed(_ more: [VItem]) throws {
        for item in more {
            // A trailing glue is held back by `run` until what follows is known, so it can still merge.
            items.appendMergingSpace(item, mayMerge: items.count - 1 >= i)
        }
        try run()
    }

    /// Ends the last page.
    func finish() throws {
        finishing = true
        try run()
        try finishPage(continueAt: i)
    }

    /// Emits the page and resumes at item `next`; nothing before it can be
    /// looked at again, so it is dropped (in large steps, to keep this cheap).
    private func finishPage(continueAt next: Int) throws {
        if !page.isEmpty { try onPage(page) }
        page = []; y = 0; lastBox = false; candidate = nil; softCandidate = nil; keepRemaining = 0
        // The page's items are let go now (a table row's box holds all its
        // cells' text); the array itself shrinks only in large steps.
        for k in pageStart..<min(next, items.count) { items[k] = .glue(0) }
        i = next
        pageStart = next
        if i > 4096 { items.removeFirst(i); i = 0; pageStart = 0 }
    }

    private func run() throws {
        while i < items.count {
            switch items[i] {
            case .glue(let h):
                if i == items.count - 1 && !finishing { return }  // wait: the next block's space may merge with it
                if page.isEmpty { i += 1; continue }  // space vanishes at the top of a page
                if lastBox && keepRemaining == 0 { candidate = (i, page.count, y) }
                y += h
                lastBox = false
                i += 1

            case .penalty(let p):
                if p <= Penalty.always {
                    try finishPage(continueAt: i + 1)
                    continue
                }
                if p < Penalty.never && !page.isEmpty && keepRemaining == 0 {
                    if p < Penalty.soft { candidate = (i, page.count, y) } else { softCandidate = (i, page.count, y) }
                }
                lastBox = false
                i += 1

            case .keep(let n):
                keepRemaining = max(keepRemaining, n)
                i += 1

            case .box(let box):
                // A table row opening a page brings its table's header along.
                if page.isEmpty, let t = box.table, !box.isTableHeader, let header = tableHeaders[t] {
                    for var h in header {
                        h.fragment.isRepeated = true
                        page.append(Placed(box: h, y: y)); y += h.height
                    }
                }
                if y + box.height <= pageHeight + 0.01 {
                    page.append(Placed(box: box, y: y))
                    y += box.height
                    lastBox = true
                    if box.countsForKeep && keepRemaining > 0 { keepRemaining -= 1 }
                    i += 1
                    continue
                }
                let headerHeight = (box.table.flatMap { tableHeaders[$0] } ?? []).reduce(0) { $0 + $1.height }
                let fresh = pageHeight - (box.isTableHeader ? 0 : headerHeight)
                if box.height > fresh + 0.01, let split = box.split {
                    // Taller than any page: cut it here, if a useful part fits.
                    if let (head, tail) = split(pageHeight - y) {
                        page.append(Placed(box: head, y: y))
                        y += head.height
                        items[i] = .box(tail)
                        try finishPage(continueAt: i)
                        continue
                    }
                    if page.count > headerPrefix() { try finishPage(continueAt: i); continue }
                    throw TypesettingError.contentTooTall(what: box.what, height: box.height, available: fresh)
                }
                if let c = bestBreak(), c.kept > 0 {
                    page.removeLast(page.count - c.kept)
                    try finishPage(continueAt: c.index + 1)
                    continue
                }
                if page.count > headerPrefix() {
                    // No legal break on this page: break before this box rather than overflow.
                    try finishPage(continueAt: i)
                    continue
                }
                if box.height > fresh + 0.01 {
                    throw TypesettingError.contentTooTall(what: box.what, height: box.height, available: fresh)
                }
                // Only a repeated header is on the page and the box does not fit with it: place it anyway.
                page.append(Placed(box: box, y: y)); y += box.height; lastBox = true; i += 1
            }
        }
    }

    /// The ordinary break, unless it leaves the page under `minimumFill`
    /// while a soft break fills it further.
    private func bestBreak() -> Candidate? {
        guard let soft = softCandidate, soft.kept > 0 else { return candidate }
        guard let c = candidate, c.kept > 0 else { return soft }
        return c.y < minimumFill * pageHeight && soft.y > c.y ? soft : c
    }

    /// How many boxes at the top of the page are a repeated table header.
    private func headerPrefix() -> Int {
        var n = 0
        for p in page { if p.box.isTableHeader { n += 1 } else { break } }
        return n
    }
}
