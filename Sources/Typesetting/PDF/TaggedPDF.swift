import CTaggedPDF
import Foundation

/// The step that makes the intermediate PDF (`PDFWriter`'s, flat marks) a
/// tagged PDF/UA-1 file (see `CTaggedPDF`): the structure tree with its
/// attributes, artifacts, the catalog's language, viewer preferences and
/// XMP (docs/engine-notes.md).
enum TaggedPDF {
    /// Throws unless the step's library loads (`CTaggedPDF` loads it when
    /// the first PDF is written): before anything is written.
    static func check() throws {
        if let failure = tp_load() { throw TypesettingError.taggingLibraryMissing(String(cString: failure)) }
    }

    /// How many bytes the final file's cross-reference stream gives each
    /// offset when the largest is `largest` (the step computes it so; here
    /// for tests): 4 below 4 GiB, more past it, never an offset cut short.
    static func crossReferenceOffsetWidth(largest: UInt64) -> Int { Int(tp_xref_offset_width(largest)) }

    /// Reads the intermediate file and writes the tagged file to `output`.
    static func write(
        from intermediate: IntermediateFile, structure: StructureRecorder, metadata m: DocumentMetadata,
        to output: OutputFile, path: String
    ) throws {
        let language = strdup(TextCleaning.nulFree(m.language))!
        defer { free(language) }
        var document = tp_document(language: language)
        var error = [CChar](repeating: 0, count: 512)
        let context = Unmanaged.passUnretained(output).toOpaque()
        let status = tp_finish(
            structure.tree, intermediate.sink, &document, writeToOutput, context, &error, error.count)
        if output.writeError != 0 {
            throw TypesettingError.outputUnwritable(path: path, reason: String(cString: strerror(output.writeError)))
        }
        if status != 0 {
            throw TypesettingError.pdfWriting(
                operation: "tagging the PDF",
                reason: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}

private func writeToOutput(_ context: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: Int) -> Int32 {
    guard let context, let data else { return 0 }
    let output = Unmanaged<OutputFile>.fromOpaque(context).takeUnretainedValue()
    return output.write(UnsafeRawBufferPointer(start: data, count: length)) ? 0 : 1
}

enum TextCleaning {
    /// C strings end at NUL: drop any from text handed to C.
    /// (A byte scan: Foundation's substring search costs more than the rest
    /// of describing a link.)
    static func nulFree(_ s: String) -> String { s.utf8.contains(0) ? s.replacingOccurrences(of: "\0", with: "") : s }

    /// `s` without white space at either end.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
