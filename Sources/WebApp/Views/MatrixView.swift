import Corpus

/// An issue's matrix as an HTML table: organizations (rows) against demands
/// (columns), as `Corpus.issueMatrix` orders them; a cell names the documents
/// that make the demand and the newest one's date. The columns go to the
/// template (`issue.mustache`); the rows, hundreds of cells on a large
/// corpus, are written here (`HTMLWriter`).
struct MatrixView: Sendable {
    struct Column: Sendable { let label: String; let href: String; let organizations: Int }

    let columns: [Column]
    /// The table's rows: `<tr><th scope="row">organization</th><td>cell</td>…</tr>`, one a line.
    let rows: WrittenHTML

    init(_ m: IssueMatrix, corpus: Corpus) {
        columns = m.demands.map {
            Column(label: $0.label, href: "#demand-\(Paths.segment($0.id))", organizations: m.columnTotal($0.id))
        }
        var h = HTMLWriter()
        for o in m.organizations {
            h.open("tr")
            h.open("th", ["scope": "row"])
            h.element("a", ["href": Paths.organization(o.id)], text: o.displayShort)
            h.close("th")
            for d in m.demands {
                h.open("td")
                let entries = m.entries(o.id, d.id)
                if entries.isEmpty {
                    h.element("span", ["class": "visually-hidden"], text: "not asked")
                } else {
                    h.element(
                        "span", ["class": "mark", "aria-hidden": "true"],
                        text: entries.count > 1 ? MatrixSymbols.several : MatrixSymbols.one)
                    h.markup(" ")
                    h.element(
                        "span", ["class": "visually-hidden"],
                        text: "asked in \(Counted.phrase(entries.count, "document")): ")
                    // Newest first, each named by its date, its title on hover.
                    h.open("span", ["class": "docs"])
                    for e in entries.reversed() {
                        h.element(
                            "a",
                            [
                                "href": Paths.document(e.document),
                                "title": corpus.document(e.document)?.title ?? e.document,
                            ],
                            text: e.date.short)
                        h.markup(" ")
                    }
                    h.close("span")
                }
                h.close("td")
            }
            h.close("tr")
            h.markup("\n")
        }
        rows = h.result
    }
}

/// The marks the HTML matrix uses, the brief's shapes as characters: a disc
/// for one document, a ringed disc for several.
enum MatrixSymbols {
    static let one = "●"
    static let several = "◉"
}
