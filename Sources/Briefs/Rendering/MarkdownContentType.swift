import Mustache

/// Values inserted into a Markdown template are escaped for Markdown, so a
/// title containing `*` or `[` stays literal text. Templates opt in with
/// `{{% CONTENT_TYPE: MARKDOWN}}`.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            if "\\`*_[]<>#!|~".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    static let register: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}
