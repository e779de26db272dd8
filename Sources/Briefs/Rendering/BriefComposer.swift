import Corpus
import Foundation
import Typesetting

/// A kind of brief: the data its template sees and the computed blocks
/// (`::directives`) it offers. Issue briefs, meeting briefs and annual
/// summaries differ only in these.
public protocol BriefContent {
    /// The typed context its template sees.
    associatedtype Context: Encodable
    /// "Issue brief", "Meeting brief", "Annual summary" — fills `{kind}`.
    var kind: String { get }
    /// The template used when `--template` is not given.
    static var defaultTemplate: String { get }
    var organizationCount: Int { get }
    var documentCount: Int { get }
    func context(generated: String) -> Context
    func directives(style: BriefStyle, measure: @escaping (String, TextStyle) -> Double) -> [String: (Directive) throws
        -> [Block]]
    func metadata(creator: String, date: Date) -> DocumentMetadata
    /// What the brief claims, as data (`--data`).
    func record() -> BriefRecord
}

extension BriefContent {
    /// Renders the template with this brief's data and resolves its directives.
    public func compose(template: BriefTemplate, style: BriefStyle, context: LayoutContext, creator: String) throws
        -> ComposedBrief
    {
        let (date, generated) = BriefRenderer.generationDate()
        let shaper = context.shaper
        let markdown = Markdown.parse(template.render(self.context(generated: generated)))
        var typesetter = MarkdownTypesetter(style: style)
        typesetter.directives = directives(style: style, measure: { shaper.width(of: $0, style: $1) })
        typesetter.origin = template.path
        typesetter.directiveLine = { template.line(ofDirective: $0) }
        let blocks = PassageLanguage.mark(try typesetter.blocks(markdown))
        var metadata = metadata(creator: creator, date: date)
        metadata.language = style.language
        return ComposedBrief(
            blocks: blocks, metadata: metadata, style: style, kind: kind,
            generated: generated, organizations: organizationCount, documents: documentCount)
    }
}

/// Directives every brief offers.
enum CommonDirectives {
    static func all(style: BriefStyle) -> [String: (Directive) throws -> [Block]] {
        [
            "title": { TitleBlock.blocks($0, style: style) },
            "pagebreak": { _ in [.pageBreak] },
            "contents": { d in [.tableOfContents(title: d.lines.first ?? "Contents", depth: 2)] },
        ]
    }
}
