/// What each template sees: one typed, `Encodable` context per brief kind
/// (Mustache reads the properties by name). Counts arrive with their noun
/// in agreement ("1 document", "3 organizations"); lists arrive as
/// sentences; every section flag is a `Bool` named `has…`.

/// `Templates/issue-brief.mustache`.
public struct IssueBriefContext: Encodable, Sendable {
    public struct IssueRef: Encodable, Sendable { public var id, label: String }
    public struct DocumentRef: Encodable, Sendable {
        public var organizations, date, title: String
        /// What follows it in a list of candidates: ", ", " or ", or nothing.
        public var separator: String = ""
    }
    public struct DemandLine: Encodable, Sendable {
        public var label: String
        /// "in 3 documents by 4 organizations", "in one joint letter (3 organizations)".
        public var voices: String
        public var organizations: String
        /// " Status: met (7 April 2022)." or "" for a plain open demand.
        public var status: String
    }
    public struct Label: Encodable, Sendable { public var label: String }

    public var issue: IssueRef
    public var period, periodStart, periodEnd, cutoff, generated: String
    /// "between March 2021 and May 2024", or "in December 2024" for a one-period range.
    public var periodPhrase: String
    public var organizations, documents: String
    public var consensus: [DemandLine]
    public var hasConsensus: Bool
    public var single: [DemandLine]
    public var hasSingle: Bool
    public var unasked: [Label]
    /// The unasked demands as one list: "A; B; and C".
    public var unaskedText: String
    public var hasUnasked: Bool
    /// The documents that may be the first, and those that may be the most recent
    /// (dates known only to the month or year, or one day shared, can leave the order
    /// open): at most five of each, the rest counted in `firstMore` and `latestMore`.
    public var first, latest: [DocumentRef]
    /// "3 other documents" beyond those `first` (`latest`) names, or "" when it names them all.
    public var firstMore, latestMore: String
    /// Whether `firstMore` (`latestMore`) counts any.
    public var hasFirstMore, hasLatestMore: Bool
    public var firstUncertain, latestUncertain: Bool
    public var sameFirstAndLatest: Bool
    public var hasLeftOut: Bool
    public var leftOut, leftOutVerb: String
}

/// `Templates/meeting-brief.mustache`.
public struct MeetingBriefContext: Encodable, Sendable {
    public struct EventRef: Encodable, Sendable {
        public var id, title, kind, date, participants: String
        public var location: String
        public var hasLocation: Bool
    }
    public struct TalkingPointLine: Encodable, Sendable {
        public var text, organizations, sources: String
        public var forThisEngagement: Bool
    }
    public struct AnnexLine: Encodable, Sendable { public var letter, title, directive: String }

    public var event: EventRef
    public var generated, cutoff: String
    public var organizations, documents, addressing, lookback: String
    public var hasAddressing: Bool
    /// One line: which engagement, with whom, when.
    public var purpose: String
    /// What the brief draws on: documents written for it, from the look-back, left out at its edge.
    public var documentsLine: String
    /// The newest document is more than a year older than the engagement.
    public var stale: Bool
    public var staleText: String
    /// "Raise first" at a meeting, call, visit or summit; "Press first for" at a session or vote.
    public var bottomLineLead: String
    /// The bottom line as one Markdown sentence list (labels in bold).
    public var bottomLineText: String
    public var hasBottomLine: Bool
    /// What changed since the last engagement with these participants (Markdown).
    public var hasSinceLast: Bool
    public var sinceLastText: String
    public var talkingPoints: [TalkingPointLine]
    public var hasAnnexes: Bool
    public var annexes: [AnnexLine]
}

/// `Templates/annual-summary.mustache`.
public struct AnnualSummaryContext: Encodable, Sendable {
    public struct DemandLine: Encodable, Sendable { public var label, issue: String }
    public struct OutcomeLine: Encodable, Sendable {
        public var label, status, date, note: String
        public var hasNote: Bool
    }

    public var year, previousYear, generated: String
    public var documents, organizations, asks, issues, engagements: String
    public var hasPrevious: Bool
    public var new: [DemandLine]
    public var hasNew: Bool
    public var newDemands: String
    public var returning: [DemandLine]
    public var hasReturning: Bool
    public var returningDemands: String
    public var continuing: [DemandLine]
    public var hasContinuing: Bool
    public var continuingDemands: String
    public var dropped: [DemandLine]
    public var hasDropped: Bool
    public var droppedDemands: String
    public var outcomes: [OutcomeLine]
    public var hasOutcomes: Bool
}
