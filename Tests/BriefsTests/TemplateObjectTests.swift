import Foundation
import PDFTestSupport
import Testing

@testable import Briefs
@testable import Corpus

/// A template renders the same text whether the engine reflects the context
/// at every tag (its own way) or reads it once through `TemplateObject`:
/// every shipped template over contexts that fill every section, and a
/// template that prints structs and lists whole, climbs the context stack,
/// and applies each transform to lists, structs, strings and numbers.
@Suite struct TemplateObjectTests {
    /// Tags a user's template may hold, over the names of all three kinds of context.
    static let probe = """
        {{issue}}|{{issue.label}}|{{#issue}}{{id}}:{{label}}:{{generated}}{{/issue}}|{{^issue}}no issue{{/issue}}
        {{consensus}}|{{count(consensus)}}|{{empty(consensus)}}|{{#first(consensus)}}{{label}}{{/first(consensus)}}
        {{#last(single)}}{{.}}{{/last(single)}}|{{sorted(first)}}|{{count(issue)}}|{{uppercased(period)}}|{{nosuch}}
        {{#reversed(first)}}{{title}}{{#first}}<{{/first}}{{#last}}>{{/last}}{{/reversed(first)}}|{{count(reversed(latest))}}
        {{#consensus}}{{label}}/{{period}}/{{issue.id}}/{{.}};{{/consensus}}{{^unasked}}none unasked{{/unasked}}
        {{event}}|{{#event}}{{title}} {{hasLocation}} {{location}}{{/event}}|{{#talkingPoints}}{{text}}{{/talkingPoints}}
        {{annexes}}|{{#empty(annexes)}}no annexes{{/empty(annexes)}}|{{year}} {{new}} {{count(outcomes)}}
        {{#outcomes}}{{label}}={{status}}{{#hasNote}} ({{note}}){{/hasNote}}{{/outcomes}}|{{{issue}}}|{{&event}}
        {{.}}
        """

    /// A context with what the briefs' own do not hold: optionals, a list of strings, a number.
    struct Probe: Encodable {
        struct Inner: Encodable { var x: String }
        var name: String? = "named"
        var missing: String? = nil
        var tags = ["b", "c", "a"]
        var count = 41
        var nested = [Inner(x: "one"), Inner(x: "two")]
        var none: [Inner] = []
    }

    static let probeOfOwnTypes = """
        {{name}}|{{missing}}|{{{sorted(tags)}}}|{{#sorted(tags)}}{{.}},{{/sorted(tags)}}|{{tags}}|{{plusone(count)}}
        {{#nested}}{{x}}{{name}}{{missing}}{{#first()}}!{{/first()}}{{/nested}}|{{^none}}none{{/none}}|{{count(none)}}
        {{nested}}|{{none}}|{{#name}}[{{.}}]{{/name}}|{{^missing}}no missing{{/missing}}|{{.}}|{{{.}}}
        """

    func template(_ text: String) throws -> BriefTemplate {
        let path = PDFInspector.temporaryDirectory() + "/probe.mustache"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try BriefTemplate(nameOrPath: path, default: "issue-brief", resources: BriefFixtures.resources)
    }

    func expectSame<Context: Encodable>(_ t: BriefTemplate, _ context: Context, _ what: String) {
        let read = t.render(context)
        let reflected = t.renderReflectingEachTag(context)
        #expect(read == reflected, "\(what): \(t.path)")
    }

    @Test func everyTemplateRendersAsTheEngineReflectingItself() throws {
        let (analyst, _) = try AnalystTests.load()
        let probe = try template(Self.probe)
        var contexts: [(any Encodable, String)] = []
        for c in [BriefFixtures.corpus, analyst] {
            for event in c.events {
                if let m = try? MeetingBrief(corpus: c, event: event.id) {
                    contexts.append((m.context(generated: "today"), "meeting-brief"))
                }
            }
        }
        for (c, issue) in [(BriefFixtures.corpus, "detainees"), (analyst, "journalists")] {
            contexts.append((try IssueBrief(corpus: c, issue: issue).context(generated: "today"), "issue-brief"))
        }
        for year in [2023, 2024, 2025] {
            contexts.append(
                (try AnnualSummary(corpus: analyst, year: year).context(generated: "today"), "annual-summary"))
        }
        try #require(contexts.count > 6)
        for (context, kind) in contexts {
            let shipped = try BriefTemplate(nameOrPath: nil, default: kind, resources: BriefFixtures.resources)
            expectSame(shipped, context, kind)
            expectSame(probe, context, "probe over \(kind)")
        }
    }

    @Test func optionalsListsOfStringsAndNumbersReadAsTheEngineReadsThem() throws {
        let t = try template(Self.probeOfOwnTypes)
        expectSame(t, Probe(), "probe")
        expectSame(t, Probe(name: nil, tags: [], count: 0, nested: []), "empty probe")
        // Not vacuous: the probe shows what it reads.
        let text = t.render(Probe())
        #expect(text.hasPrefix("named||[\"a\", \"b\", \"c\"]|a,b,c,|"), "\(text)")
        #expect(text.contains("42\nonenamed!twonamed|none|0"), "\(text)")
        #expect(text.contains("|[named]|no missing|"), "\(text)")
    }
}
