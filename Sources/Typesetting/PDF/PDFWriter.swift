import CCairo
import Foundation

/// Writes pages to a tagged PDF (PDF/UA-1), page by page, with the
/// outline, named destinations, links and metadata.
///
/// Each page's content stream is drawn by the painter (`ContentStream`),
/// compressed on a thread of its own meanwhile (`ContentCompressor`) and
/// written with its page object; the structure tree is recorded as pages
/// are painted (`StructureRecorder`). `finish` then writes the fonts
/// (`FontSubset`), the page tree, outline, destinations, information
/// dictionary and XMP metadata, the link annotations and the structure
/// tree (`StructureElements`), the catalog and the cross-reference stream
/// (`ObjectWriter`). The file goes through `OutputFile`: checked writes,
/// fsync, and a rename only of a complete file, so a failure never leaves a
/// partial PDF behind. With the same input and `SOURCE_DATE_EPOCH` the
/// bytes are identical: both dates are set explicitly, nothing is written
/// in a hash table's order, and the /ID is computed from the content.
public final class PDFWriter {
    public let path: String
    private let output: OutputFile
    private let metadata: DocumentMetadata
    private let objects: ObjectWriter
    private let fonts: PDFFonts
    private let content: ContentStream
    private let painter: Painter<ContentStream>
    private let recorder: StructureRecorder
    private let compressor: ContentCompressor
    private let pageTree: Int
    private var pageObjects: [Int] = []
    /// The link annotations' object numbers, by page and index on the page.
    private var annotationObjects: [[Int]] = []
    private var destinations = NamedDestinations()
    private var finished = false
    /// A page failed to paint: the structure tree no longer matches the
    /// pages, so nothing more is written.
    private var failed = false
    public private(set) var pageCount = 0

    public convenience init(path: String, metadata: DocumentMetadata, fonts: FontLibrary) throws {
        try self.init(path: path, metadata: metadata, fonts: fonts, compressesAhead: true)
    }

    /// `compressesAhead`: page contents compressed on a thread of their own
    /// (false: by the painter, after each page; tests compare the two).
    init(path: String, metadata: DocumentMetadata, fonts: FontLibrary, compressesAhead: Bool) throws {
        self.path = path
        self.metadata = metadata
        output = try OutputFile(path: path)
        do { objects = try ObjectWriter(output: output) } catch {
            output.discard()
            throw error
        }
        pageTree = objects.allocate()
        self.fonts = PDFFonts(writer: objects)
        content = ContentStream(fonts: self.fonts)
        recorder = StructureRecorder(documentLanguage: metadata.language)
        painter = Painter(canvas: content, fonts: fonts, recorder: recorder)
        compressor = ContentCompressor(deflate: objects.deflate, inBackground: compressesAhead)
    }

    deinit {
        compressor.stop()
        if !finished { output.discard() }
    }

    /// Paints one page; call in page order.
    public func add(_ page: Page) throws {
        precondition(!finished, "page added after finish")
        try checkNotFailed()
        content.beginPage(height: page.size.height)
        do { try painter.paint(page) } catch {
            failed = true
            throw error
        }
        content.finishPage()
        let contents = objects.allocate(), pageObject = objects.allocate()
        let data = PDFBytes(capacity: content.bytes.count)
        data.append(content.bytes)
        compressor.submit(object: contents, data: data)
        let links = (0..<recorder.linksOnPage).map { _ in objects.allocate() }
        annotationObjects.append(links)
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
        // The key of the page's entry in the parent tree, which only a page with marks has.
        if recorder.marksOnPage > 0 {
            d.append("/StructParents ")
            d.append(integer: pageCount)
        }
        if !links.isEmpty {
            // Annotations in tab order by structure (PDF/UA-1, 7.18.3).
            d.append("/Tabs/S/Annots[")
            for (i, link) in links.enumerated() {
                if i > 0 { d.append(" ") }
                d.append(reference: link)
            }
            d.append("]")
        }
        d.append(">>")
        objects.object(pageObject, d)
        writeContents(compressor.take(before: pageCount - ContentCompressor.lag))
        for dest in content.destinations { destinations.add(dest.name, page: pageObject, x: dest.x, y: dest.y) }
        pageObjects.append(pageObject)
        pageCount += 1
        try checkOutput()
    }

    /// Writes the fonts, outline, destinations, metadata, structure tree and
    /// catalog, and moves the file into place.
    public func finish(outline: [OutlineEntry]) throws {
        precondition(!finished, "finished twice")
        finished = true
        do {
            try checkNotFailed()
            compressor.allSubmitted()
            try writeDocumentObjects(outline: outline)
            objects.flush()
            try checkOutput()
        } catch {
            compressor.stop()
            output.discard()
            throw error
        }
        try output.commit()
    }

    private func writeContents(_ ready: [(object: Int, data: PDFBytes)]) {
        for c in ready { objects.compressedStream(c.object, dictionary: PDFBytes(), data: c.data) }
    }

    private func checkNotFailed() throws {
        if failed {
            throw TypesettingError.pdfWriting(operation: "writing the PDF", reason: "a page before failed to paint")
        }
    }

    private func checkOutput() throws {
        if output.writeError != 0 {
            throw TypesettingError.outputUnwritable(path: path, reason: String(cString: strerror(output.writeError)))
        }
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

        let catalog = objects.allocate(), info = objects.allocate(), xmp = objects.allocate()
        let c = PDFBytes()
        c.append("<</Type/Catalog/Version/1.7/Pages ")
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
        objects.object(info, InfoDictionary.bytes(metadata))
        // Left uncompressed, as XMP is meant to be readable by tools that know no PDF.
        let x = PDFBytes()
        x.append("/Type/Metadata/Subtype/XML")
        objects.stream(xmp, dictionary: x, data: XMPMetadata.bytes(metadata), compress: false)

        let links = recorder.finishAnnotations()  // before the tree is read: it adds their kids
        let structure = StructureElements(
            tree: recorder.tree, pages: pageObjects, annotationObjects: annotationObjects, links: links)
        let root = try structure.write(to: objects)
        writeContents(compressor.take(before: pageCount))
        compressor.stop()
        c.append("/StructTreeRoot ")
        c.append(reference: root)
        c.append("/MarkInfo<</Marked true>>/Lang")
        c.append(textString: metadata.language)
        c.append("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ")
        c.append(reference: xmp)
        c.append(">>")
        objects.object(catalog, c)
        try objects.finish(root: catalog, info: info)
    }

    /// Writes a laid-out document in one call.
    public static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary) throws {
        try write(doc, to: path, fonts: fonts, compressesAhead: true)
    }

    @discardableResult
    static func write(_ doc: LaidOutDocument, to path: String, fonts: FontLibrary, compressesAhead: Bool)
        throws -> PDFWriter
    {
        let writer = try PDFWriter(path: path, metadata: doc.metadata, fonts: fonts, compressesAhead: compressesAhead)
        for page in doc.pages { try writer.add(page) }
        try writer.finish(outline: doc.outline)
        return writer
    }
}

/// Renders pages to PNG files, for previews and tests.
public enum PNGRenderer {
    /// Writes `page` at `dpi` to `path`.
    public static func render(_ page: Page, fonts: FontLibrary, dpi: Double = 72, to path: String) throws {
        if let failure = brief_cairo_load() {
            throw TypesettingError.cairo(operation: "loading libcairo", status: String(cString: failure))
        }
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
