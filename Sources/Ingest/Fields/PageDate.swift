import Corpus
import Foundation

/// Reading a page's date: the date the page states, at the precision it
/// states it, else a guess the review marks as one.
extension MetadataReader {
    /// A date written in a line, and where.
    struct WrittenDate { var date: PartialDate; var range: Range<String.Index> }

    /// Dates written out in a line, in any language of `LanguageCues`:
    /// "June 28, 2010", "28 June 2010", "2 August 2024", "17. August 2018",
    /// "le 12 juillet 2010", "24 de abril de 2023", "3 февраля 2024 года",
    /// "June 2010", "November 30th, 2017", "2010-06-28", "28.06.2010".
    static func dates(in line: String) -> [WrittenDate] {
        var out: [WrittenDate] = []
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" || $0 == "(" || $0 == ")" })
        let monthFirst = words.contains { monthFirstTimeZones.contains(String($0)) }
        func clean(_ k: Int) -> String { cleanWord(words[k]) }
        func number(_ k: Int) -> Int? {
            guard k >= 0 && k < words.count else { return nil }
            let digits = words[k].filter(\.isNumber)
            // "17." and "1er" are days; "2018)" a year; a word of letters is no number.
            guard !digits.isEmpty, digits.count <= 4, words[k].filter(\.isLetter).count <= 2 else { return nil }
            return Int(String(digits))
        }
        func isFiller(_ k: Int) -> Bool { k >= 0 && k < words.count && LanguageCues.dateFillers.contains(clean(k)) }
        var used = -1
        for (i, w) in words.enumerated() where i > used {
            guard let first = w.unicodeScalars.first, w.utf8.count <= 24 else { continue }
            if first.properties.numericType != nil {
                if let d = numericDate(String(w), monthFirst: monthFirst) {
                    out.append(WrittenDate(date: d, range: w.startIndex..<w.endIndex)); used = i
                } else if let (d, end) = spacedNumericDate(words, from: i) {
                    out.append(WrittenDate(date: d, range: w.startIndex..<words[end].endIndex)); used = end
                }
                continue
            }
            guard let month = LanguageCues.monthNumbers[clean(i)] else { continue }
            // The day before the month ("28 June", "le 12 juillet", "24 de abril") or after it ("June 28").
            var left = i - 1
            // A filler that is itself a day ("le 1er juin") is the day, not a word to pass over.
            while isFiller(left) && number(left) == nil { left -= 1 }
            var right = i + 1
            while isFiller(right) { right += 1 }
            var day: Int? = nil, start = i, end = i
            if let d = number(left), (1...31).contains(d) { day = d; start = left }
            if day == nil, let d = number(right), (1...31).contains(d), words[right].filter(\.isNumber).count <= 2 {
                day = d; end = right
                right += 1
                while isFiller(right) { right += 1 }
                // A mail's or a Unix stamp ("Fri Nov 21 03:24:26 JST 1997"): the time and its zone
                // between the day and the year.
                if right < words.count, isStampTime(words[right]) {
                    right += 1
                    if right < words.count, isTimeMark(words[right]) { right += 1 }
                }
            }
            // A form that is also a common word ("ago") is a month only after its day.
            if start == i && LanguageCues.monthBeforeDay(clean(i)) == nil { continue }
            guard let year = number(right), (1900...2100).contains(year) else { continue }
            end = right
            // A month word with no day and no year next to it is a word ("may", "march").
            if let day, let d = PartialDate(year: year, month: month, day: day) {
                out.append(WrittenDate(date: d, range: words[start].startIndex..<words[end].endIndex)); used = end
            } else if day == nil, let d = PartialDate(year: year, month: month) {
                out.append(WrittenDate(date: d, range: words[start].startIndex..<words[end].endIndex)); used = end
            }
        }
        let yearFirst = yearFirstUnitDates(in: line)
        return yearFirst.isEmpty ? out : (out + yearFirst).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Dates written year first with unit words after the numbers (`LanguageCues.yearMonthDayUnits`):
    /// "发表时间：2004年2月20日", "2011年12月24日土曜日", "2018년 3월 22일", and "2011年12月" at a month's
    /// precision. Such a date is no word of its own (Chinese and Japanese write no spaces), so the
    /// line is read character by character, and only where it holds a year's unit.
    static func yearFirstUnitDates(in line: String) -> [WrittenDate] {
        // Each unit is a character of three bytes whose first is 0xE5 or more in UTF-8: a line without
        // such a byte (nearly every line dates are looked for in) is not decoded.
        guard line.utf8.contains(where: { $0 >= 0xE5 }) else { return [] }
        let units = LanguageCues.yearMonthDayUnits.filter { u in line.unicodeScalars.contains(u.year) }
        guard !units.isEmpty else { return [] }
        let scalars = line.unicodeScalars
        let end = scalars.endIndex
        func digit(_ s: Unicode.Scalar) -> Int? {
            switch s.value {
            case 0x30...0x39: Int(s.value - 0x30)
            case 0xFF10...0xFF19: Int(s.value - 0xFF10)
            default: nil
            }
        }
        func pastSpaces(_ k: String.Index) -> String.Index {
            var k = k
            while k < end, scalars[k] == " " { k = scalars.index(after: k) }
            return k
        }
        // The number of at most `digits` digits (ASCII or full-width) from `k`, and where it ends.
        func number(at k: String.Index, digits: Int) -> (value: Int, end: String.Index)? {
            var value = 0, count = 0, k = k
            while k < end, count < digits, let d = digit(scalars[k]) {
                value = value * 10 + d; count += 1; k = scalars.index(after: k)
            }
            guard count > 0, k == end || digit(scalars[k]) == nil else { return nil }
            return (value, k)
        }
        // Where unit `u` ends, standing at `k` after spaces perhaps.
        func unit(_ u: Unicode.Scalar, at k: String.Index) -> String.Index? {
            let k = pastSpaces(k)
            return k < end && scalars[k] == u ? scalars.index(after: k) : nil
        }
        var out: [WrittenDate] = []
        var k = scalars.startIndex
        while k < end {
            let previous = k == scalars.startIndex ? nil : scalars[scalars.index(before: k)]
            guard previous.flatMap(digit) == nil, let year = number(at: k, digits: 4),
                (1900...2100).contains(year.value)
            else {
                k = scalars.index(after: k)
                continue
            }
            for u in units {
                guard let m = unit(u.year, at: year.end), let month = number(at: pastSpaces(m), digits: 2),
                    let afterMonth = unit(u.month, at: month.end)
                else { continue }
                if let day = number(at: pastSpaces(afterMonth), digits: 2), let afterDay = unit(u.day, at: day.end),
                    let date = PartialDate(year: year.value, month: month.value, day: day.value)
                {
                    out.append(WrittenDate(date: date, range: k..<afterDay))
                } else if let date = PartialDate(year: year.value, month: month.value) {
                    out.append(WrittenDate(date: date, range: k..<afterMonth))
                }
                break
            }
            k = year.end
        }
        return out
    }

    /// A word as the month and filler tables spell it: lowercased, with its letters, digits and
    /// apostrophes only ("(June," → "june"). An ASCII word, most words of most pages, is read byte
    /// by byte; any other by its characters.
    static func cleanWord(_ word: Substring) -> String {
        guard word.isAllASCII else {
            return String(word.lowercasedByScalar().filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "ʼ" })
        }
        let bytes = word.utf8
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes {
                let lower = b | asciiLowercaseBit
                if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                    out[n] = lower
                } else if (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "'") {
                    out[n] = b
                } else {
                    continue
                }
                n += 1
            }
            return n
        }
    }

    /// Set, it makes an ASCII capital its small letter (and leaves a small letter as it is).
    private static let asciiLowercaseBit: UInt8 = 0x20

    /// The time zones of North America, whose sites write a date with slashes month first:
    /// "Posted: 04/08/2015 11:52 am EDT" is 8 April.
    static let monthFirstTimeZones: Set<String> = [
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT",
    ]

    /// "2010-06-28" and "2010.06.28", or "28.06.2010", "08/01/2004" and "25-05-2013" (the day first, as
    /// most of the world writes it; the month first when the day cannot be
    /// first, "06/28/2010", or when `monthFirst`: a line stamped with a
    /// North American time zone, `monthFirstTimeZones`).
    static func numericDate(_ word: String, monthFirst: Bool = false) -> PartialDate? {
        let t = word.trimmingCharacters(in: CharacterSet(charactersIn: "0123456789-./").inverted)
        if t.count == 10, t.contains("-"), let d = PartialDate(t) { return d }
        let parts = t.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
        if parts.count == 3, t.contains("/") || t.contains("-"), parts[2].count == 4,
            let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]), a > 0, b > 0
        {
            let dayFirst = monthFirst ? a > 12 : a > 12 || b <= 12
            return dayFirst
                ? PartialDate(year: year, month: b, day: a) : PartialDate(year: year, month: a, day: b)
        }
        // Year first, as East Asian and Hungarian sites write it ("2023.05.16", "2023/05/16").
        if parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2, let year = Int(parts[0]),
            let month = Int(parts[1]), let day = Int(parts[2])
        {
            return PartialDate(year: year, month: month, day: day)
        }
        if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2]),
            parts[0].count <= 2, parts[1].count <= 2
        {
            return PartialDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// A date with a two-digit year ("12/06/18", "12.06.18"), the day first:
    /// read only at a byline's end (`bylineDate`: "Por Jane Roe (THE DAILY EXAMPLE, 12/06/18):", as
    /// sites reposting op-eds credit the newspaper), where a number of that shape is the piece's
    /// date and no score, count or reference. Years 00–49 are this century's.
    static func shortYearDate(_ word: String) -> PartialDate? {
        let t = word.trimmingCharacters(in: CharacterSet(charactersIn: "0123456789./").inverted)
        let parts = t.split(whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.count == 3, parts.allSatisfy({ (1...2).contains($0.count) }), parts[2].count == 2,
            !(t.contains(".") && t.contains("/")), let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return PartialDate(year: y < shortYearPivot ? 2000 + y : 1900 + y, month: b, day: a)
    }
    /// Two-digit years below it are read as 20yy, from it as 19yy: the pages are of 1950–2049.
    static let shortYearPivot = 50

    /// A numeric date whose parts a site sets apart with spaces ("03 - 07 - 2013", "25 / 07 / 2022",
    /// German "2. 6. 2015"): the date of the words from `i`, and the index of its last word.
    static func spacedNumericDate(_ words: [Substring], from i: Int) -> (PartialDate, Int)? {
        // "2. 6. 2015": day and month each end with their point, the year stands alone.
        func dayOrMonth(_ w: Substring) -> Bool {
            w.last == "." && (2...3).contains(w.count) && w.dropLast().allSatisfy(\.isNumber)
        }
        if i + 2 < words.count, dayOrMonth(words[i]), dayOrMonth(words[i + 1]),
            words[i + 2].prefix(while: \.isNumber).count == 4, !(words[i + 2].dropFirst(4).first?.isLetter ?? false)
        {
            return numericDate("\(words[i])\(words[i + 1])\(words[i + 2].prefix(4))").map { ($0, i + 2) }
        }
        guard i + 4 < words.count, ["-", "/", "."].contains(words[i + 1]), words[i + 3] == words[i + 1],
            [words[i], words[i + 2]].allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }),
            words[i + 4].prefix(while: { $0.isNumber }).count == 4,
            !(words[i + 4].dropFirst(4).first?.isLetter ?? false)
        else { return nil }
        let separator = words[i + 1] == "-" ? "." : words[i + 1]
        return numericDate("\(words[i])\(separator)\(words[i + 2])\(separator)\(words[i + 4].prefix(4))").map {
            ($0, i + 4)
        }
    }

    /// The first day a text names by day and month without a year ("March 18", "18 March", "16 de
    /// abril"): a dateline's. The days are read as an engagement's are (`monthDays`).
    static func monthDay(in text: String) -> (Int, Int)? { monthDays(in: text).first }

    /// Whether a line is a date and little else: "26 November 2025",
    /// "Tuesday, 12 March 2024", "Geneva, 2 August 2024".
    static func isDateLine(_ line: String) -> WrittenDate? {
        let found = dates(in: line)
        guard found.count == 1, let d = found.first else { return nil }
        var rest = line
        rest.removeSubrange(d.range)
        // A breadcrumb ending in a month's archive ("Startseite › News › Oktober 2010") is navigation; a
        // date with its update stamp after it ("Miércoles, 24 de septiembre de 2003 · Actualizado a las
        // 12:41") is a date line.
        let before = String(line[..<d.range.lowerBound])
        if breadcrumbSteps.contains(where: { before.contains($0) }) { return nil }
        let words = withoutTimeOfDay(rest).split(whereSeparator: { !$0.isLetter }).map { $0.lowercasedByScalar() }
            .filter { !LanguageCues.weekdays.contains($0) && !LanguageCues.dateFillers.contains($0) }
        return words.count <= 3 ? d : nil
    }

    /// What sets a breadcrumb's steps apart in a line (`breadcrumbSeparators` with a space either
    /// side); not " / ", which a date line may hold.
    static let breadcrumbSteps = breadcrumbSeparators.subtracting(["/"]).map { " \($0) " }

    /// A text without its time of day ("at 4:30 p.m. EDT", "à 15h56", "15:56 Uhr"): the clock
    /// time (hours and minutes parted by a colon or an "h"), the short word before it, and the
    /// marks after it (a.m./p.m., "Uhr", a zone in capitals).
    static func withoutTimeOfDay(_ text: String) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let clock = tokens.firstIndex(where: isClockTime) else { return text }
        var end = clock + 1
        while end < tokens.count && end - clock <= timeMarks && isTimeMark(tokens[end]) { end += 1 }
        var start = clock
        if start > 0 && tokens[start - 1].count <= timeWordLength && tokens[start - 1].allSatisfy(\.isLetter) {
            start -= 1
        }
        tokens.removeSubrange(start..<end)
        return tokens.joined(separator: " ")
    }

    /// "4:30", "15h56", "11:25,": one or two digits, a colon or an "h", two digits.
    static func isClockTime(_ token: Substring) -> Bool {
        let t = token.trimmingCharacters(in: .punctuationCharacters)
        let parts = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" })
        return parts.count == 2 && (1...2).contains(parts[0].count) && parts[1].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// A clock time with its seconds ("03:24:26"), as a mail's or a Unix stamp writes it, or without.
    static func isStampTime(_ token: Substring) -> Bool {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
    }

    /// "a.m.", "pm", "Uhr", "EDT", "GMT": what follows a clock time.
    static func isTimeMark(_ token: Substring) -> Bool {
        let t = token.trimmingCharacters(in: .punctuationCharacters)
        return ["am", "pm", "a.m", "p.m", "uhr", "h"].contains(t.lowercased())
            || (t.allSatisfy(\.isLetter) && (2...timeWordLength).contains(t.count) && t == t.uppercased())
    }

    /// How many marks may follow a clock time ("p.m. EDT").
    static let timeMarks = 2

    /// The longest word a time of day brings along ("at", "p.m.", "EDT", "Uhr").
    static let timeWordLength = 4

    /// A site's stamp: a short line opening with an update cue and holding a
    /// date ("Last updated: Wednesday, 1 August 2012, 11:25 GMT", "Последнее
    /// обновление: среда, 01 августа 2012 г."), or a publication label
    /// (`publicationLabel`: "Posted 3 May 2022", "Par A · Publié le 25 juillet
    /// 2022") with a date. Page furniture: never the headline, nor the first
    /// line of the text.
    static func isStampLine(_ line: String) -> Bool {
        // A long line is never one: only a short one is lowercased and read (this runs on a PDF's every line).
        guard line.utf8.count < stampLength * maximumBytesPerCharacter else { return false }
        let l = line.trimmingWhitespaceScalars().lowercasedByScalar()
        guard l.count < stampLength else { return false }
        if opens(l, with: LanguageCues.updatedCues) {
            // "Последнее обновление (3 часа назад)": a time counted back from now stands for the date.
            let words = " " + l.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
            return !dates(in: line).isEmpty
                || (l.contains(where: \.isNumber) && LanguageCues.agoWords.contains { words.holds(" \($0) ") })
        }
        return publicationLabel(line).map { !dates(in: String($0.text)).isEmpty } ?? false
    }

    /// The most bytes UTF-8 spends on one character.
    static let maximumBytesPerCharacter = 4

    /// How long a stamp line may be, in characters: a cue, a date, a time and
    /// a byline fit; a paragraph opening with "Updated" does not.
    static let stampLength = 120
    /// The longest line read as a byline with a publication segment: several authors, the date and
    /// a reading time ("Dimitris Christopoulos, Malik Salemkour et Bahey eldin Hassan · Publié le
    /// 25 janvier 2019 à 06h00 · Temps de Lecture 3 min.") run past a stamp's length.
    static let bylineLength = 200

    /// The date the page states, most trusted first: a publication line
    /// ("Published on …", "Posted …", "Date:", in any language of the cues);
    /// a dateline opening the text ("New York, June 28, 2010 –", "(Berlin,
    /// August 17, 2018) –", "GENEVA (2 August 2024) –", "Москва, 3 февраля
    /// 2024 года."); a date alone on a line about the headline or opening
    /// the text (a letter's date); a publication date the HTML declares
    /// (`<meta>`, JSON-LD `datePublished`, `<time datetime>`).
    ///
    /// A dateline without a year opening the text ("March 12 (Reuters) –",
    /// "Madrid, 16 de abril. …") gives the day the report was filed: a later
    /// date found above it, within `datelineLagDays` (a site's masthead, a
    /// repost's stamp, a time zone ahead), is when the page was put up, and
    /// the dateline's day is the document's.
    func statedDate() -> (PartialDate, Evidence)? {
        // A mailing list's archive sets the mail's header over the document it carries: the mail's "Date:"
        // says when it was sent on, the document's own date (under its index line, above its headline)
        // when it was issued. The mail's date only where the page states no other.
        guard var found = firstStatedDate(readingMailHeaders: false) ?? firstStatedDate() else { return nil }
        if let written = otherReadingWrittenOut(found) { found = written }
        if let own = ownDateBelow(found) { found = own }
        if let dated = datelineAboveStamp(found) { found = dated }
        // The text's first lines: a site's stamp may open it above the dateline.
        guard found.0.precision == .day, let (first, month, day, head) = openingYearlessDateline() else {
            return found
        }
        guard let d = Self.latestDay(month: month, day: day, onOrBefore: found.0),
            found.0.dayNumber - d.dayNumber <= Self.datelineLagDays
        else { return found }
        return d == found.0 ? found : (d, Evidence(line: first + 1, excerpt: head, confidence: "medium"))
    }

    /// A date written with slashes whose day and month could trade places ("2/11/2016" in a US
    /// browser's print header) is read day first (`numericDate`); where the page's head writes the
    /// other reading out in words ("February 11, 2016" under the headline), that reading is the date.
    func otherReadingWrittenOut(_ found: (PartialDate, Evidence)) -> (PartialDate, Evidence)? {
        let d = found.0
        guard let day = d.day, let month = d.month, day <= 12, day != month, found.1.excerpt.contains("/"),
            let swapped = PartialDate(year: d.year, month: day, day: month)
        else { return nil }
        for (i, line) in page.lines.prefix(Self.writtenOutReach).enumerated()
        where Self.dates(in: line).contains(where: { $0.date == swapped && !line[$0.range].contains("/") }) {
            return (swapped, Evidence(line: i + 1, excerpt: line, confidence: "high"))
        }
        return nil
    }

    /// A date line a few lines under the page's date, earlier than it by at most `repostLagDays` and
    /// before any prose: the document's own date under a repost's or a site's stamp ("Posted on June
    /// 9, 2015 by Genocide Watch" over "Bashir Watch" / "4 June 2015"; "August 5, 2010" over an
    /// op-ed's byline and its "August 2, 2010").
    func ownDateBelow(_ found: (PartialDate, Evidence)) -> (PartialDate, Evidence)? {
        guard found.0.precision == .day, found.1.line > 0 else { return nil }
        var read = 0
        var lede = 0
        // The evidence counts lines from 1: its `line` is the index of the line under the date's.
        for i in found.1.line..<page.lines.count {
            let l = page.lines[i].trimmingWhitespaceScalars()
            if l.isEmpty { continue }
            // A repost's summary may stand between (`ledeParagraphs`), then the document with its own date.
            if StatementText.isProse(l) {
                lede += 1
                if lede > StatementText.ledeParagraphs { return nil }
                continue
            }
            if let d = Self.isDateLine(l)?.date ?? Self.bylineDate(l), d.precision == .day, d < found.0,
                found.0.dayNumber - d.dayNumber <= Self.repostLagDays
            {
                return (d, Evidence(line: i + 1, excerpt: l, confidence: "medium"))
            }
            read += 1
            if read == Self.ownDateLines { return nil }
        }
        return nil
    }

    /// The date a byline ends with, after its author and outlet ("By David Akin, Canwest News
    /// Service, December 1, 2009", "By A and B | January 25, 2016"): a reposted article's own date.
    static func bylineDate(_ line: String) -> PartialDate? {
        // Only the opening is compared: every line of a page's head is asked.
        guard PDFExtractor.opens(line, withOneOf: LanguageCues.bylineOpenings, longest: longestBylineOpening)
        else { return nil }
        // The date may hold a mark of its own ("December 1, 2009"): each tail from the right is read.
        for cut in line.indices.reversed() where bylineSegmentMarks.contains(line[cut]) {
            let tail = String(line[line.index(after: cut)...])
            if let d = isDateLine(tail)?.date, d.precision == .day { return d }
            // "(THE DAILY EXAMPLE, 12/06/18):": the newspaper's date, its year in two digits.
            let word = tail.trimmingScalars(in: ScalarSets.of(" ():;."))
            if !word.contains(" "), let d = shortYearDate(word) { return d }
        }
        return nil
    }
    static let longestBylineOpening = LanguageCues.bylineOpenings.map(\.count).max() ?? 0
    /// What sets a byline's date apart from its author and outlet.
    static let bylineSegmentMarks: Set<Character> = [",", "|", "·"]

    /// The opening's dateline where the page's date is a stamp below the text's opening, later
    /// than the dateline by at most `repostLagDays`: a blog's or a site's "Posted by … at
    /// 6/20/2015 09:41" under a release it reposts, whose "(Washington, DC, June 19, 2015) –"
    /// is the document's own date.
    func datelineAboveStamp(_ found: (PartialDate, Evidence)) -> (PartialDate, Evidence)? {
        guard found.0.precision == .day, let opens = statement.textLines.first, found.1.line - 1 > opens
        else { return nil }
        for i in openingText(Self.datelineLines) {
            guard let (d, head) = Self.dateline(page.lines[i]) else { continue }
            guard d.precision == .day, d < found.0, found.0.dayNumber - d.dayNumber <= Self.repostLagDays
            else { return nil }
            return (d, Evidence(line: i + 1, excerpt: head, confidence: "medium"))
        }
        return nil
    }

    /// Lines under the page's date within which the document's own date may stand (a headline
    /// repeated, an author, an affiliation, the organization's name).
    static let ownDateLines = 4
    /// Days a repost or a site may put a document up after its own date.
    static let repostLagDays = 30

    /// Lines from the top within which a page writes out the date its print header gives in figures.
    static let writtenOutReach = 40

    /// How many days a page may be put up after the day its dateline gives.
    static let datelineLagDays = 7
    /// How many of the text's first lines may hold its dateline.
    static let datelineLines = 3

    /// A dateline without a year opening a paragraph: a few words holding a
    /// day and a month before a dash, a colon or the first full stop
    /// ("March 12 (Reuters) -", "BRUSSELS, Nov 3 (Reuters) -", "Madrid, 16
    /// de abril."): the month, the day and the words that state them.
    static func yearlessDateline(_ line: String) -> (month: Int, day: Int, head: String)? {
        guard let end = datelineEnd(line) ?? line.prefix(40).range(of: ". ")?.lowerBound else { return nil }
        let head = String(line[..<end])
        guard head.split(separator: " ").count <= 6, dates(in: head).isEmpty, !isLaterStamp(head),
            namesOnlyAPlace(head), let (month, day) = monthDay(in: head)
        else { return nil }
        return (month, day, head)
    }

    /// Whether a dateline's head holds, besides its date, only names (a place, an agency: "BRUSSELS,",
    /// "(Reuters)"): a sentence's words ("The session opens on 10 May") are no dateline.
    static func namesOnlyAPlace(_ head: String) -> Bool {
        head.split(separator: " ").allSatisfy { w in
            let word = cleanWord(w)
            return w.first.map { $0.isUppercase || $0 == "(" || $0.isNumber } ?? true
                || LanguageCues.monthNumbers[word] != nil || LanguageCues.dateFillers.contains(word)
                || LanguageCues.weekdays.contains(word)
                || !w.contains(where: \.isLetter)
        }
    }

    /// The day of a year-less dateline among the text's first lines ("(ANSA) - ROMA, 17 LUG - …") in the
    /// year of the engagement the page addresses: the latest such day on or before the engagement, at
    /// most `engagementLagDays` before it. Nil when the text opens with no such dateline.
    /// `confidence`: how sure the engagement's year is.
    func yearlessDatelineDay(before engagement: PartialDate, confidence: String) -> (PartialDate, Evidence)? {
        guard engagement.precision == .day, let (i, month, day, head) = openingYearlessDateline(),
            let d = Self.latestDay(month: month, day: day, onOrBefore: engagement),
            engagement.dayNumber - d.dayNumber <= Self.engagementLagDays
        else { return nil }
        return (d, Evidence(line: i + 1, excerpt: head, confidence: confidence))
    }

    /// The first year-less dateline among the text's first `datelineLines` lines, with its line.
    func openingYearlessDateline() -> (line: Int, month: Int, day: Int, head: String)? {
        openingText(Self.datelineLines).lazy.compactMap { i in
            Self.yearlessDateline(self.page.lines[i]).map { (i, $0.month, $0.day, $0.head) }
        }.first
    }
    /// Lines at the text's end, and after it, where a wire's closing date may stand (`firstStatedDate`):
    /// the agency's name, the date, the editors' initials.
    static let footDateLines = 2
    /// How long before its engagement a page that speaks of it as now may be dated by its year-less dateline.
    static let engagementLagDays = 31

    /// The date the page states by the rules above, before a year-less dateline is read.
    private func firstStatedDate(readingMailHeaders: Bool = true) -> (PartialDate, Evidence)? {
        for (i, line) in page.lines.enumerated() {
            guard let label = Self.publicationLabel(line),
                readingMailHeaders || !StatementText.isMailHeader(page.lines, i)
            else { continue }
            if let d = Self.dates(in: String(label.text)).first {
                return (d.date, Evidence(line: i + 1, excerpt: line, confidence: "high"))
            }
            // The date on the next line ("Published" / "12 March 2024").
            if label.isWholeLine,
                let next = page.lines.indices.dropFirst(i + 1).first(where: {
                    !page.lines[$0].trimmingWhitespaceScalars().isEmpty
                }),
                let d = Self.isDateLine(page.lines[next])
            {
                return (d.date, Evidence(line: next + 1, excerpt: "\(line) \(page.lines[next])", confidence: "high"))
            }
        }
        let opening = openingText(5)
        for i in opening {
            let line = page.lines[i]
            if let dated = Self.dateline(line) {
                return (dated.0, Evidence(line: i + 1, excerpt: dated.1, confidence: "high"))
            }
        }
        // A date alone on a line, from a few lines above the headline (blank lines not counted: a site
        // may set its masthead twice around the date) to the opening of the text. Above a typed
        // letter's own heading ("Carta para la XI Cumbre Iberoamericana") stands its inside address,
        // and its date above that: as far as a letterhead's lines, the nearest first.
        let top = statement.titleLine ?? statement.textLines.first ?? 0
        let underLetterhead = statement.titleLine.map { StatementText.isLetterHeading(page.lines[$0]) } ?? false
        let first =
            (0..<top).reversed().filter { !page.lines[$0].trimmingWhitespaceScalars().isEmpty }.prefix(
                underLetterhead ? Self.letterheadLines : Self.dateLinesAboveHeadline
            ).last ?? top
        let last = opening.last ?? first
        // The article's head under the headline first (its byline, its date): a date above the headline
        // may be the site's date of today in its masthead ("Wednesday, January 14, 2026 · Subscribe" over
        // a byline's "Jan 13, 2026"). The text's own dates ("Am Dienstag, den 1. September") come last.
        let text = max(top, opening.first ?? top)
        let head = Array(top..<text), rest = Array(text...max(text, last))
        let span = Array(first..<max(first, top))
        let above = underLetterhead ? span.reversed() : span
        for i in head + above + rest where i < page.lines.count {
            if !readingMailHeaders && StatementText.isMailHeader(page.lines, i) { continue }
            let line = page.lines[i].trimmingWhitespaceScalars()
            if let d = Self.segmentDate(line) {
                return (d.date, Evidence(line: i + 1, excerpt: page.lines[i], confidence: "high"))
            }
            if let d = Self.bylineDate(line) {
                return (d, Evidence(line: i + 1, excerpt: page.lines[i], confidence: "medium"))
            }
        }
        if let (d, line) = letterheadDate(where: { _ in true }) {
            return (d.date, Evidence(line: line + 1, excerpt: page.lines[line], confidence: "high"))
        }
        if let (d, source) = page.meta.dates.first {
            return (d, Evidence(line: 0, excerpt: source, confidence: "high"))
        }
        // A site's masthead may date the page above its menus and breadcrumbs ("20 июня 2012, среда,
        // 14:37" over "Поддержите сайт | BE RU EN" and "Рубрики: Политика · Экономика · …"), which fill
        // the lines above the headline read so far: as many lines again above them, menus not counted,
        // the nearest first.
        if !underLetterhead {
            let mastheadLines = (0..<first).reversed().lazy.filter {
                let l = self.page.lines[$0].trimmingWhitespaceScalars()
                return !l.isEmpty && !StatementText.isBar(l)
            }.prefix(Self.dateLinesAboveHeadline)
            for i in mastheadLines {
                if let d = Self.segmentDate(page.lines[i].trimmingWhitespaceScalars()) {
                    return (d.date, Evidence(line: i + 1, excerpt: page.lines[i], confidence: "medium"))
                }
            }
        }
        // A news agency's wire closes its copy with the day it moved, under the agency's name ("(SERVIMEDIA)"
        // / "02 Mar 2010" / "MGR/lmb"): a date alone on one of the text's last lines or of the few right
        // after it.
        if let end = statement.textLines.last {
            let after = page.lines.indices.dropFirst(end + 1).lazy.filter {
                !self.page.lines[$0].trimmingWhitespaceScalars().isEmpty
            }.prefix(Self.footDateLines)
            for i in statement.textLines.suffix(Self.footDateLines) + after {
                if let d = Self.isDateLine(page.lines[i].trimmingWhitespaceScalars()), d.date.precision == .day {
                    return (d.date, Evidence(line: i + 1, excerpt: page.lines[i], confidence: "medium"))
                }
            }
        }
        // A dateline without a year ("Brussels, 12 November") takes the year the text names.
        for i in Array(first...max(first, last)).filter({ $0 < page.lines.count }) + opening {
            let line = page.lines[i]
            let end = Self.datelineEnd(line) ?? (line.count <= 40 ? line.endIndex : nil)
            guard let dash = end else { continue }
            let head = String(line[..<dash])
            let lower = head.lowercasedByScalar()
            // An update stamp says when the page changed; a head holding a whole date is no year-less dateline.
            if Self.opens(lower.trimmingWhitespaceScalars(), with: LanguageCues.updatedCues)
                || !Self.dates(in: head).filter({ $0.date.precision == .day }).isEmpty
                || !Self.namesOnlyAPlace(head)
            {
                continue
            }
            if let (month, day) = Self.monthDay(in: head), let year = latestYear()?.0,
                let d = PartialDate(year: year, month: month, day: day)
            {
                return (d, Evidence(line: i + 1, excerpt: head, confidence: "medium"))
            }
        }
        return nil
    }

    /// The text a publication cue labels in a short line, and whether it is the whole line: the
    /// line when it opens with the cue ("Published on 3 May 2022"); else the segment of a byline
    /// that does ("Par A et B · Publié le 25 juillet 2022"); else what follows the cue where a
    /// byline writes it capitalized after the author's name ("Fahad Shabbir (@FahadShabbir)
    /// Published June 20, 2023 | 05:40 PM") — a label, not a sentence's "a letter published on …"
    /// nor a headline's "Letter Dated 5 March". Nil when no cue labels the line.
    static func publicationLabel(_ line: String) -> (text: Substring, isWholeLine: Bool)? {
        let trimmed = Substring(line.trimmingWhitespaceScalars())
        guard trimmed.count < bylineLength else { return nil }
        let short = trimmed.count < stampLength
        let lower = trimmed.lowercasedByScalar()
        if short && opens(lower, with: LanguageCues.publishedCues) { return (trimmed, true) }
        // "Communiqué de presse publié le 3 septembre 2020, Berne": the release's label before the cue.
        if short, let label = releaseLabelsBeforeCue.first(where: { lower.hasPrefix($0) }),
            opens(String(lower.dropFirst(label.count)), with: LanguageCues.publishedCues)
        {
            return (trimmed.dropFirst(label.count), false)
        }
        // "Date 21.05.2016": a date label without its colon, the date alone after it.
        if short, let label = bareDateLabels.first(where: { lower.hasPrefix($0) }) {
            let rest = trimmed.dropFirst(label.count)
            if isDateLine(String(rest)) != nil { return (rest, false) }
        }
        for separator in segmentSeparators where trimmed.holds(separator) {
            let parts = trimmed.components(separatedBy: separator)
            for (k, part) in parts.enumerated() {
                let p = part.trimmingWhitespaceScalars()
                guard opens(p.lowercasedByScalar(), with: LanguageCues.publishedCues) else { continue }
                // A segment naming where the piece was published holds no date; the next one does
                // ("Published in: The Sydney Morning Herald · May 22, 2023 9:00AM EDT").
                if dates(in: p).isEmpty {
                    return (Substring(parts[k...].joined(separator: separator).trimmingWhitespaceScalars()), false)
                }
                return (Substring(p), false)
            }
        }
        guard short else { return nil }
        for cue in capitalizedPublishedCues {
            if let r = ByteSearch.range(of: cue, in: trimmed), namesAnAuthor(trimmed[..<r.lowerBound]) {
                return (trimmed[trimmed.index(after: r.lowerBound)...], false)
            }
        }
        return nil
    }

    /// Each language's words for a release, longest first, with the space after them: a byline may
    /// open with one before its publication cue ("Press release published on …").
    static let releaseLabelsBeforeCue: [String] = LanguageCues.releaseWords.sorted { $0.count > $1.count }.map {
        $0 + " "
    }

    /// Each language's date labels that end with a colon, without it and with a space ("date ",
    /// "datum ", "дата "): a line of the label and a date alone.
    static let bareDateLabels: [String] = LanguageCues.all.flatMap(\.dateLabels).filter { $0.hasSuffix(":") }.map {
        $0.dropLast().trimmingWhitespaceScalars() + " "
    }

    /// Each language's words for publishing ("published", "publié", "posted"; not its date labels,
    /// `LanguageCues.dateLabels`), capitalized after a space, as a byline sets them.
    static let capitalizedPublishedCues: [[UInt8]] = LanguageCues.all.flatMap(\.publishedCues).map {
        Array((" " + $0.prefix(1).uppercased() + $0.dropFirst()).utf8)
    }

    /// Whether the text before a byline's cue is an author's name: a few words, each capitalized or
    /// a handle ("Fahad Shabbir (@FahadShabbir)", "By JOHN SIFTON"), no date and no sentence.
    static func namesAnAuthor(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return (1...authorNameWords).contains(words.count)
            && words.allSatisfy { w in
                w.first?.isUppercase == true || w.hasPrefix("(@") || w.hasPrefix("@")
            }
    }

    /// The most words of an author's name (or two authors') before a byline's cue.
    static let authorNameWords = 6

    /// Lines of text above the headline where the page's date may stand alone (a masthead, a
    /// section's name, the date), and, where no other line dates the page, as many above those,
    /// menus and breadcrumbs not counted.
    static let dateLinesAboveHeadline = 3

    /// The date of the letter a page is or reports, where the page gives it
    /// apart from the date it was published (a person records a letter's
    /// date): a date alone on a line just above the letter's salutation, or a
    /// date written just after the opening's word for the letter ("In a joint
    /// letter released on October 30", "Dans un courrier envoyé le 27 avril
    /// 2022", "In their letter, dated Nov. 8", "un communiqué signé jeudi 2 mars"
    /// — a year left out is the publication's). Only a date at most `letterLeadDays` before the
    /// publication, at day precision: a letter is published after it is sent.
    func letterDate(published: PartialDate) -> (PartialDate, Evidence)? {
        guard published.precision == .day else { return nil }
        func fits(_ d: PartialDate) -> Bool {
            d.precision == .day && d.dayNumber <= published.dayNumber
                && published.dayNumber - d.dayNumber <= Self.letterLeadDays
        }
        let opening = openingText(6)
        if let (d, line) = letterheadDate(where: { fits($0.date) }) {
            return (d.date, Evidence(line: line + 1, excerpt: page.lines[line], confidence: "high"))
        }
        if let (d, line) = embeddedLetterDate(where: { fits($0.date) }) {
            return (d.date, Evidence(line: line + 1, excerpt: page.lines[line], confidence: "high"))
        }
        // A date just after the opening's word for the letter.
        for i in opening {
            let lower = page.lines[i].lowercasedByScalar()
            let bytes = Array(lower.utf8)
            for (word, isSigning) in Self.letterWordBytes {
                guard let at = Self.firstIndex(of: word, in: bytes, atAWordStart: isSigning),
                    !isSigning || Self.followsADocumentNoun(bytes, at: at),
                    let start = String.Index(lower.utf8.index(lower.utf8.startIndex, offsetBy: at), within: lower)
                else { continue }
                let window = String(lower[start...].prefix(Self.letterDateWindow))
                // The date after the word ("a letter dated 8 May"), else before it in its sentence
                // ("On 10 May, 35 organisations sent an open letter").
                let before = String(Self.sentenceBefore(lower[..<start].suffix(Self.letterSentenceWindow)))
                var found = Self.dayOfLetter(in: window, published: published, nearestLast: false)
                if found == nil, !isSigning {
                    found = Self.dayOfLetter(in: before, published: published, nearestLast: true)
                }
                if let d = found, !fits(d) { found = nil }
                // A weekday beside the word for the letter, in its sentence ("a letter dated Wednesday",
                // "on Wednesday sent a letter"): that day of the week, the publication's or before.
                let after = Self.sentenceAfter(lower[start...].prefix(Self.weekdayWindow))
                let near = Self.sentenceBefore(lower[..<start].suffix(Self.weekdayWindow))
                if found == nil, let weekday = Self.weekday(in: after) ?? Self.weekday(in: near) {
                    found = Self.latest(weekday, onOrBefore: published)
                }
                // "Вчера … направили обращение": the day before the publication; not in a quotation
                // ("“Ayer le envié una carta …”, tweeted on the 19th"), whose yesterday is its speaker's.
                if found == nil,
                    let offset = [after, near].lazy.filter({ !$0.contains(where: Self.openingQuotes.contains) })
                        .compactMap({ Self.formNumber(in: $0, forms: Self.yesterdayForms) }).first
                {
                    found = PartialDate(dayNumber: published.dayNumber + offset)
                }
                if let d = found, fits(d) {
                    return (d, Evidence(line: i + 1, excerpt: window, confidence: "medium"))
                }
            }
        }
        return nil
    }

    /// The day a repost's note says the document first appeared ("This statement was originally
    /// published on cpj.org on 12 May 2025."): a short line (not a sentence of the text recounting
    /// an earlier piece) naming a whole date, on or before the day the page was published.
    func originalPublicationDate(published: PartialDate) -> (PartialDate, Evidence)? {
        for (i, line) in page.lines.enumerated() where line.utf8.count <= Self.bylineLength {
            let lower = line.lowercasedByScalar()
            guard let cue = LanguageCues.originallyPublishedCues.first(where: { lower.holds($0) }),
                let r = lower.range(of: cue),
                let d = Self.dates(in: String(lower[r.upperBound...].prefix(Self.letterDateWindow))).first?.date,
                d.precision == .day, published.precision != .day || d.dayNumber <= published.dayNumber
            else { continue }
            return (d, Evidence(line: i + 1, excerpt: line.trimmingWhitespaceScalars(), confidence: "high"))
        }
        return nil
    }

    /// The day a text near the word for a letter gives: a whole date, or a day and month taking
    /// the year of the publication (`latestDay`); the text's last
    /// when `nearestLast` (the text before the word: the nearest to it), else its first.
    static func dayOfLetter(in text: String, published: PartialDate, nearestLast: Bool) -> PartialDate? {
        let written = dates(in: text)
        if let d = nearestLast ? written.last : written.first { return d.date }
        let days = monthDays(in: text)
        guard let (month, day) = nearestLast ? days.last : days.first else { return nil }
        return latestDay(month: month, day: day, onOrBefore: published)
    }

    /// A day and month without a year, in the year of `date` or the year before: the latest such day
    /// on or before `date` (a dateline's or a letter's day, written before the page was put up).
    static func latestDay(month: Int, day: Int, onOrBefore date: PartialDate) -> PartialDate? {
        [date.year, date.year - 1].lazy.compactMap { PartialDate(year: $0, month: month, day: day) }.first {
            $0.dayNumber <= date.dayNumber
        }
    }

    /// A typed letter's date: a date alone on a line of the letterhead, or after its place
    /// ("Guatemala, 6 de junio de 2021"), above the letter's salutation (`salutationLine`: "April
    /// 24, 2024" / the addressee's name and address / "Re: …" / "Dear President Biden,"); the
    /// nearest such date that `accept` takes, and its line.
    func letterheadDate(where accept: (WrittenDate) -> Bool) -> (WrittenDate, Int)? {
        guard let salutation = salutationLine else { return nil }
        return letterheadDate(above: salutation, where: accept)
    }

    /// The nearest letterhead date (alone on its line, or after its place) that `accept` takes
    /// within `letterheadLines` lines with text above line `end`, and its line.
    func letterheadDate(above end: Int, where accept: (WrittenDate) -> Bool) -> (WrittenDate, Int)? {
        let above = stride(from: end - 1, through: 0, by: -1).filter {
            !page.lines[$0].trimmingWhitespaceScalars().isEmpty
        }
        for k in above.prefix(Self.letterheadLines) {
            let line = page.lines[k].trimmingWhitespaceScalars()
            // A paragraph between a date and the salutation (a repost's introduction over the letter it
            // reproduces) parts the page's date from the letter: none of a letter's head is prose.
            if StatementText.isSentence(line) { break }
            // An update stamp ("Last updated: 3 May 2024") says when the page changed, not the letter's day.
            if Self.opens(line.lowercasedByScalar(), with: LanguageCues.updatedCues) || Self.isLaterStamp(line) {
                continue
            }
            if let d = Self.isDateLine(line) ?? Self.placeAndDate(line), accept(d) { return (d, k) }
        }
        return nil
    }

    /// The date of a letter a release or a report reproduces below its own text: a date line
    /// above a salutation of the body, right above it ("May 29, 2015" / "Dear Vice President
    /// Biden,") or above the letter's inside address and subject line ("October 30, 2009" /
    /// "Hillary R. Clinton" / "Secretary of State" / … / "Re: …" / "Dear Secretary Clinton,"), the
    /// letter's own date where the page's is its publication's.
    func embeddedLetterDate(where accept: (WrittenDate) -> Bool) -> (WrittenDate, Int)? {
        let body = statement.textLines
        let inBody = Set(body)
        for i in body where Self.isSalutationLine(page.lines[i].trimmingWhitespaceScalars()) {
            guard let (d, above) = letterheadDate(above: i, where: accept), inBody.contains(above),
                ((above + 1)..<i).allSatisfy({
                    page.lines[$0].split(separator: " ").count <= Self.longestAddressLine
                        || PDFExtractor.opensSubject(page.lines[$0].trimmingWhitespaceScalars())
                })
            else { continue }
            return (d, above)
        }
        return nil
    }

    /// Each language's words for a letter (found anywhere: "lettre" in "lettres") and for a
    /// document's signing (found at a word's start only, "dated" not "updated", and only after a
    /// noun for a document), as bytes, searched on every opening line; the second value says which.
    static let letterWordBytes: [([UInt8], Bool)] =
        LanguageCues.letterWords.map { (Array($0.utf8), false) }
        + LanguageCues.signedWords.map { (Array($0.utf8), true) }

    /// Whether a word of signing at `at` follows, within a few words, a noun for a document (a letter,
    /// a statement, a release: "un communiqué signé jeudi", "the letter, dated Nov. 8"): "Putin and Xi
    /// signed agreements on 21 March" dates no document of the page's.
    static func followsADocumentNoun(_ bytes: [UInt8], at: Int) -> Bool {
        let before = Array(bytes[max(0, at - documentNounWindow)..<at])
        return documentNounBytes.contains { ByteSearch.firstIndex(before, $0) != nil }
    }

    /// Each language's nouns for a document, as bytes: letters, statements and releases.
    static let documentNounBytes: [[UInt8]] = Set(
        LanguageCues.letterWords + LanguageCues.statementWords + LanguageCues.releaseWords
            + LanguageCues.letterNouns.values.flatMap { $0 }
    ).sorted().map { Array($0.utf8) }
    /// How far before a word of signing its document's noun may stand, in bytes ("communiqué signé",
    /// "the letter, which the groups released and dated").
    static let documentNounWindow = 40

    /// Where `word` first occurs in `bytes`, at a word's start when `atAWordStart`.
    static func firstIndex(of word: [UInt8], in bytes: [UInt8], atAWordStart: Bool) -> Int? {
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, word, from: from) {
            if !atAWordStart || at == 0 || !ByteSearch.isWordByte(bytes[at - 1]) { return at }
            from = at + 1
        }
        return nil
    }
    /// The weekday (Monday = 0) a lowercased text says something was done on (`LanguageCues.onWeekdays`:
    /// "on wednesday", "am mittwoch", "в среду"), at a word's start and ending a word; not a day's
    /// possessive ("ahead of Wednesday’s meeting" names the meeting's day, not the letter's).
    static func weekday(in text: Substring) -> Int? { formNumber(in: text, forms: onWeekdayForms) }

    /// The number of the first of `forms` that `text` writes as a whole word, not a possessive.
    static func formNumber(in text: Substring, forms: [(String, Int)]) -> Int? {
        for (form, number) in forms {
            var from = text.startIndex
            while let r = text.range(of: form, range: from..<text.endIndex) {
                from = r.upperBound
                let opensWord = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
                let rest = text[r.upperBound...]
                let endsWord = rest.first.map { !$0.isLetter } ?? true
                if opensWord && endsWord && !rest.hasPrefix("’s") && !rest.hasPrefix("'s") { return number }
            }
        }
        return nil
    }

    /// Marks that open a quotation: a day a quotation names is its speaker's.
    static let openingQuotes: Set<Character> = ["“", "«", "„", "\""]

    /// Every language's word for yesterday, each with the days it counts from the publication.
    static let yesterdayForms: [(String, Int)] = LanguageCues.all.flatMap { $0.yesterdayWords.map { ($0, -1) } }

    /// Every language's forms of a weekday something was done on, with the weekday's number (Monday = 0).
    static let onWeekdayForms: [(String, Int)] = LanguageCues.all.flatMap { l in
        l.onWeekdays.enumerated().flatMap { number, forms in forms.map { ($0, number) } }
    }

    /// Where a sentence ends within a line: a weekday beyond it is another sentence's.
    static let sentenceEnds = [". ", "! ", "? ", "; "]
    /// A text up to its first sentence end.
    static func sentenceAfter(_ text: Substring) -> Substring {
        let end = sentenceEnds.compactMap { text.range(of: $0)?.lowerBound }.min() ?? text.endIndex
        return text[..<end]
    }
    /// A text from its last sentence end on.
    static func sentenceBefore(_ text: Substring) -> Substring {
        let start =
            sentenceEnds.compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max() ?? text.startIndex
        return text[start...]
    }

    /// A Monday, from which weekdays are counted.
    static let knownMonday = PartialDate.dayNumber((2024, 1, 1))

    /// The latest day that is the given weekday (Monday = 0) on or before `date`.
    static func latest(_ weekday: Int, onOrBefore date: PartialDate) -> PartialDate {
        let day = date.dayNumber
        let back = ((day - knownMonday - weekday) % 7 + 7) % 7
        return PartialDate(dayNumber: day - back) ?? date
    }

    /// How near the word for a letter its weekday may be, before or after it, in characters ("carta
    /// foi entregue na última quarta-feira" is 41).
    static let weekdayWindow = 50

    /// How long before its publication a letter may have been sent, in days.
    static let letterLeadDays = 60
    /// How far above a salutation a letterhead's date may be, in lines that are not blank: the
    /// blocks of two addressees (a name, an office and a postal address of up to three lines each)
    /// and a heading of two lines, as a letter to two heads of state sets them.
    static let letterheadLines = 12
    /// How far after the word for a letter its date may be written, in characters.
    static let letterDateWindow = 60
    /// How far before the word for a letter, in its sentence, its date may be written, in characters: a
    /// sentence naming who sent it ("On 10 May, 35 Eritrean, African and international organisations
    /// sent an open letter").
    static let letterSentenceWindow = 160

    /// How far into its line a dateline in parentheses closes.
    static let datelineLength = 60

    /// Where a dateline ends: a dash (or a full stop after a date) within a dateline's length of the start.
    static func datelineEnd(_ line: String, afterCredit: Bool = true) -> String.Index? {
        datelineEnd(line[...], afterCredit: afterCredit)
    }

    /// `afterCredit`: an agency's credit and a dash first ("(ANSA) - ROMA, 17 LUG - …") are passed over:
    /// the dateline is the place and date after them.
    static func datelineEnd(_ line: Substring, afterCredit: Bool = true) -> String.Index? {
        if afterCredit, line.first == "(", let close = line.prefix(longestAgencyCredit).firstIndex(of: ")") {
            let after = line.index(after: close)
            let rest = line[after...].drop { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }
            if line[after..<rest.startIndex].contains(where: { $0 == "-" || $0 == "–" || $0 == "—" }),
                let end = datelineEnd(rest, afterCredit: false)
            {
                return end
            }
        }
        let head = line.prefix(90)
        if let dash = head.firstIndex(where: { $0 == "—" || $0 == "–" }) { return dash }
        if let r = head.range(of: " - ") ?? head.range(of: " -- ") { return r.lowerBound }
        // "5 June 2025: PEN International calls on …"
        if let colon = line.prefix(30).firstIndex(of: ":") { return colon }
        return nil
    }

    /// A dateline opening a paragraph: a place and a full date before a dash,
    /// or "Place, date." — the date and the words that state it.
    static func dateline(_ line: String) -> (PartialDate, String)? {
        if let end = datelineEnd(line) {
            let head = String(line[..<end])
            if let d = dates(in: head).last, head.split(separator: " ").count <= 9, !isLaterStamp(head) {
                return (d.date, head)
            }
        }
        // "(London, July 15, 2003) British Prime Minister …": a place and a full date in parentheses, the text after.
        if line.first == "(", let close = line.prefix(datelineLength).firstIndex(of: ")") {
            let inside = String(line[line.index(after: line.startIndex)..<close])
            if let d = dates(in: inside).last, d.date.precision == .day, inside.split(separator: " ").count <= 9,
                !isLaterStamp(inside.lowercasedByScalar())
            {
                return (d.date, String(line[...close]))
            }
        }
        // "Moscow, 3 February 2024. …" / "Paris, le 12 juillet 2010 :": a place, a comma, a full date, at the very start.
        // The place's words are capitalized but for short links ("Rio de Janeiro", "Frankfurt am Main"):
        // "Five years ago, on December 8, 2008, …" names no place.
        if let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) < 30,
            line.first?.isUppercase == true,
            line[..<comma].split(separator: " ").allSatisfy({ $0.first?.isUppercase ?? false || $0.count <= 3 }),
            let d = dates(in: String(line.prefix(80))).first,
            (1...5).contains(line.distance(from: comma, to: d.range.lowerBound))
        {
            return (d.date, String(line[..<d.range.upperBound]))
        }
        return nil
    }

    /// A line's date when the line is a date among a byline's or a label's segments ("Written by Tibet
    /// Society · Friday, 16 October 2015", "May 16, 2018 18:42 GMT · By RFE/RL"): a segment set apart by
    /// " · " or " | " that is a date line. Not an update stamp: when the page was changed is no
    /// publication date, wherever the cue stands in the line ("[30 October 2015] UPDATE:") — unless
    /// the stamp follows the date with a date of its own (`beforeUpdateStamp`).
    static func segmentDate(_ line: String) -> WrittenDate? {
        let lower = line.lowercasedByScalar()
        guard line.count < stampLength, !opens(lower, with: LanguageCues.updatedCues), !isCredit(line) else {
            return nil
        }
        // The date before an update stamp, read as the line's own segments are ("By Jung Min-ho ·
        // 2019-02-26 16:47 | Updated : 2019-02-26 18:20").
        if let head = beforeUpdateStamp(line), !isLaterStamp(head), let d = segmentDate(head) { return d }
        if let d = beforeSameDayUpdate(line) { return d }
        guard !isLaterStamp(lower) else { return nil }
        if let d = isDateLine(line) ?? placeAndDate(line) { return d }
        for separator in segmentSeparators where line.holds(separator) {
            for part in line.components(separatedBy: separator) {
                if let d = isDateLine(part.trimmingWhitespaceScalars()) { return d }
            }
        }
        return nil
    }

    /// The date a line opens with as its first segment, before a bar or a middle dot ("November 12,
    /// 1991|By A and B, Co-chairs, …", "12 March 2024 · Press release"), and what follows it: a
    /// byline or a label's line that begins with its date, however long. Nil for any other line.
    static func leadingSegmentDate(_ line: String) -> (date: WrittenDate, rest: Substring)? {
        guard let first = line.first, first.isNumber || first.isLetter else { return nil }
        let cut = segmentSeparators.compactMap { line.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let cut, line.distance(from: line.startIndex, to: cut.lowerBound) <= longestLeadingDate,
            let d = isDateLine(String(line[..<cut.lowerBound]).trimmingWhitespaceScalars())
        else { return nil }
        return (d, line[cut.upperBound...].drop { $0 == " " })
    }
    /// The most characters of a date that opens a line as its segment ("Wednesday, 12 November 2025").
    static let longestLeadingDate = 40

    /// A letter's place and date on one line ("San José, Costa Rica, 8 de noviembre de 2021"): the date
    /// after the last comma of a line of at most `placeAndDateWords` words.
    static func placeAndDate(_ line: String) -> WrittenDate? {
        guard let comma = line.lastIndex(of: ","), line.split(separator: " ").count <= placeAndDateWords else {
            return nil
        }
        return isDateLine(line[line.index(after: comma)...].trimmingWhitespaceScalars())
    }
    static let placeAndDateWords = 10

    /// A photo's credit ("March 9, 2023. © 2023 AP Photo", a caption's last line): the day the photo
    /// was taken, not the page's.
    static func isCredit(_ line: String) -> Bool { line.contains("©") }

    /// A line's words before the update stamp that follows its date, when the stamp holds its own
    /// date ("08.08.2018 ( Last modified: 19.12.2018 )", "3 May 2022 | Updated: 5 May 2022", or set
    /// apart by spaces only: "Sat Oct 25, 2025 12:00 AM   Last update on: Sat Oct 25, 2025 01:07 AM"):
    /// the first date is the publication's, the second the change's. A stamp without a date of its
    /// own ("[30 October 2015] UPDATE:") dates the update by the date before it, and is not read here;
    /// one giving a time of day alone is the same day's (`beforeSameDayUpdate`).
    static func beforeUpdateStamp(_ line: String) -> String? {
        // Most lines hold no update cue: they are not read a place at a time.
        let lower = line.lowercasedByScalar()
        guard LanguageCues.updatedCues.contains(where: { lower.holds($0) }) else { return nil }
        for (k, c) in zip(line.indices, line) where k > line.startIndex && (stampOpenings.contains(c) || c == " ") {
            let stamp = line[k...].drop { stampOpenings.contains($0) || $0 == " " }
            guard opens(stamp.lowercasedByScalar(), with: LanguageCues.updatedCues),
                !dates(in: String(stamp)).isEmpty
            else { continue }
            return String(line[..<k])
        }
        return nil
    }

    /// The date of a line whose update stamp after it gives a time of day alone ("Miércoles, 24 de
    /// septiembre de 2003 · Actualizado a las 12:41"): the page was changed that day, and published
    /// on it. Nil for any other line.
    static func beforeSameDayUpdate(_ line: String) -> WrittenDate? {
        for separator in segmentSeparators where line.holds(separator) {
            let parts = line.components(separatedBy: separator)
            guard
                let k = parts.indices.dropFirst().first(where: { k in
                    let part = parts[k].trimmingWhitespaceScalars()
                    return opens(part.lowercasedByScalar(), with: LanguageCues.updatedCues) && dates(in: part).isEmpty
                        && part.split(separator: " ").contains(where: isClockTime)
                })
            else { continue }
            return isDateLine(parts[..<k].joined(separator: separator).trimmingWhitespaceScalars())
        }
        return nil
    }

    /// What sets an update stamp apart from the date before it in one line.
    static let stampOpenings: Set<Character> = ["(", "[", "|", "·", "–", "—", "-"]

    /// Whether a short text holds a word dating the page's later life (`LanguageCues.laterStampWords`).
    static func isLaterStamp(_ text: String) -> Bool {
        Words.of(text).contains { LanguageCues.laterStampWords.contains(String($0)) }
    }

    /// What sets a byline's or a label's segments apart ("December 12th, 2022  •  Author: …  •  7 minute
    /// read").
    static let segmentSeparators = [" · ", " • ", " | ", "|"]

    /// When the page was last changed, from its update stamp ("Last updated:
    /// Wednesday, 1 August 2012", "Последнее обновление: среда, 01 августа
    /// 2012 г."), for a page that states no publication date: a guess, low
    /// (a page is published on or before the day it was last changed), but a
    /// better one than the dates the text recounts.
    func updatedDate() -> (PartialDate, Evidence)? {
        for (i, line) in page.lines.enumerated() {
            let l = line.trimmingWhitespaceScalars().lowercasedByScalar()
            guard l.count < Self.stampLength, Self.opens(l, with: LanguageCues.updatedCues),
                let d = Self.dates(in: line).first
            else { continue }
            let text = String(line[d.range])
            return (
                d.date,
                Evidence(line: i + 1, excerpt: "a guess: the page's update stamp, “\(text)”", confidence: "low")
            )
        }
        return nil
    }

    /// Whether the text names a date to the month or the day (a guess from it, `impliedDate`, says more
    /// than a year).
    var namesAMonth: Bool {
        statement.textLines.contains { i in Self.dates(in: page.lines[i]).contains { $0.date.precision != .year } }
    }

    /// A date the text implies, when the page states none: the latest date
    /// it names — a guess (a letter is written after what it recounts), low.
    func impliedDate() -> (PartialDate, Evidence)? {
        var latest: (PartialDate, Int, String)? = nil
        for i in statement.textLines {
            for d in Self.dates(in: page.lines[i]) where latest.map({ $0.0 < d.date }) ?? true {
                latest = (d.date, i, String(page.lines[i][d.range]))
            }
        }
        if let (d, i, text) = latest, let month = PartialDate(year: d.year, month: d.month) {
            return (
                month,
                Evidence(line: i + 1, excerpt: "a guess: the latest date the text names, “\(text)”", confidence: "low")
            )
        }
        if let (y, i) = latestYear(), let d = PartialDate(year: y) {
            return (
                d, Evidence(line: i + 1, excerpt: "a guess: the latest year the text names, \(y)", confidence: "low")
            )
        }
        return nil
    }

    /// The latest plausible year written in the body, with its line.
    func latestYear() -> (Int, Int)? {
        var year: (Int, Int)? = nil
        for i in statement.textLines {
            for w in page.lines[i].split(whereSeparator: { !$0.isNumber }) where w.count == 4 {
                if let y = Int(w), (1990...2100).contains(y), y > (year?.0 ?? 0) { year = (y, i) }
            }
        }
        return year
    }

    /// For a page that states no date and names nothing datable: the year
    /// of the latest engagement whose participants it names, else the latest
    /// year anywhere on the page (its furniture too), else this year — each
    /// a guess for a person to correct. Never the corpus's newest year: the
    /// record says nothing about when an unseen page was written.
    func priorYear() -> (PartialDate, Evidence) {
        let bytes = Array(bodyText.utf8)
        let named = corpus.events.filter { e in
            e.participants.contains { p in
                p.split(separator: " ").last.map { $0.count > 3 && ByteSearch.contains(bytes, Array($0.utf8)) } ?? false
            }
        }
        if let e = named.max(by: { $0.date < $1.date }), let d = PartialDate(year: e.date.year) {
            return (
                d,
                Evidence(
                    line: 0, excerpt: "a guess: the year of the latest engagement with someone it names: \(e.title)",
                    confidence: "low")
            )
        }
        var year: (Int, Int)? = nil
        for (i, line) in page.lines.enumerated() {
            for w in line.split(whereSeparator: { !$0.isNumber }) where w.count == 4 {
                if let y = Int(w), (1990...CalendarYear.current).contains(y), y > (year?.0 ?? 0) { year = (y, i) }
            }
        }
        if let (y, i) = year, let d = PartialDate(year: y) {
            return (d, Evidence(line: i + 1, excerpt: "a guess: the latest year on the page, \(y)", confidence: "low"))
        }
        return (
            PartialDate(year: CalendarYear.current)!,
            Evidence(line: 0, excerpt: "a guess: this year (the page names none)", confidence: "low")
        )
    }
}
