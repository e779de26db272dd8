/// The vertical list the flow builds and the paginator breaks into pages,
/// after TeX's: boxes of fixed height, glue (space that vanishes at a page
/// break) and penalties (the cost of breaking there), plus keep markers.

/// Something the paginator notes the page of: a heading.
public struct HeadingMark: Sendable, Hashable {
    public var level: Int
    public var title: String
    public var anchor: String
    public var inOutline: Bool
    public var inContents: Bool
}

/// A box on the vertical list: a fragment placed `x` points from the left margin.
struct VBox {
    var fragment: Fragment
    var x: Double
    var marks: [HeadingMark] = []
    /// For table rows: which table, and whether this row is part of its header.
    var table: Int? = nil
    var isTableHeader = false
    /// Whether the box counts toward a keep (`VItem.keep`): table header rows
    /// and zero-height anchors do not, so "a heading keeps two lines" means
    /// two lines of text, or a table's header and two rows.
    var countsForKeep = true
    /// Splits a box taller than a page: returns the part that fits in the
    /// given height and the rest, or nil if not even one line fits.
    var split: ((Double) -> (VBox, VBox)?)? = nil
    var height: Double { fragment.height }
    /// A short description for error messages.
    var what: String = "a block"
}

enum VItem {
    case box(VBox)
    case glue(Double)
    case penalty(Double)
    /// The next `n` boxes that count stay on the page of what precedes:
    /// no break until they are placed (a heading and the start of its
    /// section). Works across blocks, so it is the paginator that obeys it.
    case keep(Int)
}

extension Array where Element == VItem {
    /// Appends `item`, except that space right after space merges with it
    /// to the larger of the two, as CSS margins collapse. This is the one
    /// place that rule lives: within a list, between blocks' lists, and
    /// between the pieces fed to the paginator. `mayMerge` is false when the
    /// space at the end was already used (the paginator has passed it).
    mutating func appendMergingSpace(_ item: VItem, mayMerge: Bool = true) {
        if mayMerge, case .glue(let h) = item, case .glue(let g)? = last {
            self[count - 1] = .glue(Swift.max(g, h))
        } else {
            append(item)
        }
    }
}

/// Builds one vertical list: owns the spacing between blocks (adjacent
/// spaces merge to the larger, as CSS margins collapse) and the break
/// rules (where a break is allowed, forbidden, soft, or kept).
struct VerticalListBuilder {
    private(set) var items: [VItem] = []

    /// Space that merges with space already at the end.
    mutating func space(_ h: Double) {
        guard h > 0 else { return }
        items.appendMergingSpace(.glue(h))
    }

    /// Space that is added as is, even at the start (a spacer block).
    mutating func fixedSpace(_ h: Double) { items.append(.glue(h)) }

    mutating func box(_ b: VBox) { items.append(.box(b)) }

    /// A break here costs `penalty` (0 free, `Penalty.soft` only to avoid a
    /// half-empty page, `Penalty.never` forbidden, `Penalty.always` forced).
    mutating func breakPenalty(_ penalty: Double) { items.append(.penalty(penalty)) }
    mutating func forbidBreak() { items.append(.penalty(Penalty.never)) }

    /// Keeps the next `n` counting boxes with what precedes.
    mutating func keepNext(_ n: Int) { if n > 0 { items.append(.keep(n)) } }

    /// Lines of a paragraph, with the breaks between them as `keeps` decides
    /// (widows and orphans: at least `minimum` lines on either side).
    mutating func lines(_ lines: [Fragment], x: Double, minimum: Int, keeps: KeepRules, what: String = "a line") {
        for (i, line) in lines.enumerated() {
            box(VBox(fragment: line, x: x, what: what))
            let after = i + 1
            if after < lines.count {
                breakPenalty(keeps.penaltyBetweenLines(after: after, of: lines.count, minimum: minimum))
            }
        }
    }

    /// The items so far, handed over; the builder starts empty again.
    mutating func take() -> [VItem] {
        defer { items = [] }
        return items
    }

    /// Another list's items; space at the seam merges.
    mutating func append(_ other: [VItem]) {
        for item in other {
            if case .glue(let g) = item { space(g) } else { items.append(item) }
        }
    }

    /// Another list's items with every break inside made soft (`KeepRules.softened`):
    /// they stay together unless that would leave a page more than half empty.
    mutating func appendKeptTogether(_ other: [VItem], keeps: KeepRules) {
        var sub = other
        var leading: [Double] = [], trailing: [Double] = []
        while case .glue(let g)? = sub.first { leading.append(g); sub.removeFirst() }
        while case .glue(let g)? = sub.last { trailing.insert(g, at: 0); sub.removeLast() }
        for g in leading { space(g) }
        for item in sub {
            switch item {
            case .penalty(let p): items.append(.penalty(keeps.softened(p)))
            case .glue: items.append(.penalty(keeps.softened(0))); items.append(item)
            default: items.append(item)
            }
        }
        for g in trailing { space(g) }
    }

    /// Drops space at the start and the end (content of a list item or a quote).
    mutating func trimSpace() {
        while case .glue? = items.first { items.removeFirst() }
        while case .glue? = items.last { items.removeLast() }
    }
}
