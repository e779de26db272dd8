import Corpus
import Foundation

/// The statement inside a page: its headline and its body, the page
/// furniture around them (mastheads, bylines, share bars, comment forms,
/// banners, "Original Source" lines, author bios) cut away. The body keeps
/// the page's own lines byte for byte.
struct StatementText {
    /// Index (0-based) of the headline line, or nil when the page has none.
    let titleLine: Int?
    /// Indices of the body's lines, in order (blank lines between paragraphs kept).
    let bodyLines: [Int]
    /// Whether the page's markup (its <h1>, og:title or <title>) names the headline too.
    let titleDeclared: Bool
    /// An article's head above a share bar under the headline (its deck, byline and date): not the
    /// body, but read with it for the page's fields as the body's opening lines were before the bar.
    let headLines: [Int]
    /// The head's lines and the body's: what the fields are read from (joined once: the readers ask
    /// for them many times a page).
    let textLines: [Int]

    init(titleLine: Int?, bodyLines: [Int], titleDeclared: Bool = false, headLines: [Int] = []) {
        self.titleLine = titleLine
        self.bodyLines = bodyLines
        self.titleDeclared = titleDeclared
        self.headLines = headLines
        textLines = headLines + bodyLines
    }

    /// Lines that end the statement: what follows them is furniture (each language's `textEnds`).
    static let terminators = LanguageCues.textEnds.map(ArabicWords.withoutMarks)
    /// The terminators by their first letter: a line is compared with its letter's only.
    static let terminatorsByFirst: [Character: [String]] = Dictionary(grouping: terminators, by: { $0.first! })

    /// Words of navigation bars and share buttons.
    static let navigation: Set<String> = [
        "menu", "search", "donate", "home", "news", "about", "contact", "login", "log", "in",
        "sign", "subscribe", "share", "print", "email", "tweet", "facebook", "twitter", "more",
        "skip", "to", "content", "main", "en", "ru", "uk", "|", "·", "•",
    ]

    /// Lines that are furniture wherever they stand (captions, promos, bylines).
    static func isFurniture(_ line: String) -> Bool {
        let l = line.lowercasedByScalar()
        let words = l.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if !words.isEmpty && words.count <= 8 && words.allSatisfy({ navigation.contains(String($0)) }) { return true }
        if l.hasPrefix("subscribe") || l.hasPrefix("sign up")
            || MetadataReader.opens(l, with: l.first.flatMap { LanguageCues.consentCuesByFirst[$0] } ?? [])
            || l.holds(consentWord)
        {
            return true
        }
        // "5 min read", "Temps de lecture : 2 min": how long the page takes to read.
        if words.count <= readingTimeWords && LanguageCues.readingTimeCues.contains(where: { l.holds($0) }) {
            return true
        }
        if isByline(line) { return true }
        if l.holds(" via reuters") || l.holds("/ reuters") || l.holds("getty images") || l.holds("/ ap)")
            || (l.hasPrefix("(") && l.hasSuffix(")")) || l.hasPrefix("photo:") || l.hasPrefix("image:")
        {
            return true
        }  // a photo caption
        if isCredited(line) || isCaption(l) { return true }
        if l.holds("is a comprehensive online publication") || l.holds("the views expressed") { return true }
        // A line wholly in square brackets that is short or a mail reader's note is a site's note ("[ dilihat
        // 128 kali ]", a page's count of views; "[Print]"), as one in parentheses is a caption.
        if l.hasPrefix("["), l.hasSuffix("]"), words.count <= bracketedNoteWords || isMailReaderNote(l) { return true }
        if l.hasPrefix("home ›") || l.hasPrefix("home >") || l.holds(" › ") { return true }  // breadcrumbs
        return false
    }

    /// The most words of a line in square brackets read as a site's note (`isFurniture`): a longer
    /// one is an editor's note on the text ("[Editor's update: the visit was postponed to March]"),
    /// which is the text's.
    static let bracketedNoteWords = 5

    /// A mail reader's note on the text's character set, set in brackets in a list's archive above the
    /// message ("[The following text is in the "ISO-8859-1" character set]", "[Some characters may be
    /// displayed incorrectly]"); lowercased.
    static func isMailReaderNote(_ l: String) -> Bool {
        l.hasPrefix("[") && l.hasSuffix("]") && mailReaderNotes.contains { l.holds($0) }
    }
    static let mailReaderNotes = ["character set", "characters may be displayed"]

    /// The word every consent banner holds, wherever it puts it ("Avec votre
    /// accord, nous et nos partenaires utilisons des cookies…"): the same in
    /// every language the cues cover, and in no statement of the genre.
    static let consentWord = "cookie"

    /// A line that only says the page is a release ("Press Release – For
    /// immediate release", "COMMUNIQUÉ DE PRESSE"), or that holds the
    /// embargo line ("… FOR IMMEDIATE RELEASE"): a label, never the headline.
    static func isReleaseLabel(_ line: String) -> Bool {
        let l = line.lowercasedByScalar()
        if LanguageCues.embargoLines.contains(where: { l.holds($0) }) { return true }
        let parts = l.split(whereSeparator: { releaseLabelSeparators.contains($0) }).map {
            $0.trimmingScalars(in: ScalarSets.of(" "))
        }.filter { !$0.isEmpty }
        return !parts.isEmpty && parts.allSatisfy { LanguageCues.releaseWords.contains(String($0)) }
    }
    static let releaseLabelSeparators: Set<Character> = ["–", "—", "-", ":", "|", "·", "/"]

    /// A typed letter's line saying how it was sent ("VIA FACSIMILE", "By email and fax", "Via
    /// facsimile: (202) 456-2461"): a line opening with a delivery cue (`deliveryLines`), of
    /// `deliveryLineWords` words at most. A label of the letter, never its headline.
    static func isDeliveryLine(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars().lowercasedByScalar()
        guard l.split(separator: " ").count <= deliveryLineWords else { return false }
        return LanguageCues.deliveryLines.contains { cue in
            l.hasPrefix(cue) && l.dropFirst(cue.count).first.map { !$0.isLetter } ?? true
        }
    }
    /// Most words of a delivery line ("Via facsimile and electronic mail: (202) 456-2461" is seven).
    static let deliveryLineWords = 7

    /// A byline: "By Jane Doe and John Roe", six words at most; a byline's first segment when the
    /// line goes on with the author's handle or organization ("by Jane Roe | @jroe | Example Watch").
    static func isByline(_ line: String) -> Bool {
        var l = Substring(line.trimmingWhitespaceScalars())
        for separator in bylineSeparators { if let r = l.range(of: separator) { l = l[..<r.lowerBound] } }
        return l.lowercasedByScalar().hasPrefix("by ") && l.split(separator: " ").count <= bylineWords
    }
    /// What sets a byline's author apart from the rest of its line.
    static let bylineSeparators = [" | ", " · "]
    static let bylineWords = 6

    /// A line the next line credits to its author ("By Vladimir Kara-Murza") or dates as published
    /// ("Опубликовано 02.05.2003 17:05"): a headline, though it may hold two sentences and end with a
    /// full stop.
    static func isAboveByline(_ lines: [String], _ i: Int) -> Bool {
        guard let next = lines[(i + 1)...].first(where: { !$0.trimmingWhitespaceScalars().isEmpty }) else {
            return false
        }
        return (isByline(next) || MetadataReader.isStampLine(next.trimmingWhitespaceScalars()))
            && lines[i].split(separator: " ").count <= longestHeadline
    }
    /// Most words of a headline.
    static let longestHeadline = 30
    /// Lines under a banner's sentence within which the article's bylined headline may stand (a
    /// section label between: "OPINION").
    static let bannerReach = 3

    /// Most words a reading-time line holds ("Temps de lecture : 2 min" is six); a
    /// longer line holding the words is prose about reading.
    static let readingTimeWords = 6

    /// A caption ending with its photo's credit in parentheses, photographer and
    /// agency parted by a slash ("… in a horse-drawn carriage (Andrew Matthews/PA)").
    static func isCredited(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        guard l.hasSuffix(")"), let open = l.lastIndex(of: "(") else { return false }
        let credit = l[l.index(after: open)..<l.index(before: l.endIndex)]
        return credit.contains("/") && !credit.contains("://") && credit.split(separator: " ").count <= creditWords
    }

    /// Most words of a photo credit ("Andrew Matthews/PA", "Photo: Jane Doe/Reuters").
    static let creditWords = 5

    /// A photo's caption closing with its credit ("… on 2 April 2021. AP Photo/Fateh Guidoum, File",
    /// "… January 31, 2026. © 2026 AP Photo", "Foto: Maurizio Gambarini/Archiv"), lowercased: a
    /// credit of the cues (`photoCredits`) among the last `creditTailWords` words of a line no
    /// longer than a caption. A paragraph that speaks of a photo further in keeps its line.
    static func isCaption(_ lowered: String) -> Bool {
        // Read on bytes from the end (this runs on every line of a page): the tail's start, and
        // the spaces before it, which a line longer than a caption has too many of.
        let bytes = lowered.utf8
        var spaces = 0
        var tailStart = bytes.startIndex
        var i = bytes.endIndex
        while i > bytes.startIndex {
            i = bytes.index(before: i)
            guard bytes[i] == space else { continue }
            spaces += 1
            if spaces == creditTailWords { tailStart = i }
            if spaces >= captionWords { return false }
        }
        let tail = Array(bytes[tailStart...])
        return creditBytes.contains { ByteSearch.contains(tail, $0) }
    }

    /// The photo credits of the cues, as bytes.
    static let creditBytes: [[UInt8]] = LanguageCues.photoCredits.map { Array($0.utf8) }
    static let space = UInt8(ascii: " ")

    /// Words at a caption's end that its credit stands in ("© 2026 AP Photo", "AP Photo/Fateh Guidoum, File").
    static let creditTailWords = 6
    /// Most words of a caption (one or two sentences under a photo); a longer line is prose.
    static let captionWords = 45

    /// A plain-text banner or a conference system's note, framed by asterisks ("* News Release … *",
    /// "/* Written 8:34 AM Feb 28, 1996 by … */").
    static func isFramed(_ line: String) -> Bool {
        let l = line.trimmingScalars(in: ScalarSets.of("/"))
        return l.count > 2 && l.hasPrefix("*") && l.hasSuffix("*")
    }

    /// A document's reference under its label ("AI INDEX: IOR 30/09/97", "Ref.: PDH/DS/0612-2021"): after
    /// the label only codes, words holding a digit or capitals of at most `referenceCodeLetters`, one at
    /// least with a digit. A headline in capitals ("DIRITTI UMANI: AMNESTY, AI GRANDI DEL G8 …") says more.
    static func isReference(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let rest = line[line.index(after: colon)...].split(separator: " ")
        return rest.contains { $0.contains(where: \.isNumber) }
            && rest.allSatisfy { w in
                w.contains(where: \.isNumber)
                    || (w.count <= referenceCodeLetters && !w.contains(where: \.isLowercase))
            }
    }
    static let referenceCodeLetters = 4

    /// Whether line `i` is a field of a mail's header, as a mailing list's archive prints it over the
    /// document the mail carries: a line next to it, above or below, opens with another field's name
    /// (`mailHeaderFields`). Its "Subject:" is the mail's, its "Date:" when the mail was sent on.
    static func isMailHeader(_ lines: [String], _ i: Int) -> Bool {
        func isField(_ k: Int) -> Bool {
            lines.indices.contains(k) && mailHeaderFields.contains { lines[k].hasPrefix($0) }
        }
        return isField(i) && (isField(i - 1) || isField(i + 1))
    }
    /// The fields of a mail's header (RFC 5322) that archives print, "Date:" among them.
    static let mailHeaderFields = ["From:", "To:", "Subject:", "Reply-To:", "Sender:", "Cc:", "Date:", "Message-ID:"]

    /// A letterhead's or a footer's contact details: a phone or fax label of the cues
    /// (`contactLabels`), an email or web address, or a postal code after a comma ("…, 14000
    /// Caen", "Washington, DC 20036"). Neither a headline nor part of a paragraph.
    static func isContact(_ line: String) -> Bool { hasContactDetails(line) || hasPostalCode(line) }

    /// A phone or fax label of the cues, an email or a web address.
    static func hasContactDetails(_ line: String) -> Bool {
        let l = line.lowercasedByScalar()
        if LanguageCues.contactLabels.contains(where: { l.hasPrefix($0) || l.holds(" " + $0) }) { return true }
        if l.holds("www.") || l.holds("http://") || l.holds("https://") { return true }
        return l.split(separator: " ").contains { $0.contains("@") && $0.contains(".") }
    }

    /// A postal code after a comma ("…, 14000 Caen", "Washington, DC 20036", "…, B-1049 Brussels"): four or
    /// five digits that are not a year, before the place's name or at the line's end ("1500 prisoners" is none).
    static func hasPostalCode(_ line: String) -> Bool {
        guard let comma = line.firstIndex(of: ",") else { return false }
        let words = line[comma...].split(separator: " ")
        return words.indices.contains { k in
            let w = words[k]
            let digits = w.filter(\.isNumber)
            guard digits.count == w.filter({ $0 != "-" && !$0.isLetter }).count, postalDigits.contains(digits.count),
                let n = Int(digits), !yearsWritten.contains(n)
            else { return false }
            // The place follows the code, or the code ends the address ("Washington, DC 20036").
            return k + 1 == words.count || words[k + 1].first?.isUppercase == true
        }
    }

    /// Digits of a postal code (Belgium's four, France's and the United States' five).
    static let postalDigits = 4...5
    /// Four-digit numbers read as years, not postal codes.
    static let yearsWritten = 1900...2099

    /// How many menu words or section names make a line a menu: two stand in many headlines
    /// ("World news: sport and politics"), three side by side only in a menu.
    static let menuWordsInAMenu = 3
    /// The least share of a menu line's words that are menu words or section names: a headline may
    /// hold three ("International community must take action on …") among many more of its own.
    static let menuWordShare = 0.5

    /// The widest gap a line of prose or a headline holds between two words, plus one: three spaces.
    static let columnGap = "   "

    /// A menu line: several menu words and no sentence, or items split by "·", "|", "›".
    static func isNavigation(_ line: String) -> Bool {
        if line.holds(" · ") || line.holds(" | ") || line.holds("›") || line.holds("»") && !line.holds("«") {
            return true
        }
        // Items set side by side ("HRW Documents on Pakistan    Join the HRW Mailing List"): a menu's
        // columns copied as text keep the gap between them; a headline's words never stand that far apart.
        if line.trimmingWhitespaceScalars().holds(Self.columnGap) { return true }
        if isSectionPath(line) { return true }
        let words = line.lowercasedByScalar().split(separator: " ")
        let menu = words.filter { LanguageCues.menuWords.contains(String($0)) }.count
        return menu >= menuWordsInAMenu && Double(menu) >= menuWordShare * Double(words.count)
    }

    /// A breadcrumb written as a path of sections ("Политика / Мир / Азия", "WTN Archive > 2009 >
    /// December", "Meldungen > Politik"): parts set apart by one of `sectionPathSeparators`, at least as
    /// many as it asks, none longer than `sectionPathWords` words.
    static func isSectionPath(_ line: String) -> Bool {
        // A menu may set its items apart with no-break spaces ("Accueil &nbsp;- &nbsp;Dossier eau").
        let line = line.holds("\u{A0}") ? line.replacingOccurrences(of: "\u{A0}", with: " ") : line
        // Only a line holding a separator is split (every line of a page's head is asked).
        let held = sectionPathSeparators.filter { line.holds($0.separator) }
        guard !held.isEmpty else { return false }
        var l = Substring(line.trimmingWhitespaceScalars())
        // Its label ("Sie sind hier: Startseite > …", "You are here: Home > …") is no section.
        if let colon = l.range(of: ": ") { l = l[colon.upperBound...] }
        return held.contains { separator, fewest in
            let parts = l.components(separatedBy: separator)
            return parts.count >= fewest
                && parts.allSatisfy { (1...sectionPathWords).contains($0.split(separator: " ").count) }
        }
    }
    static let sectionPathWords = 3
    /// Each separator of a path's sections, with the fewest sections a path of it has. An arrow points from a section to the one it
    /// holds: two short parts make a breadcrumb ("Meldungen > Politik"). A slash joins words a headline
    /// may join too ("Israel / Palestine"), three parts make a path; a dash a headline's words more
    /// often still ("Amnesty - G8 - Deauville"), a menu of dashes holds four items or more ("Accueil
    /// Communiqués - Dossier eau - Originaux - Analyses").
    static let sectionPathSeparators: [(separator: String, fewest: Int)] = [
        (" / ", 3), (" > ", 2), (" › ", 2), (" » ", 2), (" - ", 4),
    ]

    /// A site's address as its masthead ("AzVision.az — Nachrichten aus Aserbaidschan und der
    /// Welt", "Грани.Ру"): the line's first word is a domain name, alone or before a dash, a bar
    /// or a colon and the site's tagline. Never the headline.
    static func isAddressMasthead(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        let words = l.split(separator: " ")
        guard let first = words.first, let dot = first.lastIndex(of: "."), dot != first.startIndex else { return false }
        let suffix = first[first.index(after: dot)...]
        let name = first[..<dot]
        guard (2...6).contains(suffix.count), suffix.allSatisfy(\.isLetter),
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        else { return false }
        return words.count == 1 || ["—", "–", "-", "|", ":"].contains(String(words[1]))
    }

    /// A name a site goes by, with the bytes of its lowercased text: a line's start is compared with
    /// them before `isMasthead` reads it (lowercased once, not once for each line of each page).
    struct Masthead: Sendable, ExpressibleByStringLiteral {
        let name: String
        let lower: [UInt8]
        init(_ name: String) {
            self.name = name
            lower = Array(name.lowercasedByScalar().utf8)
        }
        init(stringLiteral name: String) { self.init(name) }
    }

    /// A masthead: the site's name alone, or followed by a tagline ("FIDH - Mouvement mondial des droits
    /// humains"), its legal form or its acronym ("Gesellschaft für bedrohte Völker e.V. (GfbV)"), in
    /// whatever case a letterhead sets it ("HUMAN RIGHTS WATCH").
    static func isMasthead(_ line: String, name: String) -> Bool {
        guard name.count >= 3, line.prefix(name.count).lowercasedByScalar() == name.lowercasedByScalar() else {
            return false
        }
        let rest = line.dropFirst(name.count).trimmingWhitespaceScalars()
        let separated =
            rest.isEmpty || rest.hasPrefix("-") || rest.hasPrefix("–") || rest.hasPrefix("—") || rest.hasPrefix("|")
        // Set in other capitals than the name's, only the name alone is a letterhead: "HUMAN RIGHTS
        // WATCH URGES EU TO ACT" is a headline in capitals.
        guard line.hasPrefix(name) || separated else { return false }
        // A colon after the name opens what it says ("Reporter ohne Grenzen: Forderung"): a headline.
        if rest.hasPrefix(":") { return false }
        return separated
            || rest.split(separator: " ").allSatisfy {
                $0.first?.isUppercase == true || !$0.contains(where: \.isLetter)
                    || ($0.hasPrefix("(") && $0.hasSuffix(")"))
                    || LanguageCues.legalForms.contains($0.lowercasedByScalar())
            }
    }

    static func isTerminator(_ line: String) -> Bool {
        // Read without a list item's marker: a share bar set as a list ("- Share on Facebook").
        // And without Arabic's vowel signs and tatweel ("اقــرأ أيضاً"), as the terminators are written.
        let l = ArabicWords.withoutMarks(
            withoutCount(String(ListItem.strip(line).text).trimmingWhitespaceScalars().lowercasedByScalar()))
        if l.isEmpty { return false }
        // A cue of one short word ends the text alone or as a label ("Share:", "Partager :"); a longer
        // cue, or one of several words ("share on", "lire aussi"), opens the line too.
        if let first = l.first,
            (terminatorsByFirst[first] ?? []).contains(where: {
                l == $0
                    || (l.hasPrefix($0)
                        && ($0.hasSuffix(":") || l.hasPrefix($0 + ":") || l.hasPrefix($0 + " :")
                            || l.hasPrefix($0 + "\u{00A0}:")
                            || l.hasPrefix($0 + " ") && ($0.count > 8 || $0.contains(" "))))
            })
        {
            return true
        }
        // An inline link's label alone on its line ("READ ALSO:") heads the related articles after the text.
        let label = l.trimmingScalars(in: ScalarSets.of(" :|"))
        if LanguageCues.inlineLinks.contains(label) || LanguageCues.inlineLinks.contains(label + ":") { return true }
        // "About Omar Ashraf": an author box.
        if l.hasPrefix("about ") && line.split(separator: " ").count <= 5 && !l.hasSuffix(".") { return true }
        return false
    }

    /// A label without the count a site sets beside it: "comments (2)" and "3 comments:" read as
    /// "comments" and "comments:".
    static func withoutCount(_ l: String) -> String {
        var t = Substring(l)
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("),
            t[t.index(after: open)..<t.index(before: t.endIndex)].allSatisfy(\.isNumber),
            t.index(after: open) < t.index(before: t.endIndex)
        {
            t = t[..<open]
        }
        let digits = t.prefix { $0.isNumber }
        if !digits.isEmpty, t.dropFirst(digits.count).first == " " { t = t.dropFirst(digits.count + 1) }
        return String(t).trimmingWhitespaceScalars()
    }

    /// A link to another article with its headline on the line ("Lire aussi | Le titre…", each
    /// language's `inlineLinks`): the label, then at least `inlineLinkWords` words. A label alone
    /// on its line heads a list of related articles after the text instead.
    static func isInlineLink(_ line: String) -> Bool {
        let l = String(ListItem.strip(line).text).trimmingWhitespaceScalars().lowercasedByScalar()
        guard let cue = LanguageCues.inlineLinks.first(where: { l.hasPrefix($0) }) else { return false }
        let rest = l.dropFirst(cue.count).drop { " :|–—-\u{00A0}".contains($0) }
        guard rest.count < l.count - cue.count else { return false }  // the label, then a separator
        return rest.split(separator: " ").count >= inlineLinkWords
    }
    static let inlineLinkWords = 3

    /// The line of prose the text goes on at after the inline link at `index`: the first line,
    /// among the next `inlineLinkReach` lines with text, that reads as prose (lines between, such
    /// as a "Video of the day" label, are the link's furniture); nil when a terminator or another
    /// link comes first, or no prose within reach (the link heads what follows the text).
    static func proseAfterInlineLink(_ lines: [String], at index: Int) -> Int? {
        var seen = 0
        var k = index + 1
        while k < lines.count && seen < inlineLinkReach {
            let l = lines[k].trimmingWhitespaceScalars()
            k += 1
            if l.isEmpty { continue }
            seen += 1
            if isTerminator(l) || isInlineLink(l) { return nil }
            if isProse(l) && !isFurniture(l) { return k - 1 }
        }
        return nil
    }
    static let inlineLinkReach = 3

    /// A line that reads as a paragraph of prose: more than 25 words, or at least 12 ending a
    /// sentence.
    static func isProse(_ line: String) -> Bool {
        let words = wordCount(line)
        return words > 25 || (words >= 12 && proseEnds.contains(where: line.hasSuffix))
    }
    /// How a line of prose of few words ends: a full stop, Chinese and Japanese's among them, before
    /// a closing quotation mark or none.
    static let proseEnds = [".", ".»", ".\u{201D}", "。", "。」", "。”"]

    /// How many words a line holds: its runs between spaces, a run of Chinese or Japanese characters
    /// (which those languages write without spaces) counting one word for every
    /// `ideographsPerWord` of them, as a Chinese word is one or two characters long, and a run of
    /// Thai, Lao, Khmer or Burmese letters (`writesNoSpaces`: those scripts set spaces between
    /// phrases, not words) one for every `unspacedLettersPerWord`.
    static func wordCount(_ line: some StringProtocol) -> Int {
        // Chinese and Japanese characters are U+3006 or later, three or four bytes whose first is 0xE3
        // or more in UTF-8; the unspaced scripts' letters open with 0xE0 or 0xE1. A line without such
        // a byte (nearly every line of a page) is counted by its spaces alone.
        guard
            line.utf8.contains(where: { $0 >= 0xE3 })
                || (line.utf8.contains { $0 == 0xE0 || $0 == 0xE1 }
                    && line.unicodeScalars.contains(where: writesNoSpaces))
        else { return line.split(separator: " ").count }
        var count = 0
        for run in line.split(separator: " ") {
            var ideographs = 0, unspaced = 0
            for s in run.unicodeScalars {
                if isIdeographic(s) { ideographs += 1 } else if writesNoSpaces(s) { unspaced += 1 }
            }
            count +=
                ideographs == 0 && unspaced == 0
                ? 1 : max(1, ideographs / ideographsPerWord + unspaced / unspacedLettersPerWord)
        }
        return count
    }
    /// Chinese and Japanese characters per word (`wordCount`).
    static let ideographsPerWord = 2
    /// Letters per word of the scripts written without spaces between words (`wordCount`): a Thai
    /// word is most often two or three syllables of two or three letters.
    static let unspacedLettersPerWord = 5
    /// A letter of Thai, Lao, Khmer or Burmese, which set no space between words.
    static func writesNoSpaces(_ s: Unicode.Scalar) -> Bool {
        unspacedScripts.contains { $0.contains(s.value) }
    }
    static let unspacedScripts: [ClosedRange<UInt32>] = [0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF]
    /// A Han ideograph, or Japanese kana.
    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        s.properties.isIdeographic || (0x3040...0x30FF).contains(s.value)
    }

    /// Whether a line is prose that ends a sentence: a paragraph, not an address block joined into
    /// one line, which ends without a full stop.
    static func isSentence(_ line: String) -> Bool {
        isProse(line) && sentenceEnds.contains { line.trimmingWhitespaceScalars().hasSuffix($0) }
    }
    static let sentenceEnds = [".", "!", "?", ".»", ".\u{201D}", ".\"", "…", "。", "！", "？", "。」", "。”"]

    /// Whether a line opens with a label that ends a text (`LanguageCues.textEnds` of several words or
    /// with a colon: "Filed under: Europe, Israel", "Posted in", "Tags:"), which in a page's head labels
    /// furniture, never a headline. The one-word ones ("Press", "Share") may open a headline.
    static func opensWithLabel(_ line: String) -> Bool {
        let l = line.lowercasedByScalar()
        return labels.contains { l.hasPrefix($0) }
    }
    static let labels = LanguageCues.textEnds.map { $0.lowercasedByScalar() }.filter {
        $0.contains(" ") || $0.hasSuffix(":")
    }

    /// The shortest row of "=" read as a headline's underline.
    static let underline = "==="

    /// Lines with text, from the top, among which a declared headline is looked for above the text.
    static let declaredReach = 40

    /// Finds the headline and the body.
    /// `headlines`: what the markup says the title is (`<h1>`, og:title,
    /// `<title>`); `mastheads`: names a site goes by (the corpus's
    /// organizations, the page's declared site name), never a headline.
    static func find(in lines: [String], headlines: [String] = [], mastheads: [Masthead] = []) -> StatementText? {
        let nonEmpty = lines.indices.filter { !lines[$0].trimmingWhitespaceScalars().isEmpty }
        guard !nonEmpty.isEmpty else { return nil }
        // The headline: the first line before the first paragraph of prose that
        // is not furniture and reads as a title (short, no final full stop).
        // A page without one (a letter pasted from its first paragraph) gets a
        // title from its first sentence, and its body starts at the top.
        // A banner's sentences ("We use cookies to …") are furniture, not the first paragraph.
        // The line the markup calls the page's title (its <h1>, og:title or <title>, a PDF's largest
        // type): what stands above it is the page's head, prose-like or not ("Text size — All popular
        // browsers allow zooming…" over a printout's headline).
        // A plain-text page underlines its headline with a row of "=" (as Markdown's setext heading
        // does): the page declares it as markup would.
        let underlined = nonEmpty.prefix(declaredReach).filter { i in
            guard i + 1 < lines.count, lines[i + 1].holds(underline) else { return false }
            return lines[i + 1].trimmingWhitespaceScalars().allSatisfy { $0 == "=" }
        }.prefix(1).map { lines[$0] }
        let whole = (headlines + underlined).map { $0.trimmingWhitespaceScalars().lowercasedByScalar() }.filter {
            !$0.isEmpty
        }
        // A <title> that joins the site's name and the headline ("Página/12 :: Últimas Noticias :: Los
        // organismos pidieron…", "Blog name: Post title") declares its longest part: the headline says
        // more than the site's name. A declared line that is one part of such a title is the site's name
        // (a blog's <h1>) when another, longer part is a line of the page: the post's headline.
        let joined = whole.map(titleParts).filter { $0.count > 1 }
        var declared = whole
        if !joined.isEmpty {
            func words(_ s: String) -> Int { s.split(separator: " ").count }
            let pageLines = Set(
                nonEmpty.prefix(declaredReach).map { lines[$0].trimmingWhitespaceScalars().lowercasedByScalar() })
            // The longer part may be cut short in the <title> ("Blog: ILGA-Europa apela aos líderes da UE
            // que confrontem Putin" over the post's longer headline): a page line opening with it counts.
            func isPageLine(_ part: String) -> Bool {
                pageLines.contains(part) || (part.count > 20 && pageLines.contains { $0.hasPrefix(part) })
            }
            let siteParts = Set(
                whole.filter { w in
                    joined.contains { p in
                        p.contains(w) && p.contains { words($0) > words(w) && isPageLine($0) }
                    }
                })
            let longest = joined.compactMap { p in p.max { words($0) < words($1) } }
            declared = Array(Set(whole + longest).subtracting(siteParts))
        }
        let isDeclared = { (i: Int) -> Bool in
            let l = lines[i].trimmingWhitespaceScalars().lowercasedByScalar()
            return declared.contains {
                $0 == l || ($0.hasPrefix(l) && l.count > 20) || (l.hasPrefix($0) && $0.count > 20)
            }
        }
        // Only a line that reads as a headline: a paragraph opening with the declared words (an
        // og:title that is the text's first sentence) is the text, and furniture is furniture. A line
        // that is the declared title whole goes before one that opens with it (a print header's
        // "Headline – Site").
        // A long headline the markup declares whole, ending no sentence ("Lettre ouverte aux chefs d’État
        // … : « Le développement durable exige une presse libre, des syndicats libres et des ONG
        // indépendantes »"), is a headline however many words it has.
        let head = nonEmpty.prefix(declaredReach).filter { i in
            let l = lines[i].trimmingWhitespaceScalars()
            let isHeadline = !isProse(l) || (!isSentence(l) && declared.contains(l.lowercasedByScalar()))
            return isHeadline && !isFurniture(l) && !isNavigation(l)
        }
        let declaredLine =
            head.first { declared.contains(lines[$0].trimmingWhitespaceScalars().lowercasedByScalar()) }
            ?? head.first(where: isDeclared)
        // A breadcrumb ("WTN Archive > 2009 > December") parts a site's head from its article: a
        // paragraph above it (a quotation the site sets over every page, a tagline, a banner's
        // sentence) is the head's. Only where at most `ledeParagraphs` such paragraphs stand above it:
        // under a whole text, a breadcrumb is the page's foot.
        let crumb = nonEmpty.prefix(declaredReach).first { i in
            isSectionPath(lines[i])
                && nonEmpty.prefix { $0 < i }.filter { isProse(lines[$0].trimmingWhitespaceScalars()) }.count
                    <= ledeParagraphs
        }
        // A site's banner sentence ("Our reporting has moved / Context provides news and analysis on …")
        // over the article's head: a line a byline credits comes within a few lines, with no prose
        // between. The paragraph is the banner's, and the text starts under the byline.
        func isOverABylinedHeadline(_ i: Int) -> Bool {
            for k in nonEmpty.drop(while: { $0 <= i }).prefix(bannerReach) {
                let l = lines[k].trimmingWhitespaceScalars()
                if isProse(l) { return false }
                if isAboveByline(lines, k) && isHeadlineLike(l) { return true }
            }
            return false
        }
        let firstProse =
            nonEmpty.first { i in
                let l = lines[i].trimmingWhitespaceScalars()
                // Nor a menu whose last item is a sentence ("Alle Storys | Folgen | Keine Story von … mehr
                // verpassen.").
                return i > (declaredLine ?? -1) && i > (crumb ?? -1) && isProse(l) && !isFurniture(l)
                    && !isAddressBlock(l) && !isDottedList(l)
                    && !isAboveByline(lines, i) && !isBar(l) && !isLetterhead(l) && !MetadataReader.isMenuLine(l)
                    && !isOverABylinedHeadline(i)
            } ?? declaredLine.flatMap { d in nonEmpty.first { $0 > d } } ?? nonEmpty[0]
        // A site's menu ("Home | About | Archives | Contact") ends its masthead: its name and tagline
        // above it ("Cuba, the Cuban Americans and everything in between") are no headline where a
        // line below the menu may be.
        let menu = nonEmpty.first { i in
            let l = lines[i].trimmingWhitespaceScalars()
            return i < firstProse && isNavigation(l) && !MetadataReader.isStampLine(l)
                && MetadataReader.isDateLine(l) == nil
        }
        // A line can be a masthead only if its lowercased bytes begin with the name's (`isMasthead`
        // then decides): the line lowercased once, not once for each name.
        func namesASite(_ l: String) -> Bool {
            let lower = Array(l.lowercasedByScalar().utf8)
            return mastheads.contains { lower.starts(with: $0.lower) && isMasthead(l, name: $0.name) }
        }
        var candidates = nonEmpty.filter { i in
            let l = lines[i].trimmingWhitespaceScalars()
            // A headline opens with a capital or a digit in every language read; a line opening with a
            // small letter is a site's tagline ("independent journalist, author and documentary maker").
            return i < firstProse && !isFurniture(l)
                && (!isNavigation(l) || (isDeclared(i) && withoutSectionAndSite(l) != l))
                && !(l.first?.isLowercase ?? false)
                // …nor a paragraph of the site's head above its breadcrumb.
                && !(i < (crumb ?? -1) && isProse(l))
                // …nor one ending with a colon: a lead-in ("A statement the EU would do well to heed:").
                && !opensWithLabel(l) && !l.hasSuffix(":")
                // A line opening with a site's name is its masthead, unless a byline stands under it
                // ("Amnesty International – The conversation that needs to be had with China" over
                // "By Grant Bayldon"): the headline of a piece the organization signs.
                && !(namesASite(l) && !isAboveByline(lines, i)) && !isAddressMasthead(l)
                && MetadataReader.isDateLine(l) == nil && !MetadataReader.isStampLine(l) && l.count <= 300
                // …nor a letter's place and date ("San José, Costa Rica, 8 de noviembre de 2021").
                && MetadataReader.placeAndDate(l) == nil
                && !isContact(l) && !MetadataReader.isSalutation(l) && !isReleaseLabel(l) && !isDeliveryLine(l)
                && !isMailHeader(lines, i)
                // …nor a plain-text banner framed by asterisks ("* News Release Issued by … *", "/* Written
                // 8:34 AM Feb 28, 1996 by … */"), nor a document's reference ("AI INDEX: IOR 30/09/97").
                && !isFramed(l) && !isReference(l) && l.contains(where: \.isLetter)
                // …nor an item of a list (an archive's "* Previous message: …"): a headline carries no marker.
                && !ListItem.strip(l).marker
                // not an address block ("…, The White House, 1600 Pennsylvania Avenue, …")
                && l.filter({ $0 == "," }).count < addressCommas
        }
        if declaredLine == nil, let menu, candidates.contains(where: { $0 > menu }) {
            candidates.removeAll { $0 < menu }
        }
        // The headline: the line the markup calls the page's title (its <h1>,
        // og:title or <title>), else the longest candidate (a headline says
        // more than a masthead, a section name or a caption), the later on a tie.
        let declaredTitle =
            declaredLine.flatMap { candidates.contains($0) ? $0 : nil } ?? candidates.first(where: isDeclared)
        // A deck — a headline-like line right under another, saying more — is not the headline. A date,
        // a publication stamp or a byline's publication line may stand between them ("Posted 14 December
        // 2021 | Campaigns: …", "Publié le 3 mai 2024 par LDH Troyes – Catégorie : …").
        let headlines = candidates.filter { i in
            guard
                let previous = nonEmpty.last(where: { k in
                    // The place first: only the lines above the candidate are read.
                    guard k < i else { return false }
                    let l = lines[k].trimmingWhitespaceScalars()
                    return MetadataReader.isDateLine(l) == nil && !MetadataReader.isStampLine(l) && !isBareName(l)
                        && MetadataReader.publicationLabel(l) == nil
                }), candidates.contains(previous)
            else { return true }
            guard !isHeadlineLike(lines[previous]), !isTopicHeadline(lines[previous]) else { return false }
            // A headline over its byline's publication line is the headline, however short ("Visite de Xi
            // Jinping" over "Publié le 3 mai 2024 par LDH Troyes – …"): a line under the byline is its deck.
            // The lines between the two are those the search above passed over.
            let above = lines[previous].trimmingWhitespaceScalars()
            let lower = above.lowercasedByScalar()
            let overByline =
                above.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count
                >= shortestHeadlineOverByline
                && !LanguageCues.sourceLabels.contains { lower.hasPrefix($0 + ":") }
                && ((previous + 1)..<i).contains { MetadataReader.publicationLabel(lines[$0]) != nil }
            return !overByline
        }
        // A headline ends without a full stop, but for one its byline marks (`isAboveByline`); another
        // line ending with one is a caption or a sentence of the deck, chosen only when no other may be.
        let unstopped = headlines.filter {
            !lines[$0].trimmingWhitespaceScalars().hasSuffix(".") || isAboveByline(lines, $0)
        }
        let longestLine = (unstopped.isEmpty ? headlines : unstopped).max { a, b in
            lines[a].split(separator: " ").count <= lines[b].split(separator: " ").count
        }
        // A line under a byline is the deck of the headline the byline credits ("Poland should welcome
        // activists…" / "by Jane Roe | Example Watch" / date / "UN rights experts have raised the alarm…").
        // A headline right above its byline ("Amnesty Presses Russia Over Its Rights Record" over "By
        // Oksana Yablokova") is the headline over a longer line further up the site's head, another
        // line between them (a banner: "Get the latest updates as we post them…", which the line
        // under it, past the issue's date, would otherwise read as the deck of); a deck stands right
        // under its headline, a kicker right above it.
        let longest = longestLine.map { d in
            headlines.last { h in
                h < d && isAboveByline(lines, h) && isHeadlineLike(lines[h])
                    && ((h + 1)..<d).contains { isByline(lines[$0]) }
            }
                ?? candidates.first { h in
                    h > d && isHeadlineLike(lines[h])
                        && (nonEmpty.first { $0 > h }.map { isByline(lines[$0]) } ?? false)
                        && nonEmpty.contains { $0 > d && $0 < h }
                } ?? d
        }
        // A typed letter's own heading ("Letter to President Obama Re: ASEAN Summit", "Лист Пану Віктору
        // Ющенку") over its address block and subject line, both longer: the line that calls itself a
        // letter is the headline, where the longest line names no letter — among all candidates, for
        // right under the address block ("…V Cumbre de las Américas / Carta pública a las
        // Presidentas…") it would read as the block's deck.
        // A letter's heading opens a letter: its greeting follows, under an address block or a subject
        // line perhaps, before any prose ("Señores Jefes de Estado y de Gobierno:", "Dear Mr. President:").
        // A news page's deck that names a letter ("Lettera a 18 mesi da sparizione…" under its headline)
        // is no letter's heading.
        // Nor is a line under a longer headline-like line: that line is the headline, the letter's heading
        // its deck ("U.S. must press President Nazarbaev…" over "HRW Letter to U.S. President George
        // Bush"), where an address block's last line ("Lima, Perú") is shorter.
        func isUnderAHeadline(_ h: Int) -> Bool {
            // An address's line ("Marlborough House, Pall Mall, London SW1Y 5HX") is no headline.
            guard let above = nonEmpty.last(where: { $0 < h }), candidates.contains(above),
                lines[above].filter({ $0 == "," }).count < addressLineCommas
            else { return false }
            return lines[above].split(separator: " ").count > lines[h].split(separator: " ").count
        }
        // An address block and its copy line that a printout joins into one long line ("His Excellency …,
        // Secretary-General … cc: Mr. …; the Chair of …") end no sentence: only a sentence of prose stops
        // the search.
        func greetingFollows(_ h: Int) -> Bool {
            nonEmpty.lazy.filter { $0 > h }.prefix(greetingReach).prefix { !isSentence(lines[$0]) }.contains {
                isGreeting(lines[$0])
            }
        }
        // A typed letter's heading that names no letter ("Visita oficial de Dilma Rousseff à Rússia deve incluir
        // preocupações em direitos humanos"): a line as long as a headline, ending no sentence, between the
        // letter's date or subject line, right above it, and its greeting.
        // Looked for only where no letter's heading names itself one.
        func headingOverGreeting() -> Int? {
            candidates.first { h in
                guard let next = nonEmpty.first(where: { $0 > h }), isGreeting(lines[next]),
                    lines[next].trimmingWhitespaceScalars().first?.isUppercase ?? false
                else { return false }
                let l = lines[h].trimmingWhitespaceScalars()
                let words = l.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count
                let underDateOrSubject =
                    nonEmpty.last { $0 < h }.map { k in
                        MetadataReader.isDateLine(lines[k]) != nil || MetadataReader.placeAndDate(lines[k]) != nil
                            || PDFExtractor.opensSubject(lines[k])
                    } ?? false
                return words >= headingOverGreetingWords && !l.hasSuffix(".") && underDateOrSubject
                    && !isUnderAHeadline(h) && !Self.addressesTheGreeted(l, greeting: lines[next])
            }
        }
        let letterHeading =
            (candidates.first { h in
                isLetterHeading(lines[h]) && !isUnderAHeadline(h) && greetingFollows(h)
            } ?? headingOverGreeting()).flatMap { h in
                longest.map { namesALetter(lines[$0]) } ?? false ? nil : h
            }
        // A typed letter's subject that calls itself a letter ("Objet : Lettre ouverte au Président …")
        // below a letterhead its printout sets in larger type: the letter's headline, not the letterhead.
        let subjectHeading = candidates.first {
            PDFExtractor.opensSubject(lines[$0]) && isLetterHeading(withoutSubjectLabel(lines[$0]))
        }
        let declaredOrSubject = declaredTitle.map { d in
            let letterhead = isLetterhead(lines[d]) || namesASite(lines[d])
            return subjectHeading.map { $0 > d && letterhead && !namesALetter(lines[d]) ? $0 : d } ?? d
        }
        // A typed letter's subject line right above its greeting ("Re: Saudi Arabia PIF takeover of
        // Newcastle United" over "Dear Mr Masters,") is its title, over the letterhead a printout sets
        // larger ("AMNESTY INTERNATIONAL UNITED KINGDOM") and over the inside address above it ("A las y
        // los líderes de América Latina…" over "Asunto: Cuarta Cumbre UE-CELAC…") — not over a
        // line that names a letter, nor over a page's headline with prose under it (a news page or
        // the organization's own page introducing the letter it then prints).
        let subjectOverGreeting = candidates.first { k in
            PDFExtractor.opensSubject(lines[k]) && (nonEmpty.first { $0 > k }.map { isGreeting(lines[$0]) } ?? false)
        }
        func subjectIsTitle(over t: Int) -> Int? {
            guard let s = subjectOverGreeting, s > t, !namesALetter(lines[t]) else { return nil }
            let l = lines[t].trimmingWhitespaceScalars()
            let letterhead =
                isLetterhead(l) || isNameInCapitals(l)
                || (namesASite(l) && l.split(separator: " ").count <= letterheadNameWords)
            // A headline the markup declares is the page's own, a letterhead aside.
            if t == declaredTitle { return letterhead ? s : nil }
            return letterhead || !nonEmpty.contains { $0 > t && $0 < s && isSentence(lines[$0]) } ? s : nil
        }
        // A line joining a site's name and a headline the head sets on a line of its own ("MINELRES
        // archive: IHF Open Letter to …" over "IHF Open Letter to …"): that line is the headline.
        let chosen =
            declaredOrSubject ?? letterHeading
            ?? longest.map { l in
                // The same words in the same case: "OPEN LETTER TO EU LEADERS" under "Myanmar: Open
                // Letter to EU Leaders" is a label, not the headline alone.
                let parts = titleParts(lines[l].trimmingWhitespaceScalars())
                guard parts.count > 1 else { return l }
                return candidates.first { k in
                    k != l && parts.dropFirst().contains(lines[k].trimmingWhitespaceScalars())
                }
                    ?? l
            }
        let title = chosen.map { subjectIsTitle(over: $0) ?? $0 }
        var body: [Int] = []
        var articleHead: [Int] = []
        var i = title.map { $0 + 1 } ?? nonEmpty[0]
        while i < lines.count {
            let line = lines[i].trimmingWhitespaceScalars()
            if !body.isEmpty && isInlineLink(line) {
                // "Read also: …" between two paragraphs: the text goes on at the prose after it.
                guard let next = proseAfterInlineLink(lines, at: i) else { break }
                i = next
                continue
            }
            // A share bar, a menu or a breadcrumb is furniture wherever it stands, not the text's end: news
            // sites set a share bar or a link list between the lede and the rest of the article, and a
            // bar's label ("Partager : Facebook · Twitter · Courriel") ends nothing either.
            if isBar(line) || (body.isEmpty && title.map { isDeck(lines, at: i, below: $0) } ?? false) {
                // A share bar under the article's head — a deck, then its byline or date, right under the
                // headline — follows the head, not the text: what was read is the head.
                if isBar(line), let first = body.first, first - (title ?? first) <= Self.deckDistance,
                    body.filter({ !lines[$0].trimmingWhitespaceScalars().isEmpty }).count <= Self.articleHeadLines,
                    body.filter({ isProse(lines[$0]) }).count <= Self.ledeParagraphs, endsAnArticlesHead(lines[..<i])
                {
                    articleHead = body
                    body.removeAll()
                }
                i += 1
                continue
            }
            // A text's end stands after its text: right below the article's head (the deck, then a
            // byline or the date), a share bar ("Partager : Facebook …") stands before the text.
            if isTerminator(line) {
                // Nor does a publication stamp that a text's end may open ("Published on Oct 29, 2023
                // 07:12 PM IST") under the deck, nor a letter's copy line above its greeting.
                let underTheDeck =
                    body.filter({ isProse(lines[$0]) }).count <= Self.ledeParagraphs
                    && (endsAnArticlesHead(lines[..<i]) || MetadataReader.isStampLine(line))
                let isHead = underTheDeck || isAboveSalutation(lines, i)
                // A source label opening a sentence with prose under it ("Джерело: заява на сайті …",
                // then "Деталі: …") labels a paragraph of a news site's report; it ends nothing.
                if !body.isEmpty && !isHead && isLabelledSource(line),
                    let next = lines[(i + 1)...].first(where: { !$0.trimmingWhitespaceScalars().isEmpty }),
                    isProse(next.trimmingWhitespaceScalars())
                {
                    body.append(i)
                    i += 1
                    continue
                }
                if !body.isEmpty && !isHead { break }
                i += 1
                continue
            }
            if line.isEmpty {
                if !body.isEmpty && !(body.last.map { lines[$0].trimmingWhitespaceScalars().isEmpty } ?? true) {
                    body.append(i)
                }
            } else if !isFurniture(line)
                && !(body.isEmpty && !MetadataReader.isSalutation(line)
                    && (isPreamble(line) || MetadataReader.isStampLine(line)))
            {
                body.append(i)
            }
            i += 1
        }
        // The body ends with its last line of text, not with the blank lines after it.
        func dropTrailingBlankLines() {
            while let last = body.last, lines[last].trimmingWhitespaceScalars().isEmpty { body.removeLast() }
        }
        dropTrailingBlankLines()
        // A closing line "X is Head of … at …" is the author's bio, not the statement.
        if let last = body.last, isBio(lines[last]) {
            body.removeLast()
            dropTrailingBlankLines()
        }
        // A closing paragraph telling what the organization is ("Amnesty International is a global
        // movement …") is the site's boilerplate, not the statement.
        if let last = body.last, isAbout(lines[last], names: mastheads) {
            body.removeLast()
            dropTrailingBlankLines()
        }
        guard !body.isEmpty else { return nil }
        return StatementText(
            titleLine: title, bodyLines: body, titleDeclared: declaredTitle != nil && title == declaredOrSubject,
            headLines: articleHead)
    }

    /// Whether a line is a source label ("Джерело:", "Source:") followed by a clause of at least
    /// `labelledSourceWords` words: a sentence saying where the report's facts come from, not the
    /// credit of an agency or a site ("Source: Reuters", "Source : communiqué d'Amnesty International
    /// France, 25 janvier 2024").
    static func isLabelledSource(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].trimmingWhitespaceScalars().lowercasedByScalar()
        return LanguageCues.sourceLabels.contains(label)
            && line[line.index(after: colon)...].split(separator: " ").count >= labelledSourceWords
    }
    static let labelledSourceWords = 10

    /// Most lines with text of an article's head under its headline: a deck, a byline, a date, a
    /// reading time.
    static let articleHeadLines = 4

    /// How many paragraphs of prose an article's head holds: its deck. Below more, a byline or a date
    /// closes the text (a foot byline, a letter's place and date), not the head.
    static let ledeParagraphs = 1

    /// Whether the last line above closes an article's head rather than its text: a byline, a date
    /// line or a publication stamp ("publié le 31 mai 2018 à 17h46").
    static func endsAnArticlesHead(_ read: ArraySlice<String>) -> Bool {
        guard let last = read.last(where: { !$0.trimmingWhitespaceScalars().isEmpty }) else { return true }
        let l = last.trimmingWhitespaceScalars()
        // …or where the piece was first published ("Published in: The Canberra Review").
        return isByline(l) || MetadataReader.isStampLine(l) || MetadataReader.isDateLine(l) != nil
            || MetadataReader.publicationLabel(l) != nil
    }

    /// The fewest words of a headline over a byline's publication line: a section's name ("News",
    /// "Press releases") over it heads no article.
    static let shortestHeadlineOverByline = 3

    /// A name set in capitals alone on a line, as a letterhead sets it ("AMNESTY INTERNATIONAL UNITED
    /// KINGDOM"): at most `letterheadNameWords` words, letters only, no small letter.
    static func isNameInCapitals(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (1...letterheadNameWords).contains(words.count) && !line.contains(where: \.isLowercase)
            && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" } }
    }
    static let letterheadNameWords = 6

    /// A line that reads as a headline: at least `headlineWords` words, no
    /// final full stop, and not a menu or a breadcrumb (items set apart by
    /// wide spaces or by "›", ">", "|", "·").
    static func isHeadlineLike(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        guard !l.contains("  "), !l.contains(where: separatorMarks.contains) else { return false }
        return l.split(separator: " ").count >= headlineWords && !l.hasSuffix(".")
    }
    /// A short headline naming its topic before a colon ("Vietnam: Menschenrechte deutlich
    /// ansprechen"): at least `topicHeadlineWords` words, the topic at most `topicWords` of them, no
    /// final full stop. Under it, a longer headline-like line is its deck, though the headline has
    /// fewer words than `headlineWords`.
    static func isTopicHeadline(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        guard let colon = l.range(of: ": "), !l.hasSuffix("."), !l.contains(where: separatorMarks.contains) else {
            return false
        }
        // A label is no topic ("Source: Human Rights Watch").
        let label = l[..<colon.lowerBound].lowercasedByScalar()
        guard !LanguageCues.sourceLabels.contains(label), !opensWithLabel(l) else { return false }
        let topic = l[..<colon.lowerBound].split(separator: " ").count
        let rest = l[colon.upperBound...].split(separator: " ").count
        return topic <= topicWords && topic + rest >= topicHeadlineWords && rest >= 2
    }
    static let topicWords = 3
    /// Marks that set a breadcrumb's, a menu's or a list's items apart: no headline holds one.
    static let separatorMarks: Set<Character> = ["›", ">", "|", "·", "•"]
    static let topicHeadlineWords = 4

    /// A title's parts where it joins a site's name and a headline (" :: ", " | ", ": ", " – ", " — ",
    /// " - "), lowercased; the title alone when it has one part.
    static func titleParts(_ title: String) -> [String] {
        for separator in titleSeparators where title.holds(separator) {
            // "Blog name: Post title" parts at its first colon only: the post's title may hold one
            // ("KI-Media: Cambodia: Japan’s Premier Should Seek Election Inquiry").
            let parts =
                separator == ": "
                ? title.split(separator: separator, maxSplits: 1).map { String($0).trimmingWhitespaceScalars() }
                : title.components(separatedBy: separator).map { $0.trimmingWhitespaceScalars() }
            return parts.filter { !$0.isEmpty }
        }
        return [title]
    }
    static let titleSeparators = [" :: ", " | ", ": ", " – ", " — ", " - "]

    /// A headline a repost's markup declares with its source's section and site after it ("Leaders
    /// must boycott G20 summit over Saudi rights abuses | Law | The Times"), without them: the first
    /// part, when it reads as a headline and each part after it has at most `sitePartWords` words.
    /// The line itself otherwise.
    static func withoutSectionAndSite(_ line: String) -> String {
        let parts = line.components(separatedBy: " | ").map { $0.trimmingWhitespaceScalars() }
        guard parts.count > 1, parts[0].split(separator: " ").count >= headlineWords,
            parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= sitePartWords })
        else { return line }
        return parts[0]
    }
    /// Most words of a section's or a site's name after a headline ("Law", "The Times").
    static let sitePartWords = 3

    /// A letterhead's line: contact details (a phone, a fax, an address on the web) with no sentence's
    /// end ("Neue Promenade 5 · 10178 Berlin · Тел.: +49 30 … · www.hrw.org"), however long. No prose.
    static func isLetterhead(_ line: String) -> Bool {
        // A letterhead's segments may abbreviate ("… · 75019 Paris · Tél. 01 40 40 42 43"); prose sets no
        // middle dots between its words.
        (line.occurrences(of: " · ") >= letterheadDots || (!line.hasSuffix(".") && !line.holds(". ")))
            && hasContactDetails(line)
    }
    /// The middle dots from which a line is a letterhead even when a segment holds a full stop.
    static let letterheadDots = 3

    /// A line that is a name alone ("Maya Foa"): two to four capitalized words, no digits or punctuation
    /// but a hyphen or a period. Under a headline, the author's byline without its "By".
    static func isBareName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...4).contains(words.count)
            && words.allSatisfy { w in
                w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
            }
    }

    /// Whether a salutation ("Dear Mr. President,") follows line `i` within `salutationReach` lines with
    /// text: the line is then in the letter's head (a copy line, "Cc: Secretary of State …", above
    /// the greeting), whatever it reads as below the text.
    static func isAboveSalutation(_ lines: [String], _ i: Int) -> Bool {
        lines[(i + 1)...].lazy.filter { !$0.trimmingWhitespaceScalars().isEmpty }.prefix(salutationReach)
            .contains(where: MetadataReader.isSalutation)
    }
    static let salutationReach = 3

    /// A share bar, a menu or a breadcrumb that holds no prose: a navigation
    /// line with no sentence's end (a PDF may run a paragraph's last sentence
    /// and the footer's "· presse@…" into one line; that line is the text's).
    static func isBar(_ line: String) -> Bool {
        // The sentence's end first: most lines of a text are prose, and are not read as menus at all.
        !line.hasSuffix(".") && !line.holds(". ") && isNavigation(line)
    }

    /// A list of names set apart by middle dots, however many a letterhead runs into one line (its
    /// division's staff, its board, its offices: "Asia Division · Brad Adams, Executive Director · …
    /// Andrew J. Nathan, Chair · … BERLIN · BRUSSELS · …"): at least `letterheadDots` dots and at most
    /// `listItemWords` words an item on average. An initial's full stop ("Andrew J. Nathan") ends no
    /// sentence there, so such a line is no paragraph of the text however long; prose joined to a
    /// footer's "· presse@…" has long items. (Not a bar: under the text, a line of dots with an
    /// initial, "Posted by Jane B. Roe at 9:14 PM · 0 comments · Share", ends it.)
    static func isDottedList(_ line: String) -> Bool {
        let dots = line.occurrences(of: " · ")
        guard dots >= letterheadDots else { return false }
        return Double(line.split(separator: " ").count - dots) <= Double(dots + 1) * listItemWords
    }
    /// The most words an item of a dotted list has on average (a name and its role: "Sophie Richardson,
    /// Deputy Director").
    static let listItemWords = 4.0

    /// Whether a line opens by calling itself a letter, in its first `letterHeadingReach` words ("Letter
    /// to …", "Open Letter on …", "Lettre ouverte au …", "Лист Пану …"), and says more: at least
    /// `letterHeadingWords` words of letters ("Letters / 2015", a breadcrumb, says nothing more).
    static func isLetterHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.count >= letterHeadingWords
            && words.prefix(letterHeadingReach).contains { LanguageCues.letterHeadingNouns.contains(bare($0)) }
    }
    static let letterHeadingReach = 2
    /// Commas that make a line above a letter's heading part of an address ("Marlborough House, Pall Mall,
    /// London SW1Y 5HX"), not a headline.
    static let addressLineCommas = 2
    /// The fewest words of a letter's heading read by its place above the greeting: more than an address
    /// block's line ("Président de la République française").
    static let headingOverGreetingWords = 6
    static let letterHeadingWords = 3

    /// A letter's greeting: a salutation, or a short line ending as greetings end (",", ":", "!").
    static func isGreeting(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        if MetadataReader.isSalutation(l) { return true }
        guard let last = l.last, ",:!".contains(last) else { return false }
        return l.split(separator: " ").count <= greetingWords
    }
    /// Whether a line is the inside address of the person a greeting greets: it opens with the
    /// greeting's title of office and names its last word ("President Abdel Fattah el-Sisi, Arab
    /// Republic of Egypt, …" over "Dear President el-Sisi:"), where a heading ("Obama should press …"
    /// over "Dear President Obama:") opens otherwise.
    static func addressesTheGreeted(_ line: some StringProtocol, greeting: String) -> Bool {
        let greeted = greeting.split(separator: " ").dropFirst().map { $0.trimmingCharacters(in: greetingMarks) }
        let words = line.split(separator: " ").map { $0.trimmingCharacters(in: greetingMarks) }
        guard let name = greeted.last, name.count >= 3, let first = words.first else { return false }
        return greeted.dropLast().contains(first) && words.contains(name)
    }
    /// The punctuation around a greeting's and an address's words.
    static let greetingMarks = CharacterSet(charactersIn: ",:;!.")
    /// The most words of a greeting read by its end alone ("Señoras Presidentas y señores Presidentes:").
    static let greetingWords = 10
    /// The most lines with text between a letter's heading and its greeting (an address block, a subject).
    static let greetingReach = 9

    /// Whether any word of a line, its punctuation aside, is a letter noun of a language
    /// (`LanguageCues.letterNouns`).
    static func namesALetter(_ line: String) -> Bool {
        line.split(separator: " ").contains { LanguageCues.everyLetterNoun.contains(bare($0)) }
    }

    /// A word as the letter nouns are written: lowercased, its letters only ("Letter:" → "letter").
    static func bare(_ word: Substring) -> String { String(word.lowercasedByScalar().filter(\.isLetter)) }

    /// A typed letter's subject line without its label ("RE: Human rights …" → "Human rights …"), and
    /// without the words calling it a letter that a dash parts from the label ("Offener Brief – Betreff:
    /// Eishockey-Weltmeisterschaft …" → "Eishockey-Weltmeisterschaft …").
    static func withoutSubjectLabel(_ line: String) -> String {
        var l = line.trimmingWhitespaceScalars()
        let callsItALetter = { (words: Substring) in
            words.split(separator: " ").count <= letterLabelWords && namesALetter(String(words))
        }
        if let r = [" – ", " — ", " - "].lazy.compactMap({ l.range(of: $0) }).first(where: {
            callsItALetter(l[..<$0.lowerBound])
        }), PDFExtractor.opensSubject(String(l[r.upperBound...])) {
            l = String(l[r.upperBound...])
        }
        let lower = l.lowercasedByScalar()
        guard let label = LanguageCues.subjectLabels.first(where: { lower.hasPrefix($0) }) else { return l }
        let rest = l.dropFirst(label.count).trimmingWhitespaceScalars()
        return rest.isEmpty ? l : rest
    }
    /// Most words calling a line a letter before its subject's label ("Open letter", "Offener Brief").
    static let letterLabelWords = 3

    /// A deck: a headline-like line standing alone (a blank line, a date or the page's end after it) with
    /// only blank or short lines between it and the headline — the headline's continuation, not
    /// the text. A line ending in a comma or colon opens the text ("Your Excellency President …,").
    static func isDeck(_ lines: [String], at i: Int, below title: Int) -> Bool {
        guard i > title, i - title <= deckDistance,
            i + 1 == lines.count || endsDeck(lines[i + 1].trimmingWhitespaceScalars())
        else { return false }
        let l = lines[i].trimmingWhitespaceScalars()
        guard isHeadlineLike(l),
            // Its last word may be quoted ("… Reduced to a “Point of Difference”").
            l.last.map({ $0.isLetter || $0.isNumber || closingQuoteMarks.contains($0) }) ?? false,
            !l.holds(". "), !l.holds("? "), l.filter({ $0 == "," }).count < addressCommas,
            !MetadataReader.isSalutation(l)
        else { return false }
        return ((title + 1)..<i).allSatisfy { k in
            let between = lines[k].trimmingWhitespaceScalars()
            return between.isEmpty || isPreamble(between) || isFurniture(between)
        }
    }

    /// Marks that close a quotation at a line's end.
    static let closingQuoteMarks: Set<Character> = ["\"", "”", "»", "’", "'"]

    /// What stands under a deck: a blank line, or the page's date or publication stamp ("23 mai 2018",
    /// "September 3, 2013 12:00AM EDT"), which a site sets between the deck and the text.
    static func endsDeck(_ line: String) -> Bool {
        line.isEmpty || MetadataReader.isDateLine(line) != nil || MetadataReader.isStampLine(line)
    }

    /// Lines below the headline within which a deck stands (the headline, a blank line, a
    /// byline, a date, blank lines between): further down, a headline-like line opens the text.
    static let deckDistance = 8

    /// An organization's boilerplate: a paragraph opening with one of `names`
    /// (perhaps after "The", perhaps with its acronym in parentheses) and a
    /// copula of the cues ("… is an international organization …"); or, for a
    /// name the corpus lacks, a capitalized name whose copula goes on to an
    /// organization's noun ("Freedom House is an independent watchdog organization …").
    static func isAbout(_ line: String, names: [Masthead]) -> Bool {
        // The copula first, found on bytes: most lines have none and are read no further.
        let bytes = Array(line.utf8)
        guard
            let (at, copula) = aboutCopulaBytes.compactMap({ c in
                ByteSearch.firstIndex(bytes, c, from: 0).map { ($0, c) }
            })
            .min(by: { $0.0 < $1.0 })
        else { return false }
        var subject = String(decoding: bytes[..<at], as: UTF8.self).trimmingWhitespaceScalars()
        if subject.hasPrefix("The ") { subject.removeFirst(4) }
        // "The World Uyghur Congress (WUC)": the name without its acronym.
        if subject.hasSuffix(")"), let open = subject.range(of: " (", options: .backwards) {
            subject = String(subject[..<open.lowerBound])
        }
        if names.contains(where: { $0.name == subject }) { return true }
        let words = subject.split(separator: " ")
        guard (1...aboutNameWords).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true || nameParticles.contains(String($0)) })
        else { return false }
        let predicate = Words.of(String(decoding: bytes[(at + copula.count)...], as: UTF8.self)).prefix(
            aboutPredicateWords)
        return predicate.contains { LanguageCues.organizationNouns.contains(String($0)) }
    }

    /// The copulas of every language, as bytes.
    static let aboutCopulaBytes: [[UInt8]] = LanguageCues.aboutCopulas.map { Array($0.utf8) }
    /// Small words inside an organization's name ("Committee to Protect Journalists", "Ligue des droits").
    static let nameParticles: Set<String> = [
        "of", "for", "to", "and", "de", "du", "des", "la", "für", "y", "di", "per", "del", "della", "dei",
    ]

    /// Most words of an organization's name before its boilerplate's copula.
    static let aboutNameWords = 8
    /// Words after the copula in which the boilerplate names what the organization is
    /// ("an independent watchdog organization"; a person's bio names a role there).
    static let aboutPredicateWords = 5

    /// A typed letter's inside address on one line, however long ("Baroness Catherine Ashton, High
    /// Representative …, 200 rue de la Loi, B-1049 Brussels"): `addressCommas` commas, a postal code and
    /// no sentence's end.
    static func isAddressBlock(_ line: String) -> Bool {
        !line.hasSuffix(".") && !line.holds(". ") && line.filter({ $0 == "," }).count >= addressCommas
            && hasPostalCode(line)
    }

    /// Commas from which a line is an address block ("…, The White House, 1600 Pennsylvania Avenue, …"),
    /// neither a headline nor a deck.
    static let addressCommas = 3

    /// Fewest words of a headline (fewer: a label, a section's name, a site's name).
    static let headlineWords = 5

    static func isBio(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 5, words.count < 30 else { return false }
        if [" is Head of", " is Director", " is a senior", " is the director", " is a journalist", " is a researcher"]
            .contains(where: { line.contains($0) })
        {
            return true
        }
        // "Alex Example is a program officer at the … Foundation.": a name, "is",
        // a role, and where the person works — one short sentence.
        guard words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
            let verb = words.prefix(5).firstIndex(where: { $0 == "is" || $0 == "serves" }), verb >= 2,
            line.hasSuffix("."), line.dropLast().firstIndex(of: ".") == nil
        else { return false }
        let rest = " " + words[(verb + 1)...].joined(separator: " ") + " "
        return [" at ", " of ", " for ", " with "].contains { rest.contains($0) }
    }

    /// Short lines before the first paragraph (a date, a section name, a
    /// byline) are not part of the statement.
    static func isPreamble(_ line: String) -> Bool {
        wordCount(line) < 8 && !line.hasSuffix(".") && !line.hasSuffix("”") && !line.hasSuffix("\"")
            && !line.hasSuffix("。")
    }
}
