import Corpus
import Typesetting

/// Text of the corpus that the style's fonts cannot show: `brief check`
/// warns with the place and the characters, instead of a brief printing
/// replacement marks (�) silently.
public enum GlyphCoverage {
    public static func diagnostics(for corpus: Corpus, fonts: FontLibrary) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func check(_ text: String?, _ location: SourceLocation, _ what: String) {
            guard let text, text.utf8.contains(where: { $0 >= 0x80 }) else { return }
            let missing = fonts.uncovered(in: text)
            guard !missing.isEmpty else { return }
            let shown = missing.prefix(8).map { String(format: "%@ U+%04X", String($0), $0.value) }.joined(
                separator: ", ")
            let more = missing.count > 8 ? " and \(missing.count - 8) more" : ""
            out.append(
                .warning(
                    location,
                    "\(what) has characters no font of the style can show (\(shown)\(more)); "
                        + "they print as a replacement mark (� or ?): add a font with them to `fallback-fonts` in style.yaml"
                ))
        }
        for o in corpus.organizations {
            check(o.name, o.location, "the name of '\(o.id)'")
            check(o.short, o.location, "the short name of '\(o.id)'")
        }
        for i in corpus.issues {
            check(i.label, i.location, "the label of issue '\(i.id)'")
            for d in i.demands { check(d.label, d.location, "the label of demand '\(d.id)'") }
        }
        for e in corpus.events { check(e.title, e.source, "the title of event '\(e.id)'") }
        for d in corpus.documents {
            check(d.title, d.fieldLocations["title"] ?? d.location, "the title")
            check(d.to, d.fieldLocations["to"] ?? d.location, "the addressee")
            for a in d.asks {
                check(a.text, a.location, "the text of the ask for '\(a.demand)'")
                check(a.quote, a.location, "the quote for '\(a.demand)'")
            }
            // The body line by line, so that the warning names the line.
            guard d.body.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            for (n, line) in d.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                check(String(line), SourceLocation(file: d.location.file, line: d.bodyLine + n), "the text")
            }
        }
        return out
    }
}
