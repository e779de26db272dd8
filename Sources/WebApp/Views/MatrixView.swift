import Corpus

/// An issue's matrix as an HTML table: organizations (rows) against demands
/// (columns), as `Corpus.issueMatrix` orders them; a cell names the documents
/// that make the demand and the newest one's date.
struct MatrixView: Sendable {
    struct Column: Sendable { let label: String; let href: String; let organizations: Int }
    struct Cell: Sendable {
        let asked: Bool
        /// Several documents (the brief's ringed disc).
        let several: Bool
        let mark: String
        let documents: [DocumentLink]
        let description: String
    }
    struct DocumentLink: Sendable { let href: String; let date: String; let title: String }
    struct Row: Sendable { let organization: Link; let total: Int; let cells: [Cell] }

    let columns: [Column]
    let rows: [Row]

    init(_ m: IssueMatrix, corpus: Corpus) {
        columns = m.demands.map {
            Column(label: $0.label, href: "#demand-\(Paths.segment($0.id))", organizations: m.columnTotal($0.id))
        }
        rows = m.organizations.map { o in
            Row(
                organization: Link(href: Paths.organization(o.id), text: o.displayShort), total: m.rowTotal(o.id),
                cells: m.demands.map { d in
                    let entries = m.entries(o.id, d.id)
                    // Newest first, each named by its date, its title on hover.
                    let docs = entries.reversed().map { e in
                        DocumentLink(
                            href: Paths.document(e.document), date: e.date.short,
                            title: corpus.document(e.document)?.title ?? e.document)
                    }
                    return Cell(
                        asked: !entries.isEmpty, several: entries.count > 1,
                        mark: entries.isEmpty ? "" : (entries.count > 1 ? MatrixSymbols.several : MatrixSymbols.one),
                        documents: docs,
                        description: entries.isEmpty
                            ? "not asked"
                            : "asked in \(entries.count) document\(entries.count == 1 ? "" : "s")")
                })
        }
    }
}

/// The marks the HTML matrix uses, the brief's shapes as characters: a disc
/// for one document, a ringed disc for several.
enum MatrixSymbols {
    static let one = "●"
    static let several = "◉"
}
