extension LanguageCues {
    static let english = LanguageCues(
        code: "en",
        months: [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
            ["december", "dec"],
        ],
        dateFillers: ["of", "the"],
        weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        publishedCues: [
            "published on", "published:", "published", "posted on", "posted:", "posted", "date:", "dated",
            "released on",
            "release date", "issued on",
        ],
        askCues: [
            "urge", "urged", "urges", "urging", "call on", "calls on", "called on", "calling on", "called for",
            "calls for",
            "should", "must", "demand", "demands", "ask", "asks", "asked", "press", "insist", "raise", "we request",
            "we appeal",
        ],
        salutations: ["dear "],
        saidVerbs: ["said", "says", "stated", "added", "noted"],
        letterWords: ["letter"],
        statementWords: ["statement", "joint statement"],
        releaseWords: ["press release", "news release", "media release", "for immediate release"],
        opinionLabels: ["opinion", "op-ed", "commentary", "perspective"],
        opinionDisclaimers: ["views expressed", "op-ed", "the author’s own", "the author's own"],
        todayWords: [" today "],
        stopwords: [
            "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "with", "by", "at", "as", "that",
            "this", "its", "it", "is", "be", "are", "was", "from", "their", "his", "her", "all", "any",
            "should", "must", "us", "u", "s", "president", "human", "rights", "urge", "urged", "call",
            "called", "also", "them", "they", "who", "which", "will", "have", "has", "not", "other", "those",
            "these", "government", "authorities",
        ],
        concepts: [
            "free": "release", "freed": "release", "freeing": "release", "liberat*": "release",
            "jail*": "detain", "imprison*": "detain", "detention": "detain", "incarcerat*": "detain",
            "captivity": "detain", "captive*": "detain", "hostage*": "detain", "custody": "detain",
            "pow": "prisoner war", "pows": "prisoner war", "defenders": "defender", "critics": "critic",
            "uighur*": "uyghur", "uyghur*": "uyghur", "kids": "child", "children": "child",
            "openly": "publicly", "public": "publicly", "impunity": "accountability justice",
            "accountable": "accountability", "prosecut*": "justice accountability",
            "ukrainian*": "ukraine", "russian*": "russia", "chinese": "china", "tibetan*": "tibet",
            "egyptian*": "egypt", "belarusian*": "belarus", "venezuelan*": "venezuela",
            "azerbaijani*": "azerbaijan", "uyghurs": "uyghur",
        ])
}
