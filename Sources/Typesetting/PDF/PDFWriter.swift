import CCairo
import CTaggedPDF
import Foundation

/// Writes pages to a tagged PDF (PDF/UA-1) through cairo, page by page,
/// with the outline, named destinations, links and metadata.
///
/// Two stages: cairo paints into an anonymous temporary file (structure as
/// flat marks, decoration in one mark first on each page), and `finish` has
/// `TaggedPDF` write the final file from it, with what cairo cannot write
/// — structure tree, artifacts, language, XMP — through `OutputFile`: checked writes, fsync, and a
/// rename only of a complete file, so a failure never leaves a partial PDF
/// behind. With the same input and `SOURCE_DATE_EPOCH` the bytes are
/// identical: both dates are set explicitly and the /ID is computed from
/// the content.
public final class PDFWriter {
    public let path: String
    private let output: OutputFile
    private let intermediate: IntermediateFile
    private let metadata: DocumentMetadata
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let painter: Painter
    private let recorder: StructureRecorder
    private var finished = false
    private var currentSize: Size
    /// Where page contents are compressed; tests compare the three.
    enum ContentCompression: Int32 {
        /// All by the tagging step, once cairo has finished.
        case byTheTaggingStep = 0
        /// Ahead: in the cores' idle time while pages are painted, and on a
        /// second core while cairo finishes its file. The tagging step does
        /// the pages no thread has begun.
        case ahead = 1
        /// Ahead, every page: the tagging step waits for each.
        case aheadOnly = 2
    }
    /// Set before the first page.
    var contentCompression = ContentCompression.ahead
    /// How many page contents the tagging step took compressed ahead.
    var contentsCompressedAhead: Int { Int(tp_sink_compressed_ahead(intermediate.sink)) }
    public private(set) var pageCount = 0

    /// Starts loading what writing a PDF needs besides cairo (the tagging
    /// step's shared library, with libqpdf and GnuTLS) on a thread of its
    /// own and returns at once: a command that will write a PDF calls this
    /// first and does its other work meanwhile. The first writer waits for
    /// that load and reports a missing library as it would have anyway.
    public static func loadInBackground() { tp_load_in_background() }

    public init(path: String, metadata: DocumentMetadata, fonts: FontLibrary, firstPageSize: Size) throws {
        self.path = path
        self.metadata = metadata
        self.currentSize = firstPageSize
        try TaggedPDF.check()
        output = try OutputFile(path: path)
        do { intermediate = try IntermediateFile() } catch { output.discard(); throw error }
        // cairo writes through a C callback into the temporary file; see IntermediateFile.
        let write = unsafeBitCast(
            tp_sink_write as @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, UInt32) -> Int32,
            to: cairo_write_func_t.self)
        guard
            let s = cairo_pdf_surface_create_for_stream(
                write, UnsafeMutableRawPointer(intermediate.sink),
                firstPageSize.width, firstPageSize.height)
        else {
            output.discard()
            throw TypesettingError.outputUnwritable(path: path, reason: "cairo could not create the surface")
        }
        let status = cairo_surface_status(s)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(s)
            output.discard()
            throw TypesettingError.outputUnwritable(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
        surface = s
        cr = cairo_create(s)
        recorder = StructureRecorder(documentLanguage: metadata.language)
        painter = Painter(cr: cr, fonts: fonts, cairoFonts: try CairoFonts.forCurrentThread(), recorder: recorder)
        setMetadata(metadata)
    }

    deinit {
        cairo_destroy(cr)
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
        if !finished { output.discard() }
    }

    private func setMetadata(_ m: DocumentMetadata) {
        // cairo refuses noncharacters in every string it is given (`Noncharacters`).
        let clean = Noncharacters.replaced
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, clean(m.title))
        if !m.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, clean(m.author)) }
        if !m.subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, clean(m.subject)) }
        if !m.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(
                surface, CAIRO_PDF_METADATA_KEYWORDS, clean(m.keywords.joined(separator: ", ")))
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, clean(m.creator))
        let date = CalendarDate(m.effectiveDate).iso8601
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Paints one page; call in page order.
    public func add(_ page: Page) throws {
        precondition(!finished, "page added after finish")
        // Only on a change: calling cairo_pdf_surface_set_size for the first page
        // drops the structure tree in cairo 1.16 and leaves dangling references.
        if page.size != currentSize {
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            currentSize = page.size
        }
        try painter.paint(page)
        cairo_show_page(cr)
        tp_sink_page(intermediate.sink, recorder.tree, contentCompression.rawValue)
        pageCount += 1
        try check("drawing page \(page.number)")
        if intermediate.writeError != 0 {
            throw TypesettingError.outputUnwritable(
                path: path, reason: "temporary file: " + String(cString: strerror(intermediate.writeError)))
        }
    }

    /// Adds the outline, has the tagging step write the file, and moves it into place.
    public func finish(outline: [OutlineEntry]) throws {
        var parents: [Int32] = [0]  // CAIRO_PDF_OUTLINE_ROOT; parents[level - 1] is the parent of a heading at `level`
        for entry in outline {
            guard let dest = TagAttributes.destinationReference(entry.anchor) else { continue }
            let level = max(1, min(entry.level, parents.count))
            let flags = cairo_pdf_outline_flags_t(rawValue: level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue : 0)
            let id = cairo_pdf_surface_add_outline(
                surface, parents[level - 1], Noncharacters.replaced(entry.title), dest, flags)
            parents = Array(parents.prefix(level)) + [id]
        }
        tp_sink_pages_done(intermediate.sink)
        cairo_surface_finish(surface)
        finished = true
        do {
            try check("finishing the PDF")
            if intermediate.writeError != 0 {
                throw TypesettingError.outputUnwritable(
                    path: path, reason: "temporary file: " + String(cString: strerror(intermediate.writeError)))
            }
            recorder.finishAnnotations()
            try TaggedPDF.write(from: intermediate, structure: recorder, metadata: metadata, to: output, path: path)
        } catch {
            output.discard()
            throw error
        }
        try output.commit()
    }

    private func check(_ operation: String) throws {
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS {
            throw TypesettingError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
        let s2 = cairo_status(cr)
        if s2 != CAIRO_STATUS_SUCCESS {
            throw TypesettingError.cairo(operation: operation, status: String(cString: cairo_status_to_string(s2)))
        }
    }

    /// Writes a laid-out document in one call.
    public static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary) throws {
        try write(doc, to: path, fonts: fonts, compression: .ahead)
    }

    @discardableResult
    static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary, compression: ContentCompression)
        throws -> PDFWriter
    {
        let writer = try PDFWriter(
            path: path, metadata: doc.metadata, fonts: fonts,
            firstPageSize: doc.pages.first?.size ?? PaperSize.letter.size)
        writer.contentCompression = compression
        for page in doc.pages { try writer.add(page) }
        try writer.finish(outline: doc.outline)
        return writer
    }
}

/// Renders pages to PNG files, for previews and tests.
public enum PNGRenderer {
    /// Writes `page` at `dpi` to `path`.
    public static func render(_ page: Page, fonts: FontLibrary, dpi: Double = 72, to path: String) throws {
        let scale = dpi / 72
        let w = Int32((page.size.width * scale).rounded(.up)), h = Int32((page.size.height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else {
            throw TypesettingError.cairo(operation: "cairo_image_surface_create", status: "failed")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        try Painter(cr: cr, fonts: fonts, cairoFonts: try CairoFonts.forCurrentThread(), recorder: nil).paint(page)
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw TypesettingError.outputUnwritable(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
