import ArgumentParser
import Corpus
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the corpus's issues, organizations, events, documents or outcomes.",
        discussion: "outcomes: what became of each demand (outcomes.yaml, format v1.1), with its status now.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case issues, organizations, events, documents, outcomes
    }

    @Argument(help: "issues, organizations, events, documents or outcomes")
    var what: What
    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "Print JSON for programs instead of a table.")
    var json = false

    func run() throws {
        let c = try corpus.loadValid()
        let (columns, rows) = table(c)
        if json {
            let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row)) }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(TextTable.render(header: columns, rows: rows))
        }
    }

    private func table(_ c: Corpus) -> ([String], [[String]]) {
        switch what {
        case .issues:
            return (["id", "label", "demands", "documents"], c.issues.map {
                [$0.id, $0.label, String($0.demands.count), String(c.documents(issue: $0.id).count)]
            })
        case .organizations:
            return (["id", "name", "kind", "documents"], c.organizations.map {
                [$0.id, $0.name, $0.kind.rawValue, String(c.documents(organization: $0.id).count)]
            })
        case .events:
            return (["id", "date", "kind", "title", "documents"], c.events.map {
                [$0.id, $0.date.description, $0.kind.rawValue, $0.title, String(c.documents(event: $0.id).count)]
            })
        case .outcomes:
            // A demand's status now, computed once per demand (not once per outcome).
            var now: [String: String] = [:]
            return (["demand", "status", "date", "event", "note", "now"], c.outcomes.map { o in
                let summary = now[o.demand] ?? c.status(of: o.demand).summary
                now[o.demand] = summary
                return [o.demand, o.status.rawValue, o.date.description, o.event ?? "", o.note ?? "", summary]
            })
        case .documents:
            return (["id", "date", "kind", "organizations", "asks", "title"], c.documents.map {
                [$0.id, $0.date.description, $0.kind.rawValue, $0.organizations.joined(separator: ", "),
                 String($0.asks.count), $0.title]
            })
        }
    }
}

/// A plain aligned table for terminals.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, v) in r.enumerated() { widths[i] = max(widths[i], v.count) } }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, v in i == r.count - 1 ? v : v.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
