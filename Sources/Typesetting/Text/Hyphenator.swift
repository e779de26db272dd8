import CHyphen
import CHyphenCache
import Foundation

/// Finds hyphenation points with libhyphen's TeX patterns, only where a break
/// is certainly right: inside words made of letters of the dictionary's
/// script, never in numbers, URLs, contractions (`doesn't`) or acronyms.
///
/// Dictionaries load lazily per language ("en", "ru", "uk"); a language with
/// no dictionary is simply not hyphenated. One instance per thread (the
/// result cache is not shared across threads); a `companion()` for another
/// thread of the same layout shares the loaded dictionaries.
public final class Hyphenator {
    /// TeX's \lefthyphenmin and \righthyphenmin: fragments shorter than these never occur.
    public var leftMin = 2
    public var rightMin = 3
    /// Words shorter than this are never hyphenated.
    public var minWordLength = 5

    private let directory: String
    private let cacheDirectory: String?
    private let dictionaries: LoadedDictionaries
    /// This thread's view of `dictionaries`, read without taking their lock.
    private var known: [String: Dictionary?] = [:]
    private var cache: [String: [Int]] = [:]

    /// One language's patterns as libhyphen's state machine. Never changed
    /// after loading: libhyphen only reads the states while it hyphenates,
    /// so threads may use one dictionary at once.
    private final class Dictionary: @unchecked Sendable {
        let loaded: OpaquePointer
        let handle: UnsafeMutablePointer<HyphenDict>
        let koi8: Bool
        let cyrillic: Bool
        init(loaded: OpaquePointer, koi8: Bool, cyrillic: Bool) {
            self.loaded = loaded; self.handle = bh_states(loaded); self.koi8 = koi8; self.cyrillic = cyrillic
        }
        deinit { bh_free(loaded) }
    }

    /// The dictionaries loaded so far, by language (nil: the language has
    /// none), shared by a hyphenator and its companions. Each is loaded once:
    /// a thread asking while another loads it waits, rather than reading the
    /// 850 KB block a second time.
    private final class LoadedDictionaries: @unchecked Sendable {
        private let lock = NSLock()
        private var byLanguage: [String: Dictionary?] = [:]

        func dictionary(for language: String, load: () -> Dictionary?) -> Dictionary? {
            lock.lock()
            defer { lock.unlock() }
            if let known = byLanguage[language] { return known }
            let d = load()
            byLanguage[language] = d
            return d
        }

        func loaded(_ language: String) -> Dictionary? {
            lock.lock()
            defer { lock.unlock() }
            return byLanguage[language] ?? nil
        }
    }

    static let files = ["en": "hyph_en_US.dic", "ru": "hyph_ru_RU.dic", "uk": "hyph_uk_UA.dic"]

    /// Where parsed dictionaries are kept between runs (`CHyphenCache`):
    /// `$XDG_CACHE_HOME/brief/hyphenation`, else `~/.cache/brief/hyphenation`;
    /// nil (parse every time) when neither variable is set.
    public static var defaultCacheDirectory: String? {
        if let xdg = ProcessEnvironment.value("XDG_CACHE_HOME"), xdg.hasPrefix("/") {
            return xdg + "/brief/hyphenation"
        }
        if let home = ProcessEnvironment.value("HOME"), home.hasPrefix("/") {
            return home + "/.cache/brief/hyphenation"
        }
        return nil
    }

    /// `cacheDirectory`: where the parsed patterns are kept (nil: none).
    public convenience init(
        directory: String = "/usr/share/hyphen", cacheDirectory: String? = Hyphenator.defaultCacheDirectory
    ) {
        self.init(directory: directory, cacheDirectory: cacheDirectory, dictionaries: LoadedDictionaries())
    }

    private init(directory: String, cacheDirectory: String?, dictionaries: LoadedDictionaries) {
        self.directory = directory
        self.cacheDirectory = cacheDirectory
        self.dictionaries = dictionaries
    }

    /// A hyphenator for another thread: the same dictionaries, loaded once
    /// for both, and a result cache of its own.
    public func companion() -> Hyphenator {
        let h = Hyphenator(directory: directory, cacheDirectory: cacheDirectory, dictionaries: dictionaries)
        h.leftMin = leftMin
        h.rightMin = rightMin
        h.minWordLength = minWordLength
        return h
    }

    /// Whether the dictionary of `language` was read from the cache (nil: it has none or is not loaded yet).
    func dictionaryCameFromCache(_ language: String) -> Bool? {
        dictionaries.loaded(String(language.prefix(2)).lowercased()).map { bh_from_cache($0.loaded) != 0 }
    }

    /// Whether the dictionary of `language` is its cache file mapped where it
    /// was written, rather than a copy (nil: it has none or is not loaded yet).
    func dictionaryIsMapped(_ language: String) -> Bool? {
        dictionaries.loaded(String(language.prefix(2)).lowercased()).map { bh_mapped($0.loaded) != 0 }
    }

    /// Whether `other` uses this hyphenator's loaded dictionaries (for tests).
    func sharesDictionaries(with other: Hyphenator) -> Bool { dictionaries === other.dictionaries }

    private func dictionary(for language: String) -> Dictionary? {
        let lang = String(language.prefix(2)).lowercased()
        if let d = known[lang] { return d }
        let d = dictionaries.dictionary(for: lang) {
            guard let file = Self.files[lang] else { return nil }
            let path = (directory as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: path), let loaded = bh_load(path, cacheDirectory) else {
                return nil
            }
            return Dictionary(
                loaded: loaded, koi8: bh_states(loaded).pointee.utf8 == 0 && lang == "ru", cyrillic: lang != "en")
        }
        known[lang] = .some(d)
        return d
    }

    /// Character offsets inside `word` after which a hyphen may go, e.g.
    /// "hyphenation" → [2, 6]. Empty for anything not a plain word.
    public func breakPoints(in word: String, language: String) -> [Int] {
        let key = language + "\u{0}" + word
        if let hit = cache[key] { return hit }
        let result = compute(word, language: language)
        cache[key] = result
        return result
    }

    private func compute(_ word: String, language: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= minWordLength, let dict = dictionary(for: language) else { return [] }
        var upper = 0
        for s in scalars {
            guard s.properties.isAlphabetic, s.properties.generalCategory != .nonspacingMark else { return [] }
            let cyr = (0x0400...0x04FF).contains(s.value)
            let latin = s.value < 0x250
            if dict.cyrillic ? !cyr : !latin { return [] }
            if s.properties.isUppercase { upper += 1 }
        }
        if upper > 1 { return [] }  // acronyms and CamelCase are left alone
        let lower = word.lowercased()
        var bytes: [CChar]
        if dict.koi8 {
            guard let encoded = KOI8R.encode(lower) else { return [] }
            bytes = encoded
        } else {
            bytes = Array(lower.utf8CString.dropLast())
        }
        let length = bytes.count
        // libhyphen takes the length but still reads the word as a C string
        // (`strstr` on its matches), so it is given one, terminated.
        bytes.append(0)
        var hyphens = [CChar](repeating: 0, count: length + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let rc = hnj_hyphen_hyphenate2(dict.handle, bytes, Int32(length), &hyphens, nil, &rep, &pos, &cut)
        free(rep); free(pos); free(cut)
        guard rc == 0 else { return [] }
        // With UTF-8 dictionaries libhyphen indexes `hyphens` by character.
        var points: [Int] = []
        let n = scalars.count
        for i in 0..<(n - 1) where hyphens[i] & 1 == 1 {
            let after = i + 1
            if after >= leftMin && n - after >= rightMin { points.append(after) }
        }
        return points
    }
}

/// The Russian patterns on Debian are KOI8-R encoded.
enum KOI8R {
    private static let table: [UInt32: CChar] = {
        // KOI8-R positions of а…я (0xC0…0xDF hold ю а б ц д е ф г х и й к л м н о п я р с т у ж в ь ы з ш э щ ч ъ)
        let order = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)
        var t: [UInt32: CChar] = [:]
        for (i, s) in order.enumerated() { t[s.value] = CChar(bitPattern: UInt8(0xC0 + i)) }
        t[0x0451] = CChar(bitPattern: 0xA3)  // ё
        return t
    }()
    static func encode(_ s: String) -> [CChar]? {
        var out: [CChar] = []
        for u in s.unicodeScalars {
            guard let b = table[u.value] else { return nil }
            out.append(b)
        }
        return out
    }
}
