/// Whether an ask's words name the engagement its document was written
/// for ("call off the summit", "renew the mandate at HRC57"). Such an ask's
/// whole point is that engagement: once it is past, the ask has lapsed
/// unless a later document asks again (DemandStatus).
public enum EngagementReference {
    /// Phrases that point at an engagement of each kind from the text of a
    /// document written for it. Data, not logic: add a kind's words here.
    static let phrases: [EventKind: [String]] = [
        .meeting: ["the meeting", "this meeting", "the upcoming meeting"],
        .call: ["the call", "this call", "the upcoming call"],
        .summit: ["the summit", "this summit", "the upcoming summit"],
        .visit: ["the visit", "this visit", "the trip", "this trip", "the upcoming visit"],
        .session: ["the session", "this session", "the upcoming session", "the vote", "this vote"],
        .other: ["the vote", "this vote"],
    ]

    /// True when `text` names `event`: its title, a token of its id that
    /// mixes letters and digits (`hrc57`, `g20`), or a phrase of its kind.
    public static func names(_ event: Event, in text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains(event.title.lowercased()) { return true }
        let compact = String(lower.filter { $0.isLetter || $0.isNumber || $0 == " " })
        let words = Set(compact.split(separator: " ").map(String.init))
        let spaced = " " + compact + " "
        for token in event.id.split(separator: "-")
        where token.contains(where: \.isLetter) && token.contains(where: \.isNumber) {
            // "HRC57" and "HRC 57" both name hrc57.
            if words.contains(String(token)) { return true }
            let letters = token.prefix { $0.isLetter }, digits = token.drop { $0.isLetter }
            if !digits.isEmpty, digits.allSatisfy(\.isNumber), spaced.contains(" \(letters) \(digits) ") { return true }
        }
        return phrases[event.kind, default: []].contains { spaced.contains(" " + $0 + " ") }
    }
}
