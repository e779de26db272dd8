import Foundation

/// A tagged PDF's structure tree as readable text: one line per element —
/// its role and attributes — indented by depth, with the text each of its
/// marked-content sequences holds in quotes, in reading order, and its link
/// annotations' descriptions. Golden files keep it, so that a change to the
/// tagging shows as a diff a reviewer can read.
///
///     Document
///       H1 "Summary"
///       P
///         "4 organizations raised this issue in "
///         Link
///           "Tillerson Urged to Raise Rights Abuses"
///           annotation "Source 1: Human Rights First, …"
///       TH Scope="Row" "Human Rights Watch"
///
/// An element whose kids are all marked content is one line, its
/// sequences' texts side by side; a sequence that draws no text (a
/// figure's) shows as "(drawing)", and one the page lacks says so.
public enum StructureDump {
    public static func dump(_ path: String) -> String {
        dump(StructureTree(path), text: MarkedContentText(path))
    }

    public static func dump(_ tree: StructureTree, text: MarkedContentText) -> String {
        guard let document = tree.document else { return "(no structure tree)\n" }
        var lines: [String] = []
        write(document, depth: 0, text: text, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(
        _ e: StructureTree.Element, depth: Int, text: MarkedContentText, into lines: inout [String]
    ) {
        let indent = String(repeating: "  ", count: depth)
        let attributes = e.attributes.keys.sorted().map { " \($0)=\(quoted(e.attributes[$0]!))" }.joined()
        let head = indent + e.role + attributes
        let onlyContent =
            !e.kids.isEmpty && e.kids.allSatisfy { if case .content = $0 { return true } else { return false } }
        if onlyContent {
            lines.append(head + " " + e.kids.map { shown($0, text: text) }.joined(separator: " "))
            return
        }
        lines.append(head)
        for kid in e.kids {
            if case .element(let index) = kid {
                write(e.children[index], depth: depth + 1, text: text, into: &lines)
            } else {
                lines.append(indent + "  " + shown(kid, text: text))
            }
        }
    }

    private static func shown(_ kid: StructureTree.Element.Kid, text: MarkedContentText) -> String {
        switch kid {
        case .content(let page, let mcid):
            guard let t = text.text(page: page, mcid: mcid) else { return "(page \(page + 1) has no MCID \(mcid))" }
            return t.isEmpty ? "(drawing)" : quoted(t)
        case .annotation(let contents): return "annotation " + quoted(contents)
        case .element: return ""
        }
    }

    private static func quoted(_ s: String) -> String {
        "\""
            + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
