/// The outline (bookmarks): headings nested by level, each leading to its
/// named destination; the top level shown open, deeper levels closed.
struct DocumentOutline {
    private final class Item {
        let title: String
        let anchor: String
        let open: Bool
        var kids: [Item] = []
        var number = 0
        init(title: String, anchor: String, open: Bool) { self.title = title; self.anchor = anchor; self.open = open }
        /// Items shown when the outline opens: the kids of an open item and theirs.
        var visible: Int { open ? kids.reduce(kids.count) { $0 + $1.visible } : 0 }
    }

    private var top: [Item] = []

    /// Entries with an invalid anchor name are left out; a level deeper
    /// than one below the last entry's is taken as that.
    init(_ entries: [OutlineEntry]) {
        var path: [Item] = []
        for entry in entries where TagAttributes.isValidName(entry.anchor) {
            let level = max(1, min(entry.level, path.count + 1))
            let item = Item(
                title: Noncharacters.replaced(entry.title), anchor: entry.anchor, open: level == 1)
            path = Array(path.prefix(level - 1))
            if let parent = path.last { parent.kids.append(item) } else { top.append(item) }
            path.append(item)
        }
    }

    var isEmpty: Bool { top.isEmpty }

    /// Writes the outline's root as object `root` and its items.
    func write(root: Int, to writer: ObjectWriter) {
        func number(_ items: [Item]) {
            for item in items {
                item.number = writer.allocate()
                number(item.kids)
            }
        }
        number(top)
        func write(_ items: [Item], parent: Int) {
            for (i, item) in items.enumerated() {
                let d = PDFBytes()
                d.append("<</Title ")
                d.append(textString: item.title)
                d.append("/Parent ")
                d.append(reference: parent)
                if i > 0 {
                    d.append("/Prev ")
                    d.append(reference: items[i - 1].number)
                }
                if i + 1 < items.count {
                    d.append("/Next ")
                    d.append(reference: items[i + 1].number)
                }
                if let first = item.kids.first, let last = item.kids.last {
                    d.append("/First ")
                    d.append(reference: first.number)
                    d.append("/Last ")
                    d.append(reference: last.number)
                    d.append("/Count ")
                    d.append(integer: item.open ? item.visible : -item.kids.count)
                }
                d.append("/Dest ")
                d.append(textString: item.anchor)
                d.append(">>")
                writer.object(item.number, d)
                write(item.kids, parent: item.number)
            }
        }
        let r = PDFBytes()
        r.append("<</Type/Outlines")
        if let first = top.first, let last = top.last {
            r.append("/First ")
            r.append(reference: first.number)
            r.append("/Last ")
            r.append(reference: last.number)
            r.append("/Count ")
            r.append(integer: top.reduce(top.count) { $0 + $1.visible })
        }
        r.append(">>")
        writer.object(root, r)
        write(top, parent: root)
    }
}
