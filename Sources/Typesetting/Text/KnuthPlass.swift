/// The second pass of paragraph layout, *break*: total-fit line breaking
/// after Knuth & Plass, "Breaking Paragraphs into Lines" (1981), and TeX's
/// implementation (tex.web §813–§890). Section numbers below cite tex.web.
///
/// Every feasible break is remembered with the best way to reach it, per
/// fitness class and per count of consecutive hyphenated lines, so the
/// paragraph is optimised as a whole rather than line by line.

/// Knobs of the breaker, with TeX's plain-format values as defaults.
public struct LineBreakingParameters: Sendable, Hashable {
    /// \pretolerance: badness allowed in the first pass, which tries no
    /// hyphenation; negative skips that pass, as in TeX.
    public var pretolerance = 100.0
    /// \tolerance: badness allowed in the second pass, with hyphenation.
    public var tolerance = 200.0
    /// \linepenalty: added to every line's badness, favouring fewer lines.
    public var linePenalty = 10.0
    /// \doublehyphendemerits: two hyphenated lines in a row.
    public var doubleHyphenDemerits = 10000.0
    /// \finalhyphendemerits: the second-last line ends with a hyphen.
    public var finalHyphenDemerits = 5000.0
    /// \adjdemerits: adjacent lines of incompatible fitness (tight next to loose).
    public var adjacentDemerits = 10000.0
    /// Hard limit on consecutive hyphenated lines (a typographer's rule TeX lacks).
    public var maxConsecutiveHyphens = 2
    /// \hyphenpenalty for pattern hyphens. TeX's 50 hyphenated 104 of 252
    /// lines of a dense annual summary set in Noto Serif, whose narrow space
    /// (0.26 em) gives little stretch; 1000 (with the space's stretch and
    /// shrink below) brings that to 54 with the 90th-percentile word space
    /// at 0.335 em — fewer hyphens than Typst, spacing as even as LaTeX's.
    public var hyphenPenalty = 1000.0
    /// Interword stretch and shrink as fractions of the font's space. TeX's
    /// ½ and ⅓ suit Computer Modern's wide space (0.33 em); Noto's narrower
    /// space needs more of both to set without hyphenating every other line.
    public var spaceStretch = 0.75
    public var spaceShrink = 0.45
    public init() {}
}

struct KnuthPlass {
    let items: [ParagraphItem]
    let measure: Double
    let parameters: LineBreakingParameters

    /// Prefix sums of width, stretch and shrink: the line from break a to
    /// break b measures sum[b] − sum[after a] (tex.web §823's active_width).
    private let sumWidth: [Double]
    private let sumStretch: [Double]
    private let sumShrink: [Double]

    init(items: [ParagraphItem], measure: Double, parameters: LineBreakingParameters) {
        self.items = items
        self.measure = measure
        self.parameters = parameters
        var w = [0.0], y = [0.0], z = [0.0]
        w.reserveCapacity(items.count + 1); y.reserveCapacity(items.count + 1); z.reserveCapacity(items.count + 1)
        for item in items {
            let isPenalty = item.kind == .penalty
            w.append(w.last! + (isPenalty ? 0 : item.width))
            y.append(y.last! + (item.kind == .glue ? item.stretch : 0))
            z.append(z.last! + (item.kind == .glue ? item.shrink : 0))
        }
        sumWidth = w; sumStretch = y; sumShrink = z
    }

    /// Width, stretch and shrink of items[0..<k].
    func sums(at k: Int) -> (Double, Double, Double) { (sumWidth[k], sumStretch[k], sumShrink[k]) }

    /// A breakpoint reached by some best path (tex.web §819's passive node).
    private struct Node {
        var position: Int
        var fitness: Int
        var hyphens: Int
        var demerits: Double
        var previous: Int
        /// Sums after the break: where the next line starts measuring.
        var startWidth: Double, startStretch: Double, startShrink: Double
    }

    /// Break positions (indices of the items broken at), ending with the last
    /// item. Tries a pass without hyphenation, then one with, then an
    /// emergency pass that accepts any line that is not overfull.
    func breakpoints() -> [Int] {
        if parameters.pretolerance >= 0,
            let b = run(tolerance: parameters.pretolerance, hyphenate: false, emergency: false)
        {
            return b
        }
        if let b = run(tolerance: parameters.tolerance, hyphenate: true, emergency: false) { return b }
        return run(tolerance: .infinity, hyphenate: true, emergency: true, hyphenLimit: true)
            ?? run(tolerance: .infinity, hyphenate: true, emergency: true, hyphenLimit: false)
            ?? greedy()
    }

    /// Badness of a line set with ratio r (tex.web §108): 100·|r|³, capped at 10000.
    static func badness(_ r: Double) -> Double {
        if r.isInfinite { return 10000 }
        return min(10000, 100 * abs(r * r * r))
    }

    /// Fitness class (tex.web §817): 0 tight, 1 decent, 2 loose, 3 very loose.
    static func fitness(_ r: Double) -> Int {
        if r < -0.5 { return 0 }
        if r <= 0.5 { return 1 }
        if r <= 1 { return 2 }
        return 3
    }

    func isLegalBreak(_ b: Int, hyphenate: Bool) -> Bool {
        let item = items[b]
        switch item.kind {
        case .penalty: return item.penalty < Penalty.never && (hyphenate || !item.discretionary)
        case .glue: return b > 0 && items[b - 1].kind == .box
        case .box: return false
        }
    }

    /// Widths that differ from the measure by less than this are exact: sums
    /// of the same widths in another order must not turn a fitting line overfull.
    static let epsilon = 1e-6

    /// Adjustment ratio of the line from a node to break b (tex.web §851–§852).
    func ratio(startWidth: Double, startStretch: Double, startShrink: Double, to b: Int) -> Double {
        var width = sumWidth[b] - startWidth
        if items[b].kind == .penalty { width += items[b].width }
        if abs(width - measure) < Self.epsilon { return 0 }
        if width < measure {
            let stretch = sumStretch[b] - startStretch
            return stretch > 0 ? (measure - width) / stretch : .infinity
        } else if width > measure {
            let shrink = sumShrink[b] - startShrink
            return shrink > 0 ? (measure - width) / shrink : -.infinity
        }
        return 0
    }

    /// Demerits of one line ending at b (tex.web §859), before the path's own.
    func lineDemerits(badness: Double, at b: Int, fromFlagged: Bool, fitness: Int, previousFitness: Int) -> Double {
        let item = items[b]
        var d = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
        if item.kind == .penalty {
            if item.penalty >= 0 {
                d += item.penalty * item.penalty
            } else if item.penalty > Penalty.always {
                d -= item.penalty * item.penalty
            }
            if item.flagged && fromFlagged { d += parameters.doubleHyphenDemerits }
        }
        if abs(fitness - previousFitness) > 1 { d += parameters.adjacentDemerits }
        return d
    }

    /// Where the next line starts measuring after a break at b: glue and
    /// penalties after a break vanish (tex.web §837).
    private func startSums(after b: Int) -> (Double, Double, Double) {
        var k = b
        while k < items.count && items[k].kind != .box {
            if k > b && items[k].kind == .penalty && items[k].penalty <= Penalty.always { break }
            k += 1
        }
        return (sumWidth[k], sumStretch[k], sumShrink[k])
    }

    private func run(tolerance: Double, hyphenate: Bool, emergency: Bool, hyphenLimit: Bool = true) -> [Int]? {
        var nodes: [Node] = [
            Node(
                position: 0, fitness: 1, hyphens: 0, demerits: 0, previous: -1,
                startWidth: 0, startStretch: 0, startShrink: 0)
        ]
        var active: [Int] = [0]
        let maxHyphens = parameters.maxConsecutiveHyphens
        // Best candidate per (fitness, consecutive hyphens) for the current breakpoint.
        var best = [Double](repeating: .infinity, count: 4 * (maxHyphens + 1))
        var bestFrom = [Int](repeating: -1, count: 4 * (maxHyphens + 1))
        let lastItem = items.count - 1

        for b in 0..<items.count where isLegalBreak(b, hyphenate: hyphenate) {
            let item = items[b]
            let forced = item.kind == .penalty && item.penalty <= Penalty.always
            for k in best.indices { best[k] = .infinity; bestFrom[k] = -1 }
            var lastDeactivated = -1
            // The nodes that stay active are moved to the front of `active`, in
            // place (an array per breakpoint would cost an allocation each).
            var kept = 0
            for i in active.indices {
                let a = active[i]
                let node = nodes[a]
                let r = ratio(
                    startWidth: node.startWidth, startStretch: node.startStretch,
                    startShrink: node.startShrink, to: b)
                // §851: a node from which the line is already overfull can never be used again.
                if r < -1 || forced { lastDeactivated = a } else { active[kept] = a; kept += 1 }
                guard r >= -1 else { continue }
                // The emergency pass ranks lines by their true badness (uncapped), so
                // that even when no line is good the paragraph's lines stay even.
                let bad = emergency ? min(100 * abs(r * r * r), 1.0e7) : Self.badness(r)
                guard bad <= tolerance || emergency else { continue }
                // The hard limit counts lines ending in a pattern hyphen only: the explicit
                // hyphens of a compound or a URL cannot be avoided, and the emergency
                // pass must always find a way through.
                let discretionary = item.kind == .penalty && item.discretionary
                let hyphens = discretionary ? node.hyphens + 1 : 0
                guard hyphens <= maxHyphens || !hyphenLimit else { continue }
                let fit = Self.fitness(r)
                let fromFlagged =
                    node.position > 0 && items[node.position].kind == .penalty && items[node.position].flagged
                var d =
                    node.demerits
                    + lineDemerits(
                        badness: bad, at: b, fromFlagged: fromFlagged,
                        fitness: fit, previousFitness: node.fitness)
                // §859: \finalhyphendemerits when the line before the last ends hyphenated.
                if b == lastItem && fromFlagged { d += parameters.finalHyphenDemerits }
                let slot = fit * (maxHyphens + 1) + min(hyphens, maxHyphens)
                if d < best[slot] { best[slot] = d; bestFrom[slot] = a }
            }
            while active.count > kept { active.removeLast() }
            let (sw, sy, sz) = startSums(after: b)
            for slot in best.indices where bestFrom[slot] >= 0 {
                nodes.append(
                    Node(
                        position: b, fitness: slot / (maxHyphens + 1), hyphens: slot % (maxHyphens + 1),
                        demerits: best[slot], previous: bestFrom[slot],
                        startWidth: sw, startStretch: sy, startShrink: sz))
                active.append(nodes.count - 1)
            }
            if active.isEmpty {
                // No feasible way on: only an emergency pass recovers, from the node
                // it just dropped (an overfull line; splitting overlong tokens avoids this).
                guard emergency, lastDeactivated >= 0 else { return nil }
                var n = nodes[lastDeactivated]
                n.previous = lastDeactivated; n.position = b
                n.startWidth = sw; n.startStretch = sy; n.startShrink = sz
                nodes.append(n)
                active.append(nodes.count - 1)
            }
        }
        guard
            let end = active.filter({ nodes[$0].position == lastItem }).min(by: {
                nodes[$0].demerits < nodes[$1].demerits
            })
        else { return nil }
        var result: [Int] = []
        var k = end
        while k > 0 { result.append(nodes[k].position); k = nodes[k].previous }
        return result.reversed()
    }

    /// First-fit breaking: each line takes as much as fits. Used as the last
    /// resort and, in tests, as the baseline total-fit must beat.
    func greedy() -> [Int] {
        var result: [Int] = []
        var start = (0.0, 0.0, 0.0)
        var lastFeasible = -1
        var b = 0
        while b < items.count {
            if isLegalBreak(b, hyphenate: true) {
                let r = ratio(startWidth: start.0, startStretch: start.1, startShrink: start.2, to: b)
                let forced = items[b].kind == .penalty && items[b].penalty <= Penalty.always
                if r < -1 && lastFeasible >= 0 {
                    result.append(lastFeasible)
                    start = startSums(after: lastFeasible)
                    b = lastFeasible + 1
                    lastFeasible = -1
                    continue
                }
                lastFeasible = b
                if forced {
                    result.append(b)
                    start = startSums(after: b)
                    lastFeasible = -1
                }
            }
            b += 1
        }
        return result
    }

    /// Total demerits of a given sequence of breaks, for comparing breakers.
    func totalDemerits(_ breaks: [Int]) -> Double {
        var total = 0.0
        var start = (0.0, 0.0, 0.0)
        var previousFitness = 1
        var fromFlagged = false
        for b in breaks {
            let r = ratio(startWidth: start.0, startStretch: start.1, startShrink: start.2, to: b)
            let fit = Self.fitness(r)
            total += lineDemerits(
                badness: Self.badness(r), at: b, fromFlagged: fromFlagged,
                fitness: fit, previousFitness: previousFitness)
            if b == items.count - 1 && fromFlagged { total += parameters.finalHyphenDemerits }
            previousFitness = fit
            fromFlagged = items[b].kind == .penalty && items[b].flagged
            start = startSums(after: b)
        }
        return total
    }
}
