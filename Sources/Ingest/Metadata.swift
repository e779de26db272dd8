import Corpus
import Foundation

/// A field of a draft with where it was found and how sure the reading is.
public struct Evidence: Sendable, Codable {
    /// 1-based line of the page, or 0 when inferred from the corpus.
    public var line: Int
    public var excerpt: String
    /// high | medium | low
    public var confidence: String
}

/// Reading a statement's metadata off its text: date, organizations, kind,
/// addressee, engagement, source address, language.
struct MetadataReader {
    let corpus: Corpus
    let names: CorpusNames
    let page: PageText
    let statement: StatementText

    var bodyText: String { statement.bodyLines.map { page.lines[$0] }.joined(separator: "\n") }
    /// The headline, or for a page without one its first sentence (cut to a title's length).
    var title: String {
        if let t = statement.titleLine { return page.lines[t].trimmingCharacters(in: .whitespaces) }
        let first = AskFinder.sentences(page, lines: Array(statement.bodyLines.prefix(1))).first?.text ?? ""
        let words = first.split(separator: " ").prefix(14).joined(separator: " ")
        return words.trimmingCharacters(in: CharacterSet(charactersIn: ".,;: "))
    }

    /// Lines to read metadata from first: the headline and the opening.
    var openingLines: [Int] { (statement.titleLine.map { [$0] } ?? []) + Array(statement.bodyLines.prefix(6)) }

    // MARK: Date

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"]

    /// Month names as pages write them: English, and Russian and Ukrainian
    /// (nominative and the genitive of "3 февраля 2024").
    static let monthNumbers: [String: Int] = {
        var out: [String: Int] = [:]
        for (i, m) in months.enumerated() { out[m] = i + 1 }
        let russian = [["январь", "января"], ["февраль", "февраля"], ["март", "марта"], ["апрель", "апреля"], ["май", "мая"],
                       ["июнь", "июня"], ["июль", "июля"], ["август", "августа"], ["сентябрь", "сентября"], ["октябрь", "октября"],
                       ["ноябрь", "ноября"], ["декабрь", "декабря"]]
        let ukrainian = [["січень", "січня"], ["лютий", "лютого"], ["березень", "березня"], ["квітень", "квітня"], ["травень", "травня"],
                         ["червень", "червня"], ["липень", "липня"], ["серпень", "серпня"], ["вересень", "вересня"], ["жовтень", "жовтня"],
                         ["листопад", "листопада"], ["грудень", "грудня"]]
        for (i, forms) in (russian.enumerated().map { $0 } + ukrainian.enumerated().map { $0 }) { for f in forms { out[f] = i + 1 } }
        return out
    }()

    /// First bytes of month names, either case (Cyrillic letters start with 0xD0 or 0xD1).
    static let monthInitials: Set<UInt8> = Set("jfmasondJFMASOND".utf8).union([0xD0, 0xD1])

    /// Dates written out in a line: "June 30, 2017", "30 June 2017", "2017-06-30", "June 2017".
    static func dates(in line: String) -> [(PartialDate, Range<String.Index>)] {
        var out: [(PartialDate, Range<String.Index>)] = []
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
        for (i, w) in words.enumerated() {
            // Only words that can be a month name or an ISO date need a closer look:
            // checked on the first byte, before any string is made.
            guard let first = w.utf8.first, w.utf8.count <= 20,
                  monthInitials.contains(first) || (first >= 0x30 && first <= 0x39 && w.utf8.count >= 10) else { continue }
            let lw = String(w.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" })
            guard let m = monthNumbers[lw].map({ $0 - 1 }) ?? months.firstIndex(where: { $0.prefix(3) == lw && lw.count == 3 }) else {
                // ISO dates.
                let t = String(w.filter { $0.isNumber || $0 == "-" })
                if t.count == 10, let d = PartialDate(t) { out.append((d, w.startIndex..<w.endIndex)) }
                continue
            }
            func number(_ k: Int) -> Int? { k >= 0 && k < words.count ? Int(String(words[k].filter(\.isNumber))) : nil }
            if let day = number(i + 1), (1...31).contains(day), let year = number(i + 2), (1900...2100).contains(year),
               let d = PartialDate(year: year, month: m + 1, day: day) {
                out.append((d, w.startIndex..<words[i + 2].endIndex))
            } else if let day = number(i - 1), (1...31).contains(day), let year = number(i + 1), (1900...2100).contains(year),
                      let d = PartialDate(year: year, month: m + 1, day: day) {
                out.append((d, words[i - 1].startIndex..<words[i + 1].endIndex))
            } else if let year = number(i + 1), (1900...2100).contains(year), let d = PartialDate(year: year, month: m + 1) {
                out.append((d, w.startIndex..<words[i + 1].endIndex))
            }
        }
        return out
    }

    /// The publication date the page states: a "Published on …" or dated
    /// line near the statement, or the dateline ("Washington, March 18 —";
    /// a dateline without a year takes the latest year the text names).
    func statedDate() -> (PartialDate, Evidence)? {
        let cues = ["published on", "posted on", "published", "date:", "dated", "updated on"]
        for (i, line) in page.lines.enumerated() {
            let l = line.lowercased()
            if cues.contains(where: { l.hasPrefix($0) }), let (d, _) = Self.dates(in: line).first {
                return (d, Evidence(line: i + 1, excerpt: line, confidence: "high"))
            }
        }
        // A date standing alone on a line before or after the body, or a dateline.
        for i in page.lines.indices where i < (statement.bodyLines.first ?? 0) || i > (statement.bodyLines.last ?? 0) {
            let line = page.lines[i].trimmingCharacters(in: .whitespaces)
            if line.split(separator: " ").count <= 5, let (d, _) = Self.dates(in: line).first {
                return (d, Evidence(line: i + 1, excerpt: line, confidence: "high"))
            }
        }
        if let first = statement.bodyLines.first {
            let line = page.lines[first]
            // "Moscow, 3 February 2024. …": a place, a comma, a full date, at the very start.
            if let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) < 30,
               line.first?.isUppercase == true,
               let (d, r) = Self.dates(in: line).first, d.precision == .day,
               line.distance(from: comma, to: r.lowerBound) <= 3 {
                return (d, Evidence(line: first + 1, excerpt: String(line[..<r.upperBound]), confidence: "high"))
            }
            if let dash = line.firstIndex(where: { $0 == "—" || $0 == "–" }), line.distance(from: line.startIndex, to: dash) < 60 {
                let head = String(line[..<dash])
                if let (d, _) = Self.dates(in: head).first {
                    return (d, Evidence(line: first + 1, excerpt: head, confidence: "high"))
                }
                if let (month, day) = Self.monthDay(in: head), let year = latestYear()?.0,
                   let d = PartialDate(year: year, month: month, day: day) {
                    return (d, Evidence(line: first + 1, excerpt: head, confidence: "medium"))
                }
            }
        }
        return nil
    }

    /// A date the text implies, when the page states none: the month of the
    /// latest date it names (a letter written ahead of it), or the latest
    /// year it names — low confidence.
    func impliedDate() -> (PartialDate, Evidence)? {
        var latest: (PartialDate, Int, String)? = nil
        for i in statement.bodyLines {
            for (d, r) in Self.dates(in: page.lines[i]) where latest.map({ $0.0 < d }) ?? true {
                latest = (d, i, String(page.lines[i][r]))
            }
        }
        if let (d, i, text) = latest, let month = PartialDate(year: d.year, month: d.month) {
            return (month, Evidence(line: i + 1, excerpt: text, confidence: "low"))
        }
        if let (y, i) = latestYear(), let d = PartialDate(year: y) {
            return (d, Evidence(line: i + 1, excerpt: String(y), confidence: "low"))
        }
        return nil
    }

    /// The latest plausible year written in the body, with its line.
    func latestYear() -> (Int, Int)? {
        var year: (Int, Int)? = nil
        for i in statement.bodyLines {
            for w in page.lines[i].split(whereSeparator: { !$0.isNumber }) where w.count == 4 {
                if let y = Int(w), (1990...2100).contains(y), y > (year?.0 ?? 0) { year = (y, i) }
            }
        }
        return year
    }

    /// "March 18" or "18 March" without a year (a dateline's).
    static func monthDay(in text: String) -> (Int, Int)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == "." })
        for (i, w) in words.enumerated() {
            let lw = w.lowercased()
            guard let m = months.firstIndex(where: { $0 == lw || ($0.prefix(3) == lw && lw.count == 3) }) else { continue }
            for k in [i + 1, i - 1] where k >= 0 && k < words.count {
                if let day = Int(words[k]), (1...31).contains(day) { return (m + 1, day) }
            }
        }
        return nil
    }

    /// For a page that states no date and names nothing datable: the year
    /// of the latest engagement whose participants it names, else of the
    /// corpus's newest document (pages arrive after the record they extend).
    func priorYear() -> (PartialDate, Evidence) {
        let bytes = Array(bodyText.utf8)
        let named = corpus.events.filter { e in
            e.participants.contains { p in p.split(separator: " ").last.map { ByteSearch.contains(bytes, Array($0.utf8)) } ?? false }
        }
        if let e = named.max(by: { $0.date < $1.date }), let d = PartialDate(year: e.date.year) {
            return (d, Evidence(line: 0, excerpt: "the year of the latest engagement with someone it names: \(e.title)", confidence: "low"))
        }
        let year = corpus.documents.map(\.date.year).max() ?? CalendarYear.current
        return (PartialDate(year: year)!, Evidence(line: 0, excerpt: "the year of the corpus's newest document", confidence: "low"))
    }

    // MARK: Organizations

    struct Mention { var organization: Organization; var line: Int; var offset: Int; var text: String }

    /// Every corpus organization the page names, by name, short name or
    /// alias; where one name is inside a longer one ("Amnesty International"
    /// in "Amnesty International USA"), only the longer counts.
    func mentions(lines: [Int]) -> [Mention] {
        var found: [(Mention, Int)] = []   // mention, length (in bytes, as the offset)
        // A byte that continues a word: an ASCII letter or digit, or part of a non-ASCII character.
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        for i in lines {
            let line = Array(page.lines[i].utf8)
            for (org, orgNames) in names.organizations {
                for (name, needle) in orgNames {
                    // Names are proper nouns: matched with their capitals ("human rights first" is not an organization).
                    var from = 0
                    while let at = ByteSearch.firstIndex(line, needle, from: from) {
                        let end = at + needle.count
                        if (at == 0 || !isWordByte(line[at - 1])) && (end == line.count || !isWordByte(line[end])) {
                            found.append((Mention(organization: org, line: i, offset: at, text: name), needle.count))
                        }
                        from = end
                    }
                }
            }
        }
        // Drop a match inside a longer match of another organization on the same line.
        return found.filter { m, len in
            !found.contains { o, olen in
                o.line == m.line && olen > len && o.offset <= m.offset && o.offset + olen >= m.offset + len && o.organization.id != m.organization.id
            }
        }.map(\.0)
    }

    /// The authoring or signing organizations: those the headline and the
    /// first paragraphs name (a joint statement names several).
    func organizations() -> [(Organization, Evidence)] {
        let opening = openingLines
        var out: [(Organization, Evidence)] = []
        let all = mentions(lines: opening)
        for m in all where !out.contains(where: { $0.0.id == m.organization.id }) {
            out.append((m.organization, Evidence(line: m.line + 1, excerpt: excerpt(page.lines[m.line], around: m.text), confidence: "medium")))
        }
        if out.isEmpty {
            // Otherwise the organization named most often in the whole text.
            var counts: [String: (Mention, Int)] = [:]
            // …the whole page counts here: an op-ed's organization is in its author's bio.
            for m in mentions(lines: Array(page.lines.indices)) { counts[m.organization.id, default: (m, 0)].1 += 1 }
            if let best = counts.values.max(by: { $0.1 < $1.1 }) {
                out.append((best.0.organization, Evidence(line: best.0.line + 1, excerpt: excerpt(page.lines[best.0.line], around: best.0.text), confidence: "low")))
            }
        }
        return out
    }

    /// Organization-like names the corpus lacks ("… Watch", "… Foundation").
    func unknownOrganizations() -> [(String, Evidence)] {
        let heads: Set<String> = ["Watch", "First", "International", "Foundation", "Institute", "Center", "Centre", "Committee",
                                  "Coalition", "Council", "Union", "Network", "Association", "Alliance", "Society", "House", "Initiative"]
        var out: [(String, Evidence)] = []
        let known = Set(corpus.organizations.flatMap { [$0.name] + $0.aliases + ($0.short.map { [$0] } ?? []) })
        for i in openingLines.prefix(5) {
            let words = page.lines[i].split(separator: " ").map { w -> String in
                var t = String(w).trimmingCharacters(in: CharacterSet(charactersIn: ",.;:“”\"()’'"))
                for possessive in ["’s", "'s"] where t.hasSuffix(possessive) { t.removeLast(2) }
                return t
            }
            for (k, w) in words.enumerated() where heads.contains(w) && k > 0 {
                var start = k
                while start > 0, let f = words[start - 1].first, f.isUppercase || ["of", "for", "on"].contains(words[start - 1]) { start -= 1 }
                while start < k, ["of", "for", "on"].contains(words[start]) { start += 1 }
                guard k - start >= 1 else { continue }
                let name = words[start...k].joined(separator: " ")
                if !known.contains(where: { name.contains($0) || $0.contains(name) }) && !out.contains(where: { $0.0 == name }) {
                    out.append((name, Evidence(line: i + 1, excerpt: name, confidence: "low")))
                }
            }
        }
        return out
    }

    // MARK: Kind, addressee, engagement, source, language

    func kind() -> (DocumentKind, Evidence) {
        let text = page.lines.joined(separator: "\n").lowercased()
        let opening = (statement.bodyLines.prefix(3).map { page.lines[$0] }.joined(separator: " ")).lowercased()
        if text.contains("views expressed") || text.contains("op-ed") || text.contains("opinion") || authorBio() {
            return (.opEd, Evidence(line: 0, excerpt: "an author's opinion piece", confidence: "medium"))
        }
        if statement.bodyLines.prefix(3).contains(where: { page.lines[$0].hasPrefix("Dear ") }) || opening.hasPrefix("we write")
            || opening.hasPrefix("i write") {
            return (.letter, Evidence(line: 0, excerpt: "a salutation", confidence: "medium"))
        }
        if page.lines.contains(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "press" }) || text.contains("press release")
            || opening.contains(" today urged") || opening.contains(" today called") || opening.hasPrefix("washington") {
            return (.pressRelease, Evidence(line: 0, excerpt: "press cues", confidence: "medium"))
        }
        // Reported speech ("…,” said Jane Doe, Director of …): a release about the statement.
        if let line = statement.bodyLines.first(where: { Self.hasAttribution(page.lines[$0]) }) {
            return (.pressRelease, Evidence(line: line + 1, excerpt: "reported speech", confidence: "medium"))
        }
        if title.lowercased().contains("letter") || opening.contains("in a letter") || opening.contains("letter to") {
            return (.letter, Evidence(line: 0, excerpt: "a letter", confidence: "medium"))
        }
        if text.contains("report") && title.lowercased().contains("report") { return (.report, Evidence(line: 0, excerpt: "report", confidence: "low")) }
        return (.statement, Evidence(line: 0, excerpt: "no stronger cue", confidence: "low"))
    }

    /// "…,” said Jane Doe" / "said Jane Doe, …": a named speaker quoted in the third person.
    static func hasAttribution(_ line: String) -> Bool {
        var search = line.startIndex..<line.endIndex
        while let r = line.range(of: " said ", range: search) {
            let next = line[r.upperBound...].prefix { $0 != " " && $0 != "," }
            if let c = next.first, c.isUppercase, !["The", "He", "She", "They", "It", "We", "In", "On"].contains(String(next)) { return true }
            search = r.upperBound..<line.endIndex
        }
        return false
    }

    /// A closing line "X is Head of … at …": the page is signed by a person.
    func authorBio() -> Bool {
        let after = (statement.bodyLines.last ?? 0) + 1
        return page.lines.dropFirst(after).prefix(4).contains(where: StatementText.isBio)
    }

    /// "letter to X," / "urged X to".
    func addressee() -> (String, Evidence)? {
        for i in statement.bodyLines.prefix(4) {
            let line = page.lines[i]
            for cue in ["letter to ", "letter from", "urged ", "calls on ", "called on "] {
                guard let r = line.range(of: cue) else { continue }
                if cue == "letter from" {
                    if let to = line.range(of: " to ", range: r.upperBound..<line.endIndex) {
                        let rest = line[to.upperBound...]
                        let name = rest.prefix { $0 != "," && $0 != "." }.trimmingCharacters(in: .whitespaces)
                        if name.split(separator: " ").count >= 2 { return (name, Evidence(line: i + 1, excerpt: excerpt(line, around: name), confidence: "medium")) }
                    }
                    continue
                }
                let rest = line[r.upperBound...]
                var name = rest.prefix { $0 != "," && $0 != "." }.trimmingCharacters(in: .whitespaces)
                if let to = name.range(of: " to ") { name = String(name[..<to.lowerBound]) }
                let words = name.split(separator: " ")
                if words.count >= 2, words.count <= 12, words.first?.first?.isUppercase == true,
                   !["the", "The"].contains(String(words.first!)) || words.count > 2 {
                    return (name, Evidence(line: i + 1, excerpt: excerpt(line, around: name), confidence: "medium"))
                }
            }
        }
        return nil
    }

    /// The engagement the statement is written for: an event of the corpus
    /// whose participants, place, title words or short name ("HRC48") the
    /// page names, close in time — and above all one it speaks of as now or
    /// ahead ("this week", "ahead of", "upcoming"), not as past.
    /// `isCurrent` says whether the page spoke of it so.
    func event(date: PartialDate?) -> (event: Event, evidence: Evidence, isCurrent: Bool)? {
        // Organizations' names are not engagements' ("Human Rights Watch" is no
        // "Human Rights Council"): blanked out before matching.
        let text = ([title] + statement.bodyLines.map { page.lines[$0] }).joined(separator: " ")
        var bytes = Array(text.utf8)
        for needle in self.names.blanked {
            var from = 0
            while let at = ByteSearch.firstIndex(bytes, needle, from: from) {
                for k in at..<(at + needle.count) { bytes[k] = 0x20 }
                from = at + needle.count
            }
        }
        var best: (Event, Double, String, Bool)? = nil
        let mentionedDates = MetadataReader.dates(in: text).map(\.0)
        func mentions(_ word: Substring) -> Bool { ByteSearch.contains(bytes, Array(word.utf8)) }
        // Sentences spoken of as now, as bytes (names blanked), with the dates they name: read once.
        let current = Self.currentSentences(String(decoding: bytes, as: UTF8.self)).map {
            (bytes: Array($0.text.utf8), dates: $0.dates)
        }
        for e in corpus.events {
            var score = 0.0
            var why: [String] = []
            var names: [Substring] = []
            var specific: [Substring] = []   // title words and short names, not people or places other events share
            for p in e.participants {
                if let surname = p.split(separator: " ").last, mentions(surname) { score += 1; why.append(String(surname)); names.append(surname) }
            }
            if let place = e.location {
                for word in place.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }) where word.count > 3 && mentions(word) {
                    score += 1.5; why.append(String(word)); names.append(word)
                }
            }
            for word in e.title.split(separator: " ") where word.count > 4 && word.first?.isUppercase == true && mentions(word) {
                score += 0.5; why.append(String(word))
                if !names.contains(word) { specific.append(word) }
                names.append(word)
            }
            for short in self.names.shortNames[e.id] ?? [] where mentions(Substring(short)) {
                score += 2; why.append(short); names.append(Substring(short)); specific.append(Substring(short))
            }
            if mentionedDates.contains(where: { $0.relation(to: e.date) == .samePeriod }) { score += 2; why.append(e.date.long) }
            if let date {
                let gap = abs(e.date.dayNumber - date.dayNumber)
                if gap > 400 { score -= 3 } else if gap < 120 { score += 1 }
            }
            // Spoken of as now or ahead, in a sentence naming it by two things,
            // one of them its own (its title's words, its short name, its
            // date): what the statement is written for. People and places
            // that other engagements share ("Trump", "Geneva") are not enough.
            let isCurrent = current.contains { sentence in
                let named = Set(names.filter { ByteSearch.contains(sentence.bytes, Array($0.utf8)) }).count
                let dated = sentence.dates.contains { $0.relation(to: e.date) == .samePeriod }
                let isSpecific = dated || specific.contains { ByteSearch.contains(sentence.bytes, Array($0.utf8)) }
                return isSpecific && named + (dated ? 1 : 0) >= 2
            }
            if isCurrent { score += 5; why.append("spoken of as now or ahead") }
            if score >= 3.5, score > (best?.1 ?? 0) { best = (e, score, why.joined(separator: ", "), isCurrent) }
        }
        guard let (e, score, why, isCurrent) = best else { return nil }
        return (e, Evidence(line: 0, excerpt: "names \(why)", confidence: score >= 5 ? "high" : "medium"), isCurrent)
    }

    /// A sentence spoken of as now or ahead, with the dates it names (read once).
    struct CurrentSentence { var text: Substring; var dates: [PartialDate] }

    /// Sentences that speak of something as happening now or ahead, and name no past date.
    static func currentSentences(_ text: String) -> [CurrentSentence] {
        text.split(whereSeparator: { $0 == "." || $0 == "\n" }).compactMap { sentence in
            let lower = Array(sentence.lowercased().utf8)
            guard currentCues.contains(where: { ByteSearch.contains(lower, $0) }) else { return nil }
            let dates = MetadataReader.dates(in: String(sentence)).map(\.0)
            // "In June 2021, …" is told as past.
            let past = dates.contains { d in
                d.precision != .year && ByteSearch.contains(lower, Array("in \(months[d.month! - 1])".utf8))
            }
            return past ? nil : CurrentSentence(text: sentence, dates: dates)
        }
    }

    static let currentCues: [[UInt8]] = ["this week", "today", "ahead of", "upcoming", "next week", "this month", "on the eve of",
                                         "will meet", " meets ", "is meeting", "will hold", "to be held", "tomorrow", "later this",
                                         "forthcoming", "as the "].map { Array($0.utf8) }

    /// Short names an event goes by: its id's lettered-and-numbered parts
    /// ("hrc48" → HRC48) and its title's initials with its number ("48th
    /// session of the UN Human Rights Council" → HRC48, UNHRC48).
    static func shortNames(_ e: Event) -> [String] {
        var out: Set<String> = []
        for part in e.id.split(separator: "-") where part.count >= 4 && part.contains(where: \.isNumber) && part.contains(where: \.isLetter) {
            out.insert(part.uppercased())
        }
        let words = e.title.split(separator: " ")
        let capitals = words.filter { $0.first?.isUppercase == true && $0.count > 1 }
        let number = words.lazy.compactMap { w -> String? in
            let digits = w.prefix { $0.isNumber }
            return digits.isEmpty ? nil : String(digits)
        }.first
        if capitals.count >= 2, let number {
            let initials = String(capitals.map { $0.allSatisfy(\.isUppercase) ? String($0) : String($0.first!) }.joined())
            out.insert(initials + number)
            let withoutAcronym = capitals.drop { $0.allSatisfy(\.isUppercase) }
            if withoutAcronym.count >= 2 { out.insert(String(withoutAcronym.map { String($0.first!) }.joined()) + number) }
        }
        return out.sorted()
    }

    func source() -> (String, Evidence)? {
        for (i, line) in page.lines.enumerated() {
            let l = line.lowercased()
            guard l.hasPrefix("original source") || l.hasPrefix("source:") || l.hasPrefix("source link:") else { continue }
            let value = line.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !value.isEmpty else { continue }
            let url = value.hasPrefix("http") ? value : "https://" + value
            if SafeLink.isClickable(url) { return (url, Evidence(line: i + 1, excerpt: line, confidence: "medium")) }
        }
        if let link = page.links.first(where: { SafeLink.isClickable($0) && !["facebook", "twitter", "linkedin", "x.com", "mailto"].contains(where: $0.contains) }) {
            return (link, Evidence(line: 0, excerpt: link, confidence: "low"))
        }
        return nil
    }

    /// `ru` or `uk` for Cyrillic text (Ukrainian by і ї є ґ), else nil (English).
    func language() -> (String, Evidence)? {
        if let declared = page.declaredLanguage.map(LanguageTag.primary), declared != "en", LanguageTag.isValid(declared) {
            return (declared, Evidence(line: 0, excerpt: "lang=\(declared)", confidence: "high"))
        }
        let text = bodyText
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return nil }
        let cyrillic = letters.filter { (0x400...0x4FF).contains($0.value) }
        guard Double(cyrillic.count) / Double(letters.count) > 0.4 else { return nil }
        let ukrainian = text.unicodeScalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
        return (ukrainian ? "uk" : "ru", Evidence(line: 0, excerpt: ukrainian ? "Ukrainian letters" : "Cyrillic text", confidence: "medium"))
    }

    func excerpt(_ line: String, around text: String) -> String {
        guard let r = line.range(of: text) else { return String(line.prefix(80)) }
        let start = line.index(r.lowerBound, offsetBy: -min(40, line.distance(from: line.startIndex, to: r.lowerBound)))
        let end = line.index(r.upperBound, offsetBy: min(40, line.distance(from: r.upperBound, to: line.endIndex)))
        return String(line[start..<end])
    }
}
