import ArgumentParser
import Corpus
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the corpus's issues, organizations, events, documents or outcomes.",
        discussion: "outcomes: what became of each demand (outcomes.yaml, format v1.1), with its status now.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case issues, organizations, events, documents, outcomes
    }

    @Argument(help: "issues, organizations, events, documents or outcomes")
    var what: What
    @OptionGroup var corpus: CorpusOptions
    @Flag(
        name: .long,
        help:
            "Print JSON for programs instead of a table: counts as numbers, organizations as arrays, a missing value as null."
    )
    var json = false

    func run() throws {
        let c = try corpus.loadValid()
        let (columns, rows) = table(c)
        if json {
            let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row)) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(objects), as: UTF8.self))
        } else {
            print(TextTable.render(header: columns, rows: rows.map { $0.map(\.text) }))
        }
    }

    /// One table for both outputs: the terminal shows each cell's text, JSON its typed value.
    private func table(_ c: Corpus) -> ([String], [[Cell]]) {
        switch what {
        case .issues:
            return (
                ["id", "label", "demands", "documents"],
                c.issues.map {
                    [
                        .text($0.id), .text($0.label), .number($0.demands.count),
                        .number(c.documents(issue: $0.id).count),
                    ]
                }
            )
        case .organizations:
            return (
                ["id", "name", "kind", "documents"],
                c.organizations.map {
                    [
                        .text($0.id), .text($0.name), .text($0.kind.rawValue),
                        .number(c.documents(organization: $0.id).count),
                    ]
                }
            )
        case .events:
            return (
                ["id", "date", "kind", "title", "documents"],
                c.events.map {
                    [
                        .text($0.id), .text($0.date.description), .text($0.kind.rawValue), .text($0.title),
                        .number(c.documents(event: $0.id).count),
                    ]
                }
            )
        case .outcomes:
            // A demand's status now, computed once per demand (not once per outcome).
            var now: [String: String] = [:]
            return (
                ["demand", "status", "date", "event", "note", "now"],
                c.outcomes.map { o in
                    let summary = now[o.demand] ?? c.status(of: o.demand).summary
                    now[o.demand] = summary
                    return [
                        .text(o.demand), .text(o.status.rawValue), .text(o.date.description), .optional(o.event),
                        .optional(o.note),
                        .text(summary),
                    ]
                }
            )
        case .documents:
            return (
                ["id", "date", "kind", "organizations", "asks", "title"],
                c.documents.map {
                    [
                        .text($0.id), .text($0.date.description), .text($0.kind.rawValue), .list($0.organizations),
                        .number($0.asks.count), .text($0.title),
                    ]
                }
            )
        }
    }

    /// A value of the listing: text, a count, a list of ids, or nothing.
    enum Cell: Encodable, Equatable {
        case text(String)
        case number(Int)
        case list([String])
        case none

        static func optional(_ s: String?) -> Cell { s.map(Cell.text) ?? .none }

        var text: String {
            switch self {
            case .text(let s): return s
            case .number(let n): return String(n)
            case .list(let l): return l.joined(separator: ", ")
            case .none: return ""
            }
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .number(let n): try c.encode(n)
            case .list(let l): try c.encode(l)
            case .none: try c.encodeNil()
            }
        }
    }
}

/// A plain aligned table for terminals.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, v) in r.enumerated() { widths[i] = max(widths[i], v.count) } }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, v in
                i == r.count - 1 ? v : v.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }
            .joined(separator: "  ")
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(
            separator: "\n")
    }
}
