/// The structure tree as the painter records it: elements with their roles
/// and attributes, and their kids — other elements, marked content on a
/// page, link annotations — in reading order. `StructureElements` writes it.
///
/// Compact, because a 3,000-page brief has about 100,000 elements: kids live
/// in one pool, each element's as a linked list (they arrive interleaved
/// with other elements'), and each role name is stored once.
struct RecordedStructureTree {
    struct Element {
        var parent: Int32
        var firstKid: Int32 = -1
        var lastKid: Int32 = -1
        var kidCount: Int32 = 0
        /// Index into `roles`.
        var role: UInt16
    }

    /// A kid of an element: another element, marked content (a page and
    /// its MCID), or a link annotation (a page and its index there).
    struct Kid {
        enum Kind: UInt8 { case element, content, annotation }
        var a: Int32
        var b: Int32
        var next: Int32 = -1
        var kind: Kind
    }

    /// An element's attribute: a text string entry of the element (/Alt,
    /// /Lang) or a table header cell's scope.
    struct Attribute {
        enum Key { case alt, lang, scope }
        var element: Int32
        var key: Key
        var value: String
    }

    private(set) var elements: [Element] = []
    private(set) var kids: [Kid] = []
    private(set) var roles: [String] = []
    private var roleIndex: [String: UInt16] = [:]
    private(set) var attributes: [Attribute] = []
    /// For each page, the element of each MCID (numbered 0, 1, 2 … in the
    /// order the marks are opened).
    private(set) var marked: [[Int32]] = []

    /// A tree holding only its root, the Document element (index 0).
    init() {
        elements.append(Element(parent: -1, role: role("Document")))
    }

    /// Appends an element with standard role `role` ("P", "H1", "TD", …) as
    /// the last kid of `parent`; returns its index.
    mutating func element(parent: Int32, role name: String) -> Int32 {
        let index = Int32(elements.count)
        elements.append(Element(parent: parent, role: role(name)))
        addKid(parent, Kid(a: index, b: 0, kind: .element))
        return index
    }

    mutating func attribute(_ key: Attribute.Key, of element: Int32, _ value: String) {
        attributes.append(Attribute(element: element, key: key, value: value))
    }

    /// Appends marked content `mcid` of page `page` (0-based) to an element's kids.
    mutating func content(of element: Int32, page: Int32, mcid: Int32) {
        addKid(element, Kid(a: page, b: mcid, kind: .content))
        while marked.count <= Int(page) { marked.append([]) }
        while marked[Int(page)].count <= Int(mcid) { marked[Int(page)].append(-1) }
        marked[Int(page)][Int(mcid)] = element
    }

    /// Appends the `index`-th link annotation of page `page` to an element's kids.
    mutating func annotation(of element: Int32, page: Int32, index: Int32) {
        addKid(element, Kid(a: page, b: index, kind: .annotation))
    }

    /// The kids of element `e`, in order.
    func kids(of e: Int) -> KidSequence { KidSequence(kids: kids, first: elements[e].firstKid) }

    struct KidSequence: Sequence, IteratorProtocol {
        let kids: [Kid]
        var first: Int32
        mutating func next() -> Kid? {
            guard first >= 0 else { return nil }
            let kid = kids[Int(first)]
            first = kid.next
            return kid
        }
    }

    private mutating func role(_ name: String) -> UInt16 {
        if let r = roleIndex[name] { return r }
        let r = UInt16(roles.count)
        roles.append(name)
        roleIndex[name] = r
        return r
    }

    private mutating func addKid(_ element: Int32, _ kid: Kid) {
        let index = Int32(kids.count)
        kids.append(kid)
        let e = Int(element)
        if elements[e].lastKid < 0 {
            elements[e].firstKid = index
        } else {
            kids[Int(elements[e].lastKid)].next = index
        }
        elements[e].lastKid = index
        elements[e].kidCount += 1
    }
}
