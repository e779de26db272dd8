import Foundation
import PDFTestSupport
import Synchronization
import Testing

@testable import Typesetting

/// Hyphenation only inside real words, with libhyphen's patterns.
@Suite struct HyphenationTests {
    let h = Hyphenator()

    @Test func englishWordsBreakWhereTheDictionarySays() {
        #expect(h.breakPoints(in: "hyphenation", language: "en") == [2, 6])
        #expect(h.breakPoints(in: "International", language: "en").count >= 2)
    }

    @Test func fragmentsRespectMinimumLengths() {
        for word in ["organization", "accountability", "humanitarian", "negotiation", "detainees"] {
            let n = word.count
            for p in h.breakPoints(in: word, language: "en") {
                #expect(p >= h.leftMin && n - p >= h.rightMin, "\(word) broken at \(p)")
            }
        }
    }

    @Test func nothingButWordsIsHyphenated() {
        #expect(h.breakPoints(in: "doesn't", language: "en").isEmpty)
        #expect(h.breakPoints(in: "2025-03-18", language: "en").isEmpty)
        #expect(h.breakPoints(in: "HRC48", language: "en").isEmpty)
        #expect(h.breakPoints(in: "UNHCR", language: "en").isEmpty)
        #expect(!TokenClass.isProse("https://www.hrw.org/news/2025"))
        #expect(!TokenClass.isProse("www.hrw.org"))
        #expect(!TokenClass.isProse("doesn’t"))
        #expect(!TokenClass.isProse("12,500"))
        #expect(TokenClass.isProse("(organizations),"))
        #expect(TokenClass.isProse("well-known"))
    }

    // MARK: The cache of parsed dictionaries

    static let cachedWords = [
        ("en", ["hyphenation", "organization", "accountability", "humanitarian", "negotiation", "detainees"]),
        ("uk", ["організацій", "правозахисники", "затриманих"]),
        ("ru", ["организация", "правозащитники", "задержанных"]),
    ]

    @Test func aCachedDictionaryHyphenatesExactlyAsAParsedOne() {
        let cache = PDFInspector.temporaryDirectory() + "/hyphenation"
        let parsed = Hyphenator(cacheDirectory: nil)
        let writing = Hyphenator(cacheDirectory: cache)
        let reading = Hyphenator(cacheDirectory: cache)
        for (language, words) in Self.cachedWords {
            for word in words {
                let expected = parsed.breakPoints(in: word, language: language)
                #expect(!expected.isEmpty, "\(word)")
                #expect(writing.breakPoints(in: word, language: language) == expected, "\(word)")
                #expect(reading.breakPoints(in: word, language: language) == expected, "\(word)")
            }
            #expect(writing.dictionaryCameFromCache(language) == false, "\(language): parsed, then cached")
            #expect(reading.dictionaryCameFromCache(language) == true, "\(language): read from the cache")
        }
    }

    @Test func aCacheIsMappedWhereItWasWrittenOrElseReadAndMoved() throws {
        // A dictionary of its own: a copy given a time of its own (a copy keeps the original's), so
        // that no other test maps its cache at the same address.
        let directory = PDFInspector.temporaryDirectory()
        try FileManager.default.copyItem(
            atPath: "/usr/share/hyphen/hyph_en_US.dic", toPath: directory + "/hyph_en_US.dic")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000 + Double.random(in: 0..<1e8))],
            ofItemAtPath: directory + "/hyph_en_US.dic")
        let cache = directory + "/cache"
        let words = Self.cachedWords[0].1
        let parsed = Hyphenator(directory: directory, cacheDirectory: nil)
        let expected = words.map { parsed.breakPoints(in: $0, language: "en") }

        let writing = Hyphenator(directory: directory, cacheDirectory: cache)
        #expect(words.map { writing.breakPoints(in: $0, language: "en") } == expected)
        #expect(writing.dictionaryIsMapped("en") == false)
        do {
            let mapped = Hyphenator(directory: directory, cacheDirectory: cache)
            #expect(words.map { mapped.breakPoints(in: $0, language: "en") } == expected)
            #expect(mapped.dictionaryIsMapped("en") == true)
            // While the first holds the address, the next reads a copy and moves its pointers.
            let moved = Hyphenator(directory: directory, cacheDirectory: cache)
            #expect(words.map { moved.breakPoints(in: $0, language: "en") } == expected)
            #expect(moved.dictionaryCameFromCache("en") == true)
            #expect(moved.dictionaryIsMapped("en") == false)
            withExtendedLifetime(mapped) {}
        }
        // Released with its hyphenator: the address is free again.
        let again = Hyphenator(directory: directory, cacheDirectory: cache)
        #expect(again.breakPoints(in: "hyphenation", language: "en") == [2, 6])
        #expect(again.dictionaryIsMapped("en") == true)
    }

    @Test func aCompanionOnAnotherThreadUsesTheDictionariesAlreadyLoaded() {
        let first = Hyphenator(cacheDirectory: nil)
        let companion = first.companion()
        #expect(first.sharesDictionaries(with: companion))
        #expect(!first.sharesDictionaries(with: Hyphenator(cacheDirectory: nil)))
        #expect(first.breakPoints(in: "hyphenation", language: "en") == [2, 6])
        // Loaded once, by the first: the companion finds it without loading.
        #expect(companion.dictionaryCameFromCache("en") == false)
        #expect(companion.dictionaryCameFromCache("ru") == nil)

        // Both at once, on two threads, as a document's layout does.
        let words = Self.cachedWords.flatMap { language, words in words.map { (language, $0) } }
        let expected = words.map { Hyphenator(cacheDirectory: nil).breakPoints(in: $0.1, language: $0.0) }
        let pair = [Hyphenator(cacheDirectory: nil)]
        nonisolated(unsafe) let hyphenators = pair + [pair[0].companion()]  // each used by one thread
        let results = Mutex<[[[Int]]]>([[], []])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let found = words.map { hyphenators[i].breakPoints(in: $0.1, language: $0.0) }
            results.withLock { $0[i] = found }
        }
        #expect(results.withLock { $0 } == [expected, expected])
    }

    @Test func aDamagedOrStaleCacheIsParsedAgainAndRewritten() throws {
        let cache = PDFInspector.temporaryDirectory() + "/hyphenation"
        let file = cache + "/hyph_en_US.dic.parsed"
        _ = Hyphenator(cacheDirectory: cache).breakPoints(in: "hyphenation", language: "en")
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        var flipped = good
        flipped[good.count / 2] ^= 0x5A
        let damaged = [
            good.prefix(good.count / 3),  // cut short
            flipped,  // one byte changed inside the states
            Data(repeating: 0xFF, count: good.count),  // not a cache at all
        ]
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: file))
            let h = Hyphenator(cacheDirectory: cache)
            #expect(h.breakPoints(in: "hyphenation", language: "en") == [2, 6])
            #expect(h.dictionaryCameFromCache("en") == false)
            // Rewritten whole: the next run reads it.
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == good)
            let next = Hyphenator(cacheDirectory: cache)
            #expect(next.breakPoints(in: "hyphenation", language: "en") == [2, 6])
            #expect(next.dictionaryCameFromCache("en") == true)
        }
    }

    @Test func cyrillicUsesItsOwnPatternsOrNone() {
        #expect(!h.breakPoints(in: "організацій", language: "uk").isEmpty)
        #expect(!h.breakPoints(in: "организация", language: "ru").isEmpty)
        // English patterns never touch a Cyrillic word.
        #expect(h.breakPoints(in: "організацій", language: "en").isEmpty)
        // No dictionary, no hyphenation.
        #expect(h.breakPoints(in: "organizacija", language: "xx").isEmpty)
    }

    @Test func theCollectorOffersNoBreakInsideURLsOrNumbers() throws {
        let ctx = Fixtures.context()
        let text = "Read https://www.example.org/organizations/accountability and 1234567890 consequences."
        let items = try ParagraphLayout(context: ctx).collect(
            [TextRun(text, style: Fixtures.body)], style: ParagraphStyle(), measure: 1000)
        let discretionary = items.items.enumerated().filter { $0.element.discretionary }.map(\.offset)
        // Only "consequences" may be hyphenated: every discretionary break lies after the URL and the number.
        let pieces = discretionary.compactMap { i -> String? in
            let b = items.items[i - 1]
            return b.piece.map { String(items.pieces[$0].text) }
        }
        #expect(!pieces.isEmpty)
        for p in pieces {
            #expect("consequences".hasPrefix(p) || "consequences.".contains(p), "unexpected break after \(p)")
        }
    }
}
