/// Kinds an organization may be (format v1).
public enum OrganizationKind: String, CaseIterable, Sendable {
    case ngo, thinkTank = "think-tank", government, intergovernmental, media, other
}

/// An organization that writes or signs documents.
public struct Organization: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Short form for tight places (matrix rows); falls back to the name.
    public var short: String?
    public var kind: OrganizationKind
    public var url: String?
    public var aliases: [String]
    public var location: SourceLocation
    public var displayShort: String { short ?? name }
}

/// A canonical demand within an issue; ids are unique across the corpus.
public struct Demand: Hashable, Sendable {
    public var id: String
    public var label: String
    public var issue: String
    public var location: SourceLocation
    /// Format v1.1: a sentence a principal can say, for talking points.
    public var talkingPoint: String? = nil
}

/// A topic of the issue taxonomy with its canonical demands.
public struct Issue: Hashable, Sendable {
    public var id: String
    public var label: String
    public var keywords: [String]
    public var demands: [Demand]
    public var location: SourceLocation
}

public enum EventKind: String, CaseIterable, Sendable {
    case meeting, call, summit, visit, session, other
}

/// An engagement documents may address: a meeting, call, summit, visit or session.
public struct Event: Hashable, Sendable {
    public var id: String
    public var date: PartialDate
    public var title: String
    public var kind: EventKind
    public var participants: [String]
    public var location: String?
    public var source: SourceLocation

    public init(
        id: String, date: PartialDate, title: String, kind: EventKind, participants: [String] = [],
        location: String? = nil, source: SourceLocation
    ) {
        self.id = id; self.date = date; self.title = title; self.kind = kind
        self.participants = participants; self.location = location; self.source = source
    }
}

public enum DocumentKind: String, CaseIterable, Sendable {
    case letter, pressRelease = "press-release", opEd = "op-ed", report, statement

    public var label: String {
        switch self {
        case .letter: return "letter"
        case .pressRelease: return "press release"
        case .opEd: return "op-ed"
        case .report: return "report"
        case .statement: return "statement"
        }
    }
}

/// One demand as a document makes it, optionally with an exact quote.
public struct Ask: Hashable, Sendable {
    public var demand: String
    public var text: String
    public var quote: String?
    public var location: SourceLocation
}

/// A letter, press release, op-ed, report or statement.
public struct Document: Hashable, Sendable {
    /// The file name without `.md`.
    public var id: String
    public var title: String
    public var organizations: [String]
    public var date: PartialDate
    public var kind: DocumentKind
    public var to: String?
    public var signatories: [String]
    public var event: String?
    public var source: String?
    public var asks: [Ask]
    /// The Markdown body as written, and its parsed form.
    public var body: String
    public var markdown: [MarkdownBlock]
    public var location: SourceLocation
    /// Where each front-matter field's value is, for messages about it.
    public var fieldLocations: [String: SourceLocation]
    /// Line in the file where the body starts.
    public var bodyLine: Int
    /// Format v1.1: BCP 47 tag of the text ("ru", "uk"); nil for the corpus's (English).
    public var language: String? = nil
}

/// Format v1.1: what became of a demand, as the record shows it.
public enum OutcomeStatus: String, CaseIterable, Sendable, Codable {
    case met, partlyMet = "partly-met", rejected, pending, moot

    /// "met", "partly met" — for sentences.
    public var label: String { self == .partlyMet ? "partly met" : rawValue }
}

/// One entry of `outcomes.yaml`.
public struct Outcome: Hashable, Sendable {
    public var demand: String
    public var status: OutcomeStatus
    public var date: PartialDate
    public var event: String?
    public var source: String?
    public var note: String?
    public var location: SourceLocation
    /// Where its `date` and `status` are written, for the checks on them.
    public var dateLocation: SourceLocation? = nil
    public var statusLocation: SourceLocation? = nil
}
