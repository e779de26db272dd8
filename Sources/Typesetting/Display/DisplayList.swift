/// A vector path in points.
public struct Path: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        case move(Point), line(Point), curve(Point, Point, Point), close
    }
    public private(set) var elements: [Element] = []
    public init() {}

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1 c1: Point, control2 c2: Point) {
        elements.append(.curve(c1, c2, p))
    }
    public mutating func close() { elements.append(.close) }

    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: r.origin); p.line(to: Point(x: r.maxX, y: r.minY))
        p.line(to: Point(x: r.maxX, y: r.maxY)); p.line(to: Point(x: r.minX, y: r.maxY)); p.close()
        return p
    }
    public static func line(from a: Point, to b: Point) -> Path {
        var p = Path(); p.move(to: a); p.line(to: b); return p
    }
    public static func polygon(_ points: [Point]) -> Path {
        var p = Path()
        guard let first = points.first else { return p }
        p.move(to: first)
        for q in points.dropFirst() { p.line(to: q) }
        p.close()
        return p
    }
    /// A circle drawn with four cubic Béziers.
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        var p = Path()
        p.move(to: Point(x: c.x + r, y: c.y))
        p.curve(
            to: Point(x: c.x, y: c.y + r), control1: Point(x: c.x + r, y: c.y + k),
            control2: Point(x: c.x + k, y: c.y + r))
        p.curve(
            to: Point(x: c.x - r, y: c.y), control1: Point(x: c.x - k, y: c.y + r),
            control2: Point(x: c.x - r, y: c.y + k))
        p.curve(
            to: Point(x: c.x, y: c.y - r), control1: Point(x: c.x - r, y: c.y - k),
            control2: Point(x: c.x - k, y: c.y - r))
        p.curve(
            to: Point(x: c.x + r, y: c.y), control1: Point(x: c.x + k, y: c.y - r),
            control2: Point(x: c.x + r, y: c.y - k))
        p.close()
        return p
    }

    public func offsetBy(dx: Double, dy: Double) -> Path {
        var p = Path()
        p.elements = elements.map {
            switch $0 {
            case .move(let a): return .move(Point(x: a.x + dx, y: a.y + dy))
            case .line(let a): return .line(Point(x: a.x + dx, y: a.y + dy))
            case let .curve(a, b, c):
                return .curve(
                    Point(x: a.x + dx, y: a.y + dy), Point(x: b.x + dx, y: b.y + dy), Point(x: c.x + dx, y: c.y + dy))
            case .close: return .close
            }
        }
        return p
    }
}

/// Glyphs in one face, size and colour, with the text they stand for and
/// the clusters that tie glyphs to it, so that the PDF's text extracts
/// exactly (its fonts' ToUnicode maps, /ActualText where a map cannot say
/// it: `ContentStream`); ligatures come out as their letters.
public struct GlyphRun: Sendable {
    public struct Cluster: Sendable, Hashable {
        public var bytes: Int32
        public var glyphs: Int32
    }
    public var font: FontID
    public var size: Double
    public var color: Color
    public var glyphs: [UInt32] = []
    /// Glyph origins relative to the fragment (baseline positions).
    public var positions: [Point] = []
    public var text: String = ""
    public var clusters: [Cluster] = []
    /// Its link and language, shared with the runs around it.
    public var tagging: RunTagging = .plain
    /// Where the text leads, for tagging it as a link.
    public var link: LinkTarget? { tagging.link }
    /// BCP 47 language of the text, for tagging a change of language.
    public var language: String { tagging.language }

    public init(font: FontID, size: Double, color: Color) {
        self.font = font; self.size = size; self.color = color
    }
}

/// What a run of glyphs carries for tagging beyond its look: the link it
/// belongs to and its language. The runs of a line share one (the line
/// composer keeps the last), so a glyph run — copied with every draw item
/// on its way to the page — holds one reference rather than two strings.
public final class RunTagging: Sendable {
    public let link: LinkTarget?
    public let language: String

    public init(link: LinkTarget?, language: String) {
        self.link = link; self.language = language
    }

    /// No link, no language of its own.
    public static let plain = RunTagging(link: nil, language: "")

    /// Whether runs in `style` carry this.
    func fits(_ style: TextStyle) -> Bool { link == style.link && language == style.language }
}

/// One thing to paint, in coordinates relative to the fragment holding it.
public enum DrawItem: Sendable {
    case glyphs(GlyphRun)
    case fill(Path, Color)
    case stroke(Path, Color, width: Double, dash: [Double] = [])
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// A named destination (anchor) at a point, target of internal links and
    /// the outline; `description` tells where a link to it leads.
    case destination(String, Point, description: String?)
    /// From here to the next mark, the fragment's content belongs to this
    /// structure element; nil marks decoration (an artifact). A fragment
    /// starts as decoration.
    case structure(StructureNode?)
}

/// Content of measured size: the unit the flow stacks and the painter draws.
public struct Fragment: Sendable {
    public var width: Double
    public var height: Double
    /// Distance from the top to the first baseline (used for aligning lines).
    public var ascent: Double
    public var items: [DrawItem]
    /// A copy repeated on a later page (a table's header rows): decoration
    /// there, since its structure was given where it first appeared.
    public var isRepeated = false
    /// The structure element the fragment's items belong to until a
    /// `DrawItem.structure` mark says otherwise; nil: decoration.
    public var structure: StructureNode?
    public init(width: Double, height: Double, ascent: Double = 0, items: [DrawItem] = []) {
        self.width = width; self.height = height; self.ascent = ascent; self.items = items
    }

    /// Appends another fragment's items shifted by (dx, dy), under the
    /// other fragment's own starting element. Marks after it are the
    /// caller's to set.
    public mutating func append(_ other: Fragment, dx: Double, dy: Double) {
        items.append(.structure(other.structure))
        for item in other.items { items.append(item.offsetBy(dx: dx, dy: dy)) }
    }
}

extension DrawItem {
    public func offsetBy(dx: Double, dy: Double) -> DrawItem {
        if dx == 0 && dy == 0 { return self }
        switch self {
        case .glyphs(var run):
            for i in run.positions.indices { run.positions[i].x += dx; run.positions[i].y += dy }
            return .glyphs(run)
        case let .fill(p, c): return .fill(p.offsetBy(dx: dx, dy: dy), c)
        case let .stroke(p, c, w, d): return .stroke(p.offsetBy(dx: dx, dy: dy), c, width: w, dash: d)
        case let .link(r, t): return .link(r.offsetBy(dx: dx, dy: dy), t)
        case let .destination(n, p, d): return .destination(n, Point(x: p.x + dx, y: p.y + dy), description: d)
        case .structure: return self
        }
    }
}
