/// What the painter draws on: cairo for PNG previews (`CairoCanvas`), the
/// PDF content stream for PDFs (`ContentStream`). The painter walks a page's
/// display list once and says what to draw; a canvas only draws it.
///
/// Coordinates are in points, y downwards from the page's top-left corner.
protocol PageCanvas: AnyObject {
    /// Opens a marked-content sequence for a structure role ("P", "H1");
    /// sequences are numbered 0, 1, 2 … on each page in the order opened, as
    /// `StructureRecorder` counts them.
    func beginMark(_ role: String)
    /// Opens the page's decoration: an /Artifact sequence, which takes no number.
    func beginArtifact()
    /// Closes the open sequence (a mark or the decoration).
    func endMark()
    /// A named destination at a point (its name valid: `TagAttributes.isValidName`).
    func destination(_ name: String, at point: Point)
    func glyphs(_ run: GlyphRun, face: FontFace, dx: Double, dy: Double) throws
    func fill(_ path: Path, color: Color, dx: Double, dy: Double)
    func stroke(_ path: Path, color: Color, width: Double, dash: [Double], dx: Double, dy: Double)
}
