import Foundation

/// Collects the structure tree while pages are painted: numbers elements
/// in the order they are met (reading order), counts the marks the content
/// stream numbers on each page (MCIDs: one per content mark), and keeps
/// link annotations until their descriptions are known. `PDFWriter`
/// writes the tree and the annotations after the pages
/// (`StructureElements`).
final class StructureRecorder {
    private(set) var tree = RecordedStructureTree()
    /// The catalog's language; elements only carry /Lang where theirs differs.
    let documentLanguage: String

    /// This recorder's number, written into the nodes it numbers.
    private let id = StructureRecorder.nextID()
    /// Language spans made inside an element, per element and language.
    private var spans: [SpanKey: StructureNode] = [:]
    private struct SpanKey: Hashable { var parent: Int32; var language: String }
    private var page: Int32 = -1
    private var mcid: Int32 = 0
    private var annotationIndex: Int32 = 0
    /// Link annotations waiting for their descriptions (anchors may come later).
    private var annotations: [(element: Int32, page: Int32, index: Int32, link: LinkAnnotation)] = []
    private var anchorDescriptions: [String: String] = [:]
    /// Text drawn in each Link element, for annotation descriptions (its first
    /// `describedLinkText` bytes and a little more: the rest is not kept).
    private var linkText: [Int32: String] = [:]
    private var currentLink: Int32?
    /// The last answer of `contentNode`, for the runs of one element that follow each other.
    private var lastContent: (node: StructureNode?, language: String, result: StructureNode?) = (nil, "", nil)
    private var primaries: [String: Substring] = [:]

    init(documentLanguage: String) {
        self.documentLanguage = documentLanguage
    }

    /// Link annotations on the page being painted, so far.
    var linksOnPage: Int { Int(annotationIndex) }
    /// Marks (MCIDs) on the page being painted, so far.
    var marksOnPage: Int { Int(mcid) }

    func beginPage() {
        page += 1
        mcid = 0
        annotationIndex = 0
    }

    /// The element of `node`, created (with its ancestors) when first met.
    @discardableResult
    func attach(_ node: StructureNode) -> Int32 {
        if node.element.recorder == id { return node.element.index }
        let parent = node.parent.map { attach($0) } ?? 0
        let index = tree.element(parent: parent, role: node.role.pdfName)
        node.element = (id, index)
        if let alt = node.alternative, !alt.isEmpty { tree.attribute(.alt, of: index, alt) }
        if case .headerCell(let scope) = node.role { tree.attribute(.scope, of: index, scope.rawValue) }
        if let language = node.language, !language.isEmpty,
            primary(language) != primary(node.parent?.effectiveLanguage ?? documentLanguage)
        {
            tree.attribute(.lang, of: index, language)
        }
        return index
    }

    /// Where a run's content goes: `node`, or a Span in it when the run's
    /// language differs from the language in force there. A heading takes
    /// no spans (the flow gives it the language of most of its words): a
    /// heading with one content item is what checkers read most reliably.
    func contentNode(for node: StructureNode, run: GlyphRun) -> StructureNode {
        if node === lastContent.node && run.language == lastContent.language, let r = lastContent.result { return r }
        let result = span(for: node, language: run.language)
        lastContent = (node, run.language, result)
        return result
    }

    private func span(for node: StructureNode, language: String) -> StructureNode {
        guard !language.isEmpty else { return node }
        let inForce = node.effectiveLanguage ?? documentLanguage
        guard language != inForce, primary(language) != primary(inForce) else { return node }
        if case .heading = node.role { return node }
        let key = SpanKey(parent: attach(node), language: language)
        if let span = spans[key] { return span }
        let span = StructureNode(.span, parent: node, language: language)
        spans[key] = span
        return span
    }

    /// The content stream opened a mark for `node`: it takes the page's next MCID.
    func content(_ node: StructureNode) {
        tree.content(of: attach(node), page: page, mcid: mcid)
        mcid += 1
        currentLink = node.nearest { $0 == .link }.map { attach($0) }
    }

    /// Text drawn in the current tag (kept for link descriptions only).
    func text(_ s: String) {
        if let link = currentLink, linkText[link, default: ""].utf8.count <= Self.describedLinkText {
            linkText[link, default: ""] += s
        }
    }

    /// The most of a link's words (UTF-8 bytes) its annotations repeat as
    /// their description: a sentence's worth says where a link leads. The
    /// links of a paragraph to one address share one element, so without a
    /// bound a paragraph linking one address n times copied its whole text
    /// into each of its n annotations (n² bytes: gigabytes at n = 40,000).
    static let describedLinkText = 300

    /// The page's next link annotation: it belongs to the Link element
    /// around `node` (made when the link's area is not in one).
    func link(_ annotation: LinkAnnotation, under node: StructureNode?) {
        let link = node?.nearest { $0 == .link } ?? StructureNode(.link, parent: node)
        annotations.append((attach(link), page, annotationIndex, annotation))
        annotationIndex += 1
    }

    func describe(anchor: String, as description: String) {
        if anchorDescriptions[anchor] == nil { anchorDescriptions[anchor] = description }
    }

    /// A link annotation as it is written: where it is and leads, and what
    /// a screen reader says for it (/Contents).
    struct DescribedLink {
        var element: Int32
        var page: Int32
        var index: Int32
        var link: LinkAnnotation
        var contents: String
    }

    /// The annotations, now described, in the order recorded; each becomes
    /// the last kid of its Link element.
    func finishAnnotations() -> [DescribedLink] {
        var words: [Int32: String] = [:]
        var described: [DescribedLink] = []
        described.reserveCapacity(annotations.count)
        for a in annotations {
            let text =
                words[a.element]
                ?? {
                    let w = Self.cut(TextCleaning.trimmed(linkText[a.element] ?? ""), to: Self.describedLinkText)
                    words[a.element] = w
                    return w
                }()
            let contents = Self.describe(a.link.target, text: text, anchors: anchorDescriptions)
            tree.annotation(of: a.element, page: a.page, index: a.index)
            described.append(
                DescribedLink(element: a.element, page: a.page, index: a.index, link: a.link, contents: contents))
        }
        annotations = []
        return described
    }

    /// At most `limit` UTF-8 bytes of `text`, ending at a word with "…" when cut.
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let budget = limit - "…".utf8.count
        var end = text.startIndex, used = 0
        for c in text {
            used += c.utf8.count
            if used > budget { break }
            end = text.index(after: end)
        }
        var head = text[..<end]
        if let space = head.lastIndex(of: " "), text.utf8.distance(from: text.startIndex, to: space) > budget / 2 {
            head = head[..<space]
        }
        return head + "…"
    }

    /// What a screen reader says for a link: where it leads, in words.
    static func describe(_ target: LinkTarget, text: String, anchors: [String: String]) -> String {
        switch target {
        case .destination(let name):
            if let d = anchors[name], !d.isEmpty { return d }
            return text.isEmpty ? "Link within the document" : text
        case .uri(let uri):
            if text.isEmpty || text == uri { return "Link to \(uri)" }
            return "\(text) (\(uri))"
        }
    }

    private static let counter = NSLock()
    nonisolated(unsafe) private static var issued = 0
    private static func nextID() -> Int {
        counter.lock(); defer { counter.unlock() }
        issued += 1
        return issued
    }

    /// The primary language subtag, remembered per tag (asked once per run).
    private func primary(_ tag: String) -> Substring {
        if let p = primaries[tag] { return p }
        let p = Substring(Self.primary(tag))
        primaries[tag] = p
        return p
    }

    static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }
}
