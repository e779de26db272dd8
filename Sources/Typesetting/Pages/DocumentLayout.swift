import Foundation

/// Descriptive metadata written into the PDF's Info dictionary.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// BCP 47 language of the document (the catalog's /Lang).
    public var language: String
    /// Creation date; nil means "now", or `SOURCE_DATE_EPOCH` when set.
    public var date: Date?
    public init(
        title: String, author: String = "", subject: String = "", keywords: [String] = [],
        creator: String = "brief", language: String = "en-US", date: Date? = nil
    ) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.language = language; self.date = date
    }

    /// The date to stamp: `SOURCE_DATE_EPOCH` (reproducible builds) wins over
    /// the clock. Commands validate the variable before any work
    /// (`SourceDateEpoch.fromEnvironment`); an invalid value never gets here.
    public var effectiveDate: Date { effectiveDate(environment: ProcessEnvironment.pick(SourceDateEpoch.variable)) }

    /// The date to stamp with `environment` in place of the process's.
    public func effectiveDate(environment: [String: String]) -> Date {
        if let date { return date }
        if let epoch = try? SourceDateEpoch.fromEnvironment(environment) { return epoch }
        return Date()
    }
}

/// One finished page: fragments at absolute positions.
public struct Page: Sendable {
    public var number: Int
    public var size: Size
    public var placements: [(origin: Point, fragment: Fragment)]
}

/// An outline (bookmark) entry.
public struct OutlineEntry: Sendable, Hashable {
    public var level: Int
    public var title: String
    public var anchor: String
    public var page: Int
}

/// The result of layout: pages ready to paint, with the outline.
public struct LaidOutDocument: Sendable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// Page on which each heading anchor landed.
    public var anchorPages: [String: Int]
}

/// Lays a block tree out into pages: flow → paginate → furniture, repeating
/// when a table of contents must learn the page numbers of the headings.
public final class DocumentLayout {
    public let context: LayoutContext
    public let style: DocumentStyle
    /// The most layout passes spent settling the contents' page numbers.
    public var maximumPasses = 4
    public private(set) var passes = 0

    public init(context: LayoutContext, style: DocumentStyle) {
        self.context = context
        self.style = style
    }

    public func layout(_ blocks: [Block], metadata: DocumentMetadata) throws -> LaidOutDocument {
        let flow = BlockFlow(context: context, style: style)
        flow.headings = Self.headings(in: blocks)
        let hasContents = Self.containsContents(blocks)
        // Each top-level block's vertical list is built once; only a table of
        // contents depends on page numbers and is rebuilt on later passes.
        var segments = [[VItem]?](repeating: nil, count: blocks.count)
        var numbers: [String: Int] = [:]
        passes = 0
        while true {
            passes += 1
            flow.pageNumbers = numbers
            for (i, block) in blocks.enumerated() where segments[i] == nil || Self.isContents(block) {
                segments[i] = try flow.build([block], width: style.contentWidth)
            }
            let doc = try paginate(Self.join(segments), tableHeaders: flow.tableHeaders, metadata: metadata)
            if !hasContents || doc.anchorPages == numbers { return doc }
            if passes >= maximumPasses { throw TypesettingError.layoutDidNotSettle(passes: passes) }
            numbers = doc.anchorPages
        }
    }

    /// Concatenates per-block lists; space between two blocks is the larger
    /// of the two (as `BlockFlow` merges it within one list).
    static func join(_ segments: [[VItem]?]) -> [VItem] {
        var out: [VItem] = []
        out.reserveCapacity(segments.reduce(0) { $0 + ($1?.count ?? 0) })
        for segment in segments {
            guard let segment else { continue }
            for item in segment { out.appendMergingSpace(item) }
        }
        return out
    }

    /// A page from the paginator's placed boxes; records headings' pages.
    private static func makePage(
        _ placed: [Paginator.Placed], number: Int, style: DocumentStyle,
        outline: inout [OutlineEntry], anchors: inout [String: Int]
    ) -> Page {
        var page = Page(number: number, size: style.pageSize, placements: [])
        page.placements.reserveCapacity(placed.count + 2)
        for p in placed {
            page.placements.append((Point(x: style.margins.left + p.box.x, y: style.margins.top + p.y), p.box.fragment))
            for m in p.box.marks {
                if anchors[m.anchor] == nil { anchors[m.anchor] = number }
                if m.inOutline {
                    outline.append(OutlineEntry(level: m.level, title: m.title, anchor: m.anchor, page: number))
                }
            }
        }
        return page
    }

    /// Whether pages can be written as they are set: no table of contents,
    /// whose page numbers would change the pages before it. A page total
    /// (`{pages}` in a header or footer) does not prevent it: `stream` counts
    /// the pages first.
    public func canStream(_ blocks: [Block]) -> Bool { !Self.containsContents(blocks) }

    /// Whether to stream: when it can, unless a page total must be counted
    /// first (a second layout pass) for a document short enough to hold
    /// whole. Both ways write the same bytes.
    public func shouldStream(_ blocks: [Block]) -> Bool {
        canStream(blocks) && (!printsPageCount || blocks.count > Self.blocksHeldForPageTotal)
    }

    /// The most blocks a document printing its page total is held whole
    /// for, rather than laid out twice: a few hundred pages at most, tens of
    /// megabytes, where a second pass would cost a fifth to two fifths more
    /// time (docs/hostile-input.md).
    static let blocksHeldForPageTotal = 2_000

    /// Whether a header or footer prints the page total.
    var printsPageCount: Bool {
        [style.header, style.footer].contains { f in
            guard let f else { return false }
            return (f.left + f.center + f.right).contains("{pages}")
        }
    }

    /// Lays out block by block and hands each page over as soon as it is
    /// finished, so memory does not grow with the page count; blocks handed
    /// over (`consume`) are let go as they are set. When a header or footer
    /// prints the page total, a first pass sets every page and keeps none,
    /// to count them (`pageCount`): twice the layout work, but memory that
    /// stays flat rather than holding every page of a long brief until its
    /// count is known (docs/hostile-input.md). Requires `canStream`.
    /// Returns the page count and the outline.
    public func stream(
        _ blocks: consuming [Block], metadata: DocumentMetadata,
        to emit: (Page) throws -> Void
    ) throws -> (pages: Int, outline: [OutlineEntry]) {
        precondition(canStream(blocks), "streaming needs a document without a table of contents")
        let total = printsPageCount ? try pageCount(blocks) : 0
        // Two stages on two threads: a worker sets blocks and paginates them
        // (this layout's context is used there only; furniture is shaped with
        // a context of its own); this thread paints the pages it hands over.
        // Painting through cairo is the heavier stage, so it does nothing else.
        let furniture = FurnitureLayout(
            context: LayoutContext(fonts: context.fonts), style: style, title: metadata.title)
        let channel = PageChannel(capacity: Self.pagesInFlight)
        // What each thread is done with goes back to the thread that made it.
        let paintedPages = RecycleBin<Page>(), composedBlocks = RecycleBin<Block>()
        let longEnough = blocks.count >= Self.blocksWorthSettingAhead
        let pending = BlocksBuiltAhead(blocks, lookahead: Self.blocksSetAhead)
        if longEnough {
            let companion = UncheckedSendable(BlockFlow(context: context.companion(), style: style))
            let width = style.contentWidth
            let thread = Thread { pending.buildAhead(with: companion.value, width: width) }
            thread.stackSize = Self.layoutStackSize
            thread.start()
        }
        let work = UncheckedSendable((BlockFlow(context: context, style: style), style, furniture))
        let worker = Thread {
            defer { pending.stop() }
            let (flow, style, furniture) = work.value
            var outline: [OutlineEntry] = []
            var anchors: [String: Int] = [:]
            var count = 0
            let paginator = Paginator(
                pageHeight: style.contentHeight, minimumFill: style.keeps.minimumPageFill, tableHeaders: [:]
            ) { placed in
                paintedPages.empty()
                count += 1
                var page = Self.makePage(placed, number: count, style: style, outline: &outline, anchors: &anchors)
                page.placements.append(contentsOf: try furniture.fragments(page: count, of: total))
                guard channel.put(.page(page)) else { throw CancellationError() }
            }
            do {
                while let next = pending.next(settingAheadWith: flow, width: style.contentWidth) {
                    if channel.isCancelled { return }
                    switch next {
                    case .built(let items):
                        try paginator.feed(items)
                    case .build(let block):
                        defer { composedBlocks.put(block) }
                        // A long table's rows are paginated as they are set, not held whole.
                        let items = try flow.build(block, width: style.contentWidth) { rows in
                            paginator.tableHeaders = flow.tableHeaders
                            try paginator.feed(rows)
                        }
                        paginator.tableHeaders = flow.tableHeaders
                        try paginator.feed(items)
                    case .failed(let error):
                        throw error
                    }
                }
                try paginator.finish()
                channel.put(.end(pages: count, outline: outline))
            } catch is CancellationError {
                return
            } catch {
                channel.put(.failed(error))
            }
        }
        worker.stackSize = Self.layoutStackSize
        worker.start()

        do {
            while true {
                switch channel.take() {
                case .page(let page):
                    composedBlocks.empty()
                    try emit(page)
                    paintedPages.put(page)
                case .failed(let error): throw error
                case let .end(pages, outline): return (pages, outline)
                }
            }
        } catch {
            channel.cancel()
            throw error
        }
    }

    /// How many pages `blocks` make, set exactly as `stream` sets them, each
    /// page let go as soon as it is counted: the `{pages}` a streamed
    /// document prints.
    func pageCount(_ blocks: [Block]) throws -> Int {
        let flow = BlockFlow(context: context, style: style)
        var count = 0
        let paginator = Paginator(
            pageHeight: style.contentHeight, minimumFill: style.keeps.minimumPageFill, tableHeaders: [:]
        ) { _ in
            count += 1
        }
        for block in blocks {
            let items = try flow.build(block, width: style.contentWidth) { rows in
                paginator.tableHeaders = flow.tableHeaders
                try paginator.feed(rows)
            }
            paginator.tableHeaders = flow.tableHeaders
            try paginator.feed(items)
        }
        try paginator.finish()
        return count
    }

    /// Pages set but not yet painted, at most: enough to ride out a slow
    /// page on either side, few enough that memory stays flat.
    static let pagesInFlight = 8

    /// A document of this many blocks (some three pages) is set on two
    /// threads (`BlocksBuiltAhead`). A short document's layout is most of
    /// its time after the start, and the painting thread idles through it,
    /// so the second core pays for its thread's start and cold caches from
    /// a few pages on; below that, there is too little to share
    /// (docs/benchmarks.md, session 28).
    static let blocksWorthSettingAhead = 32

    /// How far the second thread may set blocks ahead of the paginating
    /// one: enough to keep both cores busy across a long block, few enough
    /// that the lines set ahead stay a small part of memory.
    static let blocksSetAhead = 64

    /// The layout threads' stacks: nested lists and quotes recurse.
    static let layoutStackSize = 8 << 20

    private func paginate(_ list: [VItem], tableHeaders: [Int: [VBox]], metadata: DocumentMetadata) throws
        -> LaidOutDocument
    {
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        var anchors: [String: Int] = [:]
        let paginator = Paginator(
            pageHeight: style.contentHeight, minimumFill: style.keeps.minimumPageFill, tableHeaders: tableHeaders
        ) { placed in
            pages.append(
                Self.makePage(placed, number: pages.count + 1, style: self.style, outline: &outline, anchors: &anchors))
        }
        try paginator.paginate(list)
        let furniture = FurnitureLayout(context: context, style: style, title: metadata.title)
        for i in pages.indices {
            pages[i].placements.append(contentsOf: try furniture.fragments(page: i + 1, of: pages.count))
        }
        return LaidOutDocument(pages: pages, outline: outline, metadata: metadata, anchorPages: anchors)
    }

    static func isContents(_ block: Block) -> Bool {
        if case .tableOfContents = block { return true }
        return false
    }

    static func headings(in blocks: [Block]) -> [HeadingMark] {
        var out: [HeadingMark] = []
        func walk(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .heading(let h):
                    out.append(
                        HeadingMark(
                            level: h.level, title: h.title, anchor: h.anchor,
                            inOutline: h.inOutline, inContents: h.inContents))
                case .keepTogether(let bs), .quote(let bs, _): walk(bs)
                case .list(let l): l.items.forEach(walk)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }

    static func containsContents(_ blocks: [Block]) -> Bool { blocks.contains(where: isContents) }
}
