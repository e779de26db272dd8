import Typesetting

/// The opening of a brief: a kicker line (the brief's kind), the title, and
/// subtitle lines with the period and figures, closed by a rule. The
/// wording comes from the template's `::title` directive lines.
enum TitleBlock {
    static func blocks(_ d: Directive, style: BriefStyle) -> [Block] {
        let lines = d.lines.filter { !$0.isEmpty }
        guard let kicker = lines.first else { return [] }
        let title = lines.count > 1 ? lines[1] : ""
        var out: [Block] = []
        let tight = ParagraphStyle(alignment: .left, leading: 1.15, hyphenate: false, spaceAfter: 0)
        out.append(.paragraph([TextRun(kicker.uppercased(), style: style.kicker)], tight.with { $0.spaceAfter = 4 }))
        out.append(.anchor("title"))
        out.append(.paragraph([TextRun(title, style: style.title)], tight.with { $0.leading = 1.12; $0.spaceAfter = 5 }))
        for line in lines.dropFirst(2) {
            out.append(.paragraph([TextRun(line, style: style.subtitle)], tight.with { $0.spaceAfter = 1.5 }))
        }
        out.append(.spacer(4))
        out.append(.rule(color: style.palette.accent, width: 1.2))
        return out
    }
}
