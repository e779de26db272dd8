import Mustache

/// HTML written in Swift, for the parts a page repeats by the hundred (an
/// issue's matrix cells, its timeline's marks and list): a template walks
/// each value of such a part through Mustache's lookups and casts, which
/// made an issue page of a large corpus miss its time goal (docs/serve.md);
/// written here, the part goes to the template as one value.
///
/// Element and attribute names are `StaticString`s, so markup can only come
/// from this source; every text and attribute value goes through
/// `HTMLEscaping.escape`, the escaping every template uses.
struct HTMLWriter {
    private(set) var html = ""

    /// `<name a="v" …>`.
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        html += "<"
        append(name)
        for (key, value) in attributes {
            html += " "
            append(key)
            html += "=\""
            html += HTMLEscaping.escape(value)
            html += "\""
        }
        html += ">"
    }

    /// `<name a="v" …/>`, an SVG element without content.
    mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        open(name, attributes)
        html.removeLast()
        html += "/>"
    }

    mutating func close(_ name: StaticString) {
        html += "</"
        append(name)
        html += ">"
    }

    /// `<name a="v" …>text</name>`.
    mutating func element(
        _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text: String
    ) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Text, escaped.
    mutating func text(_ s: String) { html += HTMLEscaping.escape(s) }

    /// Markup written in this source (a space, a line break, an entity).
    mutating func markup(_ s: StaticString) { append(s) }

    private mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { html += String(decoding: $0, as: UTF8.self) }
    }

    /// What was written, for a template's `{{{…}}}`.
    var result: WrittenHTML { WrittenHTML(html: html) }
}

/// HTML already escaped (made by `HTMLWriter`): a template prints it with
/// `{{{name}}}`. Printed with `{{name}}` by mistake it is escaped again and
/// shows as markup, never as live HTML.
struct WrittenHTML: MustacheCustomRenderable, Sendable {
    let html: String
    var renderText: String { html }
    var isNull: Bool { html.isEmpty }
}
