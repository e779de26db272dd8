import CSentenceBreak
import Corpus
import Foundation

/// Sentences that ask for something ("urged … to", "called on", "should",
/// "must", bullets after "should:"), each mapped to a demand of the
/// taxonomy. The mapping learns from the corpus: a demand's profile is its
/// label, its issue's label and keywords, and the text and quotes of every
/// ask already filed under it, weighted so that words shared by many
/// demands count little.
struct AskFinder: Sendable {
    let corpus: Corpus
    /// A sentence of the body: its text (an exact excerpt) and its page line.
    struct Sentence { var text: String; var line: Int }

    struct Found {
        var demand: Demand?
        var text: String
        var quote: String
        var line: Int
        var score: Double
    }

    /// The informative words of a text, for matching: each word's stem, and
    /// the English words it stands for (`LanguageCues.concepts`), so that
    /// "libération des détenus" meets "release detainees"; stopwords, numbers
    /// and words of two letters left out.
    static func tokens(_ s: String) -> [String] { tokens(words: Words.of(s)) }

    /// The informative words of words already cut by `Words.of`. A verb that
    /// asks for a matter to be raised ("raise", "évoquer", "ansprechen")
    /// counts as the word `raise` in every language, ask verb or not.
    static func tokens(words: [Substring]) -> [String] {
        var out: [String] = []
        for w in words where w.contains(where: \.isLetter) && !LanguageCues.stopwords.contains(String(w)) {
            let head = String(w.prefix(2))
            if raiseVerbs[head]?.contains(where: { w.hasPrefix($0) }) == true { out.append(raiseConcept) }
            if askWords[head]?.contains(where: { w.hasPrefix($0) }) == true { continue }
            out += LanguageCues.meaning(of: w)
            let t = Words.stem(w)
            if t.count > 2 && !LanguageCues.stopwords.contains(t) { out.append(t) }
        }
        return out
    }

    /// The one-word ask cues of every language ("urge", "exige", "fordert"): they say that
    /// something is asked, not what, so they are no evidence of a demand. By first letters.
    static let askWords: [String: [String]] = Dictionary(
        grouping: Set(LanguageCues.askCues.filter { !$0.contains(" ") }.map { $0.lowercasedByScalar() }),
        by: { String($0.prefix(2)) })

    /// The word every language's raise verbs stand for. Most ask verbs say only
    /// that something is asked ("urge", "exiger"); a raise verb says what: that
    /// a matter be raised, which is the whole of the demand to raise rights at
    /// an engagement ("Raise these human rights violations directly"). Without
    /// it such a sentence has one informative word left and reaches no demand.
    static let raiseConcept = "raise"

    /// Every language's raise verbs (`LanguageCues.raiseVerbs`), by first letters.
    static let raiseVerbs: [String: [String]] = Dictionary(
        grouping: Set(LanguageCues.raiseVerbs.map { $0.lowercasedByScalar() }), by: { String($0.prefix(2)) })

    /// The demand of each labelled example: every demand's label and talking
    /// point, and the text and quote of every ask the corpus files under it.
    /// An example decides only whether its demand is a candidate for a
    /// sentence (`matches`); the demand's profile scores it.
    private let exampleDemands: [Demand]
    /// For each word, the examples holding it (in example order): a sentence's
    /// candidates are the demands of the examples sharing its words.
    private let postings: [String: [Int]]
    private let idf: [String: Double]
    /// Each demand's examples together (the sum of their vectors) and its
    /// label: what the corpus says of the demand as a whole.
    private let profiles: [String: (vector: [String: Double], norm: Double)]
    /// What each issue's pages speak of: its label, keywords and demands, and
    /// the title and text of every document with an ask under it (weighted
    /// by how few issues use a word). A page's asks are read against the
    /// issues the page as a whole speaks of: "detained" on a page about
    /// Egypt is not a Uyghur demand.
    private let issueProfiles: [String: (vector: [String: Double], norm: Double)]
    private let issueIDF: [String: Double]
    /// The issue of each demand.
    private let issueOfDemand: [String: String]
    /// The countries each country-bound demand belongs to (`CountryBinding`).
    let binding: CountryBinding
    /// The genre's common asks: demands made by at least `commonShare` of the corpus's documents (and
    /// by at least `commonDocuments` of them). Such a demand ("raise human rights publicly and at the
    /// highest level") is asked on pages of every topic, so the page's issues do not scale its score.
    let commonDemands: Set<String>
    static let commonShare = 0.2
    static let commonDocuments = 10

    init(corpus: Corpus) {
        self.corpus = corpus
        // Each issue's words (its label and keywords) and each of its demands' labels' words, read once:
        // every demand of an issue repeats its issue's words.
        let issueTokens = corpus.issues.map { Self.tokens($0.label) + $0.keywords.flatMap(Self.tokens) }
        let labelTokens = corpus.issues.map { $0.demands.map { Self.tokens($0.label) } }
        var raw: [(Demand, [String])] = []
        for (i, issue) in corpus.issues.enumerated() {
            for (k, d) in issue.demands.enumerated() {
                raw.append((d, labelTokens[i][k] + issueTokens[i]))
                if let t = d.talkingPoint { raw.append((d, Self.tokens(t))) }
            }
        }
        for doc in corpus.documents {
            for a in doc.asks {
                guard let d = corpus.demand(a.demand) else { continue }
                raw.append((d, Self.tokens(a.text)))
                if let q = a.quote { raw.append((d, Self.tokens(q))) }
            }
        }
        // A word weighs by how few demands use it, not how few examples: the word
        // that every example of one demand shares ("publicly") is that demand's mark.
        var used: [String: Set<String>] = [:]
        for (d, words) in raw { used[d.id, default: []].formUnion(words) }
        var df: [String: Int] = [:]
        for (_, words) in used { for w in words { df[w, default: 0] += 1 } }
        let n = Double(max(used.count, 1))
        let idf = df.mapValues { log(1 + n / Double($0)) }
        self.idf = idf
        // Each example as a weighted word vector (words many demands share weigh little).
        let examples: [(demand: Demand, vector: [String: Double])] = raw.compactMap { d, words in
            guard !words.isEmpty else { return nil }
            var v: [String: Double] = [:]
            for w in Set(words) { v[w] = idf[w] ?? 0 }
            return v.values.contains { $0 > 0 } ? (d, v) : nil
        }
        exampleDemands = examples.map(\.demand)
        var postings: [String: [Int]] = [:]
        for (k, e) in examples.enumerated() { for w in e.vector.keys { postings[w, default: []].append(k) } }
        self.postings = postings
        var sums: [String: [String: Double]] = [:]
        for e in examples { for (w, x) in e.vector { sums[e.demand.id, default: [:]][w, default: 0] += x } }
        // The label says what the demand is; its examples say it in one page's words each.
        for (i, issue) in corpus.issues.enumerated() {
            for (k, d) in issue.demands.enumerated() {
                for w in Set(labelTokens[i][k]) {
                    sums[d.id, default: [:]][w, default: 0] += Self.labelWeight * (idf[w] ?? 0)
                }
            }
        }
        profiles = sums.mapValues { v in (v, sqrt(v.values.reduce(0) { $0 + $1 * $1 })) }

        var issueWords: [String: Set<String>] = [:]
        var demandIssue: [String: String] = [:]
        for (i, issue) in corpus.issues.enumerated() {
            var words = issueTokens[i]
            for (k, d) in issue.demands.enumerated() { words += labelTokens[i][k]; demandIssue[d.id] = issue.id }
            issueWords[issue.id, default: []].formUnion(words)
        }
        for doc in corpus.documents {
            let words = Set(Self.tokens(doc.title + "\n" + doc.body))
            for issue in Set(doc.asks.compactMap { demandIssue[$0.demand] }) {
                issueWords[issue, default: []].formUnion(words)
            }
        }
        var issueDF: [String: Int] = [:]
        for (_, words) in issueWords { for w in words { issueDF[w, default: 0] += 1 } }
        let issues = Double(max(issueWords.count, 1))
        let issueIDF = issueDF.mapValues { log(issues / Double($0)) }
        self.issueIDF = issueIDF
        issueProfiles = issueWords.mapValues { words in
            var v: [String: Double] = [:]
            for w in words { v[w] = issueIDF[w] ?? 0 }
            return (v, sqrt(v.values.reduce(0) { $0 + $1 * $1 }))
        }
        issueOfDemand = demandIssue
        binding = CountryBinding(corpus: corpus)
        var documentsAsking: [String: Int] = [:]
        for doc in corpus.documents {
            for id in Set(doc.asks.map(\.demand)) { documentsAsking[id, default: 0] += 1 }
        }
        let least = max(Double(Self.commonDocuments), Self.commonShare * Double(corpus.documents.count))
        commonDemands = Set(documentsAsking.filter { Double($0.value) >= least }.keys)
    }

    /// How much a page speaks of each issue, the issue it speaks of most
    /// being 1: the cosine of the page's words (cut by `Words.of`) with each issue's.
    func issueAffinity(words text: [Substring]) -> [String: Double] {
        let words = Set(Self.tokens(words: text))
        let norm = sqrt(words.reduce(0) { $0 + pow(issueIDF[$1] ?? 0, 2) })
        guard norm > 0 else { return [:] }
        var out: [String: Double] = [:]
        for (issue, p) in issueProfiles where p.norm > 0 {
            var dot = 0.0
            for w in words { if let x = p.vector[w] { dot += x * x } }
            out[issue] = dot / (norm * p.norm)
        }
        let best = out.values.max() ?? 0
        return best > 0 ? out.mapValues { $0 / best } : [:]
    }

    /// Sentences of the body lines, each an exact substring of its line,
    /// split by ICU's sentence iterator with abbreviations suppressed ("U.S.",
    /// "Mr." end no sentence); a list item is one sentence without its marker.
    static func sentences(_ page: PageText, lines: [Int], locale: String = "en") -> [Sentence] {
        var out: [Sentence] = []
        for i in lines {
            let line = page.lines[i]
            let item = ListItem.strip(line)
            for s in split(item.text, locale: locale) {
                let t = s.trimmingWhitespaceScalars()
                if t.count > 20 || (t.hasSuffix(":") && t.count > 4) { out.append(Sentence(text: t, line: i)) }
            }
        }
        return out
    }

    /// `text` cut at ICU's sentence boundaries.
    static func split(_ text: Substring, locale: String) -> [Substring] {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return [] }
        var ends = [Int32](repeating: 0, count: 64)
        var count = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) {
                brief_sentence_ends($0.baseAddress, $0.count, locale, &ends, Int32(ends.count))
            }
        }
        if count > Int32(ends.count) {
            ends = [Int32](repeating: 0, count: Int(count))
            count = bytes.withUnsafeBufferPointer { b in
                b.withMemoryRebound(to: CChar.self) {
                    brief_sentence_ends($0.baseAddress, $0.count, locale, &ends, Int32(ends.count))
                }
            }
        }
        guard count > 0 else { return [text] }
        var out: [Substring] = []
        var start = text.utf8.startIndex
        for e in ends.prefix(Int(count)) {
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: Int(e))
            guard let t = String.Index(end, within: text), let s = String.Index(start, within: text) else { continue }
            // An abbreviation ICU does not know ("St. Petersburg", "M. Macron") ends no sentence.
            var piece = text[s..<t]
            while piece.last == " " { piece = piece.dropLast() }
            if t < text.endIndex, MetadataReader.endsAbbreviation(piece) { continue }
            // A day's number before its month ("am 18. August", German's ordinal date) ends no sentence.
            if t < text.endIndex, Self.endsDayBeforeMonth(piece, next: text[t...]) { continue }
            out.append(text[s..<t])
            start = end
        }
        if let s = String.Index(start, within: text), s < text.endIndex { out.append(text[s...]) }
        return out
    }

    /// Whether `piece` ends with a day's number and a full stop ("am 18.") and
    /// `next` opens with a month's name ("August 2018"): a date written as
    /// German writes it, not a sentence's end.
    static func endsDayBeforeMonth(_ piece: Substring, next: Substring) -> Bool {
        guard piece.last == "." else { return false }
        let day = piece.dropLast().reversed().prefix { $0.isNumber }
        guard (1...2).contains(day.count), piece.dropLast(day.count + 1).last.map({ !$0.isLetter }) ?? true
        else { return false }
        let month = next.drop { $0 == " " }.prefix { $0.isLetter }
        return !month.isEmpty && LanguageCues.monthNumbers[String(month).lowercasedByScalar()] != nil
    }

    /// Each language's ask cues, its raise verbs among them as English "raise" is: asking that a
    /// matter be raised is an ask ("die Unterdrückung offen anzusprechen", "d’évoquer publiquement").
    /// The forms that report a matter raised (`reportedRaiseForms`: "the letter also raises the
    /// case of …") ask nothing.
    static let askCueTable = WordStartTable { l in
        l.askCues + l.raiseVerbs.filter { !l.reportedRaiseForms.contains($0) }
    }

    /// Whether a sentence asks by one of `cues` (a language's, `askCueTable`).
    static func isAsk(_ s: String, cues: WordStartTable.Entries) -> Bool { WordStartTable.holds(s, anyOf: cues) }

    /// Fewest informative words a sentence must share with an example.
    static let sharedWords = 2

    /// The demand a sentence makes, the page aside: the best of `matches`
    /// (a demand has a score only when one of its examples shares at least
    /// two words with the sentence — one word in common is chance). Nil when
    /// no example is near.
    func match(_ sentence: String) -> (Demand, Double)? { matches(sentence).first }

    /// How much more a demand's label counts in its profile than one of its
    /// examples: the label says what the demand is, an example says it in
    /// one page's words, and a demand with many short examples ("la
    /// libération des …") must not outweigh another's label — nor a demand
    /// new to the corpus, which has its label only. Drafting each later set
    /// against the records before it (`docs/ingest.md`, session 21), 4–6
    /// scored alike, above 3 and 8.
    static let labelWeight = 4.0

    /// Every demand a sentence may make, best first (ties in id order): each
    /// demand one of whose examples shares at least `sharedWords` words with
    /// the sentence, scored by the cosine of the sentence with the demand's
    /// whole profile (its label and every example together). The nearest
    /// example alone is no score: a demand with many examples has one near
    /// any sentence by chance, and would take the asks of a demand the corpus
    /// knows by its label only. The page's context then chooses among the
    /// candidates (`find`), so every one is kept.
    func matches(_ sentence: String) -> [(Demand, Double)] {
        let words = Set(Self.tokens(sentence))
        guard !words.isEmpty else { return [] }
        let norm = sqrt(words.reduce(0) { $0 + pow(idf[$1] ?? 0, 2) })
        guard norm > 0 else { return [] }
        // How many of the sentence's words each example holds.
        var shared = [Int](repeating: 0, count: exampleDemands.count)
        for w in words {
            for k in postings[w] ?? [] { shared[k] += 1 }
        }
        var candidates: [String: Demand] = [:]
        for k in exampleDemands.indices where shared[k] >= Self.sharedWords {
            candidates[exampleDemands[k].id] = exampleDemands[k]
        }
        var out: [(Demand, Double)] = []
        for (id, d) in candidates {
            guard let p = profiles[id], p.norm > 0 else { continue }
            var dot = 0.0
            for w in words { if let x = p.vector[w] { dot += x * (idf[w] ?? 0) } }
            out.append((d, dot / (norm * p.norm)))
        }
        return out.sorted(by: Self.ranked)
    }

    /// Higher score first; equal scores in demand-id order (never hash order).
    static func ranked(_ a: (Demand, Double), _ b: (Demand, Double)) -> Bool {
        a.1 != b.1 ? a.1 > b.1 : a.0.id < b.0.id
    }

    /// A short imperative from the sentence: the clause after the cue verb's "to", "that" or "on"
    /// ("urged the President to raise …"), else after the modal ("Thailand should lift its
    /// restrictions on …" → "Lift its restrictions on …": a modal takes no such cue).
    static func paraphrase(_ sentence: String) -> String {
        // Searched on bytes: the clause after the first cue verb's "to"/"that"/"on" (within 80 bytes of it).
        let bytes = Array(sentence.utf8)
        var start: Int? = nil
        search: for cue in paraphraseCues {
            for verb in paraphraseVerbs {
                guard let v = Self.firstWord(verb, in: bytes),
                    let c = ByteSearch.firstIndex(bytes, cue, from: v + verb.count),
                    c - (v + verb.count) < 80
                else { continue }
                start = c + cue.count
                break search
            }
        }
        var deniedSubject = false
        if start == nil {
            for modal in [" should ", " must "].map({ Array($0.utf8) }) {
                guard let m = ByteSearch.firstIndex(bytes, modal) else { continue }
                // A passive ask ("…the law should be repealed") names what is asked before its modal:
                // the sentence whole.
                if !bytes[(m + modal.count)...].starts(with: Self.passiveBe) {
                    start = m + modal.count
                    // "Neither country should extradite …": a subject that denies asks "Do not extradite …".
                    let subject = String(decoding: bytes[..<m], as: UTF8.self).lowercasedByScalar()
                    deniedSubject = Self.denyingSubjects.contains { subject.hasPrefix($0) }
                }
                break
            }
        }
        var text = String(decoding: bytes[(start ?? 0)...], as: UTF8.self)
        // A negated ask keeps its negation: "urge you not to extend an invitation…", "…should not
        // attend…" ask "Do not extend…", "Do not attend…".
        let negated =
            deniedSubject || (start.map { bytes[..<$0].reversed().starts(with: Self.notToReversed) } ?? false)
        if text.hasPrefix("not ") { text = "do " + text }
        text = withoutAttribution(text)
        var out = shortened(text).trimmingScalars(in: ScalarSets.of(" ,;:“”\""))
        if negated { out = "do not " + out }
        if let f = out.first { out = f.uppercased() + out.dropFirst() }
        if !out.hasSuffix(".") && !out.hasSuffix("…") { out += "." }
        return out
    }

    /// Where `word` first stands in `bytes` at a word's start: "asks" in "tasks" or "urged" in
    /// "surged" is no cue verb ("…public security tasks and adopt a policy that respects…").
    static func firstWord(_ word: [UInt8], in bytes: [UInt8]) -> Int? {
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, word, from: from) {
            if at == 0 || !ByteSearch.isWordByte(bytes[at - 1]) { return at }
            from = at + 1
        }
        return nil
    }

    /// The most words an ask's text keeps whole: a sentence of a brief's ask column (about three
    /// lines of it); longer ones are cut at a clause mark.
    static let askWholeWords = 36
    /// The fewest words a cut ask keeps: a clause mark before them ("In the letter, …") ends an
    /// opening phrase, not the demand.
    static let askCutFloor = 8

    /// An ask's text at a length a brief sets: whole up to `askWholeWords` words; longer, up to
    /// the last clause mark (",", ";", ":", a dash) within them, so that it ends where one of the
    /// page's clauses does and never mid-phrase ("…agredidos durante el."); with no such mark,
    /// those words and "…".
    static func shortened(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > askWholeWords else { return text }
        let kept = words.prefix(askWholeWords)
        let clauseEnd = kept.indices.last { i in
            i >= askCutFloor - 1 && i < askWholeWords - 1
                && (kept[i].last.map { ",;:".contains($0) } ?? false || ["—", "–", "-"].contains(kept[i + 1]))
        }
        guard let end = clauseEnd else { return kept.joined(separator: " ") + "…" }
        return kept[...end].joined(separator: " ")
    }
    /// How a subject that denies the modal's verb opens ("Neither country should …", "No
    /// government must …"), lowercased.
    static let denyingSubjects = ["neither ", "no ", "none ", "nor ", "nobody ", "no one "]
    /// The passive's auxiliary after a modal ("should be repealed"), and a negated cue's "not to" read
    /// backwards from the clause it opens.
    static let passiveBe = Array("be ".utf8)
    static let notToReversed = Array(Array(" not to ".utf8).reversed())

    /// A quoted ask without the attribution after its closing mark ("…real progress on human rights,” said
    /// Holly Cartner" → "…real progress on human rights"): who said it is not what is asked.
    static func withoutAttribution(_ text: String) -> String {
        var from = text.startIndex
        while let close = text[from...].firstIndex(where: { closingQuotes.contains($0) }) {
            let after = text[text.index(after: close)...].drop { $0 == "," || $0 == " " }.lowercasedByScalar()
            if LanguageCues.saidVerbs.contains(where: { after.hasPrefix($0.hasSuffix(" ") ? $0 : $0 + " ") }) {
                return String(text[..<close]).trimmingScalars(in: ScalarSets.of(" ,"))
            }
            from = text.index(after: close)
        }
        return text
    }
    /// The marks that close a quotation: English and French, and German's “ after „.
    static let closingQuotes: Set<Character> = ["”", "“", "»", "\""]

    static let paraphraseCues: [[UInt8]] = [" to ", " that ", " on "].map { Array($0.utf8) }
    static let paraphraseVerbs: [[UInt8]] = [
        "urged", "urges", "urge", "calls on", "called on", "call on", "asks", "asked",
    ].map { Array($0.utf8) }

    /// The asks of a body: each demand made once and each clause making one
    /// (`assign`), and the ask-like sentences that match no demand. List items under a
    /// lead-in ("President Trump should:") are the asks, the lead-in is not.
    /// A sentence asks by the verbs of the page's `language` (nil: English, as
    /// `MetadataReader.language` reads it; a language without a table: by
    /// every table's verbs), and is cut by that language's rules.
    func find(_ page: PageText, lines: [Int], threshold: Double, language: String? = nil) -> (
        asks: [Found], unmatched: [Found]
    ) {
        var unmatched: [Found] = []
        // Every clause that makes a demand, with the demands it may make, best first.
        var made: [(quote: String, line: Int, demands: [(Demand, Double)])] = []
        // Lines of a list under a lead-in: marked items, or (HTML lists lose
        // their markers) the paragraphs that follow it, up to a long one.
        var leadIn = false
        // A list under a lead-in that names no ask ("…the defenders name these:"): its marked items are
        // asks when its first item asks.
        var awaitingFirstItem = false
        var itemsLeft = 0
        var markedItems = false
        var lastLine = -1
        let words = Words.of(lines.map { page.lines[$0] }.joined(separator: "\n"))
        let affinity = issueAffinity(words: words)
        let spoken = CountryBinding.spoken(CountryBinding.countries(in: words))
        let cues = Self.askCueTable.words(for: language)
        let isAsk = { (s: String) in Self.isAsk(s, cues: cues) }
        let following = Self.followingTable.words(for: language)
        // Each body line's next line with text: where a lead-in's list would begin.
        var nextLine: [Int: Int] = [:]
        for (k, i) in lines.enumerated() {
            nextLine[i] = lines[(k + 1)...].first { !page.lines[$0].trimmingWhitespaceScalars().isEmpty }
        }
        for s in Self.sentences(page, lines: lines, locale: language ?? "en") {
            let item = ListItem.strip(page.lines[s.line])
            let newLine = s.line != lastLine
            // Lines between the last sentence's and this one: a heading among them is read here, for it
            // is too short to be a sentence of its own.
            let skipped = newLine && lastLine >= 0 ? page.lines[(lastLine + 1)..<s.line] : []
            lastLine = s.line
            let isLeadIn =
                !item.marker
                && (s.text.hasSuffix(":") || Self.opensAList(s, page: page, next: nextLine[s.line])
                    || Self.announcesWhatFollows(s.text, cues: cues, following: following))
            if isLeadIn {
                leadIn = isAsk(s.text) || Self.isAsk(s.text, cues: following)
                awaitingFirstItem = !leadIn
                itemsLeft = Self.unmarkedItems
                markedItems = false
                continue
            }
            if awaitingFirstItem {
                awaitingFirstItem = false
                // Marked items only: a "Read more:" over unmarked headlines ("…: Biden should not go soft
                // on Putin") is a list of links, not of asks.
                leadIn = item.marker && isAsk(s.text)
            }
            if item.marker { markedItems = true }
            if newLine && !item.marker {
                // A list whose items are marked ends at its first unmarked line (a closing, a signature).
                if leadIn && itemsLeft > 0 && !markedItems
                    && page.lines[s.line].split(separator: " ").count <= Self.longestItem
                    && !Self.endsUnmarkedList(page.lines[s.line])
                    && !skipped.contains(where: { Self.isHeading($0.trimmingWhitespaceScalars()) })
                {
                    itemsLeft -= 1
                } else {
                    leadIn = false
                }
            }
            // A heading inside the text ("Council Presidents Should Focus on Rights") is no ask,
            // nor a list of who signed ("Signataires : Human Rights Watch, FIDH, …"), nor a letter's
            // subject line ("Re: A strategic partner … must respect human rights"), which names the
            // letter's matter: none of the development set's 65 subject lines is a recorded ask.
            if Self.isHeading(s.text) || Self.namesSigners(s.text)
                || (newLine && PDFExtractor.opensSubject(page.lines[s.line].trimmingWhitespaceScalars()))
            {
                continue
            }
            guard isAsk(s.text) || leadIn else { continue }
            // What is asked follows the ask verb: the clauses before the first that holds one ("We are
            // writing in advance of your trip…", before "…and to press for concrete improvements") tell
            // the occasion, not a demand. Under a lead-in every clause is an item's.
            var clauses = Self.clauses(s.text, language: language)
            if !leadIn, let first = clauses.firstIndex(where: { isAsk(String($0)) }) {
                clauses.removeFirst(first)
            }
            for clause in clauses {
                // A list item's closing "; and" or ";" is the list's, not the ask's.
                var quote = String(clause.prefix(400))
                for tail in ["; and", "; or", ";", ", and", ",", "."] where quote.hasSuffix(tail) {
                    quote = String(quote.dropLast(tail.count)); break
                }
                // Each demand's score scaled by how much the page speaks of its issue.
                // A demand bound to a country is not made on a page about another: the sentence
                // is left for a person to file or propose, rather than filed under a stranger's demand.
                // The sentence's own countries, read only when the page's do not settle a candidate.
                var candidates = matches(quote)
                if candidates.contains(where: { !binding.allows($0.0, countries: spoken) }) {
                    let named = spoken.union(CountryBinding.countries(in: Words.of(quote)).keys)
                    candidates = candidates.filter { binding.allows($0.0, countries: named) }
                }
                // Whether the sentence makes a demand at all is read on the sentence: the threshold
                // applies to its own score. The page then only chooses among the demands that pass
                // it — scaled by the page's issues, a real ask of an issue the page speaks of less
                // than its main one fell below the threshold and was lost.
                // A demand bound to a country the page speaks of counts more: it is that country's own.
                let demands = candidates.filter { $0.1 >= threshold }.map {
                    d, score -> (Demand, Double) in
                    let scale =
                        commonDemands.contains(d.id)
                        ? 1 : Self.issueScale(issueOfDemand[d.id].flatMap { affinity[$0] } ?? 0)
                    let own = binding.binds(d, toOneOf: spoken) ? 1 + Self.ownCountryBonus : 1
                    return (d, score * scale * own)
                }.sorted(by: Self.ranked)
                guard !demands.isEmpty else {
                    if isAsk(String(clause)) || leadIn {
                        unmatched.append(Found(demand: nil, text: quote, quote: quote, line: s.line + 1, score: 0))
                    }
                    continue
                }
                made.append((quote, s.line + 1, demands))
            }
        }
        let byDemand = Self.assign(made, common: commonDemands)
        // In the page's order: by line, then by place in the line (two clauses of one sentence), then by demand.
        let placed = byDemand.values.map { f in
            let at = ByteSearch.firstIndex(Array(page.lines[f.line - 1].utf8), Array(f.quote.utf8)) ?? 0
            return (place: (f.line, at, f.demand?.id ?? ""), found: f)
        }
        return (placed.sorted { $0.place < $1.place }.map(\.found), unmatched)
    }

    /// How much the page's affinity with a demand's issue (1 for the issue it speaks of most) scales
    /// the demand's score: its `issueExponent` power, so that an issue the page speaks of less still
    /// counts ("a Special Rapporteur on Russia" in a release mostly about China) while an issue it does
    /// not speak of counts for nothing.
    static func issueScale(_ affinity: Double) -> Double { affinity > 0 ? pow(affinity, issueExponent) : 0 }

    /// The power of the page's affinity in a demand's score. The plain affinity (1) let the page's main
    /// issue take the asks of a second one; set on the development set, each half of three random
    /// splits choosing among 1, 0.75, 0.5, 0.35 and 0.25 for the other (docs/ingest.md, session 25).
    static let issueExponent = 0.35

    /// How much more a demand bound to a country the page speaks of counts than its score: a person
    /// files a page about a country under that country's own demand ("an immediate moratorium on
    /// executions in Belarus") rather than under a general one, or another country's, that the
    /// corpus's examples happen to match a little better. Set on the development set and on the
    /// later sets each drafted against the records before it (0.1–0.5 tried, 0.2 the smallest at
    /// the best of both; docs/ingest.md, session 26).
    static let ownCountryBonus = 0.2

    /// An ask scoring below this share of the page's strongest ask is dropped: on a page with a clear
    /// ask, a sentence that matches a demand only weakly is most often context (a law named, a
    /// conference described) rather than a demand of its own. Set with `issueExponent`.
    static let pageFloor = 0.3

    /// A clause whose best demand another clause makes more strongly may make its next demand instead,
    /// if that scores at least this share of its best: one sentence asks for the release of
    /// journalists, the next for that of the page's political prisoners, and both first matched the
    /// one demand. Set with `issueExponent`.
    static let nextChoice = 0.8

    /// Each demand made once, by the clause that makes it most strongly, and each clause making at
    /// most one demand: the strongest pairs first (ties in the page's order, then demand id), a
    /// clause's later demands only within `nextChoice` of its best; then the asks below `pageFloor`
    /// of the strongest dropped, but for the genre's `common` asks: a page asks to raise rights
    /// publicly in a sentence that matches so broad a demand weakly beside its specific asks, and
    /// such a sentence is no context. Kept, they raised the development set's asks and the later
    /// sets' (docs/ingest.md, session 26).
    static func assign(
        _ made: [(quote: String, line: Int, demands: [(Demand, Double)])], common: Set<String> = []
    ) -> [String: Found] {
        var pairs: [(clause: Int, demand: Demand, score: Double)] = []
        for (k, c) in made.enumerated() {
            guard let best = c.demands.first?.1 else { continue }
            for (j, (d, score)) in c.demands.enumerated() where j == 0 || score >= best * nextChoice {
                pairs.append((k, d, score))
            }
        }
        pairs.sort {
            $0.score != $1.score ? $0.score > $1.score : ($0.clause, $0.demand.id) < ($1.clause, $1.demand.id)
        }
        var chosen: [(clause: Int, demand: Demand, score: Double)] = []
        var demandTaken = Set<String>()
        var clauseTaken = Set<Int>()
        for p in pairs where !demandTaken.contains(p.demand.id) && !clauseTaken.contains(p.clause) {
            chosen.append(p)
            demandTaken.insert(p.demand.id)
            clauseTaken.insert(p.clause)
        }
        // The pairs run strongest first, so the first chosen is the page's strongest ask.
        let floor = (chosen.first?.score ?? 0) * pageFloor
        var byDemand: [String: Found] = [:]
        for (k, d, score) in chosen where score >= floor || common.contains(d.id) {
            let c = made[k]
            byDemand[d.id] = Found(demand: d, text: paraphrase(c.quote), quote: c.quote, line: c.line, score: score)
        }
        return byDemand
    }

    /// Whether a sentence without a colon is a lead-in all the same: the last of its line, ending on
    /// a word (no full stop: "… sich bei Putin dafür einzusetzen, dass"), no heading ("Latest press
    /// releases" over a list of links), with a marked list item on `next`, the body's next line. Its
    /// sentence goes on in the items, which are its asks.
    static func opensAList(_ s: Sentence, page: PageText, next: Int?) -> Bool {
        guard let next, let last = s.text.last, last.isLetter, !isHeading(s.text),
            page.lines[s.line].trimmingWhitespaceScalars().hasSuffix(s.text)
        else { return false }
        return ListItem.strip(page.lines[next]).marker
    }

    /// An ask that announces the asks after it ("…ask you to address the following issues in
    /// particular.", its asks in the paragraphs below): a lead-in, itself no ask, with or without a list
    /// under it — the announcing word among the sentence's last `announcingReach` words. Not where it
    /// comes before the ask ("The following organizations urge the government to …"): it names who asks;
    /// nor where the sentence goes on after it ("…як на такі, що підривають довіру…"): it asks itself;
    /// nor where an article follows it ("…investigate the killings following the protests."): it is a
    /// preposition. The short announcing words ("такі", such) are left to lead-ins with a colon.
    static func announcesWhatFollows(
        _ s: String, cues: WordStartTable.Entries, following: WordStartTable.Entries
    ) -> Bool {
        let bytes = WordStartTable.searched(s)
        guard let announced = WordStartTable.firstOffset(in: bytes, anyOf: following),
            let asked = WordStartTable.firstOffset(in: bytes, anyOf: cues), asked < announced
        else { return false }
        let words = bytes[announced...].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard let word = words.first, word.count >= shortestAnnouncingWord, words.count <= announcingReach else {
            return false
        }
        return words.dropFirst().first.map { !articles.contains($0) } ?? true
    }
    /// The fewest letters of an announcing word read without a colon.
    static let shortestAnnouncingWord = 6
    /// Articles and determiners after which an announcing word is a preposition ("following the protests",
    /// "suivant les recommandations").
    static let articles: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "le", "la", "les", "l’", "un",
        "une", "des", "du", "der", "die", "das", "den", "dem", "el", "los", "las", "o", "os", "as", "il", "lo",
        "gli",
    ]
    /// The most words from the announcing word to the sentence's end ("following issues in particular.").
    static let announcingReach = 5

    /// Each language's words announcing a list ("the following", "las siguientes"), searched as the cues are.
    static let followingTable = WordStartTable(\.followingWords)

    /// A sentence that opens with a signing cue as a heading ("Signatories:", "Signataires :", "Signed,").
    static func namesSigners(_ s: String) -> Bool {
        let l = s.lowercasedByScalar()
        return LanguageCues.signingCues.contains { cue in
            l.hasPrefix(cue) && l.dropFirst(cue.count).prefix(3).contains { $0 == ":" || $0 == "," }
        }
    }

    /// Whether a line ends the unmarked list under a lead-in: a quoted paragraph (the lead-in
    /// introduced a speaker's words, "…called on him to put human rights before empty gestures:"),
    /// or a heading ("Background").
    static func endsUnmarkedList(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        return l.first.map { quotationOpeners.contains($0) } ?? false || isHeading(l)
    }
    /// The marks that open a quotation in the languages read (the date reader's, and the single "‘").
    static let quotationOpeners = MetadataReader.openingQuotes.union(["‘"])

    /// How many unmarked paragraphs after a lead-in may be its list, and how long one may be.
    static let unmarkedItems = 8
    static let longestItem = 60

    /// A line of Title Case without a full stop: a heading.
    static func isHeading(_ s: String) -> Bool {
        guard let last = s.last, !".!?;:”\"»".contains(last) else { return false }
        let words = s.split(separator: " ")
        guard words.count <= 14 else { return false }
        let capitals = words.filter { $0.first?.isUppercase == true }.count
        return Double(capitals) / Double(words.count) >= 0.6
    }

    /// Where one sentence makes several demands: its clauses ("…to speak out
    /// for defenders, and to give practical support…"), each an exact
    /// excerpt; the sentence itself when it has one. Cut by the rules of the
    /// page's `language` (nil: English; a language without rules: every
    /// language's): Portuguese ", que " opens a relative clause, while in
    /// Spanish "pide a las autoridades, a través de su carta, que pongan fin…"
    /// it opens the ask itself.
    static func clauses(_ sentence: String, language: String? = nil) -> [Substring] {
        let rules = clauseRules[language ?? "en"] ?? everyLanguagesClauseRules
        var parts: [Substring] = [Substring(sentence)]
        for (sep, beforeInfinitive) in rules.separators {
            parts = parts.flatMap { p -> [Substring] in
                var out: [Substring] = []
                var rest = p
                var from = rest.startIndex
                while let r = ByteSearch.range(of: sep, in: rest[from...]) {
                    // "…de la Comisión y de la Corte…": a noun after it, not an infinitive: one ask's objects.
                    if beforeInfinitive {
                        let next = rest[r.upperBound...].prefix { $0.isLetter }.lowercased()
                        guard rules.infinitiveEndings.contains(where: next.hasSuffix) else {
                            from = r.upperBound
                            continue
                        }
                    }
                    out.append(rest[..<r.lowerBound])
                    rest = rest[r.upperBound...]
                    from = rest.startIndex
                }
                out.append(rest)
                return out
            }
        }
        // A relative clause describes ("…the release of Jimmy Lai, who was convicted of national
        // security offenses"): the ask is what comes before it — or, where the asked clause resumes
        // after it ("…called on the royal couple, who are on a tour, to use their influence…"),
        // what comes after.
        parts = parts.map { p in
            guard
                let r = rules.relativeOpenings.compactMap({ ByteSearch.range(of: $0, in: p) }).min(by: {
                    $0.lowerBound < $1.lowerBound
                }),
                p[..<r.lowerBound].split(separator: " ").count >= 4
            else { return p }
            // Only after a verb that asks someone to act ("called on", "urged"), where the asked clause
            // has not opened before it ("…urge Vietnam to invite the Working Group, which last visited in
            // 1994, to return": the ask is one, and it comes first); an imperative's "to" after the
            // clause tells its purpose ("Amend the Proclamation, which restricts…, to bring it into line").
            if let close = ByteSearch.range(of: Array(", ".utf8), in: p[r.upperBound...]) {
                let rest = p[close.upperBound...]
                let before = " " + p[..<r.lowerBound]
                let beforeBytes = Array(before.utf8)
                let asksSomeone = paraphraseVerbs.contains { firstWord($0, in: beforeBytes) != nil }
                if asksSomeone
                    && rules.resumedAskOpenings.contains(where: { rest.hasPrefix($0) && !before.contains(" " + $0) })
                {
                    return rest
                }
            }
            return p[..<r.lowerBound]
        }
        return parts.filter { $0.split(separator: " ").count >= 4 }
    }

    /// Where one language's sentence parts into its demands, and how its relative clauses open.
    struct ClauseRules: Sendable {
        /// Each separator, and whether it parts only before an infinitive (`infinitiveClauseSeparators`),
        /// the unconditional ones first.
        var separators: [(bytes: [UInt8], beforeInfinitive: Bool)]
        var infinitiveEndings: [String]
        var relativeOpenings: [[UInt8]]
        var resumedAskOpenings: [String]
        init(_ languages: [LanguageCues]) {
            separators =
                languages.flatMap(\.clauseSeparators).map { (Array($0.utf8), false) }
                + languages.flatMap(\.infinitiveClauseSeparators).map { (Array($0.utf8), true) }
            infinitiveEndings = languages.flatMap(\.infinitiveEndings)
            relativeOpenings = languages.flatMap(\.relativeClauseOpenings).map { Array($0.utf8) }
            resumedAskOpenings = languages.flatMap(\.resumedAskOpenings)
        }
    }
    /// Each language's clause rules, by its code.
    static let clauseRules: [String: ClauseRules] = Dictionary(
        uniqueKeysWithValues: LanguageCues.all.map { ($0.code, ClauseRules([$0])) })
    /// Every language's clause rules together, for a page in a language without its own.
    static let everyLanguagesClauseRules = ClauseRules(LanguageCues.all)
}

/// A list item's marker ("•", "-", "*", "–", "1.", "a)"), which is the list's, not the text's.
enum ListItem {
    static func strip(_ line: String) -> (text: Substring, marker: Bool) {
        let t = line.drop { $0 == " " || $0 == "\t" }
        for m in ["• ", "- ", "* ", "– ", "— ", "· ", "▪ ", "◦ "] where t.hasPrefix(m) {
            return (t.dropFirst(m.count), true)
        }
        let head = t.prefix(4)
        if let close = head.firstIndex(where: { $0 == "." || $0 == ")" }), close > t.startIndex,
            t[t.startIndex..<close].allSatisfy({ $0.isNumber || ($0.isLetter && $0.isLowercase) }),
            t[t.startIndex..<close].count <= 2,
            t.index(after: close) < t.endIndex, t[t.index(after: close)] == " "
        {
            return (t[t.index(close, offsetBy: 2)...], true)
        }
        return (t, false)
    }
}
