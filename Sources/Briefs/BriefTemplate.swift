import Foundation
import Mustache

/// A brief's template: Mustache over Markdown with `::directive` paragraphs.
/// Found by name in the corpus's own `Templates/`, then the installed
/// `Templates/`, or given as a path; the style file beside it (`style.yaml`)
/// is used when present, else the corpus's, else the installed one.
public struct BriefTemplate: Sendable {
    public let path: String
    public let stylePath: String
    private let template: MustacheTemplate

    /// `name` is a template name (`issue-brief`), a `.mustache` file, or a
    /// folder holding `DEFAULT.mustache`.
    public init(nameOrPath name: String?, default defaultName: String, resources: Resources) throws {
        _ = MarkdownContentType.register
        let fm = FileManager.default
        var candidates: [String] = []
        let chosen = name ?? defaultName
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: chosen, isDirectory: &isDir) {
            candidates.append(isDir.boolValue ? (chosen as NSString).appendingPathComponent("\(defaultName).mustache") : chosen)
        }
        if let own = resources.corpusTemplates {
            candidates.append((own as NSString).appendingPathComponent("\(chosen).mustache"))
        }
        candidates.append((resources.templates as NSString).appendingPathComponent("\(chosen).mustache"))
        guard let found = candidates.first(where: { fm.fileExists(atPath: $0) }) else {
            throw BriefError.templateMissing(chosen, searched: candidates)
        }
        guard let text = try? String(contentsOfFile: found, encoding: .utf8) else {
            throw BriefError.templateInvalid(path: found, reason: "not readable UTF-8 text")
        }
        do { template = try MustacheTemplate(string: text) } catch {
            throw BriefError.templateInvalid(path: found, reason: "\(error)")
        }
        path = found
        let beside = ((found as NSString).deletingLastPathComponent as NSString).appendingPathComponent("style.yaml")
        // The style beside the template, else the corpus's own, else the installed one.
        let styles = [beside] + (resources.corpusTemplates.map { [($0 as NSString).appendingPathComponent("style.yaml")] } ?? [])
        stylePath = styles.first(where: { fm.fileExists(atPath: $0) }) ?? (resources.templates as NSString).appendingPathComponent("style.yaml")
    }

    /// The Markdown the template produces for a brief's typed context.
    public func render<Context: Encodable>(_ context: Context) -> String {
        template.render(context)
    }
}
