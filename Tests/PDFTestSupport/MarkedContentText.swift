import Foundation

/// The text each marked-content sequence of a PDF holds, read the way a
/// screen reader assembles an element's words: each page's content stream
/// is tokenized, text-showing operators are decoded through their font's
/// `/ToUnicode` map, and every glyph is credited to the innermost sequence
/// with an MCID around it (a `/Span` with `/ActualText` — a ligature —
/// counts as its actual text). Streams come decoded from qpdf's JSON, so
/// nothing here depends on the code that wrote the file.
///
/// Words are separated where the text position moves (`Td`, `TD`, `T*`,
/// `Tm`, `'`, `"`: cairo starts each line so, and leaves out the space a
/// line break replaced) or a `TJ` skips more than a third of an em, except
/// after a hyphen that ends a line.
public struct MarkedContentText {
    /// By page (0-based): each MCID's text ("" for a sequence that draws no text).
    public let pages: [[Int: String]]
    /// By page: text inside `/Artifact` sequences.
    public let artifacts: [String]
    /// By page: text drawn outside any sequence with an MCID and any artifact.
    public let unmarked: [String]

    public init(_ path: String) {
        let json = PDFInspector.run([
            "qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
            "--decode-level=generalized", path,
        ]).output
        let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        let file = QPDFObjects((root?["qpdf"] as? [Any])?.last as? [String: Any] ?? [:])
        var pages: [[Int: String]] = [], artifacts: [String] = [], unmarked: [String] = []
        for page in file.pages() {
            var reader = PageReader(file: file)
            reader.run(page)
            pages.append(reader.marked.mapValues(Self.tidy))
            artifacts.append(Self.tidy(reader.artifact))
            unmarked.append(Self.tidy(reader.unmarked))
        }
        self.pages = pages
        self.artifacts = artifacts
        self.unmarked = unmarked
    }

    /// The text of MCID `mcid` on page `page`, or nil when the page has none so numbered.
    public func text(page: Int, mcid: Int) -> String? {
        page >= 0 && page < pages.count ? pages[page][mcid] : nil
    }

    /// Runs of white space as one space.
    static func tidy(_ s: String) -> String {
        s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .enumerated().filter { $0.offset == 0 || !$0.element.isEmpty }.map(\.element).joined(separator: " ")
    }
}

// MARK: - qpdf's JSON objects

/// qpdf's JSON (version 2) objects, with references resolved.
struct QPDFObjects {
    let objects: [String: Any]
    init(_ objects: [String: Any]) { self.objects = objects }

    /// A value, with "N 0 R" resolved to the object's value (a stream's dictionary).
    func resolve(_ value: Any?) -> Any? {
        guard let s = value as? String, s.hasSuffix(" R"), let o = objects["obj:" + s] as? [String: Any] else {
            return value
        }
        return o["value"] ?? (o["stream"] as? [String: Any])?["dict"]
    }

    /// A stream's decoded data.
    func data(_ reference: Any?) -> [UInt8] {
        guard let s = reference as? String, let o = objects["obj:" + s] as? [String: Any],
            let base64 = (o["stream"] as? [String: Any])?["data"] as? String, let d = Data(base64Encoded: base64)
        else { return [] }
        return [UInt8](d)
    }

    func dictionary(_ value: Any?) -> [String: Any] { resolve(value) as? [String: Any] ?? [:] }

    /// The page dictionaries in order, through the page tree, each with the
    /// resources it inherits.
    func pages() -> [[String: Any]] {
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        let catalog = dictionary(trailer?["/Root"])
        var out: [[String: Any]] = []
        func walk(_ node: Any?, inherited: Any?, depth: Int) {
            var d = dictionary(node)
            let resources = d["/Resources"] ?? inherited
            if let kids = d["/Kids"] as? [Any], depth < 64 {
                kids.forEach { walk($0, inherited: resources, depth: depth + 1) }
            } else {
                d["/Resources"] = resources
                out.append(d)
            }
        }
        walk(catalog["/Pages"], inherited: nil, depth: 0)
        return out
    }
}

// MARK: - Content streams

/// A value in a content stream or a CMap.
enum ContentValue {
    case number(Double)
    case string([UInt8])
    case name(String)
    case array([ContentValue])
    case dictionary([String: ContentValue])
    case keyword(String)  // true, false, null
}

/// PDF's tokens (ISO 32000-1, 7.2 and 7.3) over a content stream or a CMap:
/// operands as values, operators as words.
struct ContentTokenizer {
    enum Item { case value(ContentValue), op(String) }
    private let bytes: [UInt8]
    private var i = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func isSpace(_ c: UInt8) -> Bool { c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32 }
    static func isDelimiter(_ c: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(c) }

    /// The next operand or operator, or nil at the end.
    mutating func next() -> Item? {
        skipSpace()
        guard i < bytes.count else { return nil }
        let c = bytes[i]
        switch c {
        case UInt8(ascii: "("): return .value(.string(literalString()))
        case UInt8(ascii: "<"):
            if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<") {
                i += 2; return .value(.dictionary(dictionary()))
            }
            return .value(.string(hexString()))
        case UInt8(ascii: "["):
            i += 1
            var items: [ContentValue] = []
            while let item = next() {
                if case .op("]") = item { break }
                if case .value(let v) = item { items.append(v) }
            }
            return .value(.array(items))
        case UInt8(ascii: "]"): i += 1; return .op("]")
        case UInt8(ascii: ">"): i += min(2, bytes.count - i); return .op(">>")
        case UInt8(ascii: "/"): return .value(.name(name()))
        default:
            let word = regular()
            if word.isEmpty { i += 1; return next() }  // a stray delimiter ("{", ")")
            if let n = Double(word) { return .value(.number(n)) }
            if word == "true" || word == "false" || word == "null" { return .value(.keyword(word)) }
            return .op(word)
        }
    }

    /// After an inline image's `ID`: skips its data, up to `EI`.
    mutating func skipInlineImage() {
        i += 1
        while i + 2 <= bytes.count {
            if bytes[i] == UInt8(ascii: "E"), bytes[i + 1] == UInt8(ascii: "I"), Self.isSpace(bytes[i - 1]),
                i + 2 == bytes.count || Self.isSpace(bytes[i + 2])
            {
                i += 2; return
            }
            i += 1
        }
        i = bytes.count
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            if Self.isSpace(bytes[i]) {
                i += 1
            } else if bytes[i] == UInt8(ascii: "%") {
                while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
            } else {
                return
            }
        }
    }

    private mutating func regular() -> String {
        let start = i
        while i < bytes.count, !Self.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func name() -> String {
        i += 1
        var out: [UInt8] = [UInt8(ascii: "/")]
        while i < bytes.count, !Self.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) {
            if bytes[i] == UInt8(ascii: "#"), i + 2 < bytes.count,
                let b = UInt8(String(decoding: bytes[i + 1...i + 2], as: UTF8.self), radix: 16)
            {
                out.append(b); i += 3
            } else {
                out.append(bytes[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func dictionary() -> [String: ContentValue] {
        var d: [String: ContentValue] = [:]
        var key: String?
        while let item = next() {
            switch item {
            case .op(">>"): return d
            case .value(let v):
                if let k = key { d[k] = v; key = nil } else if case .name(let n) = v { key = n }
            case .op: key = nil
            }
        }
        return d
    }

    private mutating func hexString() -> [UInt8] {
        i += 1
        var digits: [UInt8] = []
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
            if !Self.isSpace(bytes[i]) { digits.append(bytes[i]) }
            i += 1
        }
        i += 1
        if digits.count % 2 == 1 { digits.append(UInt8(ascii: "0")) }
        return stride(from: 0, to: digits.count, by: 2).compactMap {
            UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)
        }
    }

    private mutating func literalString() -> [UInt8] {
        i += 1
        var out: [UInt8] = [], depth = 1
        while i < bytes.count {
            let c = bytes[i]; i += 1
            switch c {
            case UInt8(ascii: "("): depth += 1; out.append(c)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(c)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { return out }
                let e = bytes[i]; i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case 10: break
                case 13: if i < bytes.count, bytes[i] == 10 { i += 1 }
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var v = Int(e - UInt8(ascii: "0")), n = 1
                    while n < 3, i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[i]) {
                        v = v * 8 + Int(bytes[i] - UInt8(ascii: "0")); i += 1; n += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: v))
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        return out
    }
}

// MARK: - Fonts

/// How a font's codes become text: its `/ToUnicode` CMap, or WinAnsi for a
/// simple font without one.
struct FontDecoder {
    /// Bytes per code (1 for simple fonts, 2 for Identity-H).
    var width = 1
    var map: [UInt32: String] = [:]
    var winAnsi = false

    init(font: [String: Any], file: QPDFObjects) {
        width = font["/Subtype"] as? String == "/Type0" ? 2 : 1
        winAnsi = width == 1
        let cmap = file.data(font["/ToUnicode"])
        if !cmap.isEmpty { read(cmap) }
    }

    func decode(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i + width <= bytes.count {
            let code = bytes[i..<i + width].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            if let s = map[code] {
                out += s
            } else if winAnsi {
                out += String(data: Data([UInt8(code)]), encoding: .windowsCP1252) ?? "\u{FFFD}"
            } else {
                out += "\u{FFFD}"
            }
            i += width
        }
        return out
    }

    private static func utf16(_ bytes: [UInt8]) -> String {
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func code(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    private mutating func read(_ cmap: [UInt8]) {
        var tokens = ContentTokenizer(cmap)
        var section = "", operands: [ContentValue] = []
        while let item = tokens.next() {
            switch item {
            case .value(let v):
                operands.append(v)
                guard case .string(let first) = operands.first else { operands = []; continue }
                switch section {
                case "begincodespacerange" where operands.count == 2:
                    width = first.count; operands = []
                case "beginbfchar" where operands.count == 2:
                    if case .string(let to) = operands[1] { map[Self.code(first)] = Self.utf16(to) }
                    operands = []
                case "beginbfrange" where operands.count == 3:
                    if case .string(let hi) = operands[1] {
                        let lo = Self.code(first), top = Self.code(hi)
                        if lo <= top, top - lo < 65_536 {
                            switch operands[2] {
                            case .string(let start):
                                for (k, code) in (lo...top).enumerated() {
                                    var to = start
                                    if let last = to.indices.last {
                                        to[last] = to[last] &+ UInt8(truncatingIfNeeded: k)
                                    }
                                    map[code] = Self.utf16(to)
                                }
                            case .array(let list):
                                for (k, code) in (lo...top).enumerated() where k < list.count {
                                    if case .string(let to) = list[k] { map[code] = Self.utf16(to) }
                                }
                            default: break
                            }
                        }
                    }
                    operands = []
                default: break
                }
            case .op(let word):
                section = word.hasPrefix("begin") ? word : ""
                operands = []
            }
        }
    }
}

// MARK: - Reading a page

/// Credits each glyph of a page (and the forms it paints) to its marked
/// content.
private struct PageReader {
    let file: QPDFObjects
    var marked: [Int: String] = [:]
    var artifact = ""
    var unmarked = ""

    /// A sequence around the glyphs: an MCID's, a span whose actual text
    /// stands for its glyphs (said once, where its first glyph is), an artifact.
    private enum Mark { case mcid(Int), actualText(String, said: Bool), artifact, other }
    private var stack: [Mark] = []
    private var font: FontDecoder?
    /// The text position moved since the last glyph: a word ends there.
    private var moved = false
    private var forms = 0
    /// A `TJ` adjustment wider than this (thousandths of an em) separates words.
    private let wordGap = 333.0

    init(file: QPDFObjects) { self.file = file }

    mutating func run(_ page: [String: Any]) {
        let contents = page["/Contents"]
        let streams: [Any] = (contents as? [Any]) ?? [contents as Any]
        var data: [UInt8] = []
        for stream in streams { data += file.data(stream) + [10] }
        read(data, resources: file.dictionary(page["/Resources"]))
    }

    private mutating func read(_ data: [UInt8], resources: [String: Any]) {
        var tokens = ContentTokenizer(data)
        var operands: [ContentValue] = []
        var fonts: [String: FontDecoder] = [:]
        while let item = tokens.next() {
            guard case .op(let op) = item else {
                if case .value(let v) = item { operands.append(v) }
                continue
            }
            defer { operands = [] }
            switch op {
            case "Tf":
                if case .name(let n) = operands.first {
                    if fonts[n] == nil {
                        fonts[n] = FontDecoder(
                            font: file.dictionary(file.dictionary(resources["/Font"])[n]), file: file)
                    }
                    font = fonts[n]
                }
            case "Td", "TD", "T*", "Tm": moved = true
            case "Tj": if case .string(let s) = operands.last { show(s) }
            case "'", "\"":
                moved = true
                if case .string(let s) = operands.last { show(s) }
            case "TJ":
                if case .array(let parts) = operands.last {
                    for part in parts {
                        switch part {
                        case .string(let s): show(s)
                        // A gap of more than a third of an em (in thousandths, negative moves right) ends a word.
                        case .number(let n) where n < -wordGap: moved = true
                        default: break
                        }
                    }
                }
            case "BDC":
                var mark = Mark.other
                if case .dictionary(let d) = operands.last {
                    if case .number(let n) = d["/MCID"] {
                        mark = .mcid(Int(n))
                        // A sequence that draws no text (a figure) is there all the same.
                        marked[Int(n), default: ""] += ""
                    } else if case .string(let t) = d["/ActualText"] {
                        mark = .actualText(Self.textString(t), said: false)
                    }
                }
                if case .name("/Artifact") = operands.first { mark = .artifact }
                stack.append(mark)
            case "BMC":
                if case .name("/Artifact") = operands.first { stack.append(.artifact) } else { stack.append(.other) }
            case "EMC":
                // A span that showed no glyph still says its text.
                if case .actualText(let text, said: false) = stack.popLast() { append(text) }
            case "ID": tokens.skipInlineImage()
            case "Do":
                guard case .name(let n) = operands.first, forms < 1000 else { break }
                let reference = file.dictionary(resources["/XObject"])[n]
                let form = file.dictionary(reference)
                guard form["/Subtype"] as? String == "/Form" else { break }
                forms += 1
                let saved = font
                read(file.data(reference), resources: form["/Resources"].map(file.dictionary) ?? resources)
                font = saved
            default: break
            }
        }
    }

    private mutating func show(_ bytes: [UInt8]) {
        guard let font else { return }
        if let span = stack.lastIndex(where: { if case .actualText = $0 { return true } else { return false } }) {
            if case .actualText(let text, said: false) = stack[span] {
                stack[span] = .actualText(text, said: true)
                append(text)
            }
            return
        }
        append(font.decode(bytes))
    }

    /// Adds text to the innermost sequence with an MCID (or the artifact or unmarked text).
    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        func join(_ s: inout String) {
            if moved, let last = s.last, last != " ", last != "-", last != "\u{2010}" { s += " " }
            s += text
        }
        defer { moved = false }
        for mark in stack.reversed() {
            switch mark {
            case .mcid(let n): join(&marked[n, default: ""]); return
            case .artifact: join(&artifact); return
            default: continue
            }
        }
        join(&unmarked)
    }

    /// A text string's bytes: UTF-16BE after a byte-order mark, else PDFDocEncoding (as Latin-1).
    static func textString(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map {
                UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
