import Foundation

/// What the tests learn about a PDF from qpdf and poppler-utils, the same
/// tools a print shop or `pdf-audit` would use.
public struct PDFInspector {
    public let path: String
    public init(_ path: String) { self.path = path }

    /// Runs a command; returns its exit status and standard output.
    @discardableResult
    public static func run(_ args: [String], environment: [String: String]? = nil) -> (
        status: Int32, output: String, error: String
    ) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        do { try p.run() } catch { return (127, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// `qpdf --check` passes without warnings.
    public var isValid: Bool {
        let r = Self.run(["qpdf", "--check", path])
        return r.status == 0 && !r.output.contains("WARNING") && !r.error.contains("WARNING")
    }

    /// Text in reading order (`pdftotext`), whitespace collapsed.
    public var text: String { Self.collapse(Self.run(["pdftotext", path, "-"]).output) }

    /// Text with words broken by a hyphen at a line end joined both ways,
    /// for finding phrases that a justified line split.
    public var joinedTexts: [String] {
        let raw = Self.run(["pdftotext", path, "-"]).output
        return [
            Self.collapse(raw.replacingOccurrences(of: "-\n", with: "")),
            Self.collapse(raw.replacingOccurrences(of: "-\n", with: "-")),
        ]
    }

    /// Whether a phrase is in the text (possibly hyphenated across a line).
    public func contains(_ phrase: String) -> Bool {
        let p = Self.collapse(phrase)
        return joinedTexts.contains { $0.contains(p) }
    }

    /// Lines of one page as `pdftotext -layout` sets them (columns kept on their line).
    public func layoutLines(page: Int) -> [String] {
        Self.run(["pdftotext", "-layout", "-f", String(page), "-l", String(page), path, "-"]).output
            .split(separator: "\n").map { Self.collapse(String($0)) }
    }

    /// Text of each page.
    public var pages: [String] {
        Self.run(["pdftotext", path, "-"]).output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { Self.collapse(String($0)) }.filter { !$0.isEmpty }
    }

    public var pageCount: Int { Int(info["Pages"] ?? "0") ?? 0 }

    /// `pdfinfo` fields.
    public var info: [String: String] {
        var d: [String: String] = [:]
        for line in Self.run(["pdfinfo", path]).output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            d[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return d
    }

    /// Fonts as `pdffonts` lists them: name, embedded, subset.
    public var fonts: [(name: String, embedded: Bool, subset: Bool)] {
        Self.run(["pdffonts", path]).output.split(separator: "\n").dropFirst(2).map { line in
            let cols = line.split(separator: " ")
            let yn = cols.filter { $0 == "yes" || $0 == "no" }
            return (
                String(cols.first ?? ""), yn.count >= 3 && yn[yn.count - 3] == "yes",
                yn.count >= 3 && yn[yn.count - 2] == "yes"
            )
        }
    }

    /// Outline entries, depth first, as (depth, title, page).
    public var outline: [(depth: Int, title: String, page: Int)] {
        let json = Self.run(["qpdf", "--json", "--json-key=outlines", path]).output
        guard let data = json.data(using: .utf8),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = root["outlines"] as? [[String: Any]]
        else { return [] }
        var out: [(Int, String, Int)] = []
        func walk(_ list: [[String: Any]], _ depth: Int) {
            for i in list {
                out.append((depth, i["title"] as? String ?? "", i["destpageposfrom1"] as? Int ?? 0))
                walk(i["kids"] as? [[String: Any]] ?? [], depth + 1)
            }
        }
        walk(items, 1)
        return out
    }

    /// Targets of URI link annotations.
    public var uriLinks: [String] { annotationValues("/URI") }
    /// Named destinations internal links point at.
    public var destinationLinks: [String] { annotationValues("/Dest") }

    /// Every object of the file by its key ("obj:12 0 R", "trailer"), as
    /// qpdf's JSON gives them; nil when it cannot be read.
    private var objects: [String: Any]? {
        let json = Self.run(["qpdf", "--json=2", "--json-key=qpdf", path]).output
        guard let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            let parts = root["qpdf"] as? [Any], parts.count > 1
        else { return nil }
        return parts[1] as? [String: Any]
    }

    /// The /Rect of every link annotation (x0 y0 x1 y1, PDF user space:
    /// from the page's bottom left), whatever page it is on.
    public var linkRects: [[Double]] {
        guard let objects = objects else { return [] }
        return objects.values.compactMap { object in
            guard let d = (object as? [String: Any])?["value"] as? [String: Any], d["/Subtype"] as? String == "/Link",
                let rect = d["/Rect"] as? [Any]
            else { return nil }
            return rect.compactMap { ($0 as? NSNumber)?.doubleValue }
        }
    }

    private func annotationValues(_ key: String) -> [String] {
        let json = Self.run(["qpdf", "--json", "--json-key=qpdf", path]).output
        var out: [String] = []
        for line in json.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            let prefix = "\"\(key)\": \"u:"
            if t.hasPrefix(prefix) {
                out.append(String(t.dropFirst(prefix.count).prefix { $0 != "\"" }))
            }
        }
        return out
    }

    /// Objects the file holds that no chain of references from the trailer
    /// reaches (object and cross-reference streams, which hold others, aside),
    /// and references to objects the file does not hold — what a step that
    /// copies objects could leave behind. `qpdf --check` reports neither.
    public var strayObjects: (unreachable: [String], dangling: [String]) {
        guard let objects = objects else { return (["(qpdf's JSON could not be read)"], []) }
        func references(in value: Any, into out: inout [String]) {
            if let s = value as? String {
                let words = s.split(separator: " ")
                if words.count == 3, words[2] == "R", Int(words[0]) != nil, Int(words[1]) != nil {
                    out.append("obj:" + s)
                }
            } else if let a = value as? [Any] {
                for v in a { references(in: v, into: &out) }
            } else if let d = value as? [String: Any] {
                for v in d.values { references(in: v, into: &out) }
            }
        }
        func isContainer(_ value: Any?) -> Bool {
            let type = ((value as? [String: Any])?["stream"] as? [String: Any])?["dict"] as? [String: Any]
            return ["/ObjStm", "/XRef"].contains(type?["/Type"] as? String ?? "")
        }
        var seen: Set<String> = ["trailer"], queue = ["trailer"], dangling: [String] = []
        while let key = queue.popLast() {
            var refs: [String] = []
            references(in: objects[key] ?? NSNull(), into: &refs)
            for r in refs where !seen.contains(r) {
                seen.insert(r)
                let value = (objects[r] as? [String: Any])?["value"]
                if objects[r] == nil || value is NSNull { dangling.append(r) } else { queue.append(r) }
            }
        }
        let unreachable = objects.keys.filter { !seen.contains($0) && !isContainer(objects[$0]) }.sorted()
        return (unreachable, dangling.sorted())
    }

    /// Words with their boxes per page, in points from the top left (`PageText`).
    public var words: [[(text: String, x0: Double, y0: Double, x1: Double, y1: Double)]] {
        PageText(path).pages.map { page in page.words.map { ($0.text, $0.x0, $0.y0, $0.x1, $0.y1) } }
    }

    public static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The repository root (for Fonts/, Corpus/, Templates/), from this file's location.
    public static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// A fresh temporary folder, removed when the test process exits.
    public static func temporaryDirectory() -> String { ScratchDirectory.make() }
}
