import Foundation

extension Corpus {
    /// Reads one document's text as the loader would (a draft under review,
    /// say): the document when it parses, and what `brief check` says of it
    /// against this corpus.
    public func read(documentText text: String, path: String) -> (Document?, [Diagnostic]) {
        let parsed = DocumentParser(path: path).parse(Data(text.utf8))
        var out = parsed.diagnostics
        out += CorpusValidator(corpus: self, references: [parsed.references]).unresolved(parsed.references)
        return (parsed.document, out)
    }
}
