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
        [.fill(.circle(center: c, radius: 2.6), color),
         .stroke(.circle(center: c, radius: 4.6), color, width: 1.1, dash: [])]
    }
    /// An engagement on the timeline: a diamond.
    static func engagement(at c: Point, size r: Double = 4.2, color: Color) -> [Figure.Element] {
        [.fill(.polygon([Point(x: c.x, y: c.y - r), Point(x: c.x + r, y: c.y), Point(x: c.x, y: c.y + r), Point(x: c.x - r, y: c.y)]), color)]
    }
    /// A figure just big enough for one symbol, for table cells.
    static func cellFigure(count: Int, color: Color) -> Figure {
        let c = Point(x: 6, y: 6)
        return Figure(size: Size(width: 12, height: 12), elements: count > 1 ? repeated(at: c, color: color) : single(at: c, color: color))
    }
}
