/// Breaks the vertical list into pages.
///
/// Like TeX's page builder it fills a page and, when the next box does not
/// fit, breaks at the last legal breakpoint: glue after a box, or a penalty
/// below "never". Orphans, widows and keep-with-next are expressed as
/// "never" penalties by the flow, so they need no special case here. Table
/// rows that start a page bring their table's header rows with them; a row
/// taller than a page is split between lines of its cells.
struct Paginator {
    let pageHeight: Double
    let tableHeaders: [Int: [VBox]]

    /// A box placed on a page, `y` points below the top margin.
    struct Placed {
        var box: VBox
        var y: Double
    }

    func paginate(_ list: [VItem], onPage: ([Placed]) throws -> Void) throws {
        var items = list
        var page: [Placed] = []
        var y = 0.0
        var lastBox = false            // previous item was a box (glue after it is a legal break)
        /// The best break so far on this page: item index and how many placed boxes it keeps.
        var candidate: (index: Int, kept: Int)? = nil
        var i = 0

        func finish() throws {
            if !page.isEmpty { try onPage(page) }
            page = []; y = 0; lastBox = false; candidate = nil
        }

        while i < items.count {
            switch items[i] {
            case .glue(let h):
                if page.isEmpty { i += 1; continue }     // space vanishes at the top of a page
                if lastBox { candidate = (i, page.count) }
                y += h
                lastBox = false
                i += 1

            case .penalty(let p):
                if p <= Penalty.always {
                    try finish()
                } else if p < Penalty.never && !page.isEmpty {
                    candidate = (i, page.count)
                }
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
                        try finish()
                        continue
                    }
                    if page.count > headerPrefix(page) { try finish(); continue }
                    throw TypesettingError.contentTooTall(what: box.what, height: box.height, available: fresh)
                }
                if let c = candidate, c.kept > 0 {
                    page.removeLast(page.count - c.kept)
                    try finish()
                    i = c.index + 1
                    continue
                }
                if page.count > headerPrefix(page) {
                    // No legal break on this page: break before this box rather than overflow.
                    try finish()
                    continue
                }
                if box.height > fresh + 0.01 {
                    throw TypesettingError.contentTooTall(what: box.what, height: box.height, available: fresh)
                }
                // Only a repeated header is on the page and the box does not fit with it: place it anyway.
                page.append(Placed(box: box, y: y)); y += box.height; lastBox = true; i += 1
            }
        }
        try finish()
    }

    /// How many boxes at the top of the page are a repeated table header.
    private func headerPrefix(_ page: [Placed]) -> Int {
        var n = 0
        for p in page { if p.box.isTableHeader { n += 1 } else { break } }
        return n
    }
}
