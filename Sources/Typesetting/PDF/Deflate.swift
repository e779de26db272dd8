import CDeflate

/// Compresses streams in the zlib format that /FlateDecode reads, with
/// libdeflate at its fastest level: about half the time of zlib's fastest
/// for much the same size (docs/engine-notes.md, "Compressing"). A
/// compressor holds its own tables, so each thread that compresses owns
/// one.
final class Deflate {
    private let compressor: OpaquePointer

    /// libdeflate's fastest level: page contents are mostly numbers and
    /// glyph codes, where higher levels gain a few percent for twice the time.
    static let level: Int32 = 1

    /// Nil when there is no memory for the compressor's tables.
    init?() {
        guard let c = libdeflate_alloc_compressor(Self.level) else { return nil }
        compressor = c
    }

    deinit { libdeflate_free_compressor(compressor) }

    /// Where results are written first: room for the largest bound met so
    /// far, reused, so that a result kept until it is written holds only
    /// its own size (a bound is about the input's size).
    private let scratch = PDFBytes(capacity: 1 << 16)

    /// `data`, compressed, appended to `out`.
    func compress(_ data: UnsafeRawBufferPointer, into out: PDFBytes) {
        let bound = libdeflate_zlib_compress_bound(compressor, data.count)
        var nothing: UInt8 = 0  // an empty input still needs an address
        withUnsafeBytes(of: &nothing) { empty in
            let input = data.count > 0 ? data.baseAddress : empty.baseAddress
            out.append(room: bound) { room in
                let n = libdeflate_zlib_compress(compressor, input, data.count, room.baseAddress, room.count)
                precondition(n > 0, "libdeflate wrote nothing into room for its own bound")
                return n
            }
        }
    }

    /// `data`, compressed, in a buffer of its own size.
    func compressed(_ data: PDFBytes) -> PDFBytes {
        scratch.removeAll()
        data.withBytes { compress($0, into: scratch) }
        let out = PDFBytes(capacity: scratch.count)
        out.append(scratch)
        return out
    }
}
