/// A specimen document exercising every block kind: headings, justified
/// English and Cyrillic text with ligatures and hyphenation, lists, quotes,
/// a long URL, a figure and a long table whose header repeats. Used by
/// `brief specimen`, the engine benchmark and the tests. Text is generated
/// deterministically, so the same size always gives the same document.
public struct SpecimenDocument {
    public var style: DocumentStyle

    public init(style: DocumentStyle) { self.style = style }

    private static let vocabulary = """
        the of and to in a is that for it as was with be by on not he this are or his from at which but have an \
        they you were her she there been one all we their has would when if so no will more about out up them \
        office official efficient affirm fluffy first field final find fifty offer effect suffice flow \
        engagement organization detention accountability humanitarian international negotiation prisoner \
        civilian release independent monitoring delegation counterpart statement commitment government \
        responsibility investigation deportation protection administration representative \
        justice rights law council session summit meeting letter press visit call demand position
        """.split(separator: " ").map(String.init)

    private static let cyrillic = [
        "Права людини мають бути в центрі будь-яких переговорів про припинення війни.",
        "Тисячі цивільних осіб утримуються без зв’язку із зовнішнім світом.",
        "Організації закликають забезпечити незалежний моніторинг місць позбавлення волі.",
    ]

    /// Deterministic linear congruential generator (Numerical Recipes constants).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func sentence(_ g: inout Generator, words: Int) -> String {
        var out: [String] = []
        for i in 0..<words {
            var w = Self.vocabulary[g.next(Self.vocabulary.count)]
            if i == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
            out.append(w)
        }
        return out.joined(separator: " ") + (g.next(5) == 0 ? ";" : ".")
    }

    func paragraph(_ g: inout Generator, sentences: Int) -> [TextRun] {
        var runs: [TextRun] = []
        for s in 0..<sentences {
            let text = sentence(&g, words: 8 + g.next(14)) + (s < sentences - 1 ? " " : "")
            if g.next(9) == 0 {
                runs.append(TextRun(text, style: style.body.with { $0.italic = true }))
            } else {
                runs.append(TextRun(text, style: style.body))
            }
        }
        return runs
    }

    /// About `pages` pages of material.
    public func blocks(pages: Int, contents: Bool = true) -> [Block] {
        var g = Generator(state: 42)
        var blocks: [Block] = []
        if contents { blocks.append(.tableOfContents(title: "Contents", depth: 2)) }
        let body = style.body
        let sans = TextStyle(family: "sans", size: body.size - 1)
        let chapters = max(1, (pages * 3 + 9) / 10)
        for c in 1...chapters {
            blocks.append(
                .heading(
                    Heading(
                        level: 1, runs: [TextRun("Chapter \(c): \(sentence(&g, words: 4).dropLast())", style: body)],
                        anchor: "chapter-\(c)")))
            for _ in 0..<6 { blocks.append(.paragraph(paragraph(&g, sentences: 5 + g.next(4)), style.paragraph)) }
            blocks.append(
                .heading(
                    Heading(
                        level: 2, runs: [TextRun("Positions and demands", style: body)],
                        anchor: "chapter-\(c)-positions")))
            blocks.append(
                .list(
                    ListBlock(
                        marker: c % 2 == 0 ? .number(start: 1) : .bullet,
                        items: (0..<3).map { _ in
                            [
                                .paragraph(
                                    paragraph(&g, sentences: 1 + g.next(2)), style.paragraph.with { $0.spaceAfter = 0 })
                            ]
                        })))
            blocks.append(
                .quote(
                    [.paragraph([TextRun(sentence(&g, words: 30), style: style.quoteText)], style.paragraph)],
                    attribution: [
                        TextRun("— Specimen Organization, letter of \(2017 + c % 9)", style: style.attribution)
                    ]))
            blocks.append(
                .paragraph(
                    [
                        TextRun(
                            Self.cyrillic[c % 3] + " " + Self.cyrillic[(c + 1) % 3],
                            style: body.with { $0.language = "uk" })
                    ],
                    style.paragraph))
            blocks.append(
                .paragraph(
                    [
                        TextRun("The source is at ", style: body),
                        TextRun(
                            "https://www.example.org/reports/2025/03/engagement-must-prioritize-human-rights-abuse-concerns-\(c)",
                            style: body.with {
                                $0.color = Color(red: 0.1, green: 0.25, blue: 0.6);
                                $0.link = .uri("https://www.example.org/reports/\(c)")
                            }),
                        TextRun(" and is cited in full.", style: body),
                    ], style.paragraph))
            for _ in 0..<8 { blocks.append(.paragraph(paragraph(&g, sentences: 4 + g.next(5)), style.paragraph)) }
            if c % 3 == 1 {
                blocks.append(
                    .figure(barChart(&g, width: style.contentWidth * 0.8, caption: "Figure \(c): demands by year")))
            }
            if c % 4 == 0 {
                blocks.append(
                    .heading(
                        Heading(
                            level: 2, runs: [TextRun("Table of statements", style: body)], anchor: "chapter-\(c)-table")
                    ))
                blocks.append(.table(table(&g, rows: 40, sans: sans)))
            }
        }
        return blocks
    }

    func table(_ g: inout Generator, rows: Int, sans: TextStyle) -> Table {
        let head = sans.with { $0.bold = true }
        let ps = ParagraphStyle(alignment: .left, leading: 1.25, hyphenate: true, spaceAfter: 0)
        func cell(_ s: String, _ st: TextStyle = sans) -> Table.Cell {
            Table.Cell([.paragraph([TextRun(s, style: st)], ps)])
        }
        return Table(
            columns: [.auto, .fraction(2), .fraction(1), .auto],
            header: [
                Table.Row([cell("No.", head), cell("Statement", head), cell("Organization", head), cell("Year", head)])
            ],
            rows: (1...rows).map { i in
                Table.Row([
                    cell("\(i)"), cell(sentence(&g, words: 6 + g.next(12))),
                    cell(["Human Rights Watch", "Amnesty International USA", "Human Rights First", "HRHF"][g.next(4)]),
                    cell("\(2017 + g.next(9))"),
                ])
            }, name: "the table of statements")
    }

    func barChart(_ g: inout Generator, width: Double, caption: String) -> Figure {
        let height = 140.0
        var elements: [Figure.Element] = []
        let axis = Color(gray: 0.3)
        let years = 2017...2025
        let left = 30.0, bottom = height - 18
        elements.append(
            .stroke(.line(from: Point(x: left, y: 8), to: Point(x: left, y: bottom)), axis, width: 0.6, dash: []))
        elements.append(
            .stroke(.line(from: Point(x: left, y: bottom), to: Point(x: width, y: bottom)), axis, width: 0.6, dash: []))
        let step = (width - left) / Double(years.count)
        let label = TextStyle(family: "sans", size: 7, color: axis)
        for (i, y) in years.enumerated() {
            let v = Double(1 + g.next(9))
            let h = v / 10 * (bottom - 12)
            let x = left + Double(i) * step + step * 0.2
            elements.append(
                .fill(
                    .rect(Rect(x: x, y: bottom - h, width: step * 0.6, height: h)),
                    Color(gray: 0.35 + 0.05 * Double(i % 3))))
            elements.append(.text(String(y), label, at: Point(x: x + step * 0.3, y: bottom + 10), anchorX: 0.5))
        }
        return Figure(
            size: Size(width: width, height: height), elements: elements,
            caption: [TextRun(caption, style: style.caption)])
    }
}

extension ParagraphStyle {
    public func with(_ change: (inout ParagraphStyle) -> Void) -> ParagraphStyle {
        var copy = self; change(&copy); return copy
    }
}
