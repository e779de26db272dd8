/// Breaks the vertical list into pages.
///
/// Like TeX's page builder it fills a page and, when the next box does not
/// fit, breaks at the last legal breakpoint: glue after a box, or a penalty
/// below "never". Orphans, widows and keep-with-next are expressed as
/// "never" penalties by the flow, so they need no special case here. Table
/// rows that start a page bring their table's header rows with them; a row
/// taller than a page is split between lines of its cells.
///
/// The list may arrive in pieces (`feed`), block by block: decisions only
/// ever look back to the current page's start, so everything before it is
/// dropped and memory stays bounded by one page plus one block.
final class Paginator {
    let pageHeight: Double
    var tableHeaders: [Int: [VBox]]
    private let onPage: ([Placed]) throws -> Void

    /// A box placed on a page, `y` points below the top margin.
    struct Placed {
        var box: VBox
        var y: Double
    }

    private var items: [VItem] = []
    private var i = 0
    private var page: [Placed] = []
    private var y = 0.0
    private var lastBox = false   // previous item was a box (glue after it is a legal break)
    /// The best break so far on this page: item index and how many placed boxes it keeps.
    private var candidate: (index: Int, kept: Int)? = nil
    /// Set by `finish`: a glue at the end of the list is final, not waiting for more.
    private var finishing = false

    init(pageHeight: Double, tableHeaders: [Int: [VBox]], onPage: @escaping ([Placed]) throws -> Void) {
        self.pageHeight = pageHeight
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
            if case .glue(let g) = item, case .glue(let h)? = items.last, items.count - 1 >= i {
                items[items.count - 1] = .glue(max(g, h))
            } else {
                items.append(item)
            }
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
        page = []; y = 0; lastBox = false; candidate = nil
        i = next
        if i > 4096 { items.removeFirst(i); i = 0 }
    }

    private func run() throws {
        while i < items.count {
            switch items[i] {
            case .glue(let h):
                if i == items.count - 1 && !finishing { return }   // wait: the next block's space may merge with it
                if page.isEmpty { i += 1; continue }     // space vanishes at the top of a page
                if lastBox { candidate = (i, page.count) }
                y += h
                lastBox = false
                i += 1

            case .penalty(let p):
                if p <= Penalty.always {
                    try finishPage(continueAt: i + 1)
                    continue
                }
                if p < Penalty.never && !page.isEmpty { candidate = (i, page.count) }
                lastBox = false
                i += 1

            case .box(let box):
                // A table row opening a page brings its table's header along.
                if page.isEmpty, let t = box.table, !box.isTableHeader, let header = tableHeaders[t] {
                    for h in header { page.append(Placed(box: h, y: y)); y += h.height }
                }
                if y + box.height <= pageHeight + 0.01 {
                    page.append(Placed(box: box, y: y))
                    y += box.height
                    lastBox = true
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
                if let c = candidate, c.kept > 0 {
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

    /// How many boxes at the top of the page are a repeated table header.
    private func headerPrefix() -> Int {
        var n = 0
        for p in page { if p.box.isTableHeader { n += 1 } else { break } }
        return n
    }
}
