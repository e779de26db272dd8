import Corpus
import Foundation

extension MetadataReader {
    /// Words that name an engagement, and the kind each makes it.
    static let engagementWords: [(String, EventKind)] = [
        ("summit", .summit), ("meeting", .meeting), ("meet", .meeting), ("talks", .meeting), ("call", .call),
        ("phone call", .call), ("visit", .visit), ("trip", .visit), ("session", .session), ("conference", .meeting),
    ]
    /// Titles before a person's name in "President Trump", "Secretary of State Rubio".
    static let personTitles = [
        "President ", "Presidents ", "Prime Minister ", "Secretary of State ", "Secretary ", "Foreign Minister ",
        "Chancellor ", "Minister ",
    ]

    /// An engagement the page speaks of as now or ahead ("ahead of the 15
    /// August meeting between Presidents Trump and Putin in Anchorage") that
    /// the corpus does not hold, to be proposed for `events.yaml`: from a
    /// sentence with a kind word and a date or a place; `fallbackDate` dates
    /// one without.
    func proposedEvent(fallbackDate: PartialDate, taken: Set<String>) -> (Event, Evidence)? {
        for i in statement.textLines {
            let line = page.lines[i]
            for current in Self.currentSentences(line) {
                let sentence = current.text
                let lower = sentence.lowercasedByScalar()
                guard let (word, kind) = Self.engagementWords.first(where: { lower.contains(" \($0.0)") }) else {
                    continue
                }
                let text = String(sentence)
                let stated = current.dates.first
                let monthDay = Self.monthDay(in: text)
                let location = Self.place(in: text)
                let people = Self.people(in: text)
                guard stated != nil || monthDay != nil || location != nil, !(people.isEmpty && location == nil) else {
                    continue
                }
                var date = fallbackDate
                if let stated {
                    date = stated
                } else if let (m, d) = monthDay, let y = Optional(fallbackDate.year),
                    let full = PartialDate(year: y, month: m, day: d)
                {
                    date = full
                }
                let who =
                    people.isEmpty
                    ? "" : people.map { String($0.split(separator: " ").last ?? "") }.joined(separator: "–") + " "
                let title = (who + word + (location.map { " in \($0)" } ?? "")).capitalizedFirst
                var id = Slug.make("\(who)\(word) \(location ?? "") \(date.year)")
                var n = 2
                while taken.contains(id) || corpus.event(id) != nil {
                    id = Slug.make("\(who)\(word) \(location ?? "") \(date.year)") + "-\(n)"; n += 1
                }
                let event = Event(
                    id: id, date: date, title: title, kind: kind, participants: people, location: location,
                    source: SourceLocation(file: page.path, line: i + 1))
                return (
                    event,
                    Evidence(
                        line: i + 1, excerpt: excerpt(line, around: String(sentence.prefix(60))), confidence: "low")
                )
            }
        }
        return nil
    }

    /// "in Anchorage", "in Geneva": a capitalized place after "in".
    static func place(in sentence: String) -> String? {
        let words = sentence.split(separator: " ")
        for (k, w) in words.enumerated() where w == "in" && k + 1 < words.count {
            let next = words[k + 1].trimmingCharacters(in: .punctuationCharacters)
            if let c = next.first, c.isUppercase, next.count > 2,
                LanguageCues.monthNumbers[next.lowercasedByScalar()] == nil
            {
                return next
            }
        }
        return nil
    }

    /// People named with a title: "Presidents Trump and Putin", "President Vladimir Putin".
    static func people(in sentence: String) -> [String] {
        var out: [String] = []
        for title in personTitles {
            var search = sentence.startIndex..<sentence.endIndex
            while let r = sentence.range(of: title, range: search) {
                let rest = sentence[r.upperBound...].split(separator: " ").prefix(4)
                var name: [Substring] = []
                for w in rest {
                    let clean = w.trimmingCharacters(in: .punctuationCharacters)
                    if clean == "and", title.hasSuffix("s "), !name.isEmpty {
                        out.append(name.joined(separator: " ")); name = []; continue
                    }
                    guard let c = clean.first, c.isUppercase else { break }
                    name.append(Substring(clean))
                    if w.last.map({ ",.;:".contains($0) }) == true { break }
                }
                if !name.isEmpty { out.append(name.joined(separator: " ")) }
                search = r.upperBound..<sentence.endIndex
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted && $0.count > 2 }
    }
}

extension MetadataReader {
    /// Every language's name forms and the engagements' (`LanguageCues.engagementNameForms`), one table.
    static let nameTable = WordTable(nameEntries)
    /// The same, with the countries as the languages other than English name
    /// them ("Algérie", "Китая" → Algeria, China), for a page not in English:
    /// "chines*" is German's, not English's "Chinese".
    static let foreignNameTable = WordTable(
        nameEntries + foreignNameForms
            + LanguageCues.all.filter { $0.code != "en" }.flatMap(\.countries).map { key, country in
                // The country as its key writes it in English ("saudi-arabia" → Saudi Arabia).
                (
                    key,
                    country.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
                        separator: " ")
                )
            })
    /// Names a word gives only in the languages other than English: "Roma" is Rome in Italian,
    /// Spanish and Portuguese, and a people in English.
    static let foreignNameForms: [(key: String, value: String)] = [("roma", "Rome")]
    static let nameEntries: [(key: String, value: String)] =
        LanguageCues.all.flatMap { $0.nameForms.map { (key: $0.key, value: $0.value) } }
        + LanguageCues.engagementNameForms
    /// Each kind's words, as lowercased beginnings of a word.
    static let kindWords: [(EventKind, [String])] = LanguageCues.engagementKindWords.sorted {
        $0.key.rawValue < $1.key.rawValue
    }
    .map { ($0.key, $0.value) }
    /// Every language's words for "now or ahead", as bytes: its table's and the engagements' own.
    static let engagementAheadBytes: [[UInt8]] =
        LanguageCues.aheadCues + LanguageCues.engagementAheadCues.map { Array($0.utf8) }

    /// The English names a text writes in its own way: each language's name
    /// forms ("Poutine" → Putin, "Вашингтоне" → Washington) and its
    /// capitalized Cyrillic words in Latin letters ("Тиллерсон" → Tillerson);
    /// on a `foreign` page (not English), the countries its language names
    /// ("Algérie" → Algeria: "chines*" is German's, not English's "Chinese").
    static func engagementNames(in text: String, foreign: Bool) -> [String] {
        let table = foreign ? foreignNameTable : nameTable
        var out = Words.of(text).compactMap { table.value(of: $0) }
        // Cyrillic letters are two bytes opening 0xD0–0xD3 in UTF-8: a text without them has none.
        guard text.utf8.contains(where: { (0xD0...0xD3).contains($0) }) else { return out }
        for word in text.unicodeScalars.split(whereSeparator: { !$0.properties.isAlphabetic }) {
            // A capital Cyrillic letter (А–Я, Ё, and Ukrainian Є І Ї Ґ) opens a name.
            guard let first = word.first, (0x400...0x42F).contains(first.value) || first.value == 0x490 else {
                continue
            }
            // A word in capitals is an acronym, written in Latin capitals too ("НАТО" → NATO).
            let isAcronym = word.count >= 2 && word.allSatisfy { $0.properties.isUppercase }
            for letters in [LanguageCues.latinLetters, LanguageCues.latinLettersSecondReading] {
                var latin = ""
                for scalar in word {
                    let c = Character(scalar.properties.lowercaseMapping)
                    latin += letters[c] ?? LanguageCues.latinLetters[c] ?? String(c)
                }
                out.append(isAcronym ? latin.uppercased() : latin.prefix(1).uppercased() + latin.dropFirst())
            }
        }
        return out
    }

    /// The kinds of engagement a sentence names ("summit", "Gipfel", "визиту"),
    /// at a word's start or, in a compound, its end ("Chinabesuch", "G20-Gipfel").
    /// Read on the bytes of the lowercased sentence: a letter of another script counts as a letter.
    static func kindsNamed(in sentence: some StringProtocol) -> Set<EventKind> {
        let bytes = Array(String(sentence).lowercasedByScalar().utf8)
        let isLetter = ByteSearch.isWordByte
        func names(_ cue: [UInt8]) -> Bool {
            var from = 0
            while let at = ByteSearch.firstIndex(bytes, cue, from: from) {
                from = at + 1
                if at == 0 || !isLetter(bytes[at - 1]) { return true }
                // A compound's end: at least `compoundHead` letters of the word before it, and the word ends.
                let end = at + cue.count
                guard end >= bytes.count || !isLetter(bytes[end]) else { continue }
                var head = 0
                while head < Self.compoundHead, at - head - 1 >= 0, isLetter(bytes[at - head - 1]) { head += 1 }
                if head >= Self.compoundHead { return true }
            }
            return false
        }
        var out: Set<EventKind> = []
        for (kind, cues) in kindWordBytes where cues.contains(where: names) { out.insert(kind) }
        return out
    }

    /// Each kind's words as bytes.
    static let kindWordBytes: [(EventKind, [[UInt8]])] = kindWords.map { ($0.0, $0.1.map { Array($0.utf8) }) }

    /// Fewest letters before a kind's word that make a compound of it
    /// ("China|besuch"): fewer are an ending of another word ("P|reise", "K|reise").
    static let compoundHead = 3

    /// Days between two dates' periods: 0 when they overlap ("2025" and 27
    /// November 2025), else from the end of the earlier to the start of the later.
    static func daysApart(_ a: PartialDate, _ b: PartialDate) -> Int {
        switch a.relation(to: b) {
        case .samePeriod: return 0
        case .before: return b.dayNumber - PartialDate.dayNumber(a.latest)
        case .after: return a.dayNumber - PartialDate.dayNumber(b.latest)
        }
    }

    /// Days a text names by day and month, as (month, day), a year or not
    /// ("le 7 décembre", "6 ноября", "del 30 de noviembre", "on December
    /// 7"): an engagement spoken of so is of the year the reader knows.
    static func monthDays(in text: some StringProtocol) -> [(Int, Int)] {
        // A text without a digit names no day: most sentences are passed over at once.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let words = String(text).utf8.split(whereSeparator: { Self.daySeparators.contains($0) }).map {
            Substring($0).trimmingScalars(in: Self.dayPunctuation)
        }
        var out: [(Int, Int)] = []
        func month(_ k: Int) -> Int? {
            k >= 0 && k < words.count ? LanguageCues.monthNumbers[words[k].lowercasedByScalar()] : nil
        }
        // From each day's number (rare) to the month beside it: "29 мая", "30 de noviembre", "December 7".
        for (i, w) in words.enumerated() where w.utf8.count <= 2 {
            guard let day = Int(w), (1...31).contains(day) else { continue }
            let after =
                i + 1 < words.count && LanguageCues.dateFillers.contains(words[i + 1].lowercasedByScalar())
                ? i + 2 : i + 1
            let before = i > 0 ? LanguageCues.monthBeforeDay(words[i - 1].lowercasedByScalar()) : nil
            if let m = month(after) ?? before { out.append((m, day)) }
        }
        return out
    }

    /// Bytes between the words of a day and its month (space, comma, full stop, brackets, straight quotes).
    static let daySeparators: Set<UInt8> = Set(" ,.()\"".utf8)
    /// Quotation marks beyond ASCII around such a word.
    static let dayPunctuation = ScalarSets.of("«»“”")

    /// Whether `bytes` hold a person's `name` alone, as a whole word not
    /// followed by another capitalized one: "President Xi later this week",
    /// not "Xinjiang", and not "Hu Jia" for Hu Jintao (another person of that name).
    static func namesAlone(_ bytes: [UInt8], _ name: [UInt8]) -> Bool {
        func isASCIILetter(_ b: UInt8) -> Bool { let l = b | 0x20; return l >= 0x61 && l <= 0x7A }
        return ByteSearch.wholeWordIndices(bytes, name, isLetter: isASCIILetter).contains { i in
            let end = i + name.count, next = end + 1
            // Followed by a space and a capital: another name goes on ("Hu Jia").
            return
                !(end < bytes.count && bytes[end] == 0x20 && next < bytes.count && bytes[next] >= 0x41
                && bytes[next] <= 0x5A)
        }
    }
}
