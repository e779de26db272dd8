import CTaggedPDF
import Foundation

/// cairo's PDF until it is tagged: an anonymous temporary file written
/// through `tp_sink_write` (C: cairo hands over millions of pieces of a few
/// bytes, and a Swift callback per piece cost more than cairo's own work).
final class IntermediateFile {
    let sink: OpaquePointer

    init() throws {
        guard let s = tp_sink_open() else {
            throw TypesettingError.outputUnwritable(
                path: NSTemporaryDirectory(),
                reason: "no temporary file: " + String(cString: strerror(errno)))
        }
        sink = s
    }

    deinit { tp_sink_close(sink) }

    /// errno of the first failed write, or 0.
    var writeError: Int32 { tp_sink_error(sink) }
}
