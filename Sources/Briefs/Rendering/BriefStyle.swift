import Corpus
import Foundation
import Typesetting
import Yams

/// The look of a brief, read from a template's `style.yaml`: the engine's
/// `DocumentStyle` plus the styles the brief's own blocks use (title block,
/// tables, figures, quotes). Changing the look never needs Swift.
public struct BriefStyle: Sendable {
    /// The named colours of `colors:` in style.yaml.
    public struct Palette: Sendable {
        public var text, accent, muted, rule, shade, stripe, link: Color
    }
    public var document: DocumentStyle
    public var fontFiles: [String: String]
    /// Font files tried for characters the families lack (Arabic, Hebrew, symbols).
    public var fallbackFonts: [String] = []
    /// BCP 47 language of the briefs' own words (`language:`): the PDF's
    /// /Lang and the hyphenation of text not marked otherwise.
    public var language: String = "en-US"
    /// The line breaker's parameters (`line-breaking:`).
    public var lineBreaking = LineBreakingParameters()
    public var palette: Palette
    public var body: TextStyle
    public var paragraph: ParagraphStyle
    /// Sans text for tables and figures.
    public var small: TextStyle
    public var kicker: TextStyle
    public var title: TextStyle
    public var subtitle: TextStyle
    public var quote: TextStyle
    public var attribution: TextStyle
    /// The matrices' column heads (`table-head:`), the timeline's key and
    /// caption, the line under a digest entry, an entry of the sources.
    public var tableHead: TextStyle
    public var figureKey: TextStyle
    public var figureCaption: TextStyle
    public var documentLine: TextStyle
    public var sourceEntry: TextStyle
    /// Space after a body paragraph in particular places (`body-spacing:`).
    public var bodySpacing: BodySpacing
    /// The rule closing the title block (`title.rule`): space above it and its weight.
    public var titleRule: (spaceBefore: Double, weight: Double, color: Color)
    /// The briefs' own tables (`tables:`) and paragraphs (`paragraphs:`).
    public var tables: BriefTables
    public var paragraphs: BriefParagraphs

    public var link: TextStyle { body.with { $0.color = palette.link } }

    /// This style with a document's language (`language:` in its front
    /// matter) on the text styles its words are set in; unchanged for nil.
    func inLanguage(_ language: String?) -> BriefStyle {
        guard let language else { return self }
        var s = self
        for path in [\BriefStyle.body, \.quote, \.small] { s[keyPath: path].language = language }
        return s
    }

    /// Reads a style file; every malformed value is an error naming its line.
    /// `kind` names a section of the file (`meeting-brief`, `annual-summary`)
    /// whose `header` and `footer` replace the general ones for that kind.
    ///
    /// Defaults live in the shipped `Templates/style.yaml` only: a style file
    /// elsewhere is read over it, key by key, so it need only say what it
    /// changes. Swift holds no style values of its own.
    public static func load(path: String, pageSize override: PaperSize? = nil, kind: String? = nil) throws -> BriefStyle
    {
        var root = try compose(path)
        if let resources = try? Resources.locate() {
            let shipped = (resources.templates as NSString).appendingPathComponent("style.yaml")
            if (shipped as NSString).standardizingPath != (path as NSString).standardizingPath,
                FileManager.default.fileExists(atPath: shipped)
            {
                root = StyleMerge.merge(base: try compose(shipped), over: root)
            }
        }
        return try StyleReader(path: path, root: root, kind: kind).style(pageSize: override)
    }

    private static func compose(_ path: String) throws -> Node {
        let data: Data
        switch FileReading.contents(of: path) {
        case .success(let d): data = d
        case .failure(let problem):
            throw BriefError.styleInvalid(path: path, line: 1, reason: "cannot read it: \(problem.reason)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw BriefError.styleInvalid(path: path, line: 1, reason: "not UTF-8 text: save it as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark, as Windows editors write
        do { return try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node.mapping(Node.Mapping([])) } catch {
            throw BriefError.styleInvalid(path: path, line: 1, reason: "malformed YAML: \(error)")
        }
    }
}

/// A style file read over the shipped one: mappings merge key by key,
/// lists item by item; any other value replaces the default.
enum StyleMerge {
    static func merge(base: Node, over: Node) -> Node {
        switch (base, over) {
        case (.mapping(let b), .mapping(let o)):
            var pairs: [(Node, Node)] = []
            for (k, v) in b { pairs.append((k, o[k].map { merge(base: v, over: $0) } ?? v)) }
            for (k, v) in o where b[k] == nil { pairs.append((k, v)) }
            return .mapping(Node.Mapping(pairs, o.tag, o.style, o.mark))
        case (.sequence(let b), .sequence(let o)):
            let items =
                o.enumerated().map { i, v in i < b.count ? merge(base: b[i], over: v) : v }
                + (o.count < b.count ? Array(b.dropFirst(o.count)) : [])
            return .sequence(Node.Sequence(items, o.tag, o.style, o.mark))
        default:
            return over
        }
    }
}

/// The bounds of a style's measures: values outside them give no usable
/// page (a column too narrow for a word, a size larger than the column).
enum StyleLimits {
    /// The narrowest text column: a table of a few columns and a 12 pt line
    /// of several words still fit (two inches).
    static let narrowestMeasure = 144.0
    /// The shortest text area: a heading kept with a few lines of text (two inches).
    static let shortestTextArea = 144.0
    /// Font sizes: from the smallest legible print to a display size that
    /// still fits a word in the narrowest column.
    static let fontSizes = 4.0...72.0
    /// Leading, as a multiple of the font size.
    static let leading = 0.8...4.0
    /// Space before or after a block, and the header's offset: up to a third
    /// of the shortest text area.
    static let spacing = 0.0...48.0
    /// Padding inside a table cell: up to a third of the narrowest column of text.
    static let cellPadding = 0.0...24.0
    /// Rule weights: none (0) to a heavy rule (three points).
    static let ruleWeight = 0.0...3.0

    static func format(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
}

/// Turns the composed style YAML into a `BriefStyle`. Every value comes
/// from the file (merged over the shipped style); a missing one is an error.
private struct StyleReader {
    let path: String
    let root: Node
    let kind: String?

    func fail(_ node: Node?, _ reason: String) -> BriefError {
        .styleInvalid(path: path, line: node?.mark?.line ?? 1, reason: reason)
    }
    /// The value under `key` of a mapping, its key compared as text: Yams's
    /// own `mapping[key]` builds a node of the key and resolves both tags
    /// with regular expressions for every key it passes, a large part of a
    /// small brief's time (docs/benchmarks.md).
    func map(_ node: Node?, _ key: String) -> Node? {
        node?.mapping?.first { $0.key.scalar?.string == key }?.value
    }
    func missing(_ node: Node?, _ key: String) -> BriefError {
        fail(node, "'\(key)' is missing; Templates/style.yaml shows every key a style needs")
    }
    func number(_ node: Node?, _ key: String) throws -> Double {
        guard let v = map(node, key) else { throw missing(node, key) }
        guard let d = v.scalar.flatMap({ Double($0.string) }) else { throw fail(v, "'\(key)' must be a number") }
        return d
    }
    /// A number that must lie in `range`; outside it, an error naming the
    /// line, the value, the range and why it holds.
    func number(_ node: Node?, _ key: String, in range: ClosedRange<Double>, _ why: String) throws -> Double {
        let d = try number(node, key)
        guard range.contains(d) else {
            throw fail(
                map(node, key),
                "'\(key)' is \(StyleLimits.format(d)) pt; it must be from \(StyleLimits.format(range.lowerBound)) to \(StyleLimits.format(range.upperBound)) pt (\(why))"
            )
        }
        return d
    }
    func string(_ node: Node?, _ key: String) throws -> String {
        guard let v = map(node, key) else { throw missing(node, key) }
        guard let s = v.scalar?.string else { throw fail(v, "'\(key)' must be text") }
        return s
    }
    /// Flags may be left out: absent means false.
    func bool(_ node: Node?, _ key: String) throws -> Bool {
        guard let v = map(node, key) else { return false }
        switch v.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(v, "'\(key)' must be true or false")
        }
    }
    /// A number without a unit that must lie in `range` (the engine divides by or loops over it).
    func number(_ node: Node?, _ key: String, in range: ClosedRange<Double>) throws -> Double {
        let d = try number(node, key)
        guard range.contains(d) else {
            throw fail(
                map(node, key),
                "'\(key)' must be between \(StyleLimits.format(range.lowerBound)) and \(StyleLimits.format(range.upperBound)), not \(StyleLimits.format(d))"
            )
        }
        return d
    }
    func count(_ node: Node?, _ key: String, in range: ClosedRange<Int>) throws -> Int {
        let d = try number(node, key, in: Double(range.lowerBound)...Double(range.upperBound))
        guard d == d.rounded() else { throw fail(map(node, key), "'\(key)' must be a whole number") }
        return Int(d)
    }

    /// `line-breaking:`: the Knuth–Plass parameters, by TeX's names.
    func lineBreaking() throws -> LineBreakingParameters {
        let n = map(root, "line-breaking")
        var p = LineBreakingParameters()
        let values: [(String, WritableKeyPath<LineBreakingParameters, Double>, ClosedRange<Double>)] = [
            ("pretolerance", \.pretolerance, -1...10000), ("tolerance", \.tolerance, 0...10000),
            ("line-penalty", \.linePenalty, 0...10000), ("hyphen-penalty", \.hyphenPenalty, -10000...10000),
            ("double-hyphen-demerits", \.doubleHyphenDemerits, 0...1_000_000),
            ("final-hyphen-demerits", \.finalHyphenDemerits, 0...1_000_000),
            ("adjacent-demerits", \.adjacentDemerits, 0...1_000_000),
            ("space-stretch", \.spaceStretch, 0...10), ("space-shrink", \.spaceShrink, 0...0.99),
        ]
        for (key, path, range) in values { p[keyPath: path] = try number(n, key, in: range) }
        p.maxConsecutiveHyphens = try count(n, "max-consecutive-hyphens", in: 1...100)
        return p
    }

    /// `keep:`: where a page may not break.
    func keeps() throws -> KeepRules {
        let n = map(root, "keep")
        var k = KeepRules()
        let counts: [(String, WritableKeyPath<KeepRules, Int>, ClosedRange<Int>)] = [
            ("after-heading", \.afterHeading, 0...20), ("after-kept-paragraph", \.afterKeptParagraph, 0...20),
            ("after-group-row", \.afterGroupRow, 0...20), ("short-table-rows", \.shortTableRows, 0...200),
            ("rows-at-table-break", \.rowsAtTableBreak, 1...50),
        ]
        for (key, path, range) in counts { k[keyPath: path] = try count(n, key, in: range) }
        k.minimumPageFill = try number(n, "minimum-page-fill", in: 0...1)
        return k
    }

    /// `spacing:`: vertical space around block kinds, in points (at most two inches).
    func spacing() throws -> BlockSpacing {
        let n = map(root, "spacing")
        var s = BlockSpacing()
        let values: [(String, WritableKeyPath<BlockSpacing, Double>)] = [
            ("before-list", \.beforeList), ("after-list", \.afterList), ("around-quote", \.aroundQuote),
            ("around-figure", \.aroundFigure), ("around-rule", \.aroundRule), ("caption-gap", \.captionGap),
            ("after-contents", \.afterContents), ("contents-entry-gap", \.contentsEntryGap),
            ("attribution-gap", \.attributionGap),
        ]
        for (key, path) in values { s[keyPath: path] = try number(n, key, in: 0...144) }
        return s
    }

    /// A number that may be left out (then 0): a space before or after.
    func space(_ node: Node?, _ key: String) throws -> Double {
        map(node, key) == nil ? 0 : try number(node, key, in: StyleLimits.spacing, "space that leaves room on the page")
    }

    /// An entry of `paragraphs:`.
    func paragraphStyle(_ node: Node?) throws -> ParagraphStyle {
        let alignNode = map(node, "align")
        let name = try string(node, "align")
        guard let alignment = TextAlignment(rawValue: name) else {
            throw fail(alignNode, "align '\(name)' is not left, right, center or justified")
        }
        return ParagraphStyle(
            alignment: alignment,
            leading: try number(node, "leading", in: StyleLimits.leading, "line spacing as a multiple of the size"),
            hyphenate: try bool(node, "hyphenate"), spaceBefore: try space(node, "space-before"),
            spaceAfter: try space(node, "space-after"), keepWithNext: try bool(node, "keep-with-next"))
    }

    /// An entry of `tables:`, in the palette's shade and rule colours.
    func tableStyle(_ node: Node?, palette p: BriefStyle.Palette) throws -> TableStyle {
        let padding = map(node, "padding")
        let inside = "padding that leaves room for the cell's text"
        let weight = "a line weight from a hairline to a heavy rule"
        return TableStyle(
            padding: EdgeInsets(
                vertical: try number(padding, "vertical", in: StyleLimits.cellPadding, inside),
                horizontal: try number(padding, "horizontal", in: StyleLimits.cellPadding, inside)),
            headerBackground: p.shade, stripe: try bool(node, "stripes") ? p.stripe : nil, ruleColor: p.rule,
            rowRuleWidth: try number(node, "row-rule", in: StyleLimits.ruleWeight, weight),
            frameRuleWidth: try number(node, "frame-rule", in: StyleLimits.ruleWeight, weight),
            verticalRules: try bool(node, "vertical-rules"),
            spaceBefore: try space(node, "space-before"), spaceAfter: try space(node, "space-after"))
    }

    func color(_ node: Node?, _ key: String, palette: [String: Color]) throws -> Color {
        guard let v = map(node, key) else { throw missing(node, key) }
        guard let s = v.scalar?.string else { throw fail(v, "'\(key)' must be a colour") }
        if let named = palette[s] { return named }
        guard let c = Color(hex: s) else {
            throw fail(v, "'\(s)' is not a colour: write #rrggbb or a name from `colors`")
        }
        return c
    }

    func style(pageSize override: PaperSize?) throws -> BriefStyle {
        let page = map(root, "page")
        let sizeName = try string(page, "size")
        guard let paper = override ?? PaperSize(rawValue: sizeName.lowercased()) else {
            throw fail(map(page, "size"), "page size '\(sizeName)' is not letter or a4")
        }
        let m = map(page, "margins")
        let size = paper.size
        let sideRoom = max(0, (size.width - StyleLimits.narrowestMeasure) / 2),
            endRoom = max(0, (size.height - StyleLimits.shortestTextArea) / 2)
        let sideWhy = "the text column must stay at least \(StyleLimits.format(StyleLimits.narrowestMeasure)) pt wide"
        let endWhy = "the text area must stay at least \(StyleLimits.format(StyleLimits.shortestTextArea)) pt tall"
        let margins = EdgeInsets(
            top: try number(m, "top", in: 0...endRoom, endWhy),
            right: try number(m, "right", in: 0...sideRoom, sideWhy),
            bottom: try number(m, "bottom", in: 0...endRoom, endWhy),
            left: try number(m, "left", in: 0...sideRoom, sideWhy))
        guard size.width - margins.left - margins.right >= StyleLimits.narrowestMeasure else {
            throw fail(
                map(m, "left"),
                "the left and right margins leave \(StyleLimits.format(size.width - margins.left - margins.right)) pt for text; \(sideWhy)"
            )
        }
        guard size.height - margins.top - margins.bottom >= StyleLimits.shortestTextArea else {
            throw fail(
                map(m, "top"),
                "the top and bottom margins leave \(StyleLimits.format(size.height - margins.top - margins.bottom)) pt for text; \(endWhy)"
            )
        }
        var fontFiles: [String: String] = [:]
        guard let f = map(root, "fonts")?.mapping else { throw missing(root, "fonts") }
        for (k, v) in f {
            guard let name = k.scalar?.string, let stem = v.scalar?.string else {
                throw fail(v, "fonts map a family name to a file stem")
            }
            fontFiles[name] = stem
        }
        var fallbackFonts: [String] = []
        if let node = map(root, "fallback-fonts") {
            guard let items = node.sequence else {
                throw fail(node, "fallback-fonts is a list of font files, e.g. [NotoNaskhArabic-Regular.ttf]")
            }
            for item in items {
                guard let file = item.scalar?.string, file.hasSuffix(".ttf") || file.hasSuffix(".otf") else {
                    throw fail(item, "each fallback font is a .ttf or .otf file name in Fonts/ or an absolute path")
                }
                fallbackFonts.append(file)
            }
        }
        let languageNode = map(root, "language")
        let language = try string(root, "language")
        guard LanguageTag.isValid(language) else {
            throw fail(languageNode, "language '\(language)' is not a BCP 47 tag such as en-US, en-GB or de")
        }
        let c = map(root, "colors")
        var named: [String: Color] = [:]
        for key in ["text", "accent", "muted", "rule", "shade", "stripe", "link"] {
            named[key] = try color(c, key, palette: named)
        }
        let p = BriefStyle.Palette(
            text: named["text"]!, accent: named["accent"]!, muted: named["muted"]!, rule: named["rule"]!,
            shade: named["shade"]!, stripe: named["stripe"]!, link: named["link"]!)

        /// A text style: family and size required; colour, bold and italic optional.
        func text(_ node: Node?, inheriting parent: TextStyle? = nil) throws -> TextStyle {
            let fam = map(node, "family") == nil && parent != nil ? parent!.family : try string(node, "family")
            guard fontFiles[fam] != nil else {
                throw fail(map(node, "family"), "font family '\(fam)' is not listed under `fonts`")
            }
            let size =
                map(node, "size") == nil && parent != nil
                ? parent!.size
                : try number(node, "size", in: StyleLimits.fontSizes, "a readable size whose words fit the text column")
            let colour =
                map(node, "color") == nil ? (parent?.color ?? p.text) : try color(node, "color", palette: named)
            return TextStyle(
                family: fam, bold: try bool(node, "bold"), italic: try bool(node, "italic"), size: size, color: colour,
                language: language)
        }
        let bodyNode = map(root, "body")
        let body = try text(bodyNode)
        let paragraph = ParagraphStyle(
            alignment: try bool(bodyNode, "justify") ? .justified : .left,
            leading: try number(bodyNode, "leading", in: StyleLimits.leading, "line spacing as a multiple of the size"),
            hyphenate: try bool(bodyNode, "hyphenate"),
            spaceAfter: try number(
                bodyNode, "space-after", in: StyleLimits.spacing, "space that leaves room on the page"))
        guard let hs = map(root, "headings")?.sequence.map(Array.init), !hs.isEmpty else {
            throw missing(root, "headings")
        }
        var headings: [HeadingStyle] = []
        for n in hs {
            headings.append(
                HeadingStyle(
                    text: try text(n),
                    spaceBefore: try number(
                        n, "space-before", in: StyleLimits.spacing, "space that leaves room on the page"),
                    spaceAfter: try number(
                        n, "space-after", in: StyleLimits.spacing, "space that leaves room on the page"),
                    ruleBelow: try bool(n, "rule") ? p.rule : nil))
        }
        let tn = map(root, "title")
        let kicker = try text(map(tn, "kicker"))
        let title = try text(map(tn, "title"))
        let subtitle = try text(map(tn, "subtitle"))
        let small = try text(map(root, "small"))
        let tableHead = try text(map(root, "table-head"))
        let figureKey = try text(map(root, "figure-key")), figureCaption = try text(map(root, "figure-caption"))
        let documentLine = try text(map(root, "document-line")), sourceEntry = try text(map(root, "source-entry"))
        let spacingNode = map(root, "body-spacing")
        let bodySpacing = try BodySpacing { key in
            guard map(spacingNode, key) != nil else { throw missing(spacingNode, key) }
            return try space(spacingNode, key)
        }
        let ruleNode = map(tn, "rule")
        let titleRule = (
            spaceBefore: try space(ruleNode, "space-before"),
            weight: try number(
                ruleNode, "weight", in: StyleLimits.ruleWeight, "a line weight from a hairline to a heavy rule"),
            color: try color(ruleNode, "color", palette: named)
        )
        let tablesNode = map(root, "tables"), paragraphsNode = map(root, "paragraphs")
        let tables = try BriefTables { key in
            guard let node = map(tablesNode, key) else { throw missing(tablesNode, key) }
            return try tableStyle(node, palette: p)
        }
        let paragraphs = try BriefParagraphs { key in
            guard let node = map(paragraphsNode, key) else { throw missing(paragraphsNode, key) }
            return try paragraphStyle(node)
        }
        let qn = map(root, "quote")
        let quote = try text(qn)
        let attribution = try text(map(root, "attribution"))

        func furniture(_ node: Node?) throws -> PageFurniture? {
            if let n = node, n.scalar?.string == "none" { return nil }  // `header: none` turns it off
            guard let node else { return nil }
            func part(_ key: String) -> String { map(node, key)?.scalar?.string ?? "" }
            return PageFurniture(
                left: part("left"), center: part("center"), right: part("right"),
                style: try text(node, inheriting: small), rule: p.rule,
                offset: try number(
                    node, "offset", in: 0...(size.height / 4), "a distance from the page edge within its outer quarter"),
                skipFirstPage: try bool(node, "skip-first-page"))
        }
        var doc = DocumentStyle(
            pageSize: paper.size, margins: margins, body: body, paragraph: paragraph, headings: headings,
            quoteText: quote, quoteRule: p.rule, attribution: attribution,
            tocEntry: body, caption: small.with { $0.color = p.muted })
        doc.keeps = try keeps()
        doc.spacing = try spacing()
        let indentWhy = "an indent that leaves most of the text column"
        let indents = 0...((size.width - margins.left - margins.right) / 4)
        doc.listIndent = try number(map(root, "lists"), "indent", in: indents, indentWhy)
        doc.quoteIndent = try number(qn, "indent", in: indents, indentWhy)
        let section = kind.flatMap { map(root, $0) }
        doc.header = try furniture(map(section, "header") ?? map(root, "header"))
        doc.footer = try furniture(map(section, "footer") ?? map(root, "footer"))
        return BriefStyle(
            document: doc, fontFiles: fontFiles, fallbackFonts: fallbackFonts, language: language,
            lineBreaking: try lineBreaking(), palette: p, body: body, paragraph: paragraph, small: small,
            kicker: kicker, title: title, subtitle: subtitle, quote: quote, attribution: attribution,
            tableHead: tableHead, figureKey: figureKey, figureCaption: figureCaption,
            documentLine: documentLine, sourceEntry: sourceEntry, bodySpacing: bodySpacing,
            titleRule: titleRule, tables: tables, paragraphs: paragraphs)
    }
}
