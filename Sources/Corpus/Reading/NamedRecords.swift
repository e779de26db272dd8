import Foundation

/// The records a document names: its organizations, its engagement and its
/// asks' demands, read from its front matter as the loader reads them, even
/// when the document has errors elsewhere (a draft under review, say).
/// Empty when the front matter cannot be read at all.
public struct NamedRecords: Sendable, Equatable {
    public var organizations: [String] = []
    public var event: String?
    public var demands: [String] = []

    public init(documentText text: String, path: String) {
        let references = DocumentParser(path: path).parse(Data(text.utf8)).references
        organizations = references.organizations.map(\.id)
        event = references.event?.id
        demands = references.demands.map(\.id)
    }

    /// Names nothing: the front matter could not be read, or names no record.
    public var isEmpty: Bool { organizations.isEmpty && event == nil && demands.isEmpty }
}
