import CTaggedPDF
import Foundation

/// The intermediate PDF until it is tagged: an anonymous temporary file
/// written through `tp_sink_write`, where the tagging step's threads find
/// each page's content as soon as it is written (`ObjectWriter`).
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
