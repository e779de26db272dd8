import Foundation

/// Finds keys given twice in one block mapping of YAML text, so that each
/// is reported at the duplicate's own line and the rest of the file can
/// still be read.
///
/// Yams refuses a whole document with a duplicate key and names only the
/// key. This scan follows YAML's block structure (indentation, `- ` item
/// markers, block scalars, comments); each duplicate is renamed to a key
/// carrying `marker`, which `YAMLReader.fields` skips, and parsing is tried
/// again. Flow mappings (`{a: 1, a: 2}`) are not scanned: Yams's own error
/// covers them.
enum DuplicateKeys {
    static let marker = "brief-duplicate-key-"

    struct Duplicate: Equatable {
        var key: String
        var line: Int, column: Int
        var firstLine: Int
    }

    /// The duplicates in `text` and the text with each duplicate key renamed.
    static func rename(in text: String) -> (text: String, duplicates: [Duplicate]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var duplicates: [Duplicate] = []
        // Open mappings: the column their keys start at, and the keys seen so far.
        var contexts: [(column: Int, keys: [String: Int])] = []
        var blockScalarIndent: Int? = nil
        for (index, line) in lines.enumerated() {
            let chars = Array(line.utf8)
            var c = 0
            while c < chars.count && chars[c] == 0x20 { c += 1 }
            if c == chars.count || chars[c] == 0x23 || chars[c] == 0x0D { continue }  // blank or comment
            if let indent = blockScalarIndent {
                if c > indent { continue }
                blockScalarIndent = nil
            }
            var newItem = false
            while c + 1 < chars.count && chars[c] == 0x2D && (chars[c + 1] == 0x20) {
                contexts.removeAll { $0.column > c }
                c += 2
                while c < chars.count && chars[c] == 0x20 { c += 1 }
                newItem = true
            }
            guard let (key, afterColon) = key(in: chars, at: c) else {
                contexts.removeAll { $0.column > c }
                continue
            }
            contexts.removeAll { newItem ? $0.column >= c : $0.column > c }
            if contexts.last?.column != c { contexts.append((c, [:])) }
            if let first = contexts[contexts.count - 1].keys[key] {
                duplicates.append(Duplicate(key: key, line: index + 1, column: c + 1, firstLine: first))
                let prefix = String(decoding: chars[0..<c], as: UTF8.self)
                let rest = String(decoding: chars[afterColon...], as: UTF8.self)
                lines[index] = prefix + marker + "\(index + 1)" + rest
            } else {
                contexts[contexts.count - 1].keys[key] = index + 1
            }
            // `key: |` or `key: >-` opens a block scalar: its lines are content.
            let value = String(
                decoding: chars[(afterColon + 1 < chars.count ? afterColon + 1 : chars.count)...], as: UTF8.self
            )
            .trimmingCharacters(in: .whitespaces)
            if let f = value.first, f == "|" || f == ">" { blockScalarIndent = c }
        }
        return (lines.joined(separator: "\n"), duplicates)
    }

    /// A mapping key starting at `start`: its text and the index of its colon.
    private static func key(in chars: [UInt8], at start: Int) -> (String, Int)? {
        guard start < chars.count else { return nil }
        let first = chars[start]
        if first == 0x22 || first == 0x27 {  // "quoted" or 'quoted'
            var i = start + 1
            while i < chars.count && chars[i] != first { i += chars[i] == 0x5C && first == 0x22 ? 2 : 1 }
            guard i < chars.count else { return nil }
            var j = i + 1
            while j < chars.count && chars[j] == 0x20 { j += 1 }
            guard j < chars.count, chars[j] == 0x3A else { return nil }
            return (String(decoding: chars[(start + 1)..<i], as: UTF8.self), j)
        }
        // { [ & * ! | > % @ `
        if [0x7B, 0x5B, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25, 0x40, 0x60].contains(first) { return nil }
        var i = start
        while i < chars.count {
            if chars[i] == 0x3A && (i + 1 == chars.count || chars[i + 1] == 0x20 || chars[i + 1] == 0x0D) {
                var end = i
                while end > start && chars[end - 1] == 0x20 { end -= 1 }
                return (String(decoding: chars[start..<end], as: UTF8.self), i)
            }
            if chars[i] == 0x20 && i + 1 < chars.count && chars[i + 1] == 0x23 { return nil }  // a comment starts
            i += 1
        }
        return nil
    }
}
