import Corpus
import Foundation
import Typesetting

/// Renders a template with a brief's data and turns the Markdown into
/// blocks, resolving `::directives` with the brief's computed blocks.
enum BriefComposer {
    static func blocks(template: BriefTemplate, data: [String: Any], style: BriefStyle,
                       directives: [String: (Directive) throws -> [Block]]) throws -> [Block] {
        let markdown = Markdown.parse(template.render(data))
        var typesetter = MarkdownTypesetter(style: style)
        typesetter.directives = directives
        typesetter.origin = template.path
        return try typesetter.blocks(markdown)
    }
}

extension IssueBrief {
    /// Everything needed to write this brief with a template and style.
    public func compose(template: BriefTemplate, style: BriefStyle, renderer: BriefRenderer, context: LayoutContext,
                        creator: String) throws -> ComposedBrief {
        let (date, generated) = BriefRenderer.generationDate()
        let shaper = context.shaper
        let blocks = try BriefComposer.blocks(template: template, data: data(generated: generated), style: style,
                                              directives: directives(style: style, measure: { shaper.width(of: $0, style: $1) }))
        return ComposedBrief(blocks: blocks, metadata: metadata(creator: creator, date: date), style: style, kind: "Issue brief",
                             organizations: matrix.organizations.count, documents: documents.count)
    }
}
