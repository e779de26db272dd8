import Foundation
import Typesetting
import Yams

/// The look of a brief, read from a template's `style.yaml`: the engine's
/// `DocumentStyle` plus the styles the brief's own blocks use (title block,
/// tables, figures, quotes). Changing the look never needs Swift.
public struct BriefStyle: Sendable {
    public struct Palette: Sendable {
        public var text = Color(hex: "#1b1b1b")!
        public var accent = Color(hex: "#1d3f66")!
        public var muted = Color(hex: "#5f6368")!
        public var rule = Color(hex: "#9aa0a6")!
        public var shade = Color(hex: "#e9eef4")!
        public var stripe = Color(hex: "#f5f6f8")!
        public var link = Color(hex: "#1d4f91")!
    }
    public var document: DocumentStyle
    public var fontFiles: [String: String]
    /// Font files tried for characters the families lack (Arabic, Hebrew, symbols).
    public var fallbackFonts: [String] = []
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

    public var link: TextStyle { body.with { $0.color = palette.link } }

    /// Reads a style file; every malformed value is an error naming its line.
    /// `kind` names a section of the file (`meeting-brief`, `annual-summary`)
    /// whose `header` and `footer` replace the general ones for that kind.
    public static func load(path: String, pageSize override: PaperSize? = nil, kind: String? = nil) throws -> BriefStyle {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw BriefError.styleInvalid(path: path, line: 1, reason: "cannot read the style file")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic, .default, .utf8) } catch {
            throw BriefError.styleInvalid(path: path, line: 1, reason: "malformed YAML: \(error)")
        }
        return try StyleReader(path: path, root: root ?? Node.mapping(Node.Mapping([])), kind: kind).style(pageSize: override)
    }
}

/// Turns the composed style YAML into a `BriefStyle`, with defaults for
/// whatever the file leaves out.
private struct StyleReader {
    let path: String
    let root: Node
    let kind: String?

    func fail(_ node: Node?, _ reason: String) -> BriefError {
        .styleInvalid(path: path, line: node?.mark?.line ?? 1, reason: reason)
    }
    func map(_ node: Node?, _ key: String) -> Node? { node?.mapping?[Node(key)] }
    func number(_ node: Node?, _ key: String, _ def: Double) throws -> Double {
        guard let v = map(node, key) else { return def }
        guard let d = v.scalar.flatMap({ Double($0.string) }) else { throw fail(v, "'\(key)' must be a number") }
        return d
    }
    func string(_ node: Node?, _ key: String, _ def: String) throws -> String {
        guard let v = map(node, key) else { return def }
        guard let s = v.scalar?.string else { throw fail(v, "'\(key)' must be text") }
        return s
    }
    func bool(_ node: Node?, _ key: String, _ def: Bool) throws -> Bool {
        guard let v = map(node, key) else { return def }
        switch v.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(v, "'\(key)' must be true or false")
        }
    }
    func color(_ node: Node?, _ key: String, _ def: Color, palette: [String: Color]) throws -> Color {
        guard let v = map(node, key) else { return def }
        guard let s = v.scalar?.string else { throw fail(v, "'\(key)' must be a colour") }
        if let named = palette[s] { return named }
        guard let c = Color(hex: s) else { throw fail(v, "'\(s)' is not a colour: write #rrggbb or a name from `colors`") }
        return c
    }

    func style(pageSize override: PaperSize?) throws -> BriefStyle {
        let page = map(root, "page")
        let sizeName = try string(page, "size", "letter")
        guard let paper = override ?? PaperSize(rawValue: sizeName.lowercased()) else {
            throw fail(map(page, "size"), "page size '\(sizeName)' is not letter or a4")
        }
        let m = map(page, "margins")
        let margins = EdgeInsets(top: try number(m, "top", 64), right: try number(m, "right", 72),
                                 bottom: try number(m, "bottom", 64), left: try number(m, "left", 72))
        var fontFiles = ["serif": "NotoSerif", "sans": "NotoSans"]
        if let f = map(root, "fonts")?.mapping {
            for (k, v) in f {
                guard let name = k.scalar?.string, let stem = v.scalar?.string else { throw fail(v, "fonts map a family name to a file stem") }
                fontFiles[name] = stem
            }
        }
        var fallbackFonts: [String] = []
        if let node = root.mapping?["fallback-fonts"] {
            guard let items = node.sequence else { throw fail(node, "fallback-fonts is a list of font files, e.g. [NotoNaskhArabic-Regular.ttf]") }
            for item in items {
                guard let file = item.scalar?.string, file.hasSuffix(".ttf") || file.hasSuffix(".otf") else {
                    throw fail(item, "each fallback font is a .ttf or .otf file name in Fonts/ or an absolute path")
                }
                fallbackFonts.append(file)
            }
        }
        var p = BriefStyle.Palette()
        let c = map(root, "colors")
        var named: [String: Color] = [:]
        p.text = try color(c, "text", p.text, palette: named); named["text"] = p.text
        p.accent = try color(c, "accent", p.accent, palette: named); named["accent"] = p.accent
        p.muted = try color(c, "muted", p.muted, palette: named); named["muted"] = p.muted
        p.rule = try color(c, "rule", p.rule, palette: named); named["rule"] = p.rule
        p.shade = try color(c, "shade", p.shade, palette: named); named["shade"] = p.shade
        p.stripe = try color(c, "stripe", p.stripe, palette: named); named["stripe"] = p.stripe
        p.link = try color(c, "link", p.link, palette: named); named["link"] = p.link

        func text(_ node: Node?, family: String, size: Double, bold: Bool = false, italic: Bool = false,
                  color def: Color) throws -> TextStyle {
            let fam = try string(node, "family", family)
            guard fontFiles[fam] != nil else { throw fail(map(node, "family"), "font family '\(fam)' is not listed under `fonts`") }
            return TextStyle(family: fam, bold: try bool(node, "bold", bold), italic: try bool(node, "italic", italic),
                             size: try number(node, "size", size), color: try color(node, "color", def, palette: named))
        }
        let bodyNode = map(root, "body")
        let body = try text(bodyNode, family: "serif", size: 10, color: p.text)
        let paragraph = ParagraphStyle(alignment: try bool(bodyNode, "justify", true) ? .justified : .left,
                                       leading: try number(bodyNode, "leading", 1.38),
                                       hyphenate: try bool(bodyNode, "hyphenate", true),
                                       spaceAfter: try number(bodyNode, "space-after", 6))
        var headings: [HeadingStyle] = []
        let defaults: [(Double, Double, Double, Bool)] = [(14, 20, 6, true), (11.5, 14, 4, false), (10, 10, 3, false)]
        let hs = map(root, "headings")?.sequence.map(Array.init) ?? []
        for (i, d) in defaults.enumerated() {
            let n: Node? = i < hs.count ? hs[i] : nil
            let t = try text(n, family: "sans", size: d.0, bold: true, color: i == 0 ? p.accent : p.text)
            headings.append(HeadingStyle(text: t, spaceBefore: try number(n, "space-before", d.1),
                                         spaceAfter: try number(n, "space-after", d.2),
                                         ruleBelow: try bool(n, "rule", d.3) ? p.rule : nil))
        }
        let tn = map(root, "title")
        let kicker = try text(map(tn, "kicker"), family: "sans", size: 8.5, bold: true, color: p.accent)
        let title = try text(map(tn, "title"), family: "sans", size: 21, bold: true, color: p.text)
        let subtitle = try text(map(tn, "subtitle"), family: "sans", size: 9.5, color: p.muted)
        let small = try text(map(root, "small"), family: "sans", size: 8, color: p.text)
        let qn = map(root, "quote")
        let quote = try text(qn, family: "serif", size: body.size - 0.5, italic: true, color: p.text)
        let attribution = try text(map(root, "attribution"), family: "sans", size: 7.5, color: p.muted)

        func furniture(_ node: Node?, left: String, center: String, right: String, header: Bool) throws -> PageFurniture? {
            if let n = node, n.scalar?.string == "none" { return nil }  // `header: none` turns it off
            return PageFurniture(left: try string(node, "left", left), center: try string(node, "center", center),
                                 right: try string(node, "right", right),
                                 style: try text(node, family: "sans", size: 7.5, color: p.muted),
                                 rule: p.rule, offset: try number(node, "offset", header ? 38 : 36),
                                 skipFirstPage: try bool(node, "skip-first-page", header))
        }
        var doc = DocumentStyle(pageSize: paper.size, margins: margins, body: body, paragraph: paragraph, headings: headings,
                                quoteText: quote, quoteRule: p.rule, attribution: attribution,
                                tocEntry: body, caption: small.with { $0.color = p.muted })
        doc.listIndent = try number(map(root, "lists"), "indent", 14)
        doc.quoteIndent = try number(qn, "indent", 16)
        let section = kind.flatMap { map(root, $0) }
        doc.header = try furniture(map(section, "header") ?? map(root, "header"), left: "{title}", center: "", right: "{kind}", header: true)
        doc.footer = try furniture(map(section, "footer") ?? map(root, "footer"), left: "{generated}", center: "",
                                   right: "page {page} of {pages}", header: false)
        return BriefStyle(document: doc, fontFiles: fontFiles, fallbackFonts: fallbackFonts, palette: p, body: body, paragraph: paragraph, small: small,
                          kicker: kicker, title: title, subtitle: subtitle, quote: quote, attribution: attribution)
    }
}
