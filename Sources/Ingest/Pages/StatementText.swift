import Foundation

/// The statement inside a page: its headline and its body, the page
/// furniture around them (mastheads, bylines, share bars, comment forms,
/// banners, "Original Source" lines, author bios) cut away. The body keeps
/// the page's own lines byte for byte.
struct StatementText {
    /// Index (0-based) of the headline line, or nil when the page has none.
    var titleLine: Int?
    /// Indices of the body's lines, in order (blank lines between paragraphs kept).
    var bodyLines: [Int]
    /// Whether the page's markup (its <h1>, og:title or <title>) names the headline too.
    var titleDeclared = false

    /// Lines that end the statement: what follows them is furniture.
    static let terminators = [
        "original source", "source link", "leave a reply", "your email address will not be published",
        "view all posts by",
        "check also", "continue reading", "read more from", "share this", "share:", "share", "tags:", "related posts",
        "related articles", "related", "posted in", "filed under", "comments", "about the author", "press",
        "published on", "seeking asylum?", "media contact", "for more information", "###", "— end —", "-30-",
        "donate", "support our work", "sign up", "follow us", "print", "email", "tweet", "contact:", "media contacts",
        "поделиться", "поділитися", "читать также", "читайте також", "источник:", "джерело:", "комментарии",
        "коментарі", "contact presse", "contacts presse", "pressekontakt", "contacto de prensa", "contacto para prensa",
    ]

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
        if l.hasPrefix("subscribe") || l.hasPrefix("sign up") || l.hasPrefix("cookie") || l.hasPrefix("we use cookies")
        {
            return true
        }
        if l.hasPrefix("by ") && line.split(separator: " ").count <= 6 { return true }  // a byline
        if l.holds(" via reuters") || l.holds("/ reuters") || l.holds("getty images") || l.holds("/ ap)")
            || (l.hasPrefix("(") && l.hasSuffix(")")) || l.hasPrefix("photo:") || l.hasPrefix("image:")
        {
            return true
        }  // a photo caption
        if l.holds("is a comprehensive online publication") || l.holds("the views expressed") { return true }
        if l.hasPrefix("home ›") || l.hasPrefix("home >") || l.holds(" › ") { return true }  // breadcrumbs
        return false
    }

    /// Words of a site's menus, in the languages of the cues.
    static let menuWords: Set<String> = [
        "donate", "subscribe", "menu", "news", "search", "login", "take", "action", "get", "involved",
        "our", "work", "about", "contact", "home", "accueil", "actualités", "новини", "новости",
        "aktuelles", "spenden", "noticias", "inicio", "opinion", "international", "politique",
    ]

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
        let words = line.lowercasedByScalar().split(separator: " ")
        return words.filter { menuWords.contains(String($0)) }.count >= 3
    }

    /// A masthead: the site's name alone, or followed by a tagline ("FIDH - Mouvement mondial des droits humains").
    static func isMasthead(_ line: String, name: String) -> Bool {
        guard name.count >= 3, line.hasPrefix(name) else { return false }
        let rest = line.dropFirst(name.count).trimmingWhitespaceScalars()
        return rest.isEmpty || rest.hasPrefix("-") || rest.hasPrefix("–") || rest.hasPrefix("—") || rest.hasPrefix("|")
            || rest.split(separator: " ").allSatisfy {
                $0.first?.isUppercase == true || !$0.contains(where: \.isLetter)
            }
    }

    static func isTerminator(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars().lowercasedByScalar()
        if l.isEmpty { return false }
        if terminators.contains(where: {
            l == $0
                || (l.hasPrefix($0)
                    && ($0.hasSuffix(":") || l.hasPrefix($0 + ":") || l.hasPrefix($0 + " ") && $0.count > 8))
        }) {
            return true
        }
        // "About Omar Ashraf": an author box.
        if l.hasPrefix("about ") && line.split(separator: " ").count <= 5 && !l.hasSuffix(".") { return true }
        return false
    }

    /// Finds the headline and the body.
    /// `headlines`: what the markup says the title is (`<h1>`, og:title,
    /// `<title>`); `mastheads`: names a site goes by (the corpus's
    /// organizations, the page's declared site name), never a headline.
    static func find(in lines: [String], headlines: [String] = [], mastheads: [String] = []) -> StatementText? {
        let nonEmpty = lines.indices.filter { !lines[$0].trimmingWhitespaceScalars().isEmpty }
        guard !nonEmpty.isEmpty else { return nil }
        // The headline: the first line before the first paragraph of prose that
        // is not furniture and reads as a title (short, no final full stop).
        // A page without one (a letter pasted from its first paragraph) gets a
        // title from its first sentence, and its body starts at the top.
        let firstProse =
            nonEmpty.first { i in
                let words = lines[i].split(separator: " ").count
                return words > 25 || (words >= 12 && lines[i].trimmingWhitespaceScalars().hasSuffix("."))
            } ?? nonEmpty[0]
        let candidates = nonEmpty.filter { i in
            let l = lines[i].trimmingWhitespaceScalars()
            return i < firstProse && !isFurniture(l) && !isNavigation(l)
                && !mastheads.contains { isMasthead(l, name: $0) }
                && MetadataReader.isDateLine(l) == nil && !MetadataReader.isStampLine(l) && l.count <= 300
                // not an address block ("…, The White House, 1600 Pennsylvania Avenue, …")
                && l.filter({ $0 == "," }).count < 3
        }
        // The headline: the line the markup calls the page's title (its <h1>,
        // og:title or <title>), else the longest candidate (a headline says
        // more than a masthead, a section name or a caption), the later on a tie.
        let declared = headlines.map { $0.trimmingWhitespaceScalars().lowercasedByScalar() }.filter { !$0.isEmpty }
        let declaredTitle = candidates.first { i in
            let l = lines[i].trimmingWhitespaceScalars().lowercasedByScalar()
            return declared.contains {
                $0 == l || ($0.hasPrefix(l) && l.count > 20) || (l.hasPrefix($0) && $0.count > 20)
            }
        }
        // A deck — a headline-like line right under another, saying more — is not the headline.
        let headlines = candidates.filter { i in
            guard let previous = nonEmpty.last(where: { $0 < i }), candidates.contains(previous) else { return true }
            return !isHeadlineLike(lines[previous])
        }
        let title =
            declaredTitle
            ?? headlines.max { a, b in
                lines[a].split(separator: " ").count <= lines[b].split(separator: " ").count
            }
        var body: [Int] = []
        var i = title.map { $0 + 1 } ?? nonEmpty[0]
        while i < lines.count {
            let line = lines[i].trimmingWhitespaceScalars()
            if isTerminator(line) && !body.isEmpty { break }
            if line.isEmpty {
                if !body.isEmpty && !(body.last.map { lines[$0].trimmingWhitespaceScalars().isEmpty } ?? true) {
                    body.append(i)
                }
            } else if !isFurniture(line) && !(body.isEmpty && (isPreamble(line) || MetadataReader.isStampLine(line))) {
                body.append(i)
            }
            i += 1
        }
        // The body is prose: trailing short lines (a signature, "Press") go.
        while let last = body.last, lines[last].trimmingWhitespaceScalars().isEmpty { body.removeLast() }
        // A closing line "X is Head of … at …" is the author's bio, not the statement.
        if let last = body.last, isBio(lines[last]) {
            body.removeLast()
            while let l = body.last, lines[l].trimmingWhitespaceScalars().isEmpty { body.removeLast() }
        }
        guard !body.isEmpty else { return nil }
        return StatementText(titleLine: title, bodyLines: body, titleDeclared: declaredTitle != nil)
    }

    /// A line that reads as a headline: at least `headlineWords` words, no
    /// final full stop, and not a menu or a breadcrumb (items set apart by
    /// wide spaces or by "›", ">", "|", "·").
    static func isHeadlineLike(_ line: String) -> Bool {
        let l = line.trimmingWhitespaceScalars()
        guard !l.contains("  "), !l.contains(where: { "›>|·•".contains($0) }) else { return false }
        return l.split(separator: " ").count >= headlineWords && !l.hasSuffix(".")
    }
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
        line.split(separator: " ").count < 8 && !line.hasSuffix(".") && !line.hasSuffix("”") && !line.hasSuffix("\"")
    }
}
