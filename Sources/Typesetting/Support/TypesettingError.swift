/// Errors the engine reports instead of producing a wrong page.
public enum TypesettingError: Error, CustomStringConvertible, Equatable {
    case fontUnreadable(path: String, reason: String)
    case fontMissing(family: String)
    case hyphenationDictionaryUnreadable(path: String)
    case contentTooTall(what: String, height: Double, available: Double)
    case contentTooWide(what: String, width: Double, available: Double)
    case cairo(operation: String, status: String)
    /// Writing the PDF failed other than in the system's writes (no memory for a compressor, an object left unwritten).
    case pdfWriting(operation: String, reason: String)
    case outputUnwritable(path: String, reason: String)
    case layoutDidNotSettle(passes: Int)

    public var description: String {
        switch self {
        case let .fontUnreadable(path, reason): return "cannot load font \(path): \(reason)"
        case let .fontMissing(family): return "no font family named '\(family)' is loaded"
        case let .hyphenationDictionaryUnreadable(path): return "cannot read hyphenation patterns \(path)"
        case let .contentTooTall(what, h, avail):
            return
                "\(what) is \(Int(h.rounded())) pt tall but a page holds only \(Int(avail.rounded())) pt; make it smaller or split it"
        case let .contentTooWide(what, w, avail):
            return "\(what) needs \(Int(w.rounded())) pt but the measure is \(Int(avail.rounded())) pt"
        case let .cairo(op, status): return "cairo failed in \(op): \(status)"
        case let .pdfWriting(op, reason): return "\(op) failed: \(reason)"
        case let .outputUnwritable(path, reason): return "cannot write \(path): \(reason)"
        case let .layoutDidNotSettle(n): return "table of contents page numbers did not settle after \(n) passes"
        }
    }
}
