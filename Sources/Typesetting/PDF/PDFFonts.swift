/// The fonts and transparency states a PDF's pages use, named in one
/// resource dictionary all pages share: each face a `FontSubset` (named
/// F0, F1, … in order of first use, so that the same input gives the same
/// bytes), each opacity an ExtGState (A0, A1, …).
final class PDFFonts {
    private let writer: ObjectWriter
    /// The shared resource dictionary's object number.
    let resources: Int
    private var subsets: [ObjectIdentifier: FontSubset] = [:]
    private var ordered: [FontSubset] = []
    private var last: (face: ObjectIdentifier, subset: FontSubset)?
    private var alphas: [AlphaKey: String] = [:]
    private var alphaOrder: [AlphaKey] = []
    private struct AlphaKey: Hashable { var fill: Double; var stroke: Double }

    init(writer: ObjectWriter) {
        self.writer = writer
        resources = writer.allocate()
    }

    /// The subset of `face`, begun at its first use.
    func subset(for face: FontFace) -> FontSubset {
        let id = ObjectIdentifier(face)
        if let last, last.face == id { return last.subset }
        let s =
            subsets[id]
            ?? {
                let s = FontSubset(face: face, resourceName: "F\(ordered.count)", objectNumber: writer.allocate())
                subsets[id] = s
                ordered.append(s)
                return s
            }()
        last = (id, s)
        return s
    }

    /// The name of the graphics state with these opacities.
    func alphaState(fill: Double, stroke: Double) -> String {
        let key = AlphaKey(fill: fill, stroke: stroke)
        if let name = alphas[key] { return name }
        let name = "A\(alphaOrder.count)"
        alphas[key] = name
        alphaOrder.append(key)
        return name
    }

    /// Writes every font and the resource dictionary.
    func write() throws {
        let r = PDFBytes()
        r.append("<</ProcSet[/PDF/Text]/Font<<")
        for s in ordered {
            r.append(name: s.resourceName)
            r.append(" ")
            r.append(reference: s.objectNumber)
        }
        r.append(">>")
        if !alphaOrder.isEmpty {
            r.append("/ExtGState<<")
            for key in alphaOrder {
                r.append(name: alphas[key] ?? "")
                r.append("<</Type/ExtGState/ca ")
                r.append(number: key.fill)
                r.append("/CA ")
                r.append(number: key.stroke)
                r.append(">>")
            }
            r.append(">>")
        }
        r.append(">>")
        writer.object(resources, r)
        for (s, program) in zip(ordered, try Self.programs(ordered)) { s.write(program, to: writer) }
    }

    /// Each subset's face and ToUnicode map, cut and compressed on as many cores as there are
    /// faces (most of the time a short document's writing takes at its end); in `subsets`' order,
    /// so the file is the same bytes whatever thread made each. The first error in that order is thrown.
    static func programs(_ subsets: [FontSubset]) throws -> [FontSubset.Program] {
        // Each face is read by the one worker that cuts it.
        let faces = UncheckedSendable(subsets)
        return try (0..<subsets.count).concurrentMap { i in
            Result {
                guard let deflate = Deflate() else {
                    throw TypesettingError.pdfWriting(
                        operation: "writing the PDF", reason: "no memory for a compressor")
                }
                return try faces.value[i].program(compressingWith: deflate)
            }
        }.map { try $0.get() }
    }
}
