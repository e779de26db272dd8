import Yams

/// Reads typed fields out of composed YAML, turning every problem into a
/// diagnostic that points at the offending node. Values that are wrong come
/// back as nil so loading can go on and report everything at once.
final class YAMLReader {
    let file: String
    /// Added to YAML line numbers: front matter starts on line 2 of its file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1 + lineOffset, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func error(_ node: Node?, _ message: String) { diagnostics.append(.error(location(node), message)) }
    func warning(_ node: Node?, _ message: String) { diagnostics.append(.warning(location(node), message)) }

    /// Parses YAML text; a syntax error becomes a diagnostic at its position.
    /// Keys given twice are errors at the duplicate's line, and the rest of
    /// the file is still read (see `DuplicateKeys`).
    func compose(_ text: String) -> Node? {
        do {
            return try composeOnce(text)
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            let (renamed, duplicates) = DuplicateKeys.rename(in: text)
            for d in duplicates {
                diagnostics.append(
                    .error(
                        SourceLocation(file: file, line: d.line + lineOffset, column: d.column),
                        "'\(Quoted.cut(d.key))' is given twice in this mapping (first on line \(d.firstLine + lineOffset)); keep one"
                    ))
            }
            if !duplicates.isEmpty, let node = try? composeOnce(renamed) { return node }
            if duplicates.isEmpty {
                diagnostics.append(
                    .error(
                        SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column),
                        "a key is given twice in one mapping (\(keys.map { "'\(Quoted.cut($0))'" }.joined(separator: ", "))); keep one"
                    ))
            }
            return nil
        } catch let e as YamlError {
            report(e, lines: text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
            return nil
        } catch {
            diagnostics.append(.error(SourceLocation(file: file, line: 1 + lineOffset), "malformed YAML: \(error)"))
            return nil
        }
    }

    private func composeOnce(_ text: String) throws -> Node? {
        // The basic resolver: every scalar stays a string (fields are typed by
        // this reader), which avoids Yams's regex-based tag resolution.
        try Yams.compose(yaml: text, .basic, .default, .utf8)
    }

    /// A libyaml error at its place; a mark past the end of the text (an
    /// error found at end of input) is put on the last line.
    private func report(_ e: YamlError, lines: Int) {
        switch e {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let line = min(mark.line, lines)
            diagnostics.append(
                .error(
                    SourceLocation(file: file, line: line + lineOffset, column: line == mark.line ? mark.column : 1),
                    "malformed YAML: \(problem)"))
        case let .reader(problem, offset, _, yaml):
            // libyaml's reader reports a byte offset: turn it into a line and column.
            var line = 1, column = 1
            if let offset {
                for ch in yaml.utf8.prefix(offset) {
                    if ch == 0x0A { line += 1; column = 1 } else if ch & 0xC0 != 0x80 { column += 1 }
                }
            }
            diagnostics.append(
                .error(
                    SourceLocation(file: file, line: line + lineOffset, column: column), "unreadable YAML: \(problem)"))
        default:
            diagnostics.append(.error(SourceLocation(file: file, line: 1 + lineOffset), "malformed YAML: \(e)"))
        }
    }

    /// A mapping's fields by key, with unknown keys reported as warnings.
    struct Fields {
        let node: Node
        let values: [String: Node]
        let keys: [String: Node]
    }

    func fields(_ node: Node, what: String, known: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping of `key: value` lines, not \(kind(of: node))")
            return nil
        }
        var values: [String: Node] = [:], keys: [String: Node] = [:]
        for (k, v) in mapping {
            guard let key = k.scalar?.string else { error(k, "keys must be plain words"); continue }
            if key.hasPrefix(DuplicateKeys.marker) { continue }  // reported by `compose`
            if values[key] != nil { error(k, "'\(Quoted.cut(key))' is given twice") }
            values[key] = v; keys[key] = k
            if !known.contains(key) {
                warning(
                    k,
                    "unknown key '\(Quoted.cut(key))' in \(what)\(Suggestions.hint(key, known)) (known: \(known.joined(separator: ", ")))"
                )
            }
        }
        return Fields(node: node, values: values, keys: keys)
    }

    private func kind(of node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node {
            return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
        }
        return false
    }

    func string(_ f: Fields, _ key: String, what: String, required: Bool = false) -> String? {
        guard let node = f.values[key], !isNull(node) else {
            if required { error(f.keys[key] ?? f.node, "\(what) has no '\(key)'; add `\(key): …`") }
            return nil
        }
        guard case .scalar(let s) = node else {
            error(node, "'\(key)' must be a single value, not \(kind(of: node))")
            return nil
        }
        let v = s.string.trimmingWhitespace()
        if v.isEmpty && required { error(node, "'\(key)' is empty"); return nil }
        if Self.sentenceKeys.contains(key), s.style == .plain, s.string == v,
            Int(v) != nil || Double(v) != nil || ["true", "false", "yes", "no", "on", "off"].contains(v.lowercased())
        {
            error(
                node,
                "'\(key)' is \(Quoted.cut(v)), a bare value, not a sentence; write the sentence (quote it if it really is \(Quoted.cut(v)))"
            )
            return nil
        }
        checkLength(v, key: key, node: node)
        if s.style == .doubleQuoted { checkControls(v, key: key, node: node) }
        return v
    }

    /// Fields that hold a sentence a brief prints: a bare number or flag there is a mistake.
    static let sentenceKeys: Set<String> = ["talking_point", "note", "text"]

    /// A control character that an escape (`"\0"`, `"\x07"`) put into a
    /// value: the raw file has none, so the text check cannot see it.
    private func checkControls(_ value: String, key: String, node: Node) {
        guard
            let c = value.unicodeScalars.first(where: {
                ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
            })
        else { return }
        let digits = String(c.value, radix: 16, uppercase: true)
        let hex = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        error(node, "'\(key)' holds control character U+\(hex) (written as an escape); remove it")
    }

    /// A list of single values; a lone value counts as a list of one.
    func strings(_ f: Fields, _ key: String, what: String, required: Bool = false) -> [String]? {
        guard let node = f.values[key], !isNull(node) else {
            if required { error(f.keys[key] ?? f.node, "\(what) has no '\(key)'; add `\(key): [ … ]`") }
            return nil
        }
        switch node {
        case .scalar(let s):
            checkLength(s.string, key: key, node: node)
            if s.style == .doubleQuoted { checkControls(s.string, key: key, node: node) }
            return [s.string.trimmingWhitespace()]
        case .sequence(let seq):
            var out: [String] = []
            for item in seq {
                guard case .scalar(let s) = item else {
                    error(item, "items of '\(key)' must be single values"); continue
                }
                checkLength(s.string, key: key, node: item)
                if s.style == .doubleQuoted { checkControls(s.string, key: key, node: item) }
                out.append(s.string.trimmingWhitespace())
            }
            if out.isEmpty && required { error(node, "'\(key)' is empty; name at least one"); return nil }
            return out
        default:
            error(node, "'\(key)' must be a list like [a, b], not \(kind(of: node))")
            return nil
        }
    }

    func node(_ f: Fields, _ key: String) -> Node? { f.values[key] }

    /// An address field (`source`, `url`): an error when its scheme may not
    /// be clickable, a warning when it is no full web address (`SafeLink`).
    func checkLink(_ f: Fields, _ key: String, _ value: String?) {
        guard let value, let (severity, message) = SafeLink.problem(value) else { return }
        diagnostics.append(Diagnostic(severity, location(f.values[key]), "\(key): " + message))
    }

    /// A value longer than its field's limit is an error here, where it is
    /// written, rather than a page that cannot hold it later.
    private func checkLength(_ value: String, key: String, node: Node) {
        let limit = FieldLimits.characters(for: key)
        guard value.utf8.count > limit else { return }
        let count = value.count
        guard count > limit else { return }
        error(
            node,
            "'\(key)' is \(count) characters long; at most \(limit) fit a brief's \(FieldLimits.purpose(of: key)): shorten it"
        )
    }

    func slug(_ f: Fields, _ key: String, what: String, required: Bool = true) -> String? {
        guard let v = string(f, key, what: what, required: required) else { return nil }
        guard Slug.isValid(v) else {
            error(
                f.values[key],
                "'\(Quoted.cut(v))' is not a valid id: use lowercase letters, digits and hyphens (e.g. '\(Quoted.cut(Slug.make(v)))')"
            )
            return nil
        }
        return v
    }

    func enumeration<E: RawRepresentable & CaseIterable>(
        _ f: Fields, _ key: String, what: String,
        required: Bool = true, default def: E? = nil
    ) -> E?
    where E.RawValue == String {
        guard let v = string(f, key, what: what, required: required && def == nil) else { return def }
        if let e = E(rawValue: v) { return e }
        let allowed = E.allCases.map(\.rawValue)
        error(
            f.values[key],
            "\(key) '\(Quoted.cut(v))' is not one of \(allowed.joined(separator: ", "))\(Suggestions.hint(v, allowed))")
        return nil
    }

    func date(_ f: Fields, _ key: String, what: String, required: Bool = true) -> PartialDate? {
        guard let v = string(f, key, what: what, required: required) else { return nil }
        if let d = PartialDate(v) { return d }
        let shape = v.split(separator: "-").map(\.count)
        if [[4], [4, 2], [4, 2, 2]].contains(shape) && v.allSatisfy({ $0.isNumber || $0 == "-" }) {
            error(f.values[key], "\(key) '\(Quoted.cut(v))' is not a real date")
        } else {
            error(f.values[key], "\(key) '\(Quoted.cut(v))' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        return nil
    }
}

/// Ids are slugs: `[a-z0-9-]+`.
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
    /// A valid slug close to `s` (for suggestions and anchors).
    public static func make(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                out.unicodeScalars.append(c)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "x" : out
    }
}
