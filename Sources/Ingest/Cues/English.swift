extension LanguageCues {
    static let english = LanguageCues(
        code: "en",
        months: [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
                 ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
                 ["december", "dec"]],
        dateFillers: ["of", "the"],
        weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        publishedCues: ["published on", "published:", "published", "posted on", "posted:", "posted", "date:", "dated", "released on",
                        "release date", "issued on"],
        askCues: ["urge", "urged", "urges", "urging", "call on", "calls on", "called on", "calling on", "called for", "calls for",
                  "should", "must", "demand", "demands", "ask", "asks", "asked", "press", "insist", "raise", "we request", "we appeal"],
        salutations: ["dear "],
        saidVerbs: ["said", "says", "stated", "added", "noted"])
}
