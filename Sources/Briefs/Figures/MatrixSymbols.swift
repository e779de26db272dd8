import Typesetting

/// The vector marks of the issue matrix and the timeline. Shapes differ, not
/// only colours, so they read in greyscale and on a monochrome printer.
enum MatrixSymbols {
    /// One document: a filled disc.
    static func single(at c: Point, color: Color) -> [Figure.Element] {
        [.fill(.circle(center: c, radius: 3.4), color)]
    }
    /// Two or more documents: a disc inside a ring.
    static func repeated(at c: Point, color: Color) -> [Figure.Element] {
        [
            .fill(.circle(center: c, radius: 2.6), color),
            .stroke(.circle(center: c, radius: 4.6), color, width: 1.1, dash: []),
        ]
    }
    /// An engagement on the timeline: a diamond.
    static func engagement(at c: Point, size r: Double = 4.2, color: Color) -> [Figure.Element] {
        [
            .fill(
                .polygon([
                    Point(x: c.x, y: c.y - r), Point(x: c.x + r, y: c.y), Point(x: c.x, y: c.y + r),
                    Point(x: c.x - r, y: c.y),
                ]), color)
        ]
    }
    /// Metrics of a matrix cell's mark-and-date line.
    enum CellMetrics {
        /// The symbol's box (the ring's diameter plus its stroke).
        static let symbol = 11.0
        /// Between the symbol and the date.
        static let gap = 3.0
    }

    /// A matrix cell's first line: the symbol, then the date, centred as one
    /// figure with no space around it.
    static func cellFigure(
        count: Int, date: String, style: TextStyle, color: Color,
        measure: (String, TextStyle) -> Double
    ) -> Figure {
        let s = CellMetrics.symbol
        let height = max(s, style.size * 1.25)
        let c = Point(x: s / 2, y: height / 2)
        var elements = count > 1 ? repeated(at: c, color: color) : single(at: c, color: color)
        elements.append(
            .text(date, style, at: Point(x: s + CellMetrics.gap, y: height / 2 + style.size * 0.35), anchorX: 0))
        return Figure(
            size: Size(width: s + CellMetrics.gap + measure(date, style), height: height), elements: elements,
            spaceAround: 0,
            alternative: FigureDescriptions.matrixMark(count: count, date: date))
    }
}
