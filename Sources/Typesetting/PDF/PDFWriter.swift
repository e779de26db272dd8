import CCairo
import CTaggedPDF
import Foundation

/// Writes pages to a tagged PDF (PDF/UA-1), page by page, with the
/// outline, named destinations, links and metadata.
///
/// Two stages: the pages' content streams (`ContentStream`, drawn by the
/// painter), their fonts (`FontSubset`), outline, destinations and
/// information dictionary go into an intermediate PDF in an anonymous
/// temporary file (`ObjectWriter`; structure as flat marks, decoration in
/// one mark first on each page), and `finish` has `TaggedPDF` write the
/// final file from it, with the structure tree, artifacts, language and
/// XMP, through `OutputFile`: checked writes, fsync, and a rename only of a
/// complete file, so a failure never leaves a partial PDF behind. With the
/// same input and `SOURCE_DATE_EPOCH` the bytes are identical: both dates
/// are set explicitly, nothing is written in a hash table's order, and the
/// /ID is computed from the content.
public final class PDFWriter {
    public let path: String
    private let output: OutputFile
    private let intermediate: IntermediateFile
    private let metadata: DocumentMetadata
    private let objects: ObjectWriter
    private let fonts: PDFFonts
    private let content: ContentStream
    private let painter: Painter<ContentStream>
    private let recorder: StructureRecorder
    private let pageTree: Int
    private var pageObjects: [Int] = []
    private var destinations = NamedDestinations()
    private var finished = false
    /// Where page contents are compressed; tests compare the three.
    enum ContentCompression: Int32 {
        /// All by the tagging step, once the pages are written.
        case byTheTaggingStep = 0
        /// Ahead: in the cores' idle time while pages are painted, and on a
        /// second core while the rest of the file is written. The tagging step does
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

    /// Starts loading what writing a PDF needs (the tagging step's shared
    /// library, with libqpdf and GnuTLS) on a thread of its own and returns
    /// at once: a command that will write a PDF calls this first and does
    /// its other work meanwhile. The first writer waits for that load and
    /// reports a missing library as it would have anyway.
    public static func loadInBackground() { tp_load_in_background() }

    public init(path: String, metadata: DocumentMetadata, fonts: FontLibrary) throws {
        self.path = path
        self.metadata = metadata
        try TaggedPDF.check()
        output = try OutputFile(path: path)
        do { intermediate = try IntermediateFile() } catch { output.discard(); throw error }
        objects = ObjectWriter(sink: intermediate.sink)
        pageTree = objects.allocate()
        self.fonts = PDFFonts(writer: objects)
        content = ContentStream(fonts: self.fonts)
        recorder = StructureRecorder(documentLanguage: metadata.language)
        painter = Painter(canvas: content, fonts: fonts, recorder: recorder)
    }

    deinit {
        if !finished { output.discard() }
    }

    /// Paints one page; call in page order.
    public func add(_ page: Page) throws {
        precondition(!finished, "page added after finish")
        content.beginPage(height: page.size.height)
        try painter.paint(page)
        content.finishPage()
        let contents = objects.allocate(), length = objects.allocate(), pageObject = objects.allocate()
        objects.contentStream(contents, lengthObject: length, data: content.bytes)
        let d = PDFBytes()
        d.append("<</Type/Page/Parent ")
        d.append(reference: pageTree)
        d.append("/MediaBox[0 0 ")
        d.append(number: page.size.width)
        d.append(" ")
        d.append(number: page.size.height)
        d.append("]/Contents ")
        d.append(reference: contents)
        d.append("/Resources ")
        d.append(reference: fonts.resources)
        d.append("/StructParents ")
        d.append(integer: pageCount)
        d.append(">>")
        objects.object(pageObject, d)
        objects.flush()
        for dest in content.destinations { destinations.add(dest.name, page: pageObject, x: dest.x, y: dest.y) }
        pageObjects.append(pageObject)
        tp_sink_page(intermediate.sink, recorder.tree, contentCompression.rawValue)
        pageCount += 1
        if intermediate.writeError != 0 {
            throw TypesettingError.outputUnwritable(
                path: path, reason: "temporary file: " + String(cString: strerror(intermediate.writeError)))
        }
    }

    /// Writes the fonts, outline, destinations and catalog, has the tagging
    /// step write the file, and moves it into place.
    public func finish(outline: [OutlineEntry]) throws {
        precondition(!finished, "finished twice")
        finished = true
        do {
            objects.flush()
            tp_sink_pages_done(intermediate.sink)
            try writeDocumentObjects(outline: outline)
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

    private func writeDocumentObjects(outline entries: [OutlineEntry]) throws {
        try fonts.write()
        let tree = PDFBytes()
        tree.append("<</Type/Pages/Kids[")
        for (i, p) in pageObjects.enumerated() {
            if i > 0 { tree.append(" ") }
            tree.append(reference: p)
        }
        tree.append("]/Count ")
        tree.append(integer: pageObjects.count)
        tree.append(">>")
        objects.object(pageTree, tree)

        let catalog = objects.allocate(), info = objects.allocate()
        let c = PDFBytes()
        c.append("<</Type/Catalog/Pages ")
        c.append(reference: pageTree)
        let outline = DocumentOutline(entries)
        if !outline.isEmpty {
            let root = objects.allocate()
            outline.write(root: root, to: objects)
            c.append("/Outlines ")
            c.append(reference: root)
        }
        if !destinations.isEmpty {
            let names = objects.allocate()
            destinations.write(names, to: objects)
            c.append("/Names<</Dests ")
            c.append(reference: names)
            c.append(">>")
        }
        c.append(">>")
        objects.object(catalog, c)
        objects.object(info, InfoDictionary.bytes(metadata))
        try objects.finish(root: catalog, info: info)
    }

    /// Writes a laid-out document in one call.
    public static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary) throws {
        try write(doc, to: path, fonts: fonts, compression: .ahead)
    }

    @discardableResult
    static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary, compression: ContentCompression)
        throws -> PDFWriter
    {
        let writer = try PDFWriter(path: path, metadata: doc.metadata, fonts: fonts)
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
        let canvas = CairoCanvas(cr: cr, cairoFonts: try CairoFonts.forCurrentThread())
        try Painter(canvas: canvas, fonts: fonts, recorder: nil).paint(page)
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw TypesettingError.outputUnwritable(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
