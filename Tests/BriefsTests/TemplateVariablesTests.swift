import Foundation
import Testing

@testable import Briefs
@testable import Corpus

/// Every variable in every shipped template resolves against its context
/// type: swift-mustache renders a misspelled `{{name}}` as nothing, so the
/// contract between templates and contexts is checked here, not by eye.
@Suite struct TemplateVariablesTests {
    /// A template's tags in order: `#name`, `^name`, `/name` and plain names.
    static func tags(_ template: String) -> [(kind: Character?, name: String)] {
        var out: [(Character?, String)] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            if triple { rest = rest.dropFirst() }
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { break }
            var tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let first = tag.first, !"%!>=".contains(first) else { continue }
            var kind: Character? = nil
            if "#^/&".contains(first) {
                kind = first == "&" ? nil : first; tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            out.append((kind, tag))
        }
        return out
    }

    /// The keys each scope may hold, from encoded contexts; nil when unknown
    /// (an empty list in this instance).
    struct Checker {
        var unresolved: [String] = []
        var checked = Set<String>()

        mutating func check(_ template: String, context: Any, file: String) {
            var stack: [Any?] = [context]
            var names: [String] = []
            func lookup(_ name: String) -> (found: Bool, value: Any?, known: Bool) {
                if name == "." { return (true, stack.last ?? nil, true) }
                let parts = name.split(separator: ".").map(String.init)
                for scope in stack.reversed() {
                    guard let scope else { return (true, nil, false) }  // an unknown scope may hold it
                    guard let dict = scope as? [String: Any], var value = dict[parts[0]] else { continue }
                    for part in parts.dropFirst() {
                        guard let d = value as? [String: Any], let v = d[part] else { return (false, nil, true) }
                        value = v
                    }
                    return (true, value, true)
                }
                return (false, nil, true)
            }
            for (kind, name) in TemplateVariablesTests.tags(template) {
                switch kind {
                case "/":
                    if !stack.isEmpty, names.last == name { stack.removeLast(); names.removeLast() }
                case "#", "^":
                    let (found, value, known) = lookup(name)
                    if known {
                        checked.insert("\(file): \(name)");
                        if !found { unresolved.append("\(file): {{\(kind!)\(name)}}") }
                    }
                    names.append(name)
                    if kind == "^" { stack.append(stack.last ?? nil); continue }
                    if let list = value as? [Any] {
                        // The union of the elements' keys; unknown for an empty list.
                        var keys: [String: Any] = [:]
                        for case let d as [String: Any] in list { keys.merge(d) { a, _ in a } }
                        stack.append(list.isEmpty ? nil : keys)
                    } else if let d = value as? [String: Any] {
                        stack.append(d)
                    } else {
                        stack.append(stack.last ?? nil)  // a condition: the same scope
                    }
                default:
                    let (found, _, known) = lookup(name)
                    if known {
                        checked.insert("\(file): \(name)"); if !found { unresolved.append("\(file): {{\(name)}}") }
                    }
                }
            }
        }
    }

    static func encoded<C: Encodable>(_ c: C) throws -> Any {
        try JSONSerialization.jsonObject(with: try JSONEncoder().encode(c))
    }

    static func template(_ name: String) throws -> String {
        try String(contentsOfFile: BriefFixtures.root + "/Templates/\(name).mustache", encoding: .utf8)
    }

    /// Contexts from corpora that fill every section: the sample, the
    /// analyst fixture and the meeting-rules fixture.
    @Test func everyTemplateVariableResolvesAgainstItsContext() throws {
        let (analyst, _) = try AnalystTests.load()
        let rules = try MeetingRulesTests.load()
        var checker = Checker()
        var meetings: [MeetingBrief] = []
        for c in [BriefFixtures.corpus, analyst, rules] {
            meetings += c.events.compactMap { try? MeetingBrief(corpus: c, event: $0.id) }
        }
        let meeting = try Self.template("meeting-brief")
        for m in meetings {
            checker.check(meeting, context: try Self.encoded(m.context(generated: "today")), file: "meeting-brief")
        }
        let issue = try Self.template("issue-brief")
        let issues = [
            try IssueBrief(corpus: BriefFixtures.corpus, issue: "detainees"),
            try IssueBrief(corpus: analyst, issue: "journalists"),
            try IssueBrief(corpus: analyst, issue: "journalists", range: DateRange(from: PartialDate("2025"), to: nil)),
        ]
        for b in issues {
            checker.check(issue, context: try Self.encoded(b.context(generated: "today")), file: "issue-brief")
        }
        let annual = try Self.template("annual-summary")
        for y in [2023, 2024, 2025] {
            checker.check(
                annual,
                context: try Self.encoded(try AnnualSummary(corpus: analyst, year: y).context(generated: "today")),
                file: "annual-summary")
        }
        #expect(checker.unresolved.isEmpty, "variables no context holds: \(Set(checker.unresolved).sorted())")
        // Every variable was checked at least once (no section left unvisited).
        for name in ["meeting-brief", "issue-brief", "annual-summary"] {
            let all = Set(Self.tags(try Self.template(name)).filter { $0.kind != "/" }.map { "\(name): \($0.name)" })
            #expect(
                all.subtracting(checker.checked).isEmpty, "never checked: \(all.subtracting(checker.checked).sorted())")
        }
    }

    @Test func aMisspelledVariableIsCaught() throws {
        var checker = Checker()
        checker.check(
            "{{#items}}{{labl}}{{/items}} {{titel}}", context: ["items": [["label": "x"]], "title": "t"], file: "t")
        #expect(checker.unresolved == ["t: {{labl}}", "t: {{titel}}"])
    }
}
