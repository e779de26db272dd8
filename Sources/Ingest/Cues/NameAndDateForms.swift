/// Tables the date and organization readers add to each language's cues:
/// words that mark a line as an update wherever they stand, and the case
/// endings by which a name is written inflected.
extension LanguageCues {
    /// Words that, anywhere in a short line holding a date, date the page's
    /// later life — an update ("[30 October 2015] UPDATE:", "Aktualisierung:
    /// 3. Juli 2025"), a printout ("Printed 4/3/2013"), a visit ("Accessed
    /// 2 May 2024") — lowercased whole words: not when it was published.
    static let laterStampWords: Set<String> = [
        "update", "updated", "aktualisiert", "aktualisierung", "actualizado", "actualización", "обновлено",
        "обновление", "оновлено", "оновлення", "printed", "gedruckt", "imprimé", "impreso", "accessed",
        "retrieved", "abgerufen", "consulté",
    ]

    /// Case endings of the languages that inflect names ("Мемориала",
    /// "Крымской правозащитной группы", "Deutsche Anwaltverein" for
    /// "Deutscher Anwaltverein"), lowercased, by language code: a word of a
    /// name and a word of a page are the same when they are once the ending
    /// is taken off. Their order does not matter: the longest that leaves a
    /// stem of `CorpusNames.shortestStem` letters is taken.
    static let caseEndings: [String: [String]] = [
        "ru": [
            "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее",
            "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ах", "ях", "ам", "ям", "а", "я", "ы", "и",
            "у", "ю", "е", "о", "ь",
        ],
        "uk": [
            "ого", "ому", "ими", "ами", "ями", "ою", "ею", "ій", "ий", "ої", "ом", "ем", "ів", "ах", "ях", "ам", "ям",
            "ім", "их", "а", "я", "у", "ю", "і", "и", "е", "о", "ь",
        ],
        "de": ["es", "en", "er", "em", "e", "s"],
    ]

    /// The unit words of dates written year first, as Chinese and Japanese ("2004年2月20日") and
    /// Korean ("2018년 3월 22일") write them: the year's, the month's and the day's, each after its
    /// number.
    static let yearMonthDayUnits: [(year: Unicode.Scalar, month: Unicode.Scalar, day: Unicode.Scalar)] = [
        ("年", "月", "日"), ("년", "월", "일"),
    ]
}
