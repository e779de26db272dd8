import Foundation

/// A tagged PDF's structure tree as qpdf's JSON shows it, for tests that
/// check what a screen reader would meet: roles in order, attributes,
/// marked content and link annotations.
public struct StructureTree {
    public struct Element {
        public var role: String
        public var attributes: [String: String]
        public var children: [Element]
        /// Marked content: (page index, MCID), in order.
        public var content: [(page: Int, mcid: Int)]
        /// Link annotations tied to this element: their /Contents.
        public var annotations: [String]
        /// A kid, in the order of the element's /K.
        public enum Kid {
            case content(page: Int, mcid: Int)
            /// `children[index]`.
            case element(index: Int)
            /// A link annotation's /Contents.
            case annotation(String)
        }
        /// Content, elements and annotations in the order of /K (reading order).
        public var kids: [Kid] = []

        /// This element and everything under it, depth first (reading order).
        public var all: [Element] { [self] + children.flatMap(\.all) }
        public func all(_ role: String) -> [Element] { all.filter { $0.role == role } }
    }

    public let catalog: [String: Any]
    public let document: Element?
    /// Every link annotation's dictionary values of /Contents, and whether it has a /StructParent.
    public let annotations: [(contents: String?, structParent: Int?)]
    private let objects: [String: Any]
    private let pageIndex: [String: Int]

    public init(_ path: String) {
        let json = PDFInspector.run(["qpdf", "--json=2", "--json-key=qpdf", path]).output
        let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        let q = (root?["qpdf"] as? [Any])?.last as? [String: Any] ?? [:]
        objects = q
        func value(_ ref: String) -> Any? {
            let o = q["obj:" + ref] as? [String: Any]
            return o?["value"] ?? (o?["stream"] as? [String: Any])?["dict"]
        }
        let trailer = (q["trailer"] as? [String: Any])?["value"] as? [String: Any]
        let catalog = (trailer?["/Root"] as? String).flatMap(value) as? [String: Any] ?? [:]
        self.catalog = catalog
        // Pages in order, through the page tree.
        var pages: [String] = []
        func walkPages(_ ref: String) {
            guard let node = value(ref) as? [String: Any] else { return }
            if let kids = node["/Kids"] as? [String] { kids.forEach(walkPages) } else { pages.append(ref) }
        }
        if let p = catalog["/Pages"] as? String { walkPages(p) }
        let pageIndex = Dictionary(pages.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.pageIndex = pageIndex
        var annotations: [(String?, Int?)] = []
        for p in pages {
            let page = value(p) as? [String: Any]
            for a in page?["/Annots"] as? [String] ?? [] {
                let d = value(a) as? [String: Any]
                annotations.append((Self.text(d?["/Contents"]), d?["/StructParent"] as? Int))
            }
        }
        self.annotations = annotations

        func element(_ ref: String) -> Element? {
            guard let d = value(ref) as? [String: Any] else { return nil }
            var e = Element(
                role: String((d["/S"] as? String ?? "").dropFirst()), attributes: [:], children: [],
                content: [], annotations: [])
            if let t = d["/T"] { e.attributes["T"] = Self.text(t) }
            for key in ["/Alt", "/Lang", "/ActualText"] {
                if let t = Self.text(d[key]) { e.attributes[String(key.dropFirst())] = t }
            }
            if let a = d["/A"] as? [String: Any], let scope = a["/Scope"] as? String {
                e.attributes["Scope"] = String(scope.dropFirst())
            }
            let home = (d["/Pg"] as? String).flatMap { pageIndex[$0] } ?? -1
            let kids: [Any] = (d["/K"] as? [Any]) ?? (d["/K"].map { [$0] } ?? [])
            for k in kids {
                if let mcid = k as? Int {
                    e.content.append((home, mcid))
                    e.kids.append(.content(page: home, mcid: mcid))
                } else if let r = k as? String, let child = element(r) {
                    e.kids.append(.element(index: e.children.count))
                    e.children.append(child)
                } else if let dict = k as? [String: Any] {
                    if dict["/Type"] as? String == "/MCR", let mcid = dict["/MCID"] as? Int {
                        let page = (dict["/Pg"] as? String).flatMap { pageIndex[$0] } ?? home
                        e.content.append((page, mcid))
                        e.kids.append(.content(page: page, mcid: mcid))
                    } else if dict["/Type"] as? String == "/OBJR", let obj = dict["/Obj"] as? String {
                        let contents = Self.text((value(obj) as? [String: Any])?["/Contents"]) ?? ""
                        e.annotations.append(contents)
                        e.kids.append(.annotation(contents))
                    }
                }
            }
            return e
        }
        let treeRoot = (catalog["/StructTreeRoot"] as? String).flatMap(value) as? [String: Any]
        let top: [Any] = (treeRoot?["/K"] as? [Any]) ?? (treeRoot?["/K"].map { [$0] } ?? [])
        document = (top.first as? String).flatMap(element)
    }

    /// Every element, depth first.
    public var elements: [Element] { document?.all ?? [] }
    public func elements(_ role: String) -> [Element] { elements.filter { $0.role == role } }

    public var language: String? { Self.text(catalog["/Lang"]) }
    public var isMarked: Bool { (catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true }
    public var displaysTitle: Bool {
        (catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true
    }

    /// The MCIDs of a page in the order the structure tree visits them.
    public func contentOrder(page: Int) -> [Int] {
        elements.flatMap { $0.content.filter { $0.page == page }.map(\.mcid) }
    }

    /// qpdf's JSON text: "u:…" for text strings, "b:…" for hex bytes.
    static func text(_ any: Any?) -> String? {
        guard let s = any as? String else { return nil }
        if s.hasPrefix("u:") { return String(s.dropFirst(2)) }
        if s.hasPrefix("b:") {
            var bytes: [UInt8] = []
            var i = s.index(s.startIndex, offsetBy: 2)
            while i < s.endIndex, let j = s.index(i, offsetBy: 2, limitedBy: s.endIndex),
                let b = UInt8(s[i..<j], radix: 16)
            {
                bytes.append(b); i = j
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return s
    }
}

/// The machine-checkable part of PDF/UA-1, from the `pdfua` tool (PyPI),
/// installed by `scripts/test` in `.build/pdfua-venv`.
public enum PDFUAChecker {
    public static var executable: String? {
        if let e = ProcessInfo.processInfo.environment["BRIEF_PDFUA"], FileManager.default.isExecutableFile(atPath: e) {
            return e
        }
        let local = PDFInspector.repositoryRoot + "/.build/pdfua-venv/bin/pdfua"
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }

    /// The checker's summary line ("errors=0 warnings=0 …") and its whole report.
    public static func check(_ path: String) -> (errors: Int, warnings: Int, report: String)? {
        guard let exe = executable else { return nil }
        let r = PDFInspector.run([exe, "check", path])
        let report = r.output + r.error
        func count(_ key: String) -> Int? {
            guard let range = report.range(of: key + "=") else { return nil }
            return Int(report[range.upperBound...].prefix { $0.isNumber })
        }
        guard let e = count("errors"), let w = count("warnings") else { return nil }
        return (e, w, report)
    }
}
