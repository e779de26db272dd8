/// Writes a PDF's numbered objects, in the order given, to its output file,
/// keeping where each one went for the cross-reference stream that ends the
/// file. Objects are numbered ahead (`allocate`), so that one may refer to
/// another written later; some are packed into compressed object streams
/// (the structure tree's elements). The file's /ID is a hash of everything
/// written: the same file, the same /ID.
final class ObjectWriter {
    private let output: OutputFile
    /// Where each object is, by number (0 is the free list's head).
    private var rows: [Row] = [.free]
    private var written = 0
    private let buffer = PDFBytes(capacity: ObjectWriter.flushSize)
    /// Bytes gathered before they go to the output in one call.
    private static let flushSize = 1 << 16
    /// Compresses streams written on the writer's thread.
    let deflate: Deflate
    /// Two running hashes over everything written, 8-byte words at a time as
    /// the buffer is flushed (FNV-1a, and a multiply-add of its own): the
    /// /ID. They depend on where flushes fall too, which the same input
    /// puts in the same places.
    private var hash = (UInt64(1_469_598_103_934_665_603), UInt64(0x9E37_79B9_7F4A_7C15))

    private enum Row {
        case free
        /// Numbered, not yet written.
        case pending
        case inFile(offset: Int)
        case inStream(stream: Int, index: Int)
    }

    init(output: OutputFile) throws {
        guard let deflate = Deflate() else {
            throw TypesettingError.pdfWriting(operation: "writing the PDF", reason: "no memory for a compressor")
        }
        self.output = output
        self.deflate = deflate
        // The comment's bytes above 127 tell transfer programs the file is binary.
        buffer.append("%PDF-1.7\n%")
        for b: UInt8 in [0xE2, 0xE3, 0xCF, 0xD3] { buffer.append(byte: b) }
        buffer.append("\n")
    }

    /// The next object's number.
    func allocate() -> Int {
        rows.append(.pending)
        return rows.count - 1
    }

    /// Object `number` with `body` (a dictionary, an array, a number).
    func object(_ number: Int, _ body: PDFBytes) {
        begin(number)
        buffer.append(body)
        buffer.append("\nendobj\n")
        flushIfFull()
    }

    /// Stream object `number`; `dictionary` holds its entries but /Filter
    /// and /Length. The data is compressed unless `compress` is false.
    func stream(_ number: Int, dictionary: PDFBytes, data: PDFBytes, compress: Bool = true) {
        if compress {
            compressedStream(number, dictionary: dictionary, data: deflate.compressed(data))
        } else {
            writeStream(number, dictionary: dictionary, filter: false, data: data)
        }
    }

    /// Stream object `number` whose data is already compressed (/FlateDecode).
    func compressedStream(_ number: Int, dictionary: PDFBytes, data: PDFBytes) {
        writeStream(number, dictionary: dictionary, filter: true, data: data)
    }

    /// Object stream `number` (/Type /ObjStm) holding `packed`'s members.
    func objectStream(_ number: Int, _ packed: PackedObjects) {
        precondition(packed.members.count <= 1 << 16, "an object stream's index must fit the table's two bytes")
        let d = PDFBytes()
        d.append("/Type/ObjStm/N ")
        d.append(integer: packed.members.count)
        d.append("/First ")
        d.append(integer: packed.first)
        compressedStream(number, dictionary: d, data: packed.data)
        for (i, m) in packed.members.enumerated() {
            precondition(isPending(m), "object \(m) written twice")
            rows[m] = .inStream(stream: number, index: i)
        }
    }

    /// Object stream `number` holding `objects` (number and body).
    func objectStream(_ number: Int, objects: [(number: Int, body: PDFBytes)]) {
        objectStream(
            number,
            PackedObjects(members: objects.map(\.number), deflate: deflate) { i, out in
                out.append(objects[i].body)
            })
    }

    /// The cross-reference stream, with the trailer's entries, and the
    /// file's end; every numbered object must have been written.
    func finish(root: Int, info: Int) throws {
        guard !rows.contains(where: { if case .pending = $0 { true } else { false } }) else {
            throw TypesettingError.pdfWriting(
                operation: "writing the PDF", reason: "an object was numbered but not written")
        }
        let me = allocate()
        let start = written + buffer.count
        rows[me] = .inFile(offset: start)
        var largest = 0
        for row in rows {
            switch row {
            case .inFile(let offset): largest = max(largest, offset)
            case .inStream(let stream, _): largest = max(largest, stream)
            case .free, .pending: break
            }
        }
        let width = Self.offsetWidth(largest: UInt64(largest))
        let table = PDFBytes(capacity: rows.count * (3 + width))
        func row(_ type: UInt8, _ field2: Int, _ field3: Int) {
            table.append(byte: type)
            for shift in stride(from: 8 * (width - 1), through: 0, by: -8) {
                table.append(byte: UInt8(truncatingIfNeeded: UInt64(field2) >> UInt64(shift)))
            }
            table.append(byte: UInt8(truncatingIfNeeded: field3 >> 8))
            table.append(byte: UInt8(truncatingIfNeeded: field3))
        }
        for (n, r) in rows.enumerated() {
            switch r {
            case .inFile(let offset): row(1, offset, 0)
            case .inStream(let stream, let index): row(2, stream, index)
            case .free, .pending: row(0, 0, n == 0 ? 65535 : 1)
            }
        }
        let data = deflate.compressed(table)
        flush()
        let id = PDFBytes(capacity: 40)
        id.append(byte: UInt8(ascii: "<"))
        for word in [hash.0, hash.1] {
            for shift in stride(from: 60, through: 0, by: -4) {
                id.append(hexDigit: UInt8((word >> UInt64(shift)) & 0xF))
            }
        }
        id.append(byte: UInt8(ascii: ">"))
        buffer.append(integer: me)
        buffer.append(" 0 obj\n<</Type/XRef/Size ")
        buffer.append(integer: rows.count)
        buffer.append("/W[1 ")
        buffer.append(integer: width)
        buffer.append(" 2]/Root ")
        buffer.append(reference: root)
        buffer.append("/Info ")
        buffer.append(reference: info)
        buffer.append("/ID[")
        buffer.append(id)
        buffer.append(id)
        buffer.append("]/Filter/FlateDecode/Length ")
        buffer.append(integer: data.count)
        buffer.append(">>\nstream\n")
        buffer.append(data)
        buffer.append("\nendstream\nendobj\nstartxref\n")
        buffer.append(integer: start)
        buffer.append("\n%%EOF\n")
        flush()
    }

    /// How many bytes the cross-reference stream gives its second field
    /// (/W [1 w 2]) when the largest offset or object stream number it holds
    /// is `largest`: 4 below 4 GiB, more past it (at most 8), so that no
    /// offset is cut short.
    static func offsetWidth(largest: UInt64) -> Int {
        var width = 1
        while width < 8 && (largest >> UInt64(8 * width)) != 0 { width += 1 }
        return max(width, minimumOffsetWidth)
    }

    /// Four bytes hold every offset below 4 GiB: the field is never narrower.
    static let minimumOffsetWidth = 4

    /// Hands everything written so far to the output file.
    func flush() {
        guard buffer.count > 0 else { return }
        buffer.withBytes { bytes in
            hashIn(bytes)
            _ = output.write(bytes)
        }
        written += buffer.count
        buffer.removeAll()
    }

    private func writeStream(_ number: Int, dictionary: PDFBytes, filter: Bool, data: PDFBytes) {
        begin(number)
        buffer.append("<<")
        buffer.append(dictionary)
        if filter { buffer.append("/Filter/FlateDecode") }
        buffer.append("/Length ")
        buffer.append(integer: data.count)
        buffer.append(">>\nstream\n")
        if data.count >= Self.flushSize {
            flush()
            data.withBytes { bytes in
                hashIn(bytes)
                _ = output.write(bytes)
            }
            written += data.count
        } else {
            buffer.append(data)
        }
        buffer.append("\nendstream\nendobj\n")
        flushIfFull()
    }

    private func isPending(_ number: Int) -> Bool {
        if case .pending = rows[number] { return true }
        return false
    }

    private func begin(_ number: Int) {
        precondition(isPending(number), "object \(number) written twice")
        rows[number] = .inFile(offset: written + buffer.count)
        buffer.append(integer: number)
        buffer.append(" 0 obj\n")
    }

    private func flushIfFull() { if buffer.count >= Self.flushSize { flush() } }

    private func hashIn(_ bytes: UnsafeRawBufferPointer) {
        var (h1, h2) = hash
        var i = 0
        while i + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h1 = (h1 ^ word) &* 1_099_511_628_211
            h2 = (h2 ^ word) &* 6_700_417 &+ 1
            i += 8
        }
        while i < bytes.count {
            let c = UInt64(bytes[i])
            h1 = (h1 ^ c) &* 1_099_511_628_211
            h2 = (h2 ^ c) &* 6_700_417 &+ 1
            i += 1
        }
        hash = (h1, h2)
    }
}

/// The contents of an object stream, composed and compressed (on any
/// thread, with that thread's compressor): the members' numbers and offsets
/// (`first` bytes), then their texts, one a line.
struct PackedObjects {
    let members: [Int]
    let first: Int
    let data: PDFBytes

    /// `write(i, out)` appends the text of `members[i]` to `out`.
    init(members: [Int], deflate: Deflate, write: (Int, PDFBytes) -> Void) {
        let head = PDFBytes(capacity: 16 * members.count), body = PDFBytes(capacity: 160 * members.count)
        for (i, m) in members.enumerated() {
            head.append(integer: m)
            head.append(" ")
            head.append(integer: body.count)
            head.append(" ")
            write(i, body)
            body.append(byte: UInt8(ascii: "\n"))
        }
        self.members = members
        first = head.count
        head.append(body)
        data = deflate.compressed(head)
    }
}
