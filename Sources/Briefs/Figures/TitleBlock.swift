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
        let ps = style.paragraphs
        out.append(.paragraph([TextRun(kicker.uppercased(), style: style.kicker)], ps.kicker))
        out.append(.anchor("title"))
        out.append(.paragraph([TextRun(title, style: style.title)], ps.title))
        for line in lines.dropFirst(2) {
            out.append(.paragraph([TextRun(line, style: style.subtitle)], ps.subtitle))
        }
        out.append(.spacer(style.titleRule.spaceBefore))
        out.append(.rule(color: style.titleRule.color, width: style.titleRule.weight))
        return out
    }
}
