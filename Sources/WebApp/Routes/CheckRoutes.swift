import Corpus
import Foundation
import Hummingbird

/// `/check`: `brief check`'s report, each problem linked to its record and
/// to its line in the file (`/files/…`, a read-only view of the corpus's own
/// files, found by name or document id, never by path); `/help/format`: the
/// corpus format explained.
struct CheckRoutes {
    let server: WebServer

    func add(to router: Router<WebContext>) {
        router.get("/check") { _, _ in try check() }
        router.get("/files/:name") { _, context in try listFile(try context.parameters.require("name")) }
        router.get("/files/documents/:id") { _, context in try documentFile(try context.parameters.require("id")) }
        router.get("/help/format") { _, _ in
            server.pages.page(
                "help-format", [String: String](), title: "The corpus format", section: nil,
                snapshot: try? server.snapshot())
        }
    }

    struct Problem {
        let error: Bool
        let severity: String
        let place: String
        let lineHref: String?
        let record: Link?
        let message: String
    }
    struct CheckPage {
        let clean: Bool
        /// "2 errors and 1 warning".
        let counts: String
        let servingEarlier: Bool
        let problems: [Problem]
    }

    func check() throws -> Response {
        let s = try server.snapshot()
        let problems = s.diagnostics.map { d in
            let (fileHref, record) = locate(d.location, corpus: s.corpus)
            return Problem(
                error: d.severity == .error, severity: d.severity.rawValue,
                place: "\(relative(d.location.file)):\(d.location.line):\(d.location.column)",
                lineHref: fileHref.map { "\($0)#L\(d.location.line)" }, record: record, message: d.message)
        }
        let page = CheckPage(
            clean: s.diagnostics.isEmpty,
            counts: "\(Counted.phrase(s.errors.count, "error")) and \(Counted.phrase(s.warnings.count, "warning"))",
            servingEarlier: s.servingEarlierState, problems: problems)
        return server.pages.page("check", page, title: "Check", section: .check, snapshot: s)
    }

    /// The path inside the corpus folder.
    func relative(_ path: String) -> String {
        let root =
            server.configuration.corpus.hasSuffix("/") ? server.configuration.corpus : server.configuration.corpus + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// The file view and the record a location belongs to (for YAML lists,
    /// the entry that starts on or before its line).
    func locate(_ l: SourceLocation, corpus c: Corpus) -> (String?, Link?) {
        let rel = relative(l.file)
        if rel.hasPrefix("documents/"), rel.hasSuffix(".md") {
            let id = String(rel.dropFirst("documents/".count).dropLast(3))
            return (
                "/files/documents/\(Paths.segment(id))",
                c.document(id).map { Link(href: Paths.document($0.id), text: $0.title) }
            )
        }
        func nearest<T>(_ items: [T], _ line: (T) -> Int) -> T? {
            items.filter { line($0) <= l.line }.max { line($0) < line($1) }
        }
        switch rel {
        case "organizations.yaml":
            return (
                "/files/organizations",
                nearest(c.organizations.filter { $0.location.file == l.file }, { $0.location.line })
                    .map { Link(href: Paths.organization($0.id), text: $0.name) }
            )
        case "issues.yaml":
            return (
                "/files/issues",
                nearest(c.issues.filter { $0.location.file == l.file }, { $0.location.line })
                    .map { Link(href: Paths.issue($0.id), text: $0.label) }
            )
        case "events.yaml":
            return (
                "/files/events",
                nearest(c.events.filter { $0.source.file == l.file }, { $0.source.line })
                    .map { Link(href: Paths.event($0.id), text: $0.title) }
            )
        case "outcomes.yaml":
            return ("/files/outcomes", nil)
        default:
            return (nil, nil)
        }
    }

    struct FileLine { let number: Int; let anchor: String; let text: String }
    struct FilePage { let name: String; let lines: [FileLine]; let record: Link? }

    func listFile(_ name: String) throws -> Response {
        guard CorpusFingerprint.listFiles.contains("\(name).yaml") else {
            throw NotFound(
                what: "corpus file", id: name, known: CorpusFingerprint.listFiles.map { String($0.dropLast(5)) },
                href: { "/files/\($0)" }, list: Link(href: "/check", text: "the check report"))
        }
        return try file("\(name).yaml", record: nil)
    }

    func documentFile(_ id: String) throws -> Response {
        guard CorpusFiles.isDocumentName(id) else {
            throw NotFound(
                what: "document file", id: id, known: [], href: { $0 },
                list: Link(href: "/documents", text: "all documents"))
        }
        let record = try? server.snapshot().corpus.document(id).map {
            Link(href: Paths.document($0.id), text: $0.title)
        }
        return try file("documents/\(id).md", record: record ?? nil)
    }

    func file(_ relativePath: String, record: Link?) throws -> Response {
        guard let text = CorpusFiles.read(relativePath, root: server.configuration.corpus) else {
            throw NotFound(
                what: "corpus file", id: relativePath, known: [], href: { $0 },
                list: Link(href: "/check", text: "the check report"))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            FileLine(number: $0.offset + 1, anchor: "L\($0.offset + 1)", text: String($0.element))
        }
        return server.pages.page(
            "file", FilePage(name: relativePath, lines: lines, record: record), title: relativePath,
            section: .check, snapshot: try? server.snapshot())
    }
}

/// Reading the corpus's own files by name: the path is made from a checked
/// name, and the file's real location (symbolic links resolved) must lie
/// inside the corpus folder.
enum CorpusFiles {
    /// The longest file shown (a larger one is not a corpus file anyone edits by hand).
    static let largestShown = 4 * 1024 * 1024

    /// A document id names a file in `documents/`: no separators, no dot files, no control characters.
    static func isDocumentName(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 255 && !id.hasPrefix(".") && !id.contains("/") && !id.contains("\\")
            && !id.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Whether `path` (resolved) lies inside `root` (resolved).
    static func isInside(_ path: String, root: String) -> Bool {
        guard let real = realpath(path, nil), let realRoot = realpath(root, nil) else { return false }
        defer { free(real); free(realRoot) }
        let p = String(cString: real), r = String(cString: realRoot)
        return p.hasPrefix(r.hasSuffix("/") ? r : r + "/")
    }

    static func read(_ relativePath: String, root: String) -> String? {
        let path = (root as NSString).appendingPathComponent(relativePath)
        guard isInside(path, root: root) else { return nil }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= largestShown,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
