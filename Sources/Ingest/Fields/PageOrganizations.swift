import Corpus
import Foundation

/// Who wrote or signed a page: the publisher (the site's masthead, its
/// header, its declared name) and the organizations the headline, the
/// opening and any signing sentence or list name. A name that two
/// organizations share ("Amnesty International", an alias of its US and
/// Ukrainian sections) is resolved by the rest of the page — one of them
/// named on its own, its web address, the page's language — or left for
/// review, never guessed.
extension MetadataReader {
    struct Mention { var organizations: [Organization]; var line: Int; var offset: Int; var text: String }

    /// Every corpus organization a text names, by name, short name or alias,
    /// names matched with their capitals and at word bounds; where one name
    /// is inside a longer one ("Amnesty International" in "Amnesty
    /// International USA"), only the longer counts. A name several
    /// organizations go by is one mention with several organizations.
    func mentions(in texts: [(line: Int, text: String)]) -> [Mention] {
        // Organizations by their place in `names.organizations`: copying one (its names, aliases,
        // links) for each line it is looked for in was a tenth of ingest's time.
        var found: [(org: Int, line: Int, offset: Int, length: Int, text: String)] = []
        // A name stands between characters that are no letters: a space, punctuation, quotation marks
        // of any language («Мемориал», „Amnesty“), a typographic apostrophe ("Amnesty International’s").
        func endsName(_ line: [UInt8], _ end: Int) -> Bool { end == line.count || !Self.isLetter(at: end, in: line) }
        func startsName(_ line: [UInt8], _ at: Int) -> Bool {
            guard at > 0 else { return true }
            var lead = at - 1
            while lead > 0 && line[lead] & 0xC0 == 0x80 { lead -= 1 }
            return !Self.isLetter(at: lead, in: line)
        }
        let stemmed = language().flatMap { names.stemmedNames[$0.0] }
        let translation = language().flatMap { LanguageCues.organizationNameTables[$0.0] }
        for (i, text) in texts {
            let line = Array(text.utf8)
            let exact = found.count
            defer {
                let inflected = stemmed.map { Self.inflectedMentions(text, names: $0) } ?? []
                let translated = translation.map { Self.translatedMentions(text, table: $0, names: names) } ?? []
                for m in inflected + translated
                where !found[exact...].contains(where: {
                    $0.offset < m.offset + m.length && m.offset < $0.offset + $0.length
                }) {
                    found.append((m.org, i, m.offset, m.length, m.text))
                }
            }
            // A line set in capitals ("AMNISTIA INTERNACIONAL PORTUGAL", a letterhead) is read without
            // case, so that it names its section whole rather than the movement its words translate to.
            let capitals =
                !line.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
                && text.contains(where: \.isUppercase) && !text.contains(where: \.isLowercase)
            let searched = capitals ? Array(text.lowercasedByScalar().utf8) : line
            let ranges = capitals ? names.needles.loweredRanges : names.needles.writtenRanges
            (capitals ? names.needles.lowered : names.needles.written).withUnsafeBufferPointer { all in
                searched.withUnsafeBufferPointer { haystack in
                    for k in ranges.indices {
                        let needle = UnsafeBufferPointer(rebasing: all[ranges[k]])
                        var from = 0
                        while let at = ByteSearch.firstIndex(haystack, needle, from: from) {
                            let end = at + needle.count
                            if startsName(searched, at) && endsName(searched, end)
                                && !(capitals && Self.opensLongerName(names.searched[k].text, after: searched[end...]))
                            {
                                let name = names.searched[k]
                                found.append((name.organization, i, at, needle.count, name.text))
                            }
                            from = end
                        }
                    }
                }
            }
        }
        // Drop a match inside a longer match on the same line. Only matches
        // starting at most one name-length earlier can hold it: sorted by
        // place, each looks at that window, not at every match (a page naming
        // an organization in each of 3,000 sentences of one line stays linear).
        let longest = found.map(\.length).max() ?? 0
        let sorted = found.indices.sorted {
            (found[$0].line, found[$0].offset, $0) < (found[$1].line, found[$1].offset, $1)
        }
        func holds(_ o: Int, _ m: Int) -> Bool {
            let a = found[o], b = found[m]
            return a.line == b.line && a.length > b.length && a.offset <= b.offset
                && a.offset + a.length >= b.offset + b.length
        }
        var covered = [Bool](repeating: false, count: found.count)
        for (k, i) in sorted.enumerated() {
            var j = k - 1
            while !covered[i], j >= 0, found[sorted[j]].line == found[i].line,
                found[sorted[j]].offset >= found[i].offset - longest
            {
                covered[i] = holds(sorted[j], i); j -= 1
            }
            j = k + 1
            while !covered[i], j < sorted.count, found[sorted[j]].line == found[i].line,
                found[sorted[j]].offset == found[i].offset
            {
                covered[i] = holds(sorted[j], i); j += 1
            }
        }
        // One mention per place and name, with every organization it may mean.
        var out: [Mention] = []
        var at: [String: Int] = [:]
        for i in found.indices where !covered[i] {
            let m = found[i], key = "\(m.line):\(m.offset):\(m.text)"
            let org = names.organizations[m.org]
            if let k = at[key] {
                if !out[k].organizations.contains(where: { $0.id == org.id }) { out[k].organizations.append(org) }
            } else {
                at[key] = out.count
                out.append(Mention(organizations: [org], line: m.line, offset: m.offset, text: m.text))
            }
        }
        for k in out.indices {
            for org in names.extensions[out[k].text] ?? []
            where !out[k].organizations.contains(where: { $0.id == org.id }) {
                out[k].organizations.append(org)
            }
        }
        // A name that only refers back ("the Forum") names its organization where the text names it
        // otherwise too: alone, it is any forum the page speaks of ("the Pacific Islands Forum").
        let named = Set(out.filter { !Self.refersBack($0.text) }.flatMap { $0.organizations.map(\.id) })
        return out.filter { m in !Self.refersBack(m.text) || m.organizations.contains { named.contains($0.id) } }
    }

    /// Whether an acronym in a line set in capitals ("ABC" of "ABC COLOR", a newspaper's masthead) opens a
    /// longer name: a word of `longerNameLetters` letters or more follows it after a space. A name spelt
    /// out is never cut short so.
    static func opensLongerName(_ name: String, after rest: ArraySlice<UInt8>) -> Bool {
        guard name.count <= acronymLetters, name.allSatisfy({ $0.isUppercase }) else { return false }
        guard rest.first == UInt8(ascii: " ") else { return false }
        let word = rest.dropFirst().prefix { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 >= 0x80 }
        return word.count >= longerNameLetters
    }
    /// The most letters of an acronym read as possibly opening a longer name.
    static let acronymLetters = 5
    /// The fewest letters of the word after an acronym that makes it part of a longer name.
    static let longerNameLetters = 3

    /// A name of a small article and one word ("the Forum", "la Coalition"): what a text calls an
    /// organization it has named, and any other of its kind. An article in capitals is the name's own
    /// ("Les Hijabeuses").
    static func refersBack(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count == 2 && LanguageCues.articles.contains(String(words[0]))
    }

    /// The names a line writes inflected ("«Крымской правозащитной группы»", "Мемориала", "der Deutsche
    /// Anwaltverein"): runs of its words that, case endings taken off (`LanguageCues.caseEndings`), are a
    /// name's words, with their place and length in bytes.
    static func inflectedMentions(_ text: String, names: CorpusNames.StemmedNames)
        -> [(org: Int, offset: Int, length: Int, text: String)]
    {
        // Read a scalar at a time, each word lowercased as it is read and stemmed once.
        var words: [(stem: String, offset: Int, end: Int, capital: Bool)] = []
        var word: [Unicode.Scalar] = []
        var offset = 0, start = 0
        var capital = false
        for s in text.unicodeScalars {
            let isLetter = s.isASCII ? (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") : s.properties.isAlphabetic
            if isLetter {
                if word.isEmpty {
                    start = offset
                    capital = s.isASCII ? s >= "A" && s <= "Z" : s.properties.isUppercase
                }
                if s.isASCII {
                    word.append(s >= "A" && s <= "Z" ? Unicode.Scalar(s.value | 0x20)! : s)
                } else if s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first {
                    word.append(lower)
                } else {
                    word.append(s)
                }
            } else if !word.isEmpty {
                words.append((names.stem(word), start, offset, capital))
                word.removeAll(keepingCapacity: true)
            }
            offset += UTF8.width(s)
        }
        if !word.isEmpty { words.append((names.stem(word), start, offset, capital)) }
        var out: [(org: Int, offset: Int, length: Int, text: String)] = []
        for (k, w) in words.enumerated() {
            // A name of one word is a proper noun: written in small letters it is the common word
            // ("освобождение всех…", release, is not the initiative «Освобождение»); so is a name that
            // opens with a short word ("Борьба за права человека", a fight for human rights, is not the
            // movement «За права человека»).
            for name in names.byFirstStem[w.stem] ?? []
            where k + name.stems.count <= words.count
                && ((name.stems.count > 1 && name.stems[0].count > Self.shortNameWord) || w.capital)
            {
                guard (0..<name.stems.count).allSatisfy({ words[k + $0].stem == name.stems[$0] }) else { continue }
                let end = words[k + name.stems.count - 1].end
                out.append((name.org, w.offset, end - w.offset, name.text))
            }
        }
        return out
    }

    /// The longest first word (its stem, in letters) of a name that counts written in small letters.
    static let shortNameWord = 3

    /// A line lowercased as bytes, and, where lowercasing changed a letter's length (Turkish "İ"
    /// becomes "i̇", two letters), the line's byte each lowered byte comes from (one more for the
    /// end); nil where every letter kept its length (Latin, Cyrillic, Arabic), and places are the same.
    static func loweredWithOrigins(_ text: String) -> (lowered: [UInt8], origins: [Int]?) {
        let lower = Array(text.lowercasedByScalar().utf8)
        guard lower.count != text.utf8.count else { return (lower, nil) }
        var lowered: [UInt8] = [], origins: [Int] = []
        var at = 0
        for s in text.unicodeScalars {
            let l = String(s).lowercasedByScalar().utf8
            lowered += l
            origins += repeatElement(at, count: l.count)
            at += s.utf8.count
        }
        origins.append(at)
        return (lowered, origins)
    }

    /// The names a line writes in its own language, word for word ("Weltkongress der Uiguren",
    /// "Fondation de la Maison des droits humains"): a run of words, the first capitalized, whose
    /// English words (`NameWordTable`) are an organization's English name's, in any order.
    static func translatedMentions(_ text: String, table: NameWordTable, names: CorpusNames)
        -> [(org: Int, offset: Int, length: Int, text: String)]
    {
        var words: [(word: Substring, offset: Int, end: Int, capital: Bool)] = []
        let bytes = Array(text.utf8)
        let (lowered, origin) = Self.loweredWithOrigins(text)
        var offset = 0
        for w in Words.of(text) {
            guard let at = ByteSearch.firstIndex(lowered, Array(w.utf8), from: offset) else { break }
            let end = at + w.utf8.count
            // The word's place in the line itself.
            let (start, stop) = origin.map { ($0[at], $0[end]) } ?? (at, end)
            words.append((w, start, stop, !isLowercaseLetter(bytes, start)))
            offset = end
        }
        // Each word's English stems, looked up once: a name is tried from every capitalized word.
        let english = words.map { table.english($0.word) }
        var out: [(org: Int, offset: Int, length: Int, text: String)] = []
        for k in words.indices where words[k].capital {
            guard var bag = english[k], !bag.isEmpty else { continue }
            var best: (end: Int, orgs: [Int])? = nil
            var j = k
            while true {
                if let orgs = names.translatedNames[bag.sorted().joined(separator: " ")] { best = (j, orgs) }
                // The next word of the name, over the small words between.
                var next = j + 1
                while next < words.count, next - k < CorpusNames.translatedNameWords, english[next]?.isEmpty == true {
                    next += 1
                }
                guard next < words.count, next - k < CorpusNames.translatedNameWords,
                    let more = english[next], !more.isEmpty
                else { break }
                bag += more
                j = next
            }
            guard let (end, orgs) = best else { continue }
            let span = String(decoding: bytes[words[k].offset..<words[end].end], as: UTF8.self)
            for org in orgs { out.append((org, words[k].offset, words[end].end - words[k].offset, span)) }
        }
        return out
    }

    /// Whether the character at byte `i` is a lowercase letter (a name's first word is capitalized).
    static func isLowercaseLetter(_ bytes: [UInt8], _ i: Int) -> Bool {
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether the character whose UTF-8 encoding starts at `i` is a letter that would join a name to
    /// the word beside it: an ASCII byte is read as it stands, any other character decoded (a Cyrillic
    /// letter is a letter, a guillemet not). A Chinese, Japanese or Thai character joins nothing: those
    /// languages write no spaces, so "国际特赦组织丹麦分部在递交…" names the section before "在".
    static func isLetter(at i: Int, in bytes: [UInt8]) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first else { return true }
        return scalar.properties.isAlphabetic && !StatementText.isIdeographic(scalar)
            && !StatementText.writesNoSpaces(scalar)
    }

    func mentions(lines: [Int]) -> [Mention] { mentions(in: lines.map { ($0, page.lines[$0]) }) }

    /// What `resolve` reads of the whole page, gathered once: a page naming a shared name
    /// thousands of times was read whole for each mention.
    struct PageClues {
        /// The organizations some mention names on its own.
        var namedAlone: Set<String>
        /// The web hosts of organizations sharing a name that the page's links, its address or
        /// its first lines name: each is looked for once, not once per mention.
        var linkedHosts: Set<String>
        /// The country of the national section the page says speaks ("la sección española de AI"), if any.
        var sectionCountry: String?
    }

    func pageClues(_ all: [Mention]) -> PageClues {
        let text = (page.links + [page.meta.url].compactMap { $0 } + page.lines.prefix(400)).joined(separator: " ")
            .lowercasedByScalar()
        let sharing = Set(all.filter { $0.organizations.count > 1 }.flatMap { $0.organizations.compactMap(\.url) })
        return PageClues(
            namedAlone: Set(all.filter { $0.organizations.count == 1 }.map { $0.organizations[0].id }),
            linkedHosts: Set(sharing.compactMap(Self.host).filter { Self.names(host: $0, in: text) }),
            sectionCountry: sharing.isEmpty
                && !all.contains { $0.organizations.first.map { names.sections[$0.id] != nil } ?? false }
                ? nil : nationalSection())
    }

    /// The country of the first national section the page names by its country ("La sección
    /// española de AI confía…", "die deutsche Sektion"): `LanguageCues.nationalSections`, each
    /// phrase found by its last word (`nationalSectionsByLastWord`).
    func nationalSection() -> String? {
        let text = Array(page.lines.joined(separator: " ").lowercasedByScalar().utf8)
        var first: (at: Int, country: String)? = nil
        for group in LanguageCues.nationalSectionsByLastWord {
            var from = 0
            while let w = ByteSearch.firstIndex(text, group.word, from: from) {
                from = w + 1
                // The phrase of the group whose words stand before this one, the one that starts first
                // where several do ("south korean section", "korean section").
                let matching = group.phrases.filter {
                    $0.head.count <= w && text[(w - $0.head.count)..<w].elementsEqual($0.head)
                }
                guard let p = matching.max(by: { $0.head.count < $1.head.count }) else { continue }
                let at = w - p.head.count
                if first.map({ at < $0.at }) ?? true { first = (at, p.country) }
                break
            }
        }
        return first?.country
    }

    /// The country a web host is under: its last label of two letters ("amnesty.de", "amnesty.org.uk")
    /// or, on a generic domain, its first ("es.amnesty.org"); nil for "amnesty.org".
    static func country(ofHost host: String) -> String? {
        let labels = host.split(separator: ".")
        if let last = labels.last, last.count == 2 { return String(last) }
        if labels.count > 2, let first = labels.first, first.count == 2 { return String(first) }
        return nil
    }

    /// Whether a text names a web host whole: "amnesty.org" in "www.amnesty.org/en" or "amnesty.org",
    /// not inside another host ("www.es.amnesty.org", "amnesty.org.uk"), whose organization is another.
    static func names(host: String, in text: String) -> Bool {
        let bytes = Array(text.utf8), needle = Array(host.utf8)
        func isHostByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
        }
        var from = 0
        while let at = ByteSearch.firstIndex(bytes, needle, from: from) {
            let end = at + needle.count
            from = at + 1
            // Before it: the text's start, a non-host character or "www."; after it: no more of a host.
            let before =
                at == 0 || !(isHostByte(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: "."))
                || (at >= 4 && bytes[(at - 4)..<at].elementsEqual("www.".utf8)
                    && (at == 4 || !(isHostByte(bytes[at - 5]) || bytes[at - 5] == UInt8(ascii: "."))))
            let after =
                end == bytes.count
                || !isHostByte(bytes[end])
                    && !(bytes[end] == UInt8(ascii: ".") && end + 1 < bytes.count && isHostByte(bytes[end + 1]))
            if before && after { return true }
        }
        return false
    }

    /// The organization a shared name stands for on this page, or nil (a person decides).
    func resolve(_ m: Mention, clues: PageClues) -> Organization? {
        guard m.organizations.count > 1 else {
            // A movement's own name on a page that says which of its national sections speaks ("ووجه
            // الفرع الإسباني للمنظمة رسالة…", the Spanish branch): that section, where the corpus has it.
            if let o = m.organizations.first, let country = clues.sectionCountry,
                let section = names.sections[o.id]?[country]
            {
                return section
            }
            return m.organizations.first
        }
        // One of them named on its own elsewhere ("Amnesty International USA", "AIUSA").
        let alone = Set(m.organizations.map(\.id)).intersection(clues.namedAlone)
        if alone.count == 1 { return m.organizations.first { alone.contains($0.id) } }
        // The section of the country the page says speaks ("la sección española de AI").
        if let country = clues.sectionCountry {
            let section = m.organizations.filter { o in
                o.url.flatMap(Self.host).flatMap(Self.country(ofHost:)) == country
            }
            if section.count == 1 { return section[0] }
        }
        // One whose web address the page links to or names.
        let linked = m.organizations.filter { o in
            o.url.flatMap(Self.host).map { clues.linkedHosts.contains($0) } ?? false
        }
        if linked.count == 1 { return linked[0] }
        // The section in the page's own country: its site under the country's domain ("amnesty.de"
        // for a German page) or under its code on the movement's site ("fr.amnesty.org").
        if let lang = language()?.0, let domain = LanguageCues.countryDomains[lang] {
            let local = m.organizations.filter { o in
                o.url.flatMap(Self.host).map { $0.hasSuffix(domain) || $0.hasPrefix(domain.dropFirst() + ".") }
                    ?? false
            }
            if local.count == 1 { return local[0] }
        }
        // The organization whose own name it is; else the one that gives it as an alias of its own.
        let named = m.organizations.filter { $0.name == m.text }
        guard named.isEmpty else { return named.count == 1 ? named[0] : nil }
        let aliased = m.organizations.filter { $0.aliases.contains(m.text) }
        if aliased.count <= 1 { return aliased.first }
        // A movement and a section of it that both give the name as an alias ("Amnistía Internacional"
        // for the movement and for "Amnistía Internacional Paraguay"; "Anistia Internacional" for the
        // movement and for Amnesty International Brazil, alias "Anistia Internacional Brasil"): the
        // section's own name says more, and a page meaning the section names it so, or its country, or
        // its site (above). The bare name is the movement's.
        let movement = aliased.filter { o in
            !([o.name] + o.aliases).contains { $0.hasPrefix(m.text + " ") }
        }
        return movement.count == 1 ? movement[0] : nil
    }

    static func host(_ url: String) -> String? {
        guard let u = URL(string: url), var h = u.host?.lowercasedByScalar() else { return nil }
        if h.hasPrefix("www.") { h.removeFirst(4) }
        return h
    }

    /// Lines a signing sentence or list holds: a sentence with a signing cue,
    /// and the lines under a "Signed," / "Signatories:" heading.
    var signingLines: [Int] {
        var out: [Int] = []
        let end = page.lines.count
        var inList = false
        var closing = false
        let lastBodyLine = statement.textLines.last ?? 0
        for i in (statement.textLines.first ?? 0)..<end {
            let l = page.lines[i].trimmingWhitespaceScalars().lowercasedByScalar()
            if l.isEmpty { continue }
            // A letter's closing ("Respectfully, Vietnam Human Rights Network") opens the list of its
            // signers, which ends with the text.
            if i <= lastBodyLine, Self.isClosing(l) {
                out.append(i)
                inList = true
                closing = true
                continue
            }
            if closing && i > lastBodyLine { inList = false; closing = false }
            let cue = LanguageCues.signingCues.contains { l.holds($0) }
            if cue { out.append(i); inList = l.count < Self.signingHeadingLine; continue }
            if inList {
                if l.count > Self.signingListLine { inList = false } else { out.append(i) }
            }
        }
        return out
    }

    /// The text's closing run of organizations' names, each alone on its line or closed by an acronym
    /// the corpus knows ("Réseau euro-méditerranéen des droits de l’Homme (REMDH)"): a joint appeal's
    /// signers, set under it without a cue. At least `closingNamesRun` lines; none when the last line is no name.
    var closingNameLines: [Int] {
        var run: [Int] = []
        for i in statement.bodyLines.reversed() {
            let line = page.lines[i].trimmingWhitespaceScalars()
            if line.isEmpty { continue }
            guard line.utf8.count <= Self.signingListLine, !line.holds(". ") else { break }
            let named = mentions(lines: [i])
            guard !named.isEmpty else { break }
            // The name alone, or a name closed by its acronym that the corpus knows ("Institut du Caire
            // pour les études des droits de l’Homme (CIHRS)"): nothing else with letters on the line.
            var rest = line
            for m in named { rest = rest.replacingOccurrences(of: m.text, with: "") }
            let acronym = line.hasSuffix(")") && named.contains { line.hasSuffix("(\($0.text))") }
            guard acronym || !rest.contains(where: \.isLetter) else { break }
            run.append(i)
        }
        return run.count >= Self.closingNamesRun ? run.reversed() : []
    }
    /// A joint op-ed's signature line under its text: people with their organizations, a semicolon
    /// apart ("Joy Olson, directora ejecutiva de … (WOLA); Rafael Uzcátegui, … (Provea); …"), among the
    /// body's last `closingSignatureReach` lines with text. Each organization it names signs.
    /// Or a letter's signatures one to a line, each a person and the organization after a comma
    /// ("Oleksandra Matviichuk, Center for Civil Liberties, Nobel Peace Prize 2022" / "Oleg Orlov,
    /// Memorial, …"), perhaps over "and other signatories": together at least `closingNamesRun`
    /// people, on short lines that end no sentence.
    var closingSignatureLines: [Int] {
        let lines = statement.bodyLines.reversed().filter { !page.lines[$0].trimmingWhitespaceScalars().isEmpty }
        let last = lines.prefix(Self.closingSignatureReach)
        func signers(_ i: Int) -> Int {
            page.lines[i].components(separatedBy: "; ").filter { part in
                guard let comma = part.firstIndex(of: ",") else { return false }
                return StatementText.isBareName(part[..<comma].trimmingWhitespaceScalars())
            }.count
        }
        let joint = last.filter { signers($0) >= Self.closingNamesRun }
        guard joint.isEmpty else { return joint.reversed() }
        // One signature to a line: the run of such lines the text ends with, under a line of signing
        // ("and other signatories") at most.
        var run: [Int] = []
        for i in lines {
            let line = page.lines[i].trimmingWhitespaceScalars()
            let lower = line.lowercasedByScalar()
            if run.isEmpty && LanguageCues.signingCues.contains(where: { lower.holds($0) })
                && line.count < Self.signingHeadingLine
            {
                continue
            }
            guard line.count <= Self.signingListLine, !line.hasSuffix("."), !line.holds(". "), signers(i) == 1
            else { break }
            run.append(i)
        }
        return run.count >= Self.closingNamesRun ? run.reversed() : []
    }
    /// How many of the body's last lines with text a joint signature line is looked for in: a note
    /// on the piece ("Este artículo se publica también en inglés") may follow it.
    static let closingSignatureReach = 3

    /// The fewest names of a closing run of names (`closingNameLines`) or of a joint signature line
    /// (`closingSignatureLines`): one name alone under a text is its author's signature or a site's
    /// boilerplate, read as such elsewhere.
    static let closingNamesRun = 2

    /// A typed letter's inside address: in a letter whose salutation follows the
    /// headline, the lines between the date above the headline and the headline
    /// ("President Donald J. Trump / The White House / …"). They name the
    /// addressees, never the publisher. The date stands within `mastheadLines`
    /// lines above the headline; or, above two addressees' blocks of short lines
    /// (a name, an office, a street, a city), within `letterheadLines` lines with text.
    var insideAddress: Set<Int> {
        guard let title = statement.titleLine else { return [] }
        let opening = ((title + 1)..<min(page.lines.count, (statement.textLines.first ?? title) + 1))
        guard opening.contains(where: { Self.isSalutation(page.lines[$0]) }) else { return [] }
        if let date = (max(0, title - Self.mastheadLines)..<title).last(where: {
            Self.isDateLine(page.lines[$0].trimmingWhitespaceScalars()) != nil
        }) {
            return Set((date + 1)..<title)
        }
        guard let (_, date) = letterheadDate(above: title, where: { _ in true }),
            ((date + 1)..<title).map({ page.lines[$0].trimmingWhitespaceScalars() }).allSatisfy({
                $0.split(separator: " ").count <= Self.longestAddressLine && !StatementText.isNavigation($0)
            })
        else { return [] }
        return Set((date + 1)..<title)
    }
    /// The most words of a line of an address block ("The Presidency, Union Buildings").
    static let longestAddressLine = 10

    /// How many lines above the headline a page's masthead may stand (lines with text: an HTML page's
    /// blocks are parted by blank lines).
    static let mastheadLines = 6

    /// The lines above the headline and the HTML header and site name: where a page names its publisher.
    var mastheadTexts: [(line: Int, text: String)] {
        let title = statement.titleLine ?? statement.textLines.first ?? 0
        let address = insideAddress
        let above = (0..<title).reversed().lazy.filter { !page.lines[$0].trimmingWhitespaceScalars().isEmpty }
            .prefix(Self.mastheadLines).reversed()
        return above.filter { !address.contains($0) }.map { ($0, page.lines[$0]) }
            + (page.meta.header + [page.meta.siteName].compactMap { $0 }).map { (-1, $0) }
    }

    /// The organizations the masthead names. A masthead line that restates the headline (the
    /// `<title>` "Obama should criticise Egypt crackdown: HRW - Daily News Egypt", a printout's
    /// header, a breadcrumb ending in it) names the page's subject where it repeats the headline's
    /// names: those are not the publisher's, the rest of the line ("Daily News Egypt", or the site's
    /// name after "… | Human Rights Watch") may be.
    var mastheadMentions: [Mention] {
        guard let titleLine = statement.titleLine else { return mentions(in: mastheadTexts) }
        let headline = page.lines[titleLine]
        let headWords = Set(Self.headlineWords(headline))
        return mastheadTexts.flatMap { entry -> [Mention] in
            // Measured on the headline's words: a masthead that is a name the headline also writes
            // ("Human Rights Watch" over "Human Rights Watch: Egypt Must Free Reporters") restates nothing.
            let words = Set(Self.headlineWords(entry.text))
            let restates =
                !headWords.isEmpty
                && Double(headWords.filter(words.contains).count) >= Self.restatedShare * Double(headWords.count)
            // A name the line writes more often than the headline is written outside the restatement too.
            return mentions(in: [entry]).filter {
                !restates || entry.text.occurrences(of: $0.text) > headline.occurrences(of: $0.text)
            }
        }
    }

    /// The words by which a line is compared with the headline: lowercased, of letters, longer than
    /// `shortestComparedWord` (not "of", "to", "de").
    static func headlineWords(_ line: String) -> [String] {
        Words.of(line.lowercasedByScalar()).filter { $0.count > shortestComparedWord && $0.allSatisfy(\.isLetter) }
            .map(String.init)
    }
    static let shortestComparedWord = 2

    /// The share of the headline's words a masthead line must hold to restate it.
    static let restatedShare = 0.5

    /// The organizations whose own page this is: those the masthead names and the one whose site
    /// the page's address is on. Empty on a news site's page.
    var ownOrganizationIDs: Set<String> { ownOrganizationIDs(masthead: mastheadMentions) }

    /// `ownOrganizationIDs` with the masthead's mentions already read.
    func ownOrganizationIDs(masthead: [Mention]) -> Set<String> {
        Set(
            masthead.flatMap { $0.organizations.map(\.id) } + [siteOrganization?.id].compactMap { $0 }
                + bylineOrganizationIDs)
    }

    /// The organizations a byline under the headline names as the page's author, the whole of it
    /// after "By" ("By HRW", "Par Amnesty International"): a site that carries the organization's
    /// own release under its name, as a journal of news and analysis reposts one.
    var bylineOrganizationIDs: [String] {
        guard let title = statement.titleLine else { return [] }
        for i in (title + 1)..<min(page.lines.count, title + 1 + Self.bylineReach) {
            let line = page.lines[i].trimmingWhitespaceScalars()
            let lower = line.lowercasedByScalar()
            guard let by = LanguageCues.bylineOpenings.first(where: { lower.hasPrefix($0) }) else { continue }
            let name = line.dropFirst(by.count).trimmingWhitespaceScalars()
            return mentions(in: [(i, line)]).filter { $0.text == name }.flatMap { $0.organizations.map(\.id) }
        }
        return []
    }

    /// The organization whose site the page's own address (`og:url`, its canonical link) is on: its
    /// web host or one under it ("de.uyghurcongress.org"), the longest such host where several are.
    var siteOrganization: Organization? {
        guard let host = page.meta.url.flatMap(Self.host) else { return nil }
        // The host, then each host it is under, longest first.
        var candidate = Substring(host)
        while true {
            if let k = names.hosts[String(candidate)] { return names.organizations[k] }
            guard let dot = candidate.firstIndex(of: ".") else { return nil }
            candidate = candidate[candidate.index(after: dot)...]
        }
    }

    /// The mentions the text reports asking: a name of the body followed, within `askerReach` words,
    /// by an ask verb of the page's language ("Amnesty International UK urged the prime minister…",
    /// "CAAT also urged the government…"), an organization's call a news report relays.
    func asking(_ ms: [Mention]) -> [Mention] {
        let cues = AskFinder.askCueTable.words(for: language()?.0)
        let body = Set(statement.textLines)
        return ms.filter { m in
            guard m.line >= 0, body.contains(m.line) else { return false }
            let next = words(after: m, count: Self.askerReach)
            return AskFinder.isAsk(next, cues: cues)
        }
    }
    /// Whether a trimmed, lowercased line opens with a letter's closing ("Respectfully,", "Veuillez agréer").
    static func isClosing(_ l: String) -> Bool {
        guard let first = l.first else { return false }
        return opens(l, with: LanguageCues.closingsByFirst[first] ?? [])
    }

    /// Whether a mention stands in a sentence holding a signing cue ("… a letter signed by HRW and
    /// PEN"). In a paragraph naming signers, only such a mention is one: not one a sentence names for
    /// another reason ("Human Rights Watch has documented …" in a paragraph whose next sentence reads
    /// "including the rape, torture …"). Only `signerReach` bytes each side are read.
    func sharesSentenceWithSigningCue(_ m: Mention) -> Bool {
        guard m.line >= 0 else { return true }
        let end = m.offset + m.text.utf8.count
        var before = text(of: m, from: m.offset - Self.signerReach, to: m.offset)
        var after = text(of: m, from: end, to: end + Self.signerReach)
        if let stop = before.range(of: ". ", options: .backwards) { before = String(before[stop.upperBound...]) }
        if let stop = after.range(of: ". ") { after = String(after[..<stop.lowerBound]) }
        let sentence = (before + m.text + after).lowercasedByScalar()
        return LanguageCues.signingCues.contains { sentence.holds($0) }
    }
    /// The longest line read as a list of signers or its heading, in characters; a longer one is a paragraph.
    static let signingListLine = 120
    /// The longest line of signing read as a heading or a note on the signers ("Signatories:", "and
    /// other signatories"), in characters: a longer one is a sentence that names signers itself.
    static let signingHeadingLine = 60
    /// How far either side of a name its sentence's signing cue is looked for, in bytes (a Cyrillic
    /// sentence naming five signers with their officers, "Его подписали руководитель …", spans 500).
    static let signerReach = 600

    /// How many words after an organization's name its ask verb may stand ("CAAT also urged").
    static let askerReach = 2

    /// Whether a mention follows a source cue ("… behind bars according to PEN
    /// International"): the organization is cited for a fact, not an author.
    func isCited(_ m: Mention) -> Bool {
        guard m.line >= 0 else { return false }
        // Only the bytes a cue can fill before the name are read (a line may name it thousands of times).
        let before = text(of: m, from: m.offset - Self.longestSourceCue, to: m.offset)
        return Self.ends(before.lowercasedByScalar().trimmingWhitespaceScalars(), withOneOf: LanguageCues.sourceCues)
    }

    /// The text of a mention's line between two byte offsets, clamped to the line (`.max`: its end).
    func text(of m: Mention, from: Int, to: Int) -> String {
        let bytes = page.lines[m.line].utf8
        let start = bytes.index(bytes.startIndex, offsetBy: min(bytes.count, max(0, from)))
        let end = bytes.index(bytes.startIndex, offsetBy: min(bytes.count, max(0, to)))
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
    /// The first `count` words after a mention on its line, joined by one space. Only the bytes
    /// those words fill are read: a line may name the organization thousands of times, and
    /// reading the rest of the line for each mention would take time quadratic in its length.
    func words(after m: Mention, count: Int) -> String {
        let bytes = page.lines[m.line].utf8
        let start = bytes.index(bytes.startIndex, offsetBy: min(bytes.count, m.offset + m.text.utf8.count))
        var end = start
        var words = 0
        var inWord = false
        while end < bytes.endIndex {
            let isSpace = bytes[end] == UInt8(ascii: " ")
            if isSpace && inWord {
                words += 1
                if words == count { break }
            }
            inWord = !isSpace
            end = bytes.index(after: end)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self).split(separator: " ").joined(separator: " ")
    }

    /// The words of a mention's line within `reach` bytes before it, lowercased.
    func words(before m: Mention, reach: Int) -> [String] {
        text(of: m, from: m.offset - reach, to: m.offset).lowercasedByScalar().split(separator: " ").map(String.init)
    }

    /// Whether a text ends with one of `cues` as whole words.
    static func ends(_ text: String, withOneOf cues: [String]) -> Bool {
        cues.contains { cue in text.hasSuffix(cue) && (text.count == cue.count || text.dropLast(cue.count).last == " ")
        }
    }

    /// Whether a mention follows an affiliation cue, an article or a word for an organization
    /// between ("Oyub Titiev, directeur du bureau de Memorial", "head of the Memorial Human Rights
    /// Centre", "des Büros der Menschenrechtsorganisation Memorial", "вице-президент FIDH"): the
    /// organization is where someone named works, not the page's author.
    func isAffiliation(_ m: Mention) -> Bool {
        guard m.line >= 0, followsAnAffiliationCue(m) || precedesARole(m) else { return false }
        // A speaker's office ("…,” said Peter Tatchell, Director of the Peter Tatchell Foundation",
        // "Margaret Huang, Executive Director of Amnesty International USA, said:") is the voice of
        // the organization that speaks.
        let from = m.offset - Self.affiliationReach - Self.speakerReach
        let around =
            " " + text(of: m, from: from, to: m.offset + m.text.utf8.count + Self.speakerReach).lowercasedByScalar()
            + " "
        return !LanguageCues.saidVerbs.contains { around.holds(" " + $0) }
    }
    /// Whether a mention is whom a letter is addressed to ("IHF Open Letter to OSCE Ministerial
    /// Council", "lettre ouverte au Conseil", "Brief an die Kommission"): a letter's noun, a
    /// preposition and perhaps an article before the name. The addressee never signs.
    func isAddressed(_ m: Mention) -> Bool {
        m.line >= 0 && Self.addressesALetter(words(before: m, reach: Self.addresseeReach))
    }
    /// Whether the words before a name end with a letter's noun (perhaps with an adjective after it), a
    /// preposition and perhaps an article ("… Open Letter to", "lettre ouverte au", "Brief an die").
    static func addressesALetter(_ before: [String]) -> Bool {
        var words = before.map { $0.lowercasedByScalar() }
        if let last = words.last, LanguageCues.articles.contains(last) { words.removeLast() }
        guard let preposition = words.popLast(), LanguageCues.letterPrepositions.contains(preposition) else {
            return false
        }
        // The noun, or the noun and its adjective ("lettre ouverte au").
        return words.suffix(2).contains { LanguageCues.everyLetterNoun.contains($0) }
    }
    /// Words before a name that may say whom a letter addresses: a noun, its adjective, a
    /// preposition and an article ("lettre ouverte au", "Open Letter to the").
    static let addresseeWords = 4
    /// Bytes before a name within which a letter's noun and its preposition are read.
    static let addresseeReach = 40

    /// Bytes on either side of an affiliation within which a word of saying makes its person a speaker.
    static let speakerReach = 60

    /// Whether a mention follows an affiliation cue, an article or a word for an organization between.
    func followsAnAffiliationCue(_ m: Mention) -> Bool {
        var words = words(before: m, reach: Self.affiliationReach)
        func followsACue() -> Bool {
            Self.ends(words.joined(separator: " "), withOneOf: LanguageCues.affiliationCues)
        }
        // The cue, then a word for an organization or an article ("de", "the"), which a cue may end with.
        if followsACue() { return true }
        if let last = words.last, LanguageCues.organizationNouns.contains(last) {
            words.removeLast()
            if followsACue() { return true }
        }
        guard let last = words.last, LanguageCues.articles.contains(last) else { return false }
        words.removeLast()
        return followsACue()
    }
    /// Whether a mention names, before a role, where someone works ("a Human Rights Watch researcher",
    /// "Amnesty International UK’s head of policy"): the name, perhaps its possessive, then one of
    /// the roles authors sign with (`authorRoles`).
    func precedesARole(_ m: Mention) -> Bool {
        let end = m.offset + m.text.utf8.count
        var after = text(of: m, from: end, to: end + Self.roleReach).lowercasedByScalar()
        for possessive in ["’s", "'s"] where after.hasPrefix(possessive) { after = String(after.dropFirst(2)) }
        guard after.first == " " else { return false }
        let rest = after.dropFirst()
        return LanguageCues.authorRoles.contains { role in
            rest.hasPrefix(role) && (rest.count == role.count || !rest.dropFirst(role.count).first!.isLetter)
        }
    }
    /// Bytes after a name within which the role it precedes is read.
    static let roleReach = 40

    /// Bytes before a name within which an affiliation cue, an article and a word for an
    /// organization may stand.
    static let affiliationReach = 80

    /// Bytes of the longest source cue and the spaces around it.
    static let longestSourceCue = (LanguageCues.sourceCues.map(\.utf8.count).max() ?? 0) + 2

    /// Whether a line is set in Title Case: at least `titleCaseShare` of its
    /// words longer than three letters begin with a capital.
    static func isTitleCase(_ line: String) -> Bool {
        let words = line.split(separator: " ").filter { $0.filter(\.isLetter).count > 3 }
        guard words.count >= 3 else { return false }
        let capitalized = words.filter { $0.first(where: \.isLetter)?.isUppercase ?? false }.count
        return Double(capitalized) >= titleCaseShare * Double(words.count)
    }

    /// The share of a headline's long words that are capitalized in Title Case (a sentence-case
    /// headline capitalizes its first word and its names only; "to", "for", "with" stay small).
    static let titleCaseShare = 0.8

    /// The authoring or signing organizations, the publisher first.
    func organizations() -> (found: [(Organization, Evidence)], unresolved: [String]) {
        var out: [(Organization, Evidence)] = []
        var unresolved: [String] = []
        // The masthead: the lines above the headline, the HTML header (left out of the text), the site's name.
        let masthead = mastheadMentions
        let openingMentions = mentions(lines: openingLines)
        let signingLines = self.signingLines
        // A letter's closing with its signature run on ("Veuillez agréer … Pour le Comité civil …") signs whole.
        let signingParagraphs = Set(
            signingLines.filter {
                page.lines[$0].count > Self.signingListLine
                    && !Self.isClosing(page.lines[$0].trimmingWhitespaceScalars().lowercasedByScalar())
            })
        let closing = (closingNameLines + closingSignatureLines).filter { !signingLines.contains($0) }
        let signing = mentions(lines: signingLines + closing).filter {
            !isCited($0) && (!signingParagraphs.contains($0.line) || sharesSentenceWithSigningCue($0))
        }
        let everywhere = mentions(lines: Array(page.lines.indices))
        let clues = pageClues(everywhere + masthead)
        // A headline in Title Case capitalizes phrases as names ("… Put Human Rights First …"): a name
        // read there counts only if the page names the organization elsewhere too.
        let headline = statement.titleLine
        let titleCase = headline.map { Self.isTitleCase(page.lines[$0]) } ?? false
        let namedElsewhere = Set(everywhere.filter { $0.line != headline }.flatMap { $0.organizations.map(\.id) })
        func counts(_ m: Mention) -> Bool {
            (!titleCase || m.line != headline || m.organizations.contains { namedElsewhere.contains($0.id) })
                && !isCited(m) && !isAffiliation(m) && !isAddressed(m)
        }
        let opening = openingMentions.filter(counts)
        func add(_ ms: [Mention], confidence: String) {
            for m in ms {
                guard let org = resolve(m, clues: clues) else {
                    let names = m.organizations.map(\.id).joined(separator: " or ")
                    if !unresolved.contains(names) { unresolved.append(names) }
                    continue
                }
                guard !out.contains(where: { $0.0.id == org.id }) else { continue }
                let where_ = m.line >= 0 ? excerpt(page.lines[m.line], around: m.text) : "the page's header: \(m.text)"
                out.append((org, Evidence(line: m.line + 1, excerpt: where_, confidence: confidence)))
            }
        }
        // Named on its own in the headline or the first lines of the text: high.
        let lead = Set([statement.titleLine].compactMap { $0 } + openingText(2))
        add(opening.filter { lead.contains($0.line) && $0.organizations.count == 1 }, confidence: "high")
        // A news agency's report (`agencyCredit`) carries the outlet's masthead, which reports and signs
        // nothing ("JusticeInfo.net — Fondation Hirondelle" over an AFP dispatch).
        if agencyCredit == nil {
            add(Array(masthead.prefix(1)), confidence: "medium")
        }
        // A page whose masthead names no organization of the corpus, on an organization's own site,
        // is that organization's (its name may be written in a language the corpus lacks).
        if masthead.isEmpty, let site = siteOrganization, !out.contains(where: { $0.0.id == site.id }) {
            out.append(
                (site, Evidence(line: 0, excerpt: "the page's address: \(page.meta.url ?? "")", confidence: "medium")))
        }
        add(opening, confidence: "medium")
        add(signing, confidence: "medium")
        // A news report of several organizations' calls names each one asking, wherever in its text.
        if ownOrganizationIDs(masthead: masthead).isEmpty {
            add(asking(everywhere.filter(counts)), confidence: "medium")
        }
        // An author's closing bio ("Mark Farmaner is Director of Burma Campaign UK.") names the
        // organization an op-ed speaks for, where nothing above named one.
        if out.isEmpty, let bio = authorBio() {
            add(everywhere.filter { $0.line == bio && !isCited($0) }, confidence: "medium")
        }
        if out.isEmpty {
            // Otherwise the organization named most often on the whole page; several named equally
            // often (a closing list of signers) are all taken, in the page's order.
            // A name others extend ("Students for a Free Tibet", the start of "… Canada") counts for the
            // organization it resolves to.
            let resolved = everywhere.filter { !isAddressed($0) }.compactMap { m in
                resolve(m, clues: clues).map { (m, $0.id) }
            }
            var counts: [String: Int] = [:]
            for (_, id) in resolved { counts[id, default: 0] += 1 }
            if let most = counts.values.max() {
                add(resolved.filter { counts[$0.1] == most }.map(\.0), confidence: "low")
            }
        }
        // A movement and a section of it (an organization whose name extends the movement's: "Amnesty
        // International Denmark"): the page's "Amnesty International" is the section speaking.
        let found = Set(out.map(\.0.id))
        out.removeAll { o in
            (names.extensions[o.0.name] ?? []).contains { $0.id != o.0.id && found.contains($0.id) }
        }
        // A shared name some other mention settled is no longer open.
        unresolved = unresolved.filter { names in
            !names.split(separator: " ").contains { id in out.contains { $0.0.id == id } }
        }
        return (out, unresolved)
    }
}
