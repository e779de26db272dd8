import Corpus
import Typesetting

/// A quote from a document, set as a quotation with its attribution
/// ("— HRW, letter, March 2025 [4]"): the one way every brief kind quotes.
enum QuotedAsk {
    /// `demand`, when given, names what the quote is about in the attribution.
    static func block(
        _ quote: String, from doc: Document, demand: String? = nil, corpus: Corpus, sources: SourceList,
        style: BriefStyle
    ) -> Block {
        let meta = style.attribution
        let who = ListFormat.and(doc.organizations.map { corpus.organization($0)?.displayShort ?? $0 })
        var text = "— \(who), \(doc.kind.label), \(doc.date.long)"
        if let demand { text += " · \(demand)" }
        var attribution = [TextRun(text + " ", style: meta)]
        if let r = sources.reference(doc.id, style: meta.with { $0.color = style.palette.link }) {
            attribution.append(r)
        }
        // The quote is the document's words: in its language (the attribution is the brief's).
        let words = style.quote.with { $0.language = doc.language ?? style.quote.language }
        return .quote(
            [
                .paragraph(
                    [TextRun("“\(quote)”", style: words)],
                    style.paragraph.with { $0.spaceAfter = style.bodySpacing.quotedAsk })
            ],
            attribution: attribution)
    }
}
