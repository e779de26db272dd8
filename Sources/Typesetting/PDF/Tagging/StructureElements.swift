import Foundation

/// Writes the recorded structure tree after the pages: every element as a
/// StructElem (packed into compressed object streams), the link
/// annotations with their /StructParent keys, the parent tree that leads
/// from a page's MCIDs and from each annotation back to its element, and
/// the StructTreeRoot.
struct StructureElements {
    /// Elements per object stream: a reader looking one up inflates one
    /// stream, so a few hundred keep that cheap while each stream's own
    /// overhead (its dictionary, its offsets table) stays small.
    static let perObjectStream = 200

    let tree: RecordedStructureTree
    /// The page objects, by page.
    let pages: [Int]
    /// The link annotations' objects, by page and index on the page.
    let annotationObjects: [[Int]]
    /// The annotations, described (`StructureRecorder.finishAnnotations`).
    let links: [StructureRecorder.DescribedLink]

    /// Writes it all; returns the StructTreeRoot's number.
    func write(to writer: ObjectWriter) throws -> Int {
        let root = writer.allocate(), parentTree = writer.allocate(), rootStream = writer.allocate()
        let elements = (0..<tree.elements.count).map { _ in writer.allocate() }
        let streams = (0..<(elements.count + Self.perObjectStream - 1) / Self.perObjectStream).map { _ in
            writer.allocate()
        }

        // The annotations, each under a parent-tree key of its own after
        // the pages' (page p has key p), in page order.
        let nums = PDFBytes(capacity: 64 * (pages.count + links.count))
        try writeParentTreeOfPages(elements, into: nums)
        var nextKey = pages.count
        for link in links.sorted(by: { ($0.page, $0.index) < ($1.page, $1.index) }) {
            let number = annotationObjects[Int(link.page)][Int(link.index)]
            writer.object(number, Self.annotation(link, key: nextKey))
            nums.append(integer: nextKey)
            nums.append(" ")
            nums.append(reference: elements[Int(link.element)])
            nums.append(" ")
            nextKey += 1
        }

        // The elements, composed and compressed on every core.
        let packed = try pack(elements: elements, root: root)
        for (i, stream) in packed.enumerated() { writer.objectStream(streams[i], stream) }

        // The parent tree holds a reference for every mark of every page (a megabyte on a
        // 3,000-page brief): compressed, in an object stream with the root.
        let p = PDFBytes()
        p.append("<</Nums[")
        p.append(nums)
        p.append("]>>")
        let r = PDFBytes()
        r.append("<</Type/StructTreeRoot/K ")
        r.append(reference: elements[0])
        r.append("/ParentTree ")
        r.append(reference: parentTree)
        r.append("/ParentTreeNextKey ")
        r.append(integer: nextKey)
        r.append(">>")
        writer.objectStream(rootStream, objects: [(parentTree, p), (root, r)])
        return root
    }

    /// Each page's entry: the elements of its MCIDs, in order. Every MCID
    /// has one (decoration takes none): an MCID without is a miscount, and
    /// a file with it would fail PDF/UA without a word.
    private func writeParentTreeOfPages(_ elements: [Int], into nums: PDFBytes) throws {
        for (page, marks) in tree.marked.enumerated() where !marks.isEmpty {
            nums.append(integer: page)
            nums.append("[")
            for e in marks {
                guard e >= 0 else {
                    throw TypesettingError.pdfWriting(
                        operation: "writing the structure tree", reason: "a mark of page \(page + 1) has no element")
                }
                nums.append(reference: elements[Int(e)])
                nums.append(" ")
            }
            nums.append("] ")
        }
    }

    /// A link annotation: invisible border, where it leads, what it says.
    static func annotation(_ a: StructureRecorder.DescribedLink, key: Int) -> PDFBytes {
        let d = PDFBytes()
        d.append("<</Type/Annot/Subtype/Link/Rect[")
        for (i, v) in a.link.rect.enumerated() {
            if i > 0 { d.append(" ") }
            d.append(number: v)
        }
        d.append("]/BS<</W 0>>/StructParent ")
        d.append(integer: key)
        if let uri = a.link.uri {
            d.append("/A<</Type/Action/S/URI/URI")
            d.append(textString: uri)
            d.append(">>")
        } else {
            d.append("/Dest")
            d.append(textString: a.link.destination ?? "")
        }
        d.append("/Contents")
        d.append(textString: a.contents)
        d.append(">>")
        return d
    }

    /// The object streams' contents, composed on as many threads as there
    /// are cores, each with its own compressor.
    private func pack(elements: [Int], root: Int) throws -> [PackedObjects] {
        let count = (elements.count + Self.perObjectStream - 1) / Self.perObjectStream
        let attributes = attributesByElement()
        let workers = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount))
        // Each stream's slot is written by one thread only, and read after all have finished.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<PackedObjects?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let deflate = Deflate() else { return }
            var s = worker
            while s < count {
                results[s] = packStream(s, elements: elements, root: root, attributes: attributes, deflate: deflate)
                s += workers
            }
        }
        var out: [PackedObjects] = []
        out.reserveCapacity(count)
        for r in results {
            guard let r else {
                throw TypesettingError.pdfWriting(operation: "writing the PDF", reason: "no memory for a compressor")
            }
            out.append(r)
        }
        return out
    }

    /// Each element's attributes (indices into `tree.attributes`), in the order set.
    private func attributesByElement() -> [Int32: [Int]] {
        var byElement: [Int32: [Int]] = [:]
        for (i, a) in tree.attributes.enumerated() { byElement[a.element, default: []].append(i) }
        return byElement
    }

    private func packStream(
        _ s: Int, elements: [Int], root: Int, attributes: [Int32: [Int]], deflate: Deflate
    ) -> PackedObjects {
        let range = s * Self.perObjectStream..<min(elements.count, (s + 1) * Self.perObjectStream)
        return PackedObjects(members: Array(elements[range]), deflate: deflate) { k, out in
            element(range.lowerBound + k, elements: elements, root: root, attributes: attributes, into: out)
        }
    }

    /// Element `i`'s StructElem: role, parent, page, kids, attributes.
    private func element(
        _ i: Int, elements: [Int], root: Int, attributes: [Int32: [Int]], into d: PDFBytes
    ) {
        let e = tree.elements[i]
        // The page of its first content: /Pg, and marked content there needs no /MCR.
        var home: Int32 = -1
        for kid in tree.kids(of: i) where kid.kind != .element {
            home = kid.a
            break
        }
        d.append("<</Type/StructElem/S")
        d.append(name: tree.roles[Int(e.role)])
        d.append("/P ")
        d.append(reference: e.parent < 0 ? root : elements[Int(e.parent)])
        if home >= 0 {
            d.append("/Pg ")
            d.append(reference: pages[Int(home)])
        }
        if e.kidCount > 0 {
            // A single kid stands alone (ISO 32000-1, 14.7.2, /K).
            d.append(e.kidCount == 1 ? "/K " : "/K[")
            var first = true
            for kid in tree.kids(of: i) {
                if !first { d.append(" ") }
                first = false
                switch kid.kind {
                case .element:
                    d.append(reference: elements[Int(kid.a)])
                case .content where kid.a == home:
                    d.append(integer: Int(kid.b))
                case .content:
                    d.append("<</Type/MCR/Pg ")
                    d.append(reference: pages[Int(kid.a)])
                    d.append("/MCID ")
                    d.append(integer: Int(kid.b))
                    d.append(">>")
                case .annotation:
                    d.append("<</Type/OBJR/Obj ")
                    d.append(reference: annotationObjects[Int(kid.a)][Int(kid.b)])
                    d.append("/Pg ")
                    d.append(reference: pages[Int(kid.a)])
                    d.append(">>")
                }
            }
            if e.kidCount != 1 { d.append("]") }
        }
        for k in attributes[Int32(i)] ?? [] {
            let a = tree.attributes[k]
            switch a.key {
            case .scope:
                d.append("/A<</O/Table/Scope")
                d.append(name: a.value)
                d.append(">>")
            case .alt:
                d.append("/Alt")
                d.append(textString: a.value)
            case .lang:
                d.append("/Lang")
                d.append(textString: a.value)
            }
        }
        d.append(">>")
    }
}
