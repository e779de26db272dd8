/// Named destinations, the targets of internal links and of the outline:
/// a name tree (`/Names` under the catalog's `/Dests`), names in byte order,
/// each leading to a point of a page (`/XYZ`, zoom unchanged). A name given
/// twice keeps its first place.
struct NamedDestinations {
    private var places: [String: (page: Int, x: Double, y: Double)] = [:]

    /// `name` at (x, y), y upwards, on the page object `page`.
    mutating func add(_ name: String, page: Int, x: Double, y: Double) {
        if places[name] == nil { places[name] = (page, x, y) }
    }

    var isEmpty: Bool { places.isEmpty }

    func write(_ number: Int, to writer: ObjectWriter) {
        let d = PDFBytes()
        d.append("<</Names[")
        for name in places.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let p = places[name] else { continue }
            d.append(textString: name)
            d.append("[")
            d.append(reference: p.page)
            d.append("/XYZ ")
            d.append(number: p.x)
            d.append(" ")
            d.append(number: p.y)
            d.append(" 0]\n")
        }
        d.append("]>>")
        writer.object(number, d)
    }
}
