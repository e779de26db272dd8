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
