import CPDFText
import Foundation

/// A PDF's text as poppler gives it, with the type size of each line.
struct PrintedText {
    /// The pages' text, pages parted by a form feed.
    var text: String
    /// For each line of `text` with every form feed read as a blank line, the size in points most of
    /// its characters are set in (0 for a line without text or of mixed sizes); empty when unknown.
    var sizes: [Double] = []
}

/// PDF text through poppler's library (the C wall is `CPDFText`).
enum PDFExtractor {
    static func text(_ path: String) throws -> PrintedText {
        var error: UnsafeMutablePointer<CChar>? = nil
        var sizes: UnsafeMutablePointer<Double>? = nil
        var count = 0
        // poppler takes a file URI, which needs an absolute path.
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let raw = brief_pdf_text(absolute, &error, &sizes, &count) else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            free(error)
            throw IngestError.pdf(path, reason)
        }
        defer {
            free(raw)
            free(sizes)
        }
        return PrintedText(
            text: String(cString: raw), sizes: sizes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    }

    /// A PDF's text comes as the lines it was set in: join the lines of a
    /// paragraph so sentences are whole. A paragraph ends at a blank line or
    /// a page break; at a line that ends a sentence well short of the
    /// measure (the last line of a paragraph, a date line, a salutation);
    /// at a short line followed by one that opens with a capital, a bullet
    /// or a digit (a heading, an address). A short line that ends with a
    /// small word or is followed by a small letter continues (a headline
    /// set in large type over several lines).
    ///
    /// Where the type sizes are known they settle it first: lines set in one
    /// display size (larger than the text's) are one headline, however short
    /// and capitalized; a line whose size differs from the next one's by
    /// more than `sizeTolerance` ends its paragraph (a headline over the
    /// text, a letterhead over an address, a footer's small print).
    static func unwrap(_ text: String, sizes: [Double] = []) -> String {
        paragraphs(text, sizes: sizes).lines.map(\.text).joined(separator: "\n")
    }

    /// A printout's paragraphs (`unwrap`'s lines), and its headline: the paragraph of the first page
    /// with text set in the largest display size (the PDF's `<h1>`), the first of two as large; nil
    /// when no paragraph of `headlineWords` or more is display type (a drop cap, a "PRESS RELEASE"
    /// label).
    static func read(_ printed: PrintedText) -> (text: String, headline: String?) {
        let (lines, type) = paragraphs(printed.text, sizes: printed.sizes)
        // The raw lines of each page: its own, and the blank line its form feed reads as.
        var start = 0
        var firstPage = 0..<0
        for page in printed.text.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
            let count = page.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            if !page.allSatisfy(\.isWhitespace) {
                firstPage = start..<(start + count)
                break
            }
            start += count + 1
        }
        var headline: (text: String, size: Double)? = nil
        for line in lines where firstPage.contains(line.first) && type.isDisplay(line.first) {
            guard line.text.split(separator: " ").count >= headlineWords else { continue }
            let size = type.sizes[line.first]
            if size > (headline?.size ?? 0) + sizeTolerance { headline = (line.text, size) }
        }
        return (lines.map(\.text).joined(separator: "\n"), headline?.text)
    }

    /// Fewest words of a headline.
    static let headlineWords = 3

    /// Each paragraph with the index of its first raw line, and the sizes read.
    static func paragraphs(_ text: String, sizes given: [Double]) -> (
        lines: [(text: String, first: Int)], type: TypeSizes
    ) {
        let raw = text.replacingOccurrences(of: "\u{0C}", with: "\n\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { $0.trimmingWhitespaceScalars() }
        let sizes = given.count == raw.count ? given : []
        let type = TypeSizes(sizes: sizes, lines: raw)
        let lengths = raw.map(\.count).filter { $0 > 0 }.sorted()
        // The measure: most lines of prose run close to it.
        let measure = lengths.isEmpty ? 80 : lengths[min(lengths.count - 1, lengths.count * 8 / 10)]
        // Whether each line stands apart from its neighbours, read once: it is asked of a line as the
        // next one and again as the current one.
        let apart = raw.map { opensApart($0, measure: measure) }
        // A typed letter's subject line and furniture's label ("Related articles: …") open a paragraph;
        // the lines they wrap onto join them.
        let opensParagraph = raw.map { opensSubject($0) || opensWithEndLabel($0) }
        // A browser prints the page's title in its header ("28.09.23, 10:14 · Menschenrechte bei … rücken |
        // Human Rights Watch"): a headline it holds whole is one line, however the headline was set.
        let headerIndices = Array(raw.indices.lazy.filter { !raw[$0].isEmpty }.prefix(headerLines))
        let header = headerIndices.map { raw[$0] }.joined(separator: "\n")
        var out: [(text: String, first: Int)] = []
        var current = ""
        var first = 0
        for (i, line) in raw.enumerated() {
            if line.isEmpty {
                if !current.isEmpty { out.append((current, first)); current = "" }
                out.append(("", i))
                continue
            }
            // A date line ("July 11, 2018") stands alone, whatever the lengths around it, unless it
            // ends the sentence of the paragraph above.
            if MetadataReader.isDateLine(line) != nil
                && !(i > 0 && endsSentence(line, of: current, above: raw[i - 1], measure: measure))
            {
                if !current.isEmpty { out.append((current, first)); current = "" }
                out.append((line, i))
                continue
            }
            if current.isEmpty {
                current = line
                first = i
            } else if current.hasSuffix("-") && !current.hasSuffix(" -") {
                current.removeLast(); current += line
            } else {
                current += " " + line
            }
            let next = raw.indices.contains(i + 1) ? raw[i + 1] : ""
            if next.isEmpty { continue }
            // A letterhead's line of contact details, a paragraph's first line ending no sentence ("… · Tél. :
            // (33-1) 43 55 25 18 · www.fidh.org"), ends the paragraph: the letter's heading under it, set in
            // the same type, is one of its own.
            if first == i && StatementText.hasContactDetails(line) && !line.hasSuffix(".")
                && !StatementText.hasContactDetails(next)
            {
                out.append((current, first)); current = ""
                continue
            }
            if let joins = type.joins(i, i + 1, next: next) {
                if !joins { out.append((current, first)); current = "" }
                continue
            }
            if endsParagraph(line, next: next, measure: measure) || apart[i + 1] || apart[i] || opensParagraph[i + 1]
                || (opensListItem(current) && endsItem(line, next: next))
                || MetadataReader.isSalutationLine(line) || MetadataReader.isSalutationLine(next)
                || Self.isClosingLine(line) || Self.isClosingLine(next)
            {
                if i < headlineLines && !headerIndices.contains(i) && !headerIndices.contains(i + 1) && !apart[i + 1]
                    && header.contains(current + " " + next)
                {
                    continue
                }
                out.append((current, first)); current = ""
            }
        }
        if !current.isEmpty { out.append((current, first)) }
        return (out, type)
    }

    /// A letter's closing on a short line of its own ("Sincerely,", "З повагою,"): a paragraph of its own,
    /// so that the signers under it are read as a list (`signingLines`), not joined to the text's last
    /// sentence ("…with your staff. Sincerely,").
    static func isClosingLine(_ line: String) -> Bool {
        let t = line.trimmingWhitespaceScalars()
        guard t.last == ",", t.split(separator: " ").count <= closingWords else { return false }
        return MetadataReader.isClosing(t.lowercasedByScalar())
    }
    /// The most words of a closing on a line of its own ("Yours sincerely,", "Avec nos salutations,").
    static let closingWords = 4

    /// Whether a date line ("juillet 2022.") is the last line of the paragraph gathered so far
    /// (`current`, whose last raw line is `above`): under a full line that ends inside its sentence
    /// ("…le dîner que vous lui avez offert en"), a date with a full stop ends that sentence.
    static func endsSentence(_ line: String, of current: String, above: String, measure: Int) -> Bool {
        guard line.hasSuffix("."), let last = current.last, last.isLetter || last == "," else { return false }
        return Double(above.count) >= Double(measure) * shortLine
    }

    /// A line that never joins a paragraph, above or below it: a photo's credit opening with its label
    /// ("Фото: ГО «Цивільні в полоні»"), a site's publication or update stamp on a short line, or a
    /// footer's contact details ("Pressereferat · presse@…") on a short line with no sentence's end
    /// (a paragraph's last line may give an address).
    static func opensApart(_ line: String, measure: Int) -> Bool {
        if opens(line, withOneOf: creditLabels, longest: longestCreditLabel) { return true }
        // A byline that opens with its date ("November 12, 1991|By A and B, Co-chairs, …", as newspapers'
        // archives print it), however long.
        if MetadataReader.leadingSegmentDate(line) != nil { return true }
        guard Double(line.count) < Double(measure) * shortLine else { return false }
        // A site's stamp ("postado em 21/05/2019 12:48 / atualizado em …") under a headline set over two
        // lines: short, as a line of prose that opens "dated 8 November 2023, the letter…" is not.
        if MetadataReader.isStampLine(line) { return true }
        return !line.hasSuffix(".") && StatementText.hasContactDetails(line)
    }

    /// Whether a line opens with a label that ends a text, capitalized and followed by its colon
    /// ("Related articles: …", "Tags: …"): not a wrapped line of a sentence that goes on with the
    /// label's words ("… the statement was" / "posted in the morning").
    static func opensWithEndLabel(_ line: String) -> Bool {
        guard line.first?.isUppercase == true else { return false }
        // Only the line's opening can hold the label and its colon: it alone is lowercased.
        let opening = String(line.prefix(longestEndLabel + 1)).lowercasedByScalar()
        return StatementText.labels.contains { label in
            opening.hasPrefix(label) && (label.hasSuffix(":") || opening.dropFirst(label.count).first == ":")
        }
    }
    /// Characters of the longest label that ends a text.
    static let longestEndLabel = StatementText.labels.map(\.count).max() ?? 0

    /// The photo credits of the cues that are labels ("Photo:", "Foto:").
    static let creditLabels = LanguageCues.photoCredits.filter { $0.hasSuffix(":") }
    /// Characters of the longest credit label.
    static let longestCreditLabel = creditLabels.map(\.count).max() ?? 0

    /// A typed letter's subject line ("Re: Enforced Disappearances in Bangladesh", "Objet : …"): it
    /// opens a paragraph of its own under the addressee's block, and the lines a long subject wraps
    /// onto join it as any paragraph's do.
    static func opensSubject(_ line: String) -> Bool {
        opens(line, withOneOf: LanguageCues.subjectLabels, longest: longestSubjectLabel)
    }

    /// Whether a line opens with one of `labels` (lowercased, at most `longest` characters): only the
    /// line's opening can hold a label, and it alone is lowercased (this runs on every line).
    static func opens(_ line: String, withOneOf labels: [String], longest: Int) -> Bool {
        let opening = String(line.prefix(longest)).lowercasedByScalar()
        return labels.contains { opening.hasPrefix($0) }
    }
    /// How far apart two sizes may be and still be one type (rounding in the PDF's matrices).
    static let sizeTolerance = 0.5
    /// How much larger than the text's size a line must be set to be display type (a headline):
    /// body text at 10–12 pt, headlines from about 14 pt.
    static let displayRatio = 1.2

    /// Characters of the longest subject label.
    static let longestSubjectLabel = LanguageCues.subjectLabels.map(\.count).max() ?? 0

    /// The page's title a browser's print header gives after the date and time it was printed, on
    /// the same line or the next ("13/06/2000 08:02" over "« Monsieur le Président … ? » | Le Regard du
    /// Jour", "28.09.23, 10:14 · Title | Site"), when it has at least `headlineWords` words; and the
    /// index of the line holding it alone, if it is the next.
    static func printedTitle(_ lines: [String]) -> (title: String, line: Int?)? {
        let top = lines.indices.lazy.filter { !lines[$0].trimmingWhitespaceScalars().isEmpty }.prefix(headerLines)
        guard let first = top.first else { return nil }
        let words = lines[first].trimmingWhitespaceScalars().split(separator: " ", maxSplits: 2)
        guard words.count >= 2,
            MetadataReader.numericDate(String(words[0].trimmingCharacters(in: [","]))) != nil,
            MetadataReader.isClockTime(words[1])
        else { return nil }
        let next = top.dropFirst().first
        let rest = words.count == 3 ? String(words[2]) : next.map { lines[$0] } ?? ""
        let title = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ·|-–"))
        guard title.split(separator: " ").count >= headlineWords else { return nil }
        return (title, words.count == 3 ? nil : next)
    }

    /// Lines of text at the top of a printout that may be its print header (the date, the page's
    /// title, the site).
    static let headerLines = 2
    /// Lines from the top within which a headline the print header holds may be set over two.
    static let headlineLines = 40

    /// Share of the measure under which a line is short.
    static let shortLine = 0.85

    /// Whether a line opens with an item's number ("2. protect the defenders"), not with a day
    /// written as German writes it ("12. März 2024 …", a sentence wrapped before its date).
    static func opensNumberedItem(_ line: String) -> Bool {
        let item = ListItem.strip(line)
        guard item.marker else { return false }
        let word = item.text.prefix { $0.isLetter }.lowercased()
        return LanguageCues.monthNumbers[word] == nil
    }

    /// Whether a line opens a bulleted or numbered list item: a paragraph of its own, never a line
    /// wrapped from the one above.
    static func opensListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return bullets.contains(first) || (first.isNumber && opensNumberedItem(line))
    }

    /// Marks that open a list item and never a wrapped line of prose.
    static let bullets: Set<Character> = ["•", "▪", "◦", "●", "■"]
    /// Words a broken headline line ends with.
    static let continuing: Set<String> = [
        "and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "be", "at", "by", "from",
        "et", "de", "du", "la", "le", "des", "und", "der", "die", "von", "für", "y", "del", "и", "в", "на", "і", "у",
        "da", "dos", "das", "em", "ao", "com", "para", "di", "della", "dei", "delle", "nel", "alla", "e", "per",
        "il", "contro",
    ]

    /// Whether a list item's line, however long, ends the item: it ends a sentence (".", ";", "!")
    /// and the next line opens one ("Strengthen … the Paris Principles." over "“Commonwealth leaders
    /// have…”, a paragraph after the list).
    static func endsItem(_ line: String, next: String) -> Bool {
        guard let last = line.last, ".;!".contains(last), let first = next.first else { return false }
        return first.isUppercase || "«“\"".contains(first)
    }

    static func endsParagraph(_ line: String, next: String, measure: Int) -> Bool {
        // A bulleted or numbered item opens a paragraph of its own however long the line above it
        // (a dash may open a wrapped clause, so it does not).
        if opensListItem(next) { return true }
        let short = Double(line.count) < Double(measure) * shortLine
        // A lead-in ends its paragraph at its colon, however long its last line ("…demandent au
        // président de la République :" over "d’exiger de la coalition…"): its list follows.
        if !short && line.hasSuffix(":") { return true }
        guard short else { return false }
        let lastWord = line.split(separator: " ").last.map { $0.lowercasedByScalar() } ?? ""
        if continuing.contains(lastWord) || line.hasSuffix(",") || line.hasSuffix("-") { return false }
        // A headline broken after its colon goes on ("Helsinki Summit:" / "Human Rights Must…"); "Dear Minister:" does not.
        if line.hasSuffix(":"), Double(next.count) < Double(measure) * shortLine,
            next.last.map({ !".:".contains($0) }) ?? false,
            next.first?.isUppercase == true
        {
            return false
        }
        if let last = line.last, ".!?:;".contains(last) { return true }
        // A closing quotation mark followed by a small letter is inside a sentence ("«Цивільні в полоні»" / "провела…").
        if let last = line.last, "”\"»".contains(last) { return next.first.map { !$0.isLowercase } ?? true }
        guard let first = next.first else { return true }
        return first.isUppercase || first.isNumber || "•–-*«“\"(".contains(first)
    }
}

/// The type sizes of a printout's lines, and what they say of where paragraphs end.
struct TypeSizes {
    /// Each line's size (empty: unknown).
    let sizes: [Double]
    /// The text's size: the one most characters are set in.
    let body: Double

    init(sizes: [Double], lines: [String]) {
        self.sizes = sizes
        var characters: [Double: Int] = [:]
        for (size, line) in zip(sizes, lines) where size > 0 { characters[size, default: 0] += line.count }
        body = characters.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }

    /// Whether a line is set in display type: larger than the text.
    func isDisplay(_ line: Int) -> Bool {
        body > 0 && sizes.indices.contains(line) && sizes[line] >= body * PDFExtractor.displayRatio
    }

    /// Whether line `a` runs on into line `b` by their sizes: true for two lines of one display size (a
    /// headline over two lines) unless `next` opens a list item; false when the sizes differ; nil when
    /// the sizes say nothing (unknown, or both the text's).
    func joins(_ a: Int, _ b: Int, next: String) -> Bool? {
        guard body > 0, sizes.indices.contains(a), sizes.indices.contains(b), sizes[a] > 0, sizes[b] > 0 else {
            return nil
        }
        let same = abs(sizes[a] - sizes[b]) <= PDFExtractor.sizeTolerance
        guard same else { return false }
        guard isDisplay(a) else { return nil }
        return PDFExtractor.opensListItem(next) ? nil : true
    }
}
