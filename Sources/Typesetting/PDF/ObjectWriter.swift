import CTaggedPDF

/// Writes numbered PDF objects, in the order given, into the intermediate
/// file (`IntermediateFile`), keeping each one's offset for the
/// cross-reference table that ends the file. Objects are numbered ahead
/// (`allocate`), so that one may refer to another written later.
///
/// The file follows the conventions the tagging step reads (tagged_pdf.cpp):
/// plain objects, a classic cross-reference table and trailer, each page's
/// content stream first among its objects with its length in the object
/// right after it.
final class ObjectWriter {
    private let sink: OpaquePointer
    /// Offsets by object number (0 is the free list's head).
    private var offsets: [Int] = [0]
    private var written = 0
    private let buffer = PDFBytes(capacity: ObjectWriter.flushSize)
    /// Bytes gathered before they go to the sink in one call.
    private static let flushSize = 1 << 16

    init(sink: OpaquePointer) {
        self.sink = sink
        buffer.append("%PDF-1.7\n%\u{00B5}\u{00B6}\n")
    }

    /// The next object's number.
    func allocate() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Object `number` with `body` (a dictionary, an array, a number).
    func object(_ number: Int, _ body: PDFBytes) {
        begin(number)
        buffer.append(body)
        buffer.append("\nendobj\n")
        flushIfFull()
    }

    /// Stream object `number`: `dictionary` holds its entries but /Length.
    func stream(_ number: Int, dictionary: PDFBytes, data: PDFBytes) {
        begin(number)
        buffer.append("<<")
        buffer.append(dictionary)
        buffer.append("/Length ")
        buffer.append(integer: data.count)
        buffer.append(">>\nstream\n")
        flush()
        put(data)
        buffer.append("\nendstream\nendobj\n")
        flushIfFull()
    }

    /// A page's content stream, as the tagging step finds it: its length in object
    /// `number + 1`, which follows it (what the early compression finds).
    func contentStream(_ number: Int, lengthObject: Int, data: PDFBytes) {
        begin(number)
        buffer.append("<</Length ")
        buffer.append(reference: lengthObject)
        buffer.append(">>\nstream\n")
        flush()
        put(data)
        buffer.append("\nendstream\nendobj\n")
        begin(lengthObject)
        buffer.append(integer: data.count)
        buffer.append("\nendobj\n")
        flushIfFull()
    }

    /// Hands everything written so far to the sink (before a page is reported to it).
    func flush() {
        guard buffer.count > 0 else { return }
        put(buffer)
        buffer.removeAll()
    }

    /// The cross-reference table and the trailer; every allocated object must have been written.
    func finish(root: Int, info: Int) throws {
        guard !offsets.dropFirst().contains(where: { $0 < 0 }) else {
            throw TypesettingError.pdfWriting(
                operation: "writing the PDF", reason: "an object was numbered but not written")
        }
        flush()
        let start = written
        buffer.append("xref\n0 ")
        buffer.append(integer: offsets.count)
        buffer.append("\n0000000000 65535 f \n")
        let digits = PDFBytes(capacity: 20)
        for offset in offsets.dropFirst() {
            digits.removeAll()
            digits.append(integer: offset)
            for _ in digits.count..<10 { buffer.append(byte: UInt8(ascii: "0")) }
            buffer.append(digits)
            buffer.append(" 00000 n \n")
            flushIfFull()
        }
        buffer.append("trailer\n<</Size ")
        buffer.append(integer: offsets.count)
        buffer.append("/Root ")
        buffer.append(reference: root)
        buffer.append("/Info ")
        buffer.append(reference: info)
        buffer.append(">>\nstartxref\n")
        buffer.append(integer: start)
        buffer.append("\n%%EOF\n")
        flush()
    }

    private func begin(_ number: Int) {
        precondition(offsets[number] < 0, "object \(number) written twice")
        offsets[number] = written + buffer.count
        buffer.append(integer: number)
        buffer.append(" 0 obj\n")
    }

    private func flushIfFull() { if buffer.count >= Self.flushSize { flush() } }

    private func put(_ data: PDFBytes) {
        data.withBytes { p in
            var at = 0
            while at < p.count {
                let n = min(p.count - at, Int(UInt32.max))
                _ = tp_sink_write(
                    UnsafeMutableRawPointer(sink), p.baseAddress!.assumingMemoryBound(to: UInt8.self) + at, UInt32(n))
                at += n
            }
        }
        written += data.count
    }
}
