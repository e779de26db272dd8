import Corpus
import Foundation
import Typesetting

/// What a composed brief is: blocks to typeset, metadata, and the figures
/// printed after writing it.
public struct ComposedBrief {
    public var blocks: [Block]
    public var metadata: DocumentMetadata
    public var style: BriefStyle
    /// "Issue brief", "Meeting brief", … — fills `{kind}` in headers and footers.
    public var kind: String
    /// The generation date as printed — fills `{generated}`.
    public var generated: String
    public var organizations: Int
    public var documents: Int
}

/// Typesets composed briefs into PDFs. Holds the fonts (loaded once,
/// shared by every brief and thread) and the resources folder.
public final class BriefRenderer: @unchecked Sendable {
    // @unchecked: immutable after init; FontLibrary is Sendable and the
    // font cache below is guarded by its lock.
    public let resources: Resources
    private let lock = NSLock()
    private var libraries: [FontKey: FontLibrary] = [:]
    private struct FontKey: Hashable { var families: [String: String]; var fallbacks: [String] }

    public init(resources: Resources) { self.resources = resources }

    /// The fonts a style names, loaded from `Fonts/` (cached).
    public func fonts(for style: BriefStyle) throws -> FontLibrary {
        lock.lock(); defer { lock.unlock() }
        let key = FontKey(families: style.fontFiles, fallbacks: style.fallbackFonts)
        if let f = libraries[key] { return f }
        let f = try FontLibrary(directory: resources.fonts, families: style.fontFiles, fallbacks: style.fallbackFonts)
        libraries[key] = f
        return f
    }

    /// A layout context for measuring text while composing (labels, columns).
    public func context(for style: BriefStyle) throws -> LayoutContext {
        let context = LayoutContext(fonts: try fonts(for: style))
        context.lineBreaking = style.lineBreaking
        return context
    }

    /// Composes a brief with a template and its style, then writes it: the
    /// one path every command takes. Returns the page count.
    @discardableResult
    public func render(
        _ content: any BriefContent, template: BriefTemplate, style: BriefStyle, to path: String,
        creator: String
    ) throws -> Int {
        try write(try compose(content, template: template, style: style, creator: creator), to: path)
    }

    /// The brief's blocks and metadata, ready to write. Nothing of `content`
    /// (nor the corpus behind it) is needed afterwards: a caller that lets
    /// them go before `write` keeps memory for the layout.
    public func compose(
        _ content: any BriefContent, template: BriefTemplate, style: BriefStyle,
        creator: String
    ) throws -> ComposedBrief {
        try content.compose(template: template, style: style, context: try context(for: style), creator: creator)
    }

    /// Lays out and writes the brief atomically; returns the page count. The
    /// layout takes the blocks over and lets each go once it is set, so the
    /// caller should hand the brief over (`consume`) rather than keep it.
    @discardableResult
    public func write(_ brief: consuming ComposedBrief, to path: String) throws -> Int {
        var docStyle = brief.style.document
        let kind = brief.kind, generated = brief.generated
        func fill(_ f: PageFurniture?) -> PageFurniture? {
            guard var f else { return nil }
            for k in [\PageFurniture.left, \PageFurniture.center, \PageFurniture.right] {
                f[keyPath: k] = f[keyPath: k].replacingOccurrences(of: "{kind}", with: kind)
                    .replacingOccurrences(of: "{generated}", with: generated)
            }
            return f
        }
        docStyle.header = fill(docStyle.header)
        docStyle.footer = fill(docStyle.footer)
        let ctx = try self.context(for: brief.style)
        let metadata = brief.metadata
        let blocks = brief.blocks
        brief.blocks = []
        do {
            let layout = DocumentLayout(context: ctx, style: docStyle)
            if layout.shouldStream(blocks) {
                // Pages go to the file as they are set: memory stays flat however long the brief.
                let writer = try PDFWriter(
                    path: path, metadata: metadata, fonts: ctx.fonts)
                let (pages, outline) = try layout.stream(consume blocks, metadata: metadata) { try writer.add($0) }
                try writer.finish(outline: outline)
                return pages
            }
            let doc = try layout.layout(blocks, metadata: metadata)
            try PDFWriter.write(doc, to: path, fonts: ctx.fonts)
            return doc.pages.count
        } catch let e as TypesettingError {
            if case .outputUnwritable(let p, let reason) = e { throw BriefError.badOutput(path: p, reason: reason) }
            throw BriefError.layout(e)
        }
    }

    /// "21 November 2026", from SOURCE_DATE_EPOCH when set (reproducible output).
    public static func generationDate() -> (date: Date, text: String) {
        let date = DocumentMetadata(title: "").effectiveDate
        let day = CalendarDate(date)
        return (date, PartialDate(year: day.year, month: day.month, day: day.day)?.long ?? String(day.year))
    }
}
