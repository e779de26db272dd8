import Corpus
import Foundation
import Typesetting

/// One brief as a person asks for it — which brief and the options that
/// shape it — whether from `brief generate` or from the web application.
/// Both turn a request into a brief here, so the same request on the same
/// corpus gives the same brief wherever it is made.
public struct BriefRequest: Hashable, Sendable {
    /// What the brief is about.
    public enum Subject: Hashable, Sendable {
        /// An issue brief over a period.
        case issue(String, DateRange)
        /// A meeting-prep brief looking back a number of years from its engagement.
        case meeting(String, lookback: Int)
        /// An annual summary.
        case year(Int)
    }

    public var subject: Subject
    /// A template name from `Templates/`, a `.mustache` file or a folder; nil for the brief's own.
    public var template: String?
    /// Paper; nil for the style's.
    public var paper: PaperSize?

    public init(subject: Subject, template: String? = nil, paper: PaperSize? = nil) {
        self.subject = subject; self.template = template; self.paper = paper
    }

    /// The file name the brief is written under, without extension:
    /// the issue or event id, or `summary-YYYY`.
    public var name: String {
        switch subject {
        case .issue(let id, _): return id
        case .meeting(let id, _): return id
        case .year(let year): return "summary-\(year)"
        }
    }

    /// The kind of brief the subject asks for.
    public var contentType: any BriefContent.Type {
        switch subject {
        case .issue: return IssueBrief.self
        case .meeting: return MeetingBrief.self
        case .year: return AnnualSummary.self
        }
    }

    /// The brief's content computed from the corpus; throws `BriefError`
    /// (unknown id with a suggestion, nothing in the period, no document that year).
    public func content(corpus: Corpus) throws -> any BriefContent {
        switch subject {
        case .issue(let id, let range): return try IssueBrief(corpus: corpus, issue: id, range: range)
        case .meeting(let id, let lookback): return try MeetingBrief(corpus: corpus, event: id, lookback: lookback)
        case .year(let year): return try AnnualSummary(corpus: corpus, year: year)
        }
    }

    /// The template a brief is set with and its style.
    public struct Design: Sendable {
        public var template: BriefTemplate
        public var style: BriefStyle
    }

    /// What `design(resources:)` reads of a request: two requests with the same inputs have the
    /// same template and style (from the same resources), whatever they are about.
    public struct DesignInputs: Hashable, Sendable {
        /// The brief's kind, whose template is the default (`BriefContent.defaultTemplate`).
        public var kind: String
        public var template: String?
        public var paper: PaperSize?
    }

    public var designInputs: DesignInputs {
        DesignInputs(kind: contentType.defaultTemplate, template: template, paper: paper)
    }

    /// Finds the template and reads it and its style: from the resources
    /// alone, so a caller may do it while the corpus loads.
    public func design(resources: Resources) throws -> Design {
        let inputs = designInputs
        let template = try BriefTemplate(nameOrPath: inputs.template, default: inputs.kind, resources: resources)
        return Design(
            template: template,
            style: try BriefStyle.load(path: template.stylePath, pageSize: inputs.paper, kind: inputs.kind))
    }

    /// A brief ready to write, and what it claims as data.
    public struct Prepared {
        public var brief: ComposedBrief
        public var record: any BriefRecord
    }

    /// Computes the content, finds the template and its style, and composes
    /// the brief: everything but the layout. `design` gives the template and
    /// style when they were read ahead (`design(resources:)`); it is called
    /// once the content is computed, so that a problem with the content is
    /// still reported before one with the template.
    public func prepare(
        corpus: Corpus, renderer: BriefRenderer, creator: String, design: (() throws -> Design)? = nil
    ) throws -> Prepared {
        let content = try self.content(corpus: corpus)
        let design = try design?() ?? self.design(resources: renderer.resources)
        let brief = try renderer.compose(content, template: design.template, style: design.style, creator: creator)
        return Prepared(brief: brief, record: content.record())
    }
}
