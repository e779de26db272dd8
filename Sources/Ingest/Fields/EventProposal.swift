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
        for i in statement.bodyLines {
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
    /// The engagements' names beside each language's name forms (`LanguageCues.engagementNameForms`).
    static let engagementNameTable = WordTable(LanguageCues.engagementNameForms)
    /// The countries as the languages other than English name them ("Algérie", "Китая"), from their tables.
    static let foreignCountryNames = WordTable(LanguageCues.all.filter { $0.code != "en" }.flatMap { $0.countries })
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
        var out: [String] = []
        for word in Words.of(text) {
            if let name = LanguageCues.nameForms.value(of: word) ?? engagementNameTable.value(of: word) {
                out.append(name)
            } else if foreign, let country = foreignCountryNames.value(of: word) {
                // "Algérie", "Китая": the country, as its key writes it in English ("saudi-arabia" → Saudi Arabia).
                out.append(
                    country.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
                        separator: " "))
            }
        }
        // Cyrillic letters are two bytes opening 0xD0–0xD3 in UTF-8: a text without them has none.
        guard text.utf8.contains(where: { (0xD0...0xD3).contains($0) }) else { return out }
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            guard let first = word.first, first.isUppercase,
                let lower = first.lowercased().first, LanguageCues.latinLetters[lower] != nil
            else { continue }
            let latin = word.lowercased().map { LanguageCues.latinLetters[$0] ?? String($0) }.joined()
            out.append(latin.prefix(1).uppercased() + latin.dropFirst())
        }
        return out
    }

    /// The kinds of engagement a sentence names ("summit", "Gipfel", "визиту"),
    /// at a word's start or, in a compound, its end ("Chinabesuch", "G20-Gipfel").
    static func kindsNamed(in sentence: some StringProtocol) -> Set<EventKind> {
        let words = Words.of(String(sentence))
        func names(_ word: Substring, _ cue: String) -> Bool {
            word.hasPrefix(cue) || (word.count >= cue.count + Self.compoundHead && word.hasSuffix(cue))
        }
        var out: Set<EventKind> = []
        for (kind, cues) in kindWords where cues.contains(where: { cue in words.contains { names($0, cue) } }) {
            out.insert(kind)
        }
        return out
    }

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
        let words = text.split(whereSeparator: { " ,.()«»\"“”".contains($0) })
        var out: [(Int, Int)] = []
        for (i, w) in words.enumerated() {
            guard let month = LanguageCues.monthNumbers[w.lowercasedByScalar()] else { continue }
            var before = i - 1
            if before >= 0, LanguageCues.dateFillers.contains(words[before].lowercasedByScalar()) { before -= 1 }
            for k in [before, i + 1] where k >= 0 && k < words.count {
                if let day = Int(words[k]), (1...31).contains(day) {
                    out.append((month, day))
                    break
                }
            }
        }
        return out
    }

    /// Whether `bytes` hold a person's `name` alone, as a whole word not
    /// followed by another capitalized one: "President Xi later this week",
    /// not "Xinjiang", and not "Hu Jia" for Hu Jintao (another person of that name).
    static func namesAlone(_ bytes: [UInt8], _ name: [UInt8]) -> Bool {
        var from = 0
        func isLetter(_ b: UInt8) -> Bool { let l = b | 0x20; return l >= 0x61 && l <= 0x7A }
        while let i = ByteSearch.firstIndex(bytes, name, from: from) {
            from = i + 1
            let end = i + name.count
            guard (i == 0 || !isLetter(bytes[i - 1])) && (end >= bytes.count || !isLetter(bytes[end])) else { continue }
            let next = end + 1
            if end < bytes.count, bytes[end] == 0x20, next < bytes.count, bytes[next] >= 0x41, bytes[next] <= 0x5A {
                continue
            }
            return true
        }
        return false
    }
}
