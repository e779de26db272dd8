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
    /// The text's language, read once (several rules ask).
    private(set) var detectedLanguage: (String, Evidence)? = nil
    /// The line crediting a news agency (`agencyCreditLine`), read once: the kind and the
    /// organizations both ask.
    private(set) var agencyCredit: Int? = nil

    init(corpus: Corpus, names: CorpusNames, page: PageText, statement: StatementText) {
        self.corpus = corpus; self.names = names; self.page = page; self.statement = statement
        detectedLanguage = readLanguage()
        agencyCredit = agencyCreditLine()
    }

    var bodyText: String { statement.textLines.map { page.lines[$0] }.joined(separator: "\n") }
    /// The headline, or for a page without one its first sentence (cut to a title's length).
    var title: String {
        if let t = statement.titleLine {
            let line = StatementText.withoutSectionAndSite(page.lines[t].trimmingWhitespaceScalars())
            return Self.withoutTrailingDate(StatementText.withoutSubjectLabel(line))
        }
        let first = AskFinder.sentences(page, lines: Array(statement.textLines.prefix(1))).first?.text ?? ""
        let words = first.split(separator: " ").prefix(14).joined(separator: " ")
        return words.trimmingScalars(in: ScalarSets.of(".,;: "))
    }

    /// A headline closed by the date it was issued ("Open Letter to G20 Leaders on Liu Xiaobo, 4 July
    /// 2017"), without it: the date is the date's field; a person records the headline.
    static func withoutTrailingDate(_ title: String) -> String {
        guard let comma = title.range(of: ", ", options: .backwards) else { return title }
        let tail = String(title[comma.upperBound...]).trimmingWhitespaceScalars()
        let found = dates(in: tail)
        guard found.count == 1, let d = found.first, d.date.day != nil,
            tail[d.range].count == tail.count, title[..<comma.lowerBound].split(separator: " ").count >= 3
        else { return title }
        return String(title[..<comma.lowerBound])
    }

    /// Lines to read metadata from first: the headline and the opening.
    var openingLines: [Int] { (statement.titleLine.map { [$0] } ?? []) + Array(statement.textLines.prefix(6)) }

    // MARK: Organizations

    /// Organization-like names the corpus lacks ("… Watch", "… Foundation").
    func unknownOrganizations() -> [(String, Evidence)] {
        let heads: Set<String> = [
            "Watch", "First", "International", "Foundation", "Institute", "Center", "Centre", "Committee",
            "Coalition", "Council", "Union", "Network", "Association", "Alliance", "Society", "House", "Initiative",
        ]
        var out: [(String, Evidence)] = []
        let known = Set(corpus.organizations.flatMap { [$0.name] + $0.aliases + ($0.short.map { [$0] } ?? []) })
        let masthead =
            (statement.titleLine ?? 0) > 0
            ? [max(0, statement.titleLine! - 3)..<statement.titleLine!].flatMap { Array($0) }.filter {
                !insideAddress.contains($0)
            } : []
        for i in masthead.filter({ !StatementText.isNavigation(page.lines[$0]) }) + Array(openingLines.prefix(5)) {
            let raw = page.lines[i].split(separator: " ").map { $0.trimmingScalars(in: Self.wordPunctuation) }
            // A possessive ends a name ("Watch’s"): a word before the name's last that holds one is
            // no part of it ("Trump’s First Foreign Trip" names no "Trump First").
            let possessive = raw.map { w in ["’s", "'s"].contains { w.hasSuffix($0) } }
            let words = raw.enumerated().map { k, w in possessive[k] ? String(w.dropLast(2)) : w }
            for (k, w) in words.enumerated() where heads.contains(w) && k > 0 {
                var start = k
                while start > 0, !possessive[start - 1], let f = words[start - 1].first,
                    f.isUppercase || ["of", "for", "on"].contains(words[start - 1])
                { start -= 1 }
                while start < k, ["of", "for", "on", "The", "the"].contains(words[start]) { start += 1 }
                // Whom a letter addresses ("IHF Open Letter to OSCE Ministerial Council") signs nothing.
                // Only the words that can say so are passed (a line may hold the name thousands of times).
                guard k - start >= 1, !Self.addressesALetter(Array(words[max(0, start - Self.addresseeWords)..<start]))
                else { continue }
                let name = words[start...k].joined(separator: " ")
                if !known.contains(where: { name.holds($0) || $0.holds(name) })
                    && !out.contains(where: { $0.0 == name })
                {
                    out.append((name, Evidence(line: i + 1, excerpt: name, confidence: "low")))
                }
            }
        }
        return out
    }

    /// Punctuation around a word of a name ("(Human", "Watch’s,").
    static let wordPunctuation = ScalarSets.of(",.;:“”\"()’'")

    // MARK: Kind, addressee, engagement, source, language

    /// The first non-empty lines of the body.
    func openingText(_ count: Int) -> [Int] {
        Array(
            statement.textLines.lazy.filter { i in page.lines[i].utf8.contains { $0 != 0x20 && $0 != 0x09 } }.prefix(
                count))
    }

    /// The line of the salutation that opens the letter the page is, if it is one: among the first
    /// lines of its text, or between the headline and the text (a page may set the salutation apart
    /// from both). Kind, the letterhead's date and the review's date confidence read this one line.
    var salutationLine: Int? {
        let first = openingText(6)
        let top = statement.titleLine ?? statement.textLines.first ?? 0
        let lines = Array(Set((top + 1)..<max(top + 1, first.first ?? top)).union(first)).sorted()
        return lines.first { Self.isSalutation(page.lines[$0]) }
    }

    /// What the page is, as a person records it: an op-ed (a section label
    /// such as "Opinion" above the headline, a disclaimer, a closing bio), a
    /// letter (a salutation, or a letter the headline or opening speaks of —
    /// a release or news page about a letter is recorded as the letter), a
    /// statement (the headline calls it one), a press release (the page's
    /// label says so, or the opening tells what the organization did today,
    /// or reports its people's words), else a statement (news coverage of
    /// one too). The words are each language's (`LanguageCues`).
    func kind() -> (DocumentKind, Evidence) {
        let text = page.lines.joined(separator: "\n").lowercasedByScalar()
        let first = openingText(6)
        let opening = first.prefix(3).map { page.lines[$0] }.joined(separator: " ").lowercasedByScalar()
        let top = statement.titleLine ?? statement.textLines.first ?? 0
        // The headline's lines: the one read as the title, and any other line of the page's
        // head holding the same words (an HTML page states its headline in `<title>` and `<h1>`).
        let heads =
            [top] + Self.repeatedHeadline(title, in: page.lines, before: first.first ?? top).filter { $0 != top }
        // Lines above each headline line (a section label, a breadcrumb's parts) and just below it.
        let labels = heads.flatMap { h in
            (max(0, h - Self.labelReachAbove)..<min(page.lines.count, h + Self.labelReachBelow)).filter {
                !heads.contains($0)
            }.flatMap {
                Self.labelParts(page.lines[$0])
            }
        }
        func labelled(_ words: [String]) -> Bool {
            labels.contains { l in words.contains { Self.isLabel(l, $0) } }
        }
        let headline = title.lowercasedByScalar()
        // "Tribune : Emmanuel Macron doit…": the label opens the headline itself.
        let headlineLabel = LanguageCues.opinionLabels.contains { Self.opensWithLabel(headline, $0) }
        // A newspaper's letters page ("Opinion > China" over "Letters" over the headline): the label
        // nearest the headline is the page's own; what it prints is a letter.
        if let line = lettersPageLabel(above: heads) {
            return (
                .letter, Evidence(line: line + 1, excerpt: "a letters page: \(page.lines[line])", confidence: "medium")
            )
        }
        if let reason = opinionMark(
            labelled: labelled(LanguageCues.opinionLabels) || headlineLabel, text: text, heads: heads)
        {
            return (.opEd, Evidence(line: reason.line, excerpt: reason.excerpt, confidence: "medium"))
        }
        if let line = salutationLine {
            return (.letter, Evidence(line: line + 1, excerpt: page.lines[line], confidence: "high"))
        }
        if opening.hasPrefix("we write") || opening.hasPrefix("i write") {
            return (.letter, Evidence(line: 0, excerpt: "we write", confidence: "medium"))
        }
        // The headline's deck, between it and the text, speaks for the page as the headline does
        // ("Joint Letter to Members of the Human Rights Council").
        let deck = ((top + 1)..<max(top + 1, first.first ?? top)).map { page.lines[$0] }.joined(separator: " ")
        // A template the readers are to send ("un modelo de carta") names no letter of the page.
        let head = LanguageCues.modelLetterPhrases.reduce(headline + " " + deck.lowercasedByScalar() + " " + opening) {
            $0.holds($1) ? $0.replacingOccurrences(of: $1, with: " ") : $0
        }
        // An appeal ("звернення") is a letter unless the page calls it a statement ("заява").
        let namesAStatement = LanguageCues.statementWords.contains { Self.namesWord(head, $0) }
        if let word = LanguageCues.letterWords.first(where: {
            Self.namesWord(head, $0) && !(namesAStatement && LanguageCues.appealWords.contains($0))
        }) {
            return (
                .letter,
                Evidence(
                    line: 0, excerpt: "the headline or opening speaks of a letter: “\(word)”", confidence: "medium")
            )
        }
        if let word = LanguageCues.statementWords.first(where: { Self.namesWord(headline, $0) }) {
            let line = statement.titleLine.map { $0 + 1 } ?? 0
            return (.statement, Evidence(line: line, excerpt: "the headline calls it a \(word)", confidence: "medium"))
        }
        // "In a joint statement, the groups ask …": a coalition's statement, on whichever member's site.
        if let word = Self.jointStatementWords.first(where: { head.holds($0) }) {
            return (.statement, Evidence(line: 0, excerpt: "the opening names a \(word)", confidence: "medium"))
        }
        // A text that names a letter reports one: a release or a news page
        // about a letter is recorded as the letter.
        let letters = letterMentions()
        if letters.count >= Self.letterMentionsOfAReport {
            return (
                .letter,
                Evidence(
                    line: letters.line + 1, excerpt: "the text names a letter \(letters.count) times",
                    confidence: "medium")
            )
        }
        // A news agency's credit ("Berlin (dpa) -", "(ST/AFP)", "Quelle: dpa") marks a news report:
        // coverage of what the organization said, whatever the page says of today or of releases.
        if let line = agencyCredit {
            return (
                .statement,
                Evidence(line: line + 1, excerpt: "a news agency's report: \(page.lines[line])", confidence: "medium")
            )
        }
        // A release word of several words in the page's prose, not in a menu ("… | Press Releases | …").
        let prose = page.lines.filter { !Self.isMenuLine($0) }.joined(separator: "\n").lowercasedByScalar()
        if labelled(LanguageCues.releaseWords)
            || LanguageCues.releaseWords.contains(where: { $0.contains(" ") && prose.holds($0) })
            || letterheadNamesARelease(above: top)
        {
            return (.pressRelease, Evidence(line: 0, excerpt: "the page says it is a release", confidence: "medium"))
        }
        if let line = pressContactLine() {
            return (
                .pressRelease,
                Evidence(line: line + 1, excerpt: "a contact for the press: \(page.lines[line])", confidence: "medium")
            )
        }
        // Punctuation read as a space: "said today." tells of today too.
        let today = " " + String(opening.map { ".,;:!?»”\")".contains($0) ? " " : $0 }) + " "
        if LanguageCues.todayWords.contains(where: { today.holds($0) })
            && (LanguageCues.saidVerbs + LanguageCues.askCues).contains(where: { today.holds(" " + $0) })
        {
            return (
                .pressRelease,
                Evidence(line: 0, excerpt: "the opening tells what was said or asked today", confidence: "medium")
            )
        }
        // Reported speech ("…,” said Jane Doe, Director of …): on an organization's own
        // site a release about the statement; on a site no organization of the corpus
        // publishes (a news site), news coverage of it — a statement.
        if let line = statement.textLines.first(where: { Self.hasAttribution(page.lines[$0]) }) {
            return !ownOrganizationIDs.isEmpty
                ? (.pressRelease, Evidence(line: line + 1, excerpt: "reported speech", confidence: "low"))
                : (.statement, Evidence(line: line + 1, excerpt: "reported speech on a news site", confidence: "low"))
        }
        if text.holds("report") && Words.of(title).contains(where: { $0 == "report" || $0 == "reports" }) {
            return (.report, Evidence(line: 0, excerpt: "report", confidence: "low"))
        }
        // A page with none of these cues is a statement, on an organization's own site as on a news
        // site: of the development set's 606 pages, those of an organization's own site without a
        // release's label, contact or "today" were recorded as its statements 8 times, as its
        // releases 5 (docs/ingest.md, session 33).
        return (.statement, Evidence(line: 0, excerpt: "no stronger cue", confidence: "low"))
    }

    /// The line just above a headline line whose label is a letters page's ("Letters"), if any.
    func lettersPageLabel(above heads: [Int]) -> Int? {
        heads.lazy.compactMap { h in (0..<h).last { !page.lines[$0].trimmingWhitespaceScalars().isEmpty } }
            .first { Self.labelParts(page.lines[$0]).last.map(LanguageCues.lettersPageLabels.contains) ?? false }
    }

    /// What marks the page as an author's opinion piece, if anything: a section label ("Opinion",
    /// "Tribune :"), a disclaimer, a note that it was published in a newspaper, a byline giving its
    /// author's role, or a closing bio — unless a dated byline heads the page and the bio names no
    /// organization of the corpus: news coverage ends with its reporter's bio too.
    func opinionMark(labelled: Bool, text: String, heads: [Int]) -> (line: Int, excerpt: String)? {
        if labelled { return (0, "an opinion section's label") }
        if let cue = LanguageCues.opinionDisclaimers.first(where: { text.holds($0) }) {
            return (0, "an opinion piece's disclaimer: “\(cue)”")
        }
        if publishedElsewhere() { return (0, "an author's piece published in a newspaper") }
        let byline = byline(below: heads)
        if let byline, byline.author { return (byline.line + 1, "an author's byline: \(page.lines[byline.line])") }
        if let line = authorAbove(heads.first ?? 0) {
            return (line + 1, "an author's name and role over the headline: \(page.lines[line])")
        }
        // A reporter's bio names an outlet ("…a foreign affairs consultant for ISS Today"), an
        // author's their organization ("…is the President of the World Uyghur Congress").
        if let bio = authorBio(), !(byline?.dated ?? false) || !mentions(in: [(bio, page.lines[bio])]).isEmpty {
            return (bio + 1, "an author's closing bio: \(page.lines[bio])")
        }
        return nil
    }

    /// The first line crediting a news agency (`LanguageCues.newsAgencies`): its name in parentheses
    /// ("Berlin (dpa) - …", "(ST/AFP)", "(Reuters) -"; not a photographer's beside it) or after a source label ("Quelle: dpa",
    /// "Source : AFP"), or, in the article's head, as a line's first segment (`creditLineInHead`). Nil
    /// when no line does.
    func agencyCreditLine() -> Int? {
        page.lines.indices.first { i in
            let line = page.lines[i]
            guard line.contains("(") || line.utf8.count <= Self.longestSourceLine else { return false }
            let lower = line.lowercasedByScalar()
            // Each parenthesis's words, split at "/" and "," ("st/afp", "kna, epd").
            var credited: [Substring] = []
            var rest = lower[...]
            while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let inside = rest[rest.index(after: open)..<close]
                let parts = inside.split(whereSeparator: { $0 == "/" || $0 == "," })
                // A photo's credit names its photographer beside the agency ("(AP/Susan Walsh)", "(AP
                // Photo/Evan Vucci)"): a caption's, not the report's.
                let namesAPhotographer = parts.contains { $0.trimmingWhitespaceScalars().contains(" ") }
                if inside.utf8.count <= Self.longestAgencyCredit && !namesAPhotographer {
                    credited += parts
                }
                rest = rest[rest.index(after: close)...]
            }
            if let colon = lower.firstIndex(of: ":"), line.utf8.count <= Self.longestSourceLine,
                LanguageCues.sourceLabels.contains(lower[..<colon].trimmingWhitespaceScalars())
            {
                credited += lower[lower.index(after: colon)...].split(whereSeparator: { $0 == "," || $0 == "/" })
            }
            return credited.contains { LanguageCues.newsAgencies.contains($0.trimmingWhitespaceScalars()) }
        } ?? creditLineInHead()
    }

    /// A line of the article's head, from its headline to its text's first lines, opening with an
    /// agency's name as its first segment: the agency alone ("Lusa"), with the place ("REUTERS,
    /// BEIJING") or in a byline's segments ("Lusa · 21 Nov 2025, 15:42"). Not a photo's credit
    /// ("REUTERS/Jane Doe"), nor a line of the masthead above the headline.
    func creditLineInHead() -> Int? {
        let start = statement.titleLine ?? statement.textLines.first ?? 0
        let end = openingText(Self.creditedOpeningLines).last ?? statement.textLines.first ?? 0
        let upper = min(end + 1, page.lines.count)
        guard start < upper else { return nil }
        return (start..<upper).first { i in
            let line = page.lines[i].trimmingWhitespaceScalars()
            guard line.utf8.count <= Self.longestCreditLine,
                let first = line.split(whereSeparator: { Self.creditSeparators.contains($0) }).first
            else { return false }
            return LanguageCues.newsAgencies.contains(first.trimmingWhitespaceScalars().lowercasedByScalar())
        }
    }
    /// The text's first lines among which an agency's credit line may stand.
    static let creditedOpeningLines = 3
    /// The longest line read as an agency's credit line ("Lusa · 21 Nov 2025, 15:42"), in bytes.
    static let longestCreditLine = 60
    /// What parts an agency's name from the rest of its credit line.
    static let creditSeparators: Set<Character> = [",", "·", "|", "—", "–"]
    /// The longest parenthesis read as an agency's credit ("(ST/AFP)", "(Reuters)"), in bytes.
    static let longestAgencyCredit = 24
    /// The longest line read as a source line ("Quelle: dpa, epd"), in bytes.
    static let longestSourceLine = 40

    /// The statement words of several words ("joint statement", "déclaration conjointe",
    /// "gemeinsamen Erklärung"), lowercased.
    static let jointStatementWords = LanguageCues.statementWords.filter { $0.contains(" ") }

    /// The first line opening with a label of a press contact block (`pressContacts`: "Media
    /// contact:", "Pressekontakt", "Contact presse"), anywhere on the page (it stands below the text).
    func pressContactLine() -> Int? {
        page.lines.indices.first { i in
            let l = page.lines[i].trimmingWhitespaceScalars()
            guard let first = l.first, first.isLetter, l.utf8.count <= Self.longestPressContactLine else {
                return false
            }
            let lower = l.lowercasedByScalar()
            return LanguageCues.pressContacts.contains { lower.hasPrefix($0) }
        }
    }
    /// Bytes of the longest line read as a contact block's label ("Media contacts for this release:");
    /// a longer line is prose that may mention the press office.
    static let longestPressContactLine = 60

    /// Whether a line says the piece was published in a newspaper ("Publié
    /// dans Le Journal du Dimanche"): a published-in cue (`publishedInCues`)
    /// opening the line, before a name (not "Published in 2019"). A blog's
    /// footer that sets the post's category beside its comments ("Publié dans
    /// Lettres ouvertes | Pas de commentaire »") names no newspaper.
    func publishedElsewhere() -> Bool {
        page.lines.contains { line in
            // A byline's segment may say it too ("Elaine Pearson, Asia Director · Published in: The Sydney
            // Morning Herald · May 22, 2023").
            (line.holds(" · ") ? line.components(separatedBy: " · ") : [line]).contains { segment in
                guard let first = segment.first, Self.publishedInStarts.contains(first), !segment.contains("|")
                else { return false }
                let lower = segment.prefix(Self.longestPublishedInCue + 2).lowercasedByScalar()
                guard
                    let cue = LanguageCues.publishedInCues.first(where: {
                        lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ": ")
                    })
                else { return false }
                let named = segment.dropFirst(cue.count + 1).drop { $0 == " " || $0 == ":" }
                let next = named.prefix { $0 != " " }
                return next.first?.isUppercase == true && LanguageCues.monthNumbers[next.lowercasedByScalar()] == nil
                    && !Self.kindListNames.contains(named.trimmingWhitespaceScalars().lowercasedByScalar())
            }
        }
    }
    /// The site's own lists a "Published in:" line may name ("Published in: Letters", "… News
    /// Releases"): every language's words for a letter, a statement and a release, and their plurals.
    /// Such a line files the page under its kind; it names no newspaper.
    static let kindListNames = Set(
        (LanguageCues.letterWords + LanguageCues.statementWords + LanguageCues.releaseWords).flatMap { [$0, $0 + "s"] })
    /// The letters a published-in line opens with, in both cases: other lines are not read further.
    static let publishedInStarts = Set(
        LanguageCues.publishedInCues.flatMap { [$0.first!, Character($0.first!.uppercased())] })
    static let longestPublishedInCue = LanguageCues.publishedInCues.map(\.count).max() ?? 0

    /// How often the text names a letter (its language's `letterNouns`, and
    /// English's), and the first line that does.
    func letterMentions() -> (count: Int, line: Int) {
        let nouns =
            Self.letterNounBytes["en", default: []] + (detectedLanguage.map { Self.letterNounBytes[$0.0] ?? [] } ?? [])
        var count = 0
        var first = 0
        for i in statement.textLines {
            let bytes = Array(page.lines[i].utf8)
            var n = nouns.reduce(0) { $0 + ByteSearch.wholeWordIndices(bytes, $1).count }
            // A template the readers are to send ("un modelo de carta") is no letter the page reports.
            if n > 0 {
                let lower = page.lines[i].lowercasedByScalar()
                n = max(0, n - LanguageCues.modelLetterPhrases.reduce(0) { $0 + lower.occurrences(of: $1) })
            }
            if n > 0 && count == 0 { first = i }
            count += n
        }
        return (count, first)
    }

    /// Each language's letter nouns as bytes, each also capitalized ("Letter", "Письмо").
    static let letterNounBytes: [String: [[UInt8]]] = LanguageCues.letterNouns.mapValues { nouns in
        nouns.sorted().flatMap { [Array($0.utf8), Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8)] }
    }

    /// Times a text names a letter from which it reports one: of the
    /// development set's 127 tuning records, the texts naming a letter (a
    /// whole word of `letterNouns`) once or more were letters 34 times in 35.
    static let letterMentionsOfAReport = 1

    /// Whether a line, already trimmed and lowercased, opens with one of
    /// `cues` (a publication line, an update stamp, a salutation).
    static func opens(_ lowered: String, with cues: [String]) -> Bool {
        cues.contains { lowered.hasPrefix($0) }
    }

    /// Whether a line opens a letter's salutation ("Dear …", "Your Excellency,", "Monsieur le Président,").
    static func isSalutation(_ line: String) -> Bool {
        opens(line.trimmingWhitespaceScalars().lowercasedByScalar(), with: LanguageCues.salutations)
    }

    /// A letter's salutation on a line of its own ("Monsieur le Président,", "Dear Minister:",
    /// "Уважаемый Владимир Владимирович!"): the letter's first paragraph opens under it, never on it,
    /// though it ends with a comma; nor does the salutation go on from the line above it, however long
    /// (a letter's heading, "Open letter to the President of the Human Rights Council on …", set
    /// across the measure).
    static func isSalutationLine(_ line: String) -> Bool {
        guard let last = line.last, last == "," || last == ":" || last == "!" else { return false }
        return line.split(separator: " ").count <= salutationWords && isSalutation(line)
    }
    /// The most words of a salutation ("Sehr geehrter Herr Bundeskanzler Scholz,").
    static let salutationWords = 8

    /// Lines of a page's head, before `end`, that hold exactly the headline.
    static func repeatedHeadline(_ title: String, in lines: [String], before end: Int) -> [Int] {
        guard !title.isEmpty else { return [] }
        return (0..<min(end, lines.count)).filter { lines[$0].trimmingWhitespaceScalars() == title }
    }

    /// Whether a typed release's letterhead, above the headline, sets the release's label apart from
    /// the organization's name by a column's gap ("amnesty international        PRESSEMITTEILUNG").
    func letterheadNamesARelease(above top: Int) -> Bool {
        page.lines[..<min(top, page.lines.count)].contains { line in
            let parts = line.trimmingWhitespaceScalars().components(separatedBy: StatementText.columnGap)
                .map { $0.trimmingWhitespaceScalars().lowercasedByScalar() }.filter { !$0.isEmpty }
            return parts.count >= 2 && parts.contains { LanguageCues.releaseWords.contains($0) }
        }
    }

    /// The labels a line may give a page, lowercased: every part of a
    /// breadcrumb ("Opinion › China", "Accueil / Tribunes") or of a kicker
    /// of two ("OPINION | VIETNAM"), but none of a menu's items ("Home | World
    /// | Politics | Opinion" names the site's sections, not this page's).
    static func labelParts(_ line: String) -> [String] {
        let l = line.trimmingWhitespaceScalars().lowercasedByScalar()
        guard l.split(whereSeparator: { menuSeparators.contains($0) }).count < menuItems else { return [] }
        return l.split(whereSeparator: { breadcrumbSeparators.contains($0) || menuSeparators.contains($0) }).map {
            String($0).trimmingScalars(in: ScalarSets.of(" :"))
        }
    }
    static let menuSeparators: Set<Character> = ["|", "·"]
    /// How many lines above a headline a section's label stands: over a date line and an author's
    /// line ("Opinion" / "22 Jun 2021" / "By …" over the headline).
    static let labelReachAbove = 4
    /// How many lines below it (the headline's own line counted): a label set under the headline.
    static let labelReachBelow = 3
    /// Fewest items of a menu; fewer set apart by its separators are a kicker's parts.
    static let menuItems = 3

    /// A line of a site's menu: three or more items set apart by " | " ("Home | Politics | Press
    /// Releases | Forum").
    static func isMenuLine(_ line: String) -> Bool { line.occurrences(of: " | ") >= 2 }
    static let breadcrumbSeparators: Set<Character> = ["›", ">", "/", "»"]

    /// Whether a label part is `word`, alone or opening a line ("Opinion:", "Tribune :").
    static func isLabel(_ part: String, _ word: String) -> Bool {
        part == word || opensWithLabel(part, word)
    }

    /// Whether a text opens with `word` as a label: followed by a colon, French style or not.
    static func opensWithLabel(_ text: String, _ word: String) -> Bool {
        text.hasPrefix(word + ":") || text.hasPrefix(word + " :") || text.hasPrefix(word + "\u{00A0}:")
    }

    /// "…,” said Jane Doe" / "said Jane Doe, …" / "a déclaré Bénédicte
    /// Jeannerod": a named speaker quoted in the third person, in any
    /// language of the cues.
    static func hasAttribution(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        for verb in attributionVerbs {
            var from = 0
            while let at = ByteSearch.firstIndex(bytes, verb, from: from) {
                from = at + verb.count
                // Right after a closing quotation mark the verb reports the quote, whoever
                // follows ("…,” said a Human Rights First spokesperson").
                if Self.closesQuote(bytes[..<at]) { return true }
                let next = line[line.utf8.index(line.startIndex, offsetBy: from)...].prefix { $0 != " " && $0 != "," }
                if let c = next.first, c.isUppercase, !LanguageCues.speakerlessWords.contains(String(next)) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether text ends with a closing quotation mark (”, », "), perhaps followed by a comma.
    static func closesQuote(_ text: ArraySlice<UInt8>) -> Bool {
        var t = text
        if t.last == UInt8(ascii: ",") { t = t.dropLast() }
        return closingQuotes.contains { t.count >= $0.count && t.suffix($0.count).elementsEqual($0) }
    }
    static let closingQuotes: [[UInt8]] = ["”", "»", "\"", ",”", "» ", ", »"].map { Array($0.utf8) }

    /// Every language's verbs of reported speech, between spaces (a verb that
    /// is a whole word, not a small word such as German "so"), as bytes.
    static let attributionVerbs: [[UInt8]] = LanguageCues.saidVerbs.filter { !$0.hasSuffix(" ") }.map {
        Array(" \($0) ".utf8)
    }

    /// The closing line "X is Head of … at …", if any, within four lines of the text's end: the page
    /// is signed by a person.
    func authorBio() -> Int? {
        let after = (statement.textLines.last ?? 0) + 1
        // An organization's boilerplate ("Freedom House is an independent …") is no person's bio.
        return page.lines.indices.dropFirst(after).prefix(4).first {
            StatementText.isBio(page.lines[$0]) && !StatementText.isAbout(page.lines[$0], names: names.mastheads)
        }
    }

    /// The byline just below the headline, if any: whether it gives its author's role ("By Michelle
    /// Kagari, Amnesty International’s Deputy Director for Africa"; "By Linda Lakhdhir, Contributor"
    /// over "Legal advisor, Asia Division"; "Andreas Harsono, chercheur sur l’Indonésie · 27 mai
    /// 2025", a name without "By" whose role follows its comma) — a person writing in their own name,
    /// as an op-ed's author does — and whether it is dated. A news report's byline names its reporter
    /// beside a date ("By A and B | January 25, 2016"); a release has none.
    func byline(below heads: [Int]) -> (line: Int, author: Bool, dated: Bool)? {
        for h in heads {
            let lines = ((h + 1)..<min(page.lines.count, h + 1 + Self.bylineReach)).filter {
                !page.lines[$0].trimmingWhitespaceScalars().isEmpty
            }
            for (k, i) in lines.enumerated() {
                var line = page.lines[i].trimmingWhitespaceScalars()
                // A byline after its date ("November 12, 1991|By A and B, Co-chairs, …").
                var datedAhead = false
                if let (_, rest) = Self.leadingSegmentDate(line) {
                    line = String(rest)
                    datedAhead = true
                }
                let lower = line.lowercasedByScalar()
                guard line.split(separator: " ").count <= Self.longestByline else { continue }
                guard let by = LanguageCues.bylineOpenings.first(where: { lower.hasPrefix($0) }) else {
                    // A name alone before its comma, and a role, then a date: "Name Surname, role · date".
                    if let role = Self.bareBylineRole(line) { return (i, Self.givesARole(role), true) }
                    // Right under the headline, the same without a date: the author's name and role set
                    // as the piece's byline ("Graeme Reid, Director, LGBT Rights Program, Human Rights
                    // Watch").
                    if k == 0, let role = Self.bareBylineRole(line, dated: false), Self.givesARole(role) {
                        return (i, true, false)
                    }
                    continue
                }
                guard line.dropFirst(by.count).first?.isUppercase == true else { continue }
                // The role after the name's comma ("By Adaeze Okonkwo, Nigeria campaigner · 26 March
                // 2015"), or a short line of its own below the name ("Legal advisor, Asia Division, Human
                // Rights Watch"), not the text's first sentence. A news site's byline sets its reporters
                // beside a date ("By A and B | January 25, 2016", or "|" and the date on lines of their
                // own): a dated byline's role is its own.
                let next = k + 1 < lines.count ? page.lines[lines[k + 1]].trimmingWhitespaceScalars() : ""
                let dated =
                    datedAhead || line.contains(where: { $0.isNumber || $0 == "|" }) || next == "|" || next == "·"
                    || Self.isDateLine(next) != nil
                var role = lower.firstIndex(of: ",").map { String(lower[$0...]) } ?? ""
                if !dated && next.split(separator: " ").count <= Self.longestRoleLine && !next.hasSuffix(".") {
                    role += " " + next.lowercasedByScalar()
                }
                return (i, Self.givesARole(role), dated)
            }
        }
        return nil
    }

    /// Whether a byline's words after the name, lowercased, give an author's role (`authorRoles`).
    static func givesARole(_ words: String) -> Bool { LanguageCues.authorRoles.contains { words.contains($0) } }

    /// The role of a byline that opens with its author's name, no "By" ("Andreas Harsono, chercheur
    /// sur l’Indonésie · 27 mai 2025"), lowercased: two to four capitalized words, a comma, and a
    /// role before the date that a middle dot or bar sets apart. Nil for any other line.
    /// Undated (`dated` false), the role runs to the line's end ("T Kumar, Advocacy Director for Europe
    /// and Asia, Amnesty International USA").
    static func bareBylineRole(_ line: String, dated: Bool = true) -> String? {
        guard let comma = line.firstIndex(of: ",") else { return nil }
        let mark: String.Index
        if dated {
            guard let m = line.firstIndex(where: { $0 == "·" || $0 == "|" }), comma < m,
                line[m...].contains(where: \.isNumber)
            else { return nil }
            mark = m
        } else {
            mark = line.endIndex
        }
        let name = line[..<comma].split(separator: " ")
        guard (2...4).contains(name.count),
            name.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) })
        else { return nil }
        return line[comma..<mark].lowercasedByScalar()
    }
    /// The line of an author's name over the headline, set above the role on a line of its own, as blogs
    /// head a contributor's piece ("Neil Hicks" / "International Policy Advisor, Human Rights First" /
    /// "Posted: February 17, 2010" / headline); nil when the lines above the headline hold none, and on
    /// a letter, whose letterhead lists its board by name and role ("Comité France" / "Jean-Louis
    /// Servan-Schreiber, Président").
    func authorAbove(_ head: Int) -> Int? {
        guard salutationLine == nil else { return nil }
        // The nearest lines with text above the headline, each with the line under it.
        let above = Array(
            (0..<head).reversed().lazy.map { self.page.lines[$0].trimmingWhitespaceScalars() }.enumerated()
                .filter { !$0.element.isEmpty }.prefix(Self.bylineReach)
        ).map { (line: head - 1 - $0.offset, text: $0.element) }
        for (role, name) in zip(above, above.dropFirst()) where StatementText.isBareName(name.text) {
            if role.text.contains(","), role.text.split(separator: " ").count <= Self.longestRoleLine,
                !role.text.hasSuffix("."), Self.givesARole(role.text.lowercasedByScalar())
            {
                return name.line
            }
        }
        return nil
    }

    /// How many lines below the headline a byline may stand, and its most words.
    static let bylineReach = 4
    static let longestByline = 16
    /// The most words of a role's own line under a byline.
    static let longestRoleLine = 10

    /// "letter to X," / "urged X to".
    func addressee() -> (String, Evidence)? {
        for i in statement.textLines.prefix(4) {
            let line = page.lines[i]
            for cue in ["letter to ", "letter from", "urged ", "calls on ", "called on "] {
                guard let r = ByteSearch.range(of: Array(cue.utf8), in: line[...]) else { continue }
                if cue == "letter from" {
                    if let to = ByteSearch.range(of: Array(" to ".utf8), in: line[r.upperBound...]) {
                        let rest = line[to.upperBound...]
                        let name = rest.prefix { $0 != "," && $0 != "." }.trimmingWhitespaceScalars()
                        if name.split(separator: " ").count >= 2 {
                            return (
                                name, Evidence(line: i + 1, excerpt: excerpt(line, around: name), confidence: "medium")
                            )
                        }
                    }
                    continue
                }
                let rest = line[r.upperBound...]
                var name = rest.prefix { $0 != "," && $0 != "." }.trimmingWhitespaceScalars()
                if let to = name.range(of: " to ") { name = String(name[..<to.lowerBound]) }
                let words = name.split(separator: " ")
                if words.count >= 2, words.count <= 12, words.first?.first?.isUppercase == true,
                    !["the", "The"].contains(String(words.first!)) || words.count > 2
                {
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
    /// `isCurrent` says whether the page spoke of it so. `stated`: whether `date` is one the page
    /// states, rather than its update stamp's, which can confirm no engagement.
    func event(date: PartialDate?, stated: Bool = true) -> (event: Event, evidence: Evidence, isCurrent: Bool)? {
        // Organizations' names are not engagements' ("Human Rights Watch" is no
        // "Human Rights Council"): blanked out before matching.
        // A dateline's place is where the page was issued, not the engagement's ("(Moscow, …) –").
        let lines = statement.textLines.enumerated().map { k, i in
            k < 3 ? Self.withoutDateline(page.lines[i]) : page.lines[i]
        }
        // A typed letter's inside address, above its subject, names whom the letter addresses
        // ("Baroness Catherine Ashton, High Representative …, Brussels").
        let addressee = insideAddress.sorted().map { page.lines[$0] }
        let written = ([title] + addressee + lines).joined(separator: " ")
        // Names written in the page's language are read as the English names events are recorded under.
        let text =
            written + " " + Self.engagementNames(in: written, foreign: detectedLanguage != nil).joined(separator: " ")
        func blanked(_ text: String) -> [UInt8] {
            var bytes = Array(text.utf8)
            for needle in self.names.blanked {
                var from = 0
                while let at = ByteSearch.firstIndex(bytes, needle, from: from) {
                    for k in at..<(at + needle.count) { bytes[k] = 0x20 }
                    from = at + needle.count
                }
            }
            return bytes
        }
        let bytes = blanked(text)
        let headlineBytes = blanked(title)
        // Whom a letter greets and addresses ("Dear Prime Minister Turnbull,", its inside address):
        // an engagement the addressee takes part in is the one "your visit" speaks of.
        let greeted = blanked(
            (addressee
                + statement.textLines.prefix(Self.salutationReach).map { page.lines[$0] }.filter(
                    Self.isSalutationLine)).joined(separator: " "))
        // The headline's names: its words but the first, which a capital opens whatever it is, unless
        // that word is the topic a colon follows ("Interpol: …"). Blanked only if an engagement asks.
        lazy var headlineNameBytes: [UInt8] = {
            let first = title.prefix { $0 != " " && $0 != ":" }
            let rest = title.dropFirst(first.count)
            return rest.drop(while: { $0 == " " }).first == ":" ? headlineBytes : blanked(String(rest))
        }()
        var best: (Event, Double, String, Bool, rank: Double, isNamed: Bool)? = nil
        // A day and month without a year ("le 7 décembre", "намеченному на 29 мая") are read in each engagement's year.
        let mentionedDates = MetadataReader.dates(in: text).map(\.date)
        let mentionedDays = Self.monthDays(in: text)
        func mentions(_ word: Substring) -> Bool { ByteSearch.contains(bytes, Array(word.utf8)) }
        // Sentences spoken of as now, as bytes (names blanked), with the dates and kinds of
        // engagement they name: read once.
        let current = Self.currentSentences(String(decoding: bytes, as: UTF8.self)).map {
            let names = Self.engagementNames(in: String($0.text), foreign: detectedLanguage != nil).joined(
                separator: " ")
            return (
                bytes: Array(($0.text + " " + names).utf8), dates: $0.dates, days: Self.monthDays(in: $0.text),
                kinds: Self.kindsNamed(in: $0.text)
            )
        }
        // Each engagement close enough in time, with its score so far and what the page names of it.
        var candidates: [Candidate] = []
        for e in corpus.events {
            var score = 0.0
            var why: [String] = []
            var names: [Substring] = []
            var specific: [Substring] = []  // title words and short names, not people or places other events share
            var acronyms: [Substring] = []  // its title's acronyms ("APEC"), not a country's ("UAE")
            var shortNames: [Substring] = []
            var addressed = false
            for p in e.participants {
                let parts = p.split(separator: " ")
                // "Sánchez", "Erdoğan": written without their accents too.
                if let surname = parts.last.map({ mentions($0) ? $0 : Self.withoutAccents($0) }), mentions(surname) {
                    score += 1; why.append(String(surname)); names.append(surname)
                    if ByteSearch.containsWord(greeted, Array(surname.utf8)) { addressed = true }
                } else if let name = parts.dropLast().first(where: {
                    $0.first?.isUppercase == true && $0.count >= 2 && Self.namesAlone(bytes, Array($0.utf8))
                }) {
                    // "President Xi": a name whose family name comes first, or a person named by one name.
                    score += 1; why.append(String(name)); names.append(name)
                }
            }
            if let place = e.location {
                for word in place.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," })
                where word.count > 3 && mentions(word) {
                    score += 1.5; why.append(String(word)); names.append(word)
                }
            }
            for title in self.names.titleWords[e.id] ?? Self.titleWords(e) {
                guard let word = Self.writtenForm(of: title, in: bytes) else { continue }
                let isCommon = self.names.commonTitleWords.contains(String(title))
                // An acronym of its own ("APEC", "C5+1") names the engagement as its short name does.
                score += Self.isAcronym(word) && !isCommon ? 2 : 0.5; why.append(String(word))
                if !names.contains(word) && !isCommon {
                    specific.append(word)
                }
                if Self.isAcronym(word)
                    && !Self.namesACountry(word.lowercasedByScalar())
                {
                    acronyms.append(word)
                }
                names.append(word)
            }
            for short in self.names.shortNames[e.id] ?? [] where mentions(Substring(short)) {
                score += 2; why.append(short); names.append(Substring(short)); specific.append(Substring(short))
                shortNames.append(Substring(short))
            }
            // Its year written beside its acronym or short name ("il G20 del 2021", "the 2021 G20"): of
            // namesakes a year apart (a presidency begun in December for a summit the next autumn), the one
            // of that year.
            if (shortNames + acronyms).contains(where: { Self.namesYear(e.date.year, beside: $0, in: bytes) }) {
                score += Self.namedWithItsYear; why.append("with \(e.date.year)")
            }
            func datesName(_ dates: [PartialDate], _ days: [(Int, Int)]) -> Bool {
                dates.contains { $0.precision != .year && Self.isNear($0, e.date) }
                    || e.date.precision == .day
                        && days.contains { m, d in m == e.date.month && abs(d - (e.date.day ?? 0)) <= Self.nearDays }
            }
            if datesName(mentionedDates, mentionedDays) {
                score += 2; why.append(e.date.long)
            }
            if let date {
                // Between the periods: an engagement recorded by its year is as near as can be to a page of that year.
                let gap = Self.daysApart(e.date, date)
                // More than a year from the date the page states: not the engagement it addresses, unless
                // the page names it by a short name ("IGF 2024" in a letter about the host chosen a year
                // and more ahead).
                // …or a sentence spoken of as now names its year and one of its names ("…переноса
                // чемпионата мира по хоккею 2014 года из Минска", "the 2014 World Cup") in a page written
                // ahead of it.
                // Read only for an engagement beyond `farEvent`: this runs for every engagement of the corpus.
                if gap > Self.farEvent,
                    !(gap <= Self.farNamedEvent
                        && (!shortNames.isEmpty
                            || (e.date.relation(to: date) == .after
                                && current.contains { Self.namesYear(e.date.year, andOneOf: names, in: $0.bytes) })))
                {
                    continue
                } else if gap < 120 {
                    score += 1
                }
                // Well over before the page was written: recounted, not addressed.
                if e.date.relation(to: date) == .before && gap > Self.pastEvent { continue }
            }
            // Its kinds: the record's and those its title names ("APEC summit and Biden–Xi meeting"),
            // read only for an engagement a sentence names otherwise.
            var kinds: Set<EventKind>? = nil
            // In each sentence spoken of as now, what names it: its names, its kind, its date.
            let named = current.map { sentence -> Set<String> in
                var found = Set(names.filter { ByteSearch.contains(sentence.bytes, Array($0.utf8)) }.map(String.init))
                if datesName(sentence.dates, sentence.days) { found.insert(Self.dateName) }
                guard !found.isEmpty, !sentence.kinds.isEmpty else { return found }
                if kinds == nil { kinds = Self.kindsNamed(in: e.title).union([e.kind]) }
                // The kind of engagement it is ("the summit", "визит") names it once, as a person or a place does.
                if !sentence.kinds.isDisjoint(with: kinds!) { found.insert(Self.kindName) }
                return found
            }
            let isSpecific = current.indices.map { k in
                named[k].contains(Self.dateName) || specific.contains { named[k].contains(String($0)) }
            }
            // The headline names the engagement by its acronym or short name ("APEC leaders urged …",
            // "HRC52"): the news the page is about, whatever other engagements its text names. An
            // acronym its namesakes of other years share counts: they are not near the page's date. Its
            // other title words ("Joint", "Venezuela") are no name: other engagements' titles hold them.
            if (shortNames + acronyms).contains(where: { ByteSearch.contains(headlineBytes, Array($0.utf8)) }) {
                score += Self.namedInHeadline; why.append("named in the headline")
            } else if specific.contains(where: { w in
                let lower = w.lowercasedByScalar()
                return lower != w && !Self.namesACountry(lower)
                    && ByteSearch.containsWord(headlineNameBytes, Array(w.utf8))
                    && !ByteSearch.containsWord(bytes, Array(lower.utf8))
            }) {
                // A word of its own title in the headline ("Dakar: …", "Giro d’Italia: …"): what the page
                // is about, though such a word may name a place or body beyond the engagement. A name, not a
                // word the page also writes in small letters, nor the capital a headline opens with ("Joint
                // letter to …"), unless it is the headline's topic before a colon ("Dakar : …").
                score += Self.titleWordInHeadline; why.append("its title's word in the headline")
            }
            candidates.append(
                Candidate(
                    event: e, score: score, why: why, named: named, isSpecific: isSpecific,
                    isNearInTime: date.map { Self.isNearInTime(e.date, page: $0) } ?? false,
                    isNamed: !names.isEmpty, isAddressed: addressed))
        }
        // Spoken of as now or ahead, in a sentence naming it by two things,
        // one of them its own (its title's words, its short name, its
        // date), or by two that together name no other engagement besides
        // its kind ("the meeting" of Zelensky and Biden): what the statement is
        // written for. People and places that other engagements share
        // ("Trump", "Geneva") are not enough. Within weeks of the date the
        // page states, an engagement is told from the others by its time.
        for (n, c) in candidates.enumerated() {
            let isCurrent = current.indices.contains { k in
                guard c.named[k].count >= 2 else { return false }
                // Title words several engagements share ("Human", "China") single out none.
                let own = c.named[k].subtracting(self.names.commonTitleWords)
                // …two of them besides the kind of engagement it is, which the sentence names too: in a
                // corpus of few engagements "Trump" and "Moscow", or "Trump" and "talks", name one
                // without telling of any.
                let singledOut =
                    own.count >= 3 && own.contains(Self.kindName)
                    && !candidates.indices.contains { m in m != n && own.isSubset(of: candidates[m].named[k]) }
                return c.isSpecific[k] || c.isNearInTime || singledOut
            }
            var (score, why) = (c.score, c.why)
            if isCurrent { score += Self.spokenOfAsNow; why.append("spoken of as now or ahead") }
            // Spoken of as now, with the person the letter greets taking part: the one "your visit" means.
            // Only then: a person takes part in many engagements, most of which the letter does not address.
            if isCurrent && c.isAddressed {
                score += Self.addresseeTakesPart
                why.append("the addressee takes part")
            }
            // Its date named where it is spoken of as now: told from the others by its time.
            if isCurrent && c.named.contains(where: { $0.contains(Self.dateName) && $0.count >= 2 }) { score += 1 }
            // Ties go to the engagement shortly after the page's date: what a page is written ahead of.
            let ahead =
                date.map {
                    c.event.date.precision != .year && c.event.date.dayNumber >= $0.dayNumber
                        && Self.daysApart(c.event.date, $0) <= Self.pastEvent
                } ?? false
            let rank = score + (ahead ? Self.aheadTieBreak : 0)
            // An engagement the page names by its names (a person, a place, its title's words) is read
            // before one it names by its date alone: a date in the text ("on 10 July 2013") may be any
            // day's, and an engagement of that day elsewhere is chance.
            let better = best.map { c.isNamed != $0.isNamed ? c.isNamed : rank > $0.rank } ?? true
            guard score >= 3.5, better else { continue }
            best = (c.event, score, why.joined(separator: ", "), isCurrent, rank, c.isNamed)
        }
        guard let (e, score, why, isCurrent, _, isNamed) = best else { return nil }
        // Named by its date alone, an engagement is a likely reading, never a sure one; and on a page
        // stating no date (which is then dated by the engagement, or read against its update stamp)
        // nothing confirms its time.
        let sure = isCurrent && isNamed && date != nil && stated && score >= Self.certainEvent
        return (e, Evidence(line: 0, excerpt: "names \(why)", confidence: sure ? "high" : "medium"), isCurrent)
    }

    /// Whether a text names a cue word (`letterWords`, `statementWords`) as a word or an inflection
    /// of one: where the cue starts a word and the word goes on for at most `inflectionLetters`
    /// letters ("cartas", "обращением", "letters"), not a longer word it begins ("Cartagena") or
    /// ends ("newsletter").
    static func namesWord(_ text: String, _ cue: String) -> Bool {
        let bytes = Array(text.utf8)
        let needle = Array(cue.utf8)
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, needle, from: from) {
            from = at + 1
            let before = String(decoding: bytes[max(0, at - 4)..<at], as: UTF8.self).unicodeScalars.last
            if before?.properties.isAlphabetic ?? false { continue }
            let end = at + needle.count
            let after = String(
                decoding: bytes[end..<min(bytes.count, end + 4 * (inflectionLetters + 1))], as: UTF8.self)
            if after.unicodeScalars.prefix(while: \.properties.isAlphabetic).count <= inflectionLetters { return true }
        }
        return false
    }
    /// Letters an inflection adds to a cue word ("carta" → "cartas", "обращени" → "обращением").
    static let inflectionLetters = 3

    /// A name without its diacritics ("Sánchez" → Sanchez), as pages in English often write it.
    static func withoutAccents(_ name: Substring) -> Substring {
        guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { return name }
        return Substring(name.folding(options: .diacriticInsensitive, locale: nil))
    }

    /// An engagement as the page names it, before the sentences spoken of as now are weighed.
    struct Candidate {
        var event: Event
        var score: Double
        var why: [String]
        /// For each sentence spoken of as now, what of the engagement it names.
        var named: [Set<String>]
        /// For each sentence, whether what it names is the engagement's own (its date, a title word no other shares).
        var isSpecific: [Bool]
        var isNearInTime: Bool
        /// Whether the page names the engagement by a word of its own (a participant, its place, a
        /// title word, a short name), not by its date and kind alone.
        var isNamed: Bool
        /// Whether a participant is the person the letter greets or addresses.
        var isAddressed: Bool
    }

    /// What an engagement spoken of as now gains where the person a letter greets or addresses takes
    /// part in it: more than a place the page names, less than being spoken of as now.
    static let addresseeTakesPart = 2.0
    /// Lines of the text, from its top, among which a letter's salutation is looked for.
    static let salutationReach = 8

    /// What an engagement the text speaks of as now or ahead gains.
    static let spokenOfAsNow = 5.0
    /// What an engagement gains where the headline names it by its acronym or short name: more than
    /// being spoken of as now in the text, which an engagement named only by people other
    /// engagements share may be too.
    static let namedInHeadline = spokenOfAsNow + 1

    /// Whether a lowercased word names a country in any language's table ("venezuela", "índia").
    static func namesACountry(_ lower: String) -> Bool { LanguageCues.countryNames.value(of: Substring(lower)) != nil }

    /// What an engagement gains where the headline holds a word of its own title that names no
    /// country (no acronym, no short name): less than being spoken of as now, as such a word ("Dakar",
    /// "Interpol") may name a place or a body the engagement only shares.
    static let titleWordInHeadline = 3.0

    /// What an engagement starting on or shortly after the page's date gains over one as near before it: less than any name, so it only breaks ties.
    static let aheadTieBreak = 0.25

    /// Stand-ins for an engagement's kind and its date among the names a sentence gives it.
    static let kindName = "(kind)"
    static let dateName = "(date)"

    /// Days between a page's stated date and an engagement beyond which the
    /// page is not written for it (a statement is written weeks, at most
    /// months, ahead of what it addresses).
    static let farEvent = 400
    /// …and for an engagement the page names by a short name ("IGF 2024"), or by its year and a name
    /// in one sentence: a forum's host, a tournament's or a summit's date is often known over a year
    /// ahead. About two years.
    static let farNamedEvent = 800

    /// Whether a sentence's bytes write `year` as a number of its own and hold one of `names`.
    static func namesYear(_ year: Int, andOneOf names: [Substring], in bytes: [UInt8]) -> Bool {
        guard !names.isEmpty else { return false }
        let written = Array(String(year).utf8)
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, written, from: from) {
            from = at + written.count
            if standsAlone(bytes, at..<from) { return names.contains { ByteSearch.contains(bytes, Array($0.utf8)) } }
        }
        return false
    }

    /// Whether the number at `range` of `bytes` stands alone: a letter or a digit next to it makes it
    /// part of another word or number ("20145", "2014th").
    static func standsAlone(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        func goesOn(_ b: UInt8) -> Bool { ByteSearch.isWordByte(b) || (b >= 0x30 && b <= 0x39) }
        return (range.lowerBound == 0 || !goesOn(bytes[range.lowerBound - 1]))
            && (range.upperBound == bytes.count || !goesOn(bytes[range.upperBound]))
    }

    /// Whether an engagement is near enough the page's date to be told from the others by its time
    /// (`Candidate.isNearInTime`): within `pastEvent` days, but not a day's engagement more than
    /// `recentDays` before the page, which is over when the page is written: a page about it names it
    /// by a name of its own, not by a place or country other engagements share ("Beijing", "China" in a
    /// letter on the Olympics weeks after a state visit to Beijing).
    static func isNearInTime(_ event: PartialDate, page: PartialDate) -> Bool {
        let gap = daysApart(event, page)
        guard gap <= pastEvent else { return false }
        return !(event.relation(to: page) == .before && event.precision == .day && gap > recentDays)
    }
    /// Days a day's engagement may lie before the page and still be near it in time: a report filed
    /// in the days after a summit.
    static let recentDays = 7

    /// What an engagement gains where the page writes its year beside its acronym or short name: as
    /// much as its date named (`datesName`).
    static let namedWithItsYear = 2.0
    /// Bytes between an acronym and a year written beside it ("G20 del 2021", "the 2021 G20").
    static let yearReach = 6

    /// Whether `bytes` write `year` as a number of its own within `yearReach` bytes of `name`, before
    /// or after it.
    static func namesYear(_ year: Int, beside name: Substring, in bytes: [UInt8]) -> Bool {
        let written = Array(String(year).utf8)
        for at in ByteSearch.wholeWordIndices(bytes, Array(name.utf8)) {
            let end = min(bytes.count, at + name.utf8.count + yearReach + written.count)
            var from = max(0, at - yearReach - written.count)
            while let y = ByteSearch.firstIndex(bytes, written, from: from), y + written.count <= end {
                if standsAlone(bytes, y..<(y + written.count)) { return true }
                from = y + 1
            }
        }
        return false
    }

    /// Days an engagement may lie before the page's stated date and still be
    /// the one it addresses (a session of several weeks, recorded by its month).
    static let pastEvent = 45

    /// An engagement's match score from which, spoken of as now, it is sure
    /// (set on the development set's tune half: below it, one high in four was wrong).
    static let certainEvent = 8.0

    /// The words of an engagement's title that name it: capitalized words
    /// of four letters or more and acronyms ("APEC", "G20"), without a
    /// possessive ("Bachelet’s"), split at dashes ("Biden–Xi"); not the
    /// titles of office every engagement's people hold ("President").
    static func titleWords(_ e: Event) -> [Substring] {
        e.title.split(whereSeparator: { " –—-".contains($0) }).compactMap { w -> Substring? in
            var word = w
            for possessive in ["’s", "'s"] where word.hasSuffix(possessive) { word = word.dropLast(2) }
            // "(NATO", "Strasbourg)": a word of a parenthesis.
            let bare = word.trimmingCharacters(in: Self.titleWordBrackets)
            if !bare.isEmpty { word = Substring(bare) }
            guard word.first?.isUppercase == true || word.first?.isNumber == true, !honorifics.contains(String(word))
            else { return nil }
            let acronym = isAcronym(word)
            // "37th", "51st": a session's number.
            let ordinal = word.count >= 3 && word.first!.isNumber && word.contains(where: \.isLetter)
            // A capitalized name of four letters ("Expo", "Giro", "Doha"), not a year ("2010").
            let shortName = word.count == shortestTitleName && word.allSatisfy(\.isLetter)
            return word.count > shortestTitleName || shortName || acronym || ordinal ? word : nil
        }
    }
    /// The fewest letters of a title word that is no acronym: shorter capitalized words ("The",
    /// "For") are a title's small words.
    static let shortestTitleName = 4

    /// How the page writes a word of an engagement's title, if it does: the word itself, or, for a
    /// session's number ("45th"), the number with another language's ordinal mark ("45º período de
    /// sesiones", "45e session", "45-й сессии"). The page is read once for the number; where it is
    /// written with several marks, the mark first in `ordinalMarks` is the form.
    static func writtenForm(of word: Substring, in bytes: [UInt8]) -> Substring? {
        if ByteSearch.containsWord(bytes, Array(word.utf8)) { return word }
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count < word.count else { return nil }
        let number = Array(digits.utf8)
        var best: Int? = nil
        var from = 0
        while let i = ByteSearch.firstIndex(bytes, number, from: from) {
            from = i + 1
            // A whole number: "145e" is not the 45th.
            if i > 0 && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i - 1]) { continue }
            let after = bytes[(i + number.count)...]
            // A mark in letters ends its word ("45e session", not "45ers"); one after a hyphen
            // takes the case ending that follows ("45-й", "45-го").
            let found = ordinalMarkBytes.indices.first { k in
                let mark = ordinalMarkBytes[k]
                guard after.starts(with: mark) else { return false }
                return mark.first == UInt8(ascii: "-")
                    || after.dropFirst(mark.count).first.map { !ByteSearch.isWordByte($0) } ?? true
            }
            if let found, found < best ?? .max { best = found }
        }
        return best.map { digits + ordinalMarks[$0] }
    }

    /// Every language's marks after an ordinal's number (`LanguageCues.ordinalMarks`), longest first,
    /// so that "45ème" is read whole before "45e".
    static let ordinalMarks: [String] = Set(LanguageCues.all.flatMap(\.ordinalMarks)).sorted {
        $0.count != $1.count ? $0.count > $1.count : $0 < $1
    }
    static let ordinalMarkBytes: [[UInt8]] = ordinalMarks.map { Array($0.utf8) }

    /// "APEC", "G20", "G7", "C5+1": a summit's or a format's letters and numbers.
    static func isAcronym(_ word: Substring) -> Bool {
        word.contains(where: \.isLetter) && word.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "+" }
            && (word.count >= 3 || word.contains(where: \.isNumber))
    }

    /// Brackets and commas around a title's word.
    static let titleWordBrackets = CharacterSet(charactersIn: "(),")

    /// Titles of office, which say nothing of which engagement is meant.
    static let honorifics: Set<String> = [
        "President", "Presidents", "Prime", "Minister", "Chancellor", "Secretary", "Premier", "Leaders", "Leader",
    ]

    /// Days apart within which a date the page names is the engagement's
    /// ("24 and 25 May" for a visit recorded on the 24th).
    static let nearDays = 3

    /// A named date that is the engagement's: the same period, or, both to
    /// the day, a few days apart.
    static func isNear(_ d: PartialDate, _ e: PartialDate) -> Bool {
        if d.relation(to: e) == .samePeriod { return true }
        return d.precision == .day && e.precision == .day && abs(d.dayNumber - e.dayNumber) <= nearDays
    }

    /// A line without the dateline that opens it ("(Moscow, September 3,
    /// 2013) –", "WASHINGTON —", "(New York) —"): a place and perhaps a date
    /// before a dash, in parentheses or capitals or with a date.
    static func withoutDateline(_ line: String) -> String {
        guard let end = datelineEnd(line, afterCredit: false), line[..<end].split(separator: " ").count <= 8 else {
            return line
        }
        let head = line[..<end].trimmingWhitespaceScalars()
        let letters = head.filter(\.isLetter)
        let isDateline =
            head.hasPrefix("(") || (!letters.isEmpty && letters.allSatisfy(\.isUppercase))
            || !dates(in: head).isEmpty
        return isDateline ? String(line[end...]) : line
    }

    /// A sentence spoken of as now or ahead, with the dates it names (read once).
    struct CurrentSentence { var text: Substring; var dates: [PartialDate] }

    /// Sentences that speak of something as happening now or ahead, and name no past date.
    static func currentSentences(_ text: String) -> [CurrentSentence] {
        roughSentences(text).compactMap { sentence in
            // A space before the sentence, so that a cue opening with one ("as the") is found at its start.
            let lower = Array((" " + sentence.lowercasedByScalar()).utf8)
            guard engagementAheadBytes.contains(where: { ByteSearch.contains(lower, $0) }) else { return nil }
            let dates = MetadataReader.dates(in: String(sentence)).map(\.date)
            // "In June 2021, …" is told as past.
            let past = dates.contains { d in
                d.precision != .year
                    && LanguageCues.english.months[d.month! - 1].contains {
                        ByteSearch.contains(lower, Array("in \($0) ".utf8))
                    }
            }
            return past ? nil : CurrentSentence(text: sentence, dates: dates)
        }
    }

    /// A text cut at full stops and line ends, quickly (not ICU's iterator:
    /// this runs over the whole page), except after an abbreviation ("St.").
    static func roughSentences(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\n" || (c == "." && !endsAbbreviation(text[start...i]) && !isOrdinalDay(text, at: i)) {
                if start < i { out.append(text[start..<i]) }
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        if start < text.endIndex { out.append(text[start...]) }
        return out
    }

    /// Whether the full stop at `i` closes a day's number rather than a sentence: a number of one or
    /// two digits before it, and a month's name or another number after its space ("am 28. März",
    /// "28. až 30. března 2016", "23. 3. 2016"), as German, Czech and Polish write a day.
    static func isOrdinalDay(_ text: String, at i: String.Index) -> Bool {
        let before = text[..<i].reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(before.count) else { return false }
        let head = text.index(i, offsetBy: -before.count)
        if head > text.startIndex, text[text.index(before: head)].isLetter { return false }
        let after = text[text.index(after: i)...]
        guard after.first == " " else { return false }
        let next = after.dropFirst().prefix { $0.isLetter || $0.isNumber }
        guard let first = next.first else { return false }
        if first.isNumber { return true }
        // A day's range ("28. až 30.") reads on to the next number, as a Czech or Slovak "až" does.
        let word = next.lowercased()
        return LanguageCues.monthNumbers[word] != nil || dayRangeWords.contains(word)
    }
    /// Words between two days' numbers of a range ("28. až 30. března", "vom 28. bis 30. März").
    static let dayRangeWords: Set<String> = ["až", "bis", "do", "a", "und", "i"]

    /// Whether a text ends with an abbreviation of the cues ("… in St.").
    static func endsAbbreviation(_ text: Substring) -> Bool {
        let word = text.reversed().prefix { $0 != " " && $0 != "(" && $0 != "\n" }
        return word.count <= 5 && LanguageCues.abbreviations.contains(String(word.reversed()))
    }

    /// Short names an event goes by: its id's lettered-and-numbered parts
    /// ("hrc48" → HRC48), its title's initials with its number ("48th
    /// session of the UN Human Rights Council" → HRC48, UNHRC48), and initials
    /// of three letters or more with its year ("19th Internet Governance Forum" in
    /// 2024 → "IGF 2024"), as a yearly forum is named.
    static func shortNames(_ e: Event) -> [String] {
        var out: Set<String> = []
        for part in e.id.split(separator: "-")
        where part.count >= 3 && part.contains(where: \.isNumber) && part.contains(where: \.isLetter) {
            out.insert(part.uppercased())
        }
        let words = e.title.split(separator: " ")
        let capitals = words.filter { $0.first?.isUppercase == true && $0.count > 1 }
        let number = words.lazy.compactMap { w -> String? in
            let digits = w.prefix { $0.isNumber }
            return digits.isEmpty ? nil : String(digits)
        }.first
        let initials = String(capitals.map { $0.allSatisfy(\.isUppercase) ? String($0) : String($0.first!) }.joined())
        if capitals.count >= 2, initials.count >= 3 {
            out.insert("\(initials) \(e.date.year)")
        }
        if capitals.count >= 2, let number {
            out.insert(initials + number)
            let withoutAcronym = capitals.drop { $0.allSatisfy(\.isUppercase) }
            if withoutAcronym.count >= 2 {
                out.insert(String(withoutAcronym.map { String($0.first!) }.joined()) + number)
            }
        }
        return out.sorted()
    }

    func source() -> (String, Evidence)? {
        for (i, line) in page.lines.enumerated() {
            let l = line.lowercasedByScalar()
            guard l.hasPrefix("original source") || l.hasPrefix("source:") || l.hasPrefix("source link:") else {
                continue
            }
            let value =
                line.split(separator: ":", maxSplits: 1).dropFirst().first.map {
                    $0.trimmingWhitespaceScalars()
                } ?? ""
            guard !value.isEmpty, let url = SourceAddress.web(value) else { continue }
            return (url, Evidence(line: i + 1, excerpt: line, confidence: "medium"))
        }
        if let link = page.links.first(where: {
            SafeLink.isClickable($0)
                && !["facebook", "twitter", "linkedin", "x.com", "mailto"].contains(where: $0.contains)
        }) {
            return (link, Evidence(line: 0, excerpt: link, confidence: "low"))
        }
        return nil
    }

    /// `ru` or `uk` for Cyrillic text (Ukrainian by і ї є ґ), else nil (English).
    func language() -> (String, Evidence)? { detectedLanguage }

    /// The share of a text's letters in one script (Arabic, Cyrillic) that makes it that script's
    /// language: a page in Arabic or Russian quotes Latin names and addresses, never most of its letters.
    static let scriptShare = 0.4
    /// Unicode's Cyrillic block.
    static let cyrillicBlock: ClosedRange<UInt32> = 0x400...0x4FF
    /// Letters Persian writes and Arabic does not, and letters Arabic writes where Persian writes its own.
    static let persianLetters: Set<Unicode.Scalar> = ["پ", "چ", "ژ", "گ", "ک", "ی"]
    static let arabicOnlyLetters: Set<Unicode.Scalar> = ["ي", "ك", "ة"]
    /// Scripts that each tell one language, with the share of a text's letters that makes the text
    /// that language: Japanese's kana at `kanaShare` (its many Chinese characters are letters too),
    /// then each other script at `scriptShare`. Checked in this order.
    static let scriptLanguages: [(block: ClosedRange<UInt32>, code: String, name: String, share: Double)] = [
        (0x3040...0x30FF, "ja", "Japanese kana", kanaShare),
        (0xAC00...0xD7AF, "ko", "Korean Hangul", scriptShare),
        (0x4E00...0x9FFF, "zh", "Chinese", scriptShare),
        (0x0E00...0x0E7F, "th", "Thai", scriptShare),
        (0x0370...0x03FF, "el", "Greek", scriptShare),
        (0x0590...0x05FF, "he", "Hebrew", scriptShare),
        (0x10A0...0x10FF, "ka", "Georgian", scriptShare),
        (0x0530...0x058F, "hy", "Armenian", scriptShare),
    ]
    /// The share of a text's letters in kana that makes it Japanese.
    static let kanaShare = 0.1

    private func readLanguage() -> (String, Evidence)? {
        let text = bodyText
        if let declared = page.declaredLanguage.map(LanguageTag.primary), declared != "en",
            LanguageTag.isValid(declared)
        {
            // The declaration is the site's: a text in another language on it (an English statement on
            // a Venezuelan section's Spanish site) is read in the language its small words are.
            if let other = Self.smallWordsLanguage(text, against: declared) {
                return (
                    other.code,
                    Evidence(
                        line: 0,
                        excerpt: "\(other.count) small words of “\(other.code)” (the page declares \(declared))",
                        confidence: "medium")
                )
            }
            return (declared, Evidence(line: 0, excerpt: "lang=\(declared)", confidence: "high"))
        }
        // The text's letters, and how many are in each script that tells a language, in one pass.
        var letters = 0, arabic = 0, cyrillic = 0, persian = 0, arabicOnly = 0
        var scripts = [Int](repeating: 0, count: Self.scriptLanguages.count)
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            letters += 1
            if ArabicWords.arabicBlock.contains(s.value) {
                arabic += 1
                if Self.persianLetters.contains(s) { persian += 1 }
                if Self.arabicOnlyLetters.contains(s) { arabicOnly += 1 }
            } else if Self.cyrillicBlock.contains(s.value) {
                cyrillic += 1
            } else if s.value >= 0x0370, let k = Self.scriptLanguages.firstIndex(where: { $0.block.contains(s.value) })
            {
                scripts[k] += 1
            }
        }
        guard letters > 0 else { return nil }
        if Double(arabic) / Double(letters) > Self.scriptShare {
            // Persian writes the Arabic script with letters of its own ("پ", "گ", and "ی", "ک" for Arabic's
            // "ي", "ك"), and seldom Arabic's "ة".
            if persian > arabicOnly {
                return ("fa", Evidence(line: 0, excerpt: "Persian letters", confidence: "medium"))
            }
            return ("ar", Evidence(line: 0, excerpt: "Arabic script", confidence: "medium"))
        }
        // A script only one language of the pages writes (Korean's Hangul, Thai, Greek…); Japanese
        // before Chinese, as it writes Chinese characters among its kana.
        for (k, script) in Self.scriptLanguages.enumerated()
        where Double(scripts[k]) / Double(letters) > script.share {
            return (script.code, Evidence(line: 0, excerpt: "\(script.name) script", confidence: "medium"))
        }
        guard Double(cyrillic) / Double(letters) > Self.scriptShare else { return Self.latinLanguage(text) }
        let ukrainian = LanguageTag.hasUkrainianLetter(text)
        return (
            ukrainian ? "uk" : "ru",
            Evidence(line: 0, excerpt: ukrainian ? "Ukrainian letters" : "Cyrillic text", confidence: "medium")
        )
    }

    /// A Latin-script text's language when it is not English: the language
    /// whose small words (its cues' stopwords) the text uses most, at least
    /// twice as often as English's; nil (English) otherwise. A word small in
    /// English and in another language ("a", "as": Portuguese's too) tells
    /// neither apart from English: it counts for neither, so that a Portuguese
    /// page's many "a" are not read as English's.
    static func latinLanguage(_ text: String) -> (String, Evidence)? {
        var counts = smallWordCounts(text)
        let english = counts.first { $0.code == "en" }?.count ?? 0
        counts.removeAll { $0.code == "en" }
        guard let best = counts.max(by: { $0.count < $1.count }), best.count >= fewestLanguageWords,
            best.count >= 2 * english
        else { return nil }
        return (
            best.code, Evidence(line: 0, excerpt: "\(best.count) small words of “\(best.code)”", confidence: "medium")
        )
    }

    /// Each language's stopwords, as a set: English's without those of any other language, and each
    /// other language's without English's.
    static let stopwordSets: [(String, Set<String>)] = LanguageCues.all.map { l in
        let others = Set(
            LanguageCues.all.filter { $0.code != l.code && (l.code == "en" || $0.code == "en") }.flatMap(\.stopwords))
        return (l.code, Set(l.stopwords).subtracting(others))
    }
    /// Fewest small words of a language that make a text that language's.
    static let fewestLanguageWords = 5

    static let cyrillicLanguages: Set<String> = ["ru", "uk"]

    /// How many of each language's small words (`stopwordSets`) a text holds.
    static func smallWordCounts(_ text: String) -> [(code: String, count: Int)] {
        let words = Words.of(text)
        return stopwordSets.map { code, set in (code, words.reduce(0) { $0 + (set.contains(String($1)) ? 1 : 0) }) }
    }

    /// The language whose small words a text uses most, when that is not `declared` and it
    /// uses them at least twice as often as `declared`'s (and `fewestLanguageWords` times); nil otherwise.
    static func smallWordsLanguage(_ text: String, against declared: String) -> (code: String, count: Int)? {
        let counts = smallWordCounts(text)
        guard let own = counts.first(where: { $0.code == declared }),
            let best = counts.max(by: { $0.count < $1.count }), best.code != declared,
            best.count >= fewestLanguageWords, best.count >= 2 * own.count,
            // Russian and Ukrainian share small words; Ukrainian's own letters tell them apart.
            !(cyrillicLanguages.contains(declared) && cyrillicLanguages.contains(best.code))
        else { return nil }
        return best
    }

    func excerpt(_ line: String, around text: String) -> String {
        guard let r = line.range(of: text) else { return String(line.prefix(80)) }
        let start = line.index(r.lowerBound, offsetBy: -min(40, line.distance(from: line.startIndex, to: r.lowerBound)))
        let end = line.index(r.upperBound, offsetBy: min(40, line.distance(from: r.upperBound, to: line.endIndex)))
        return String(line[start..<end])
    }
}
