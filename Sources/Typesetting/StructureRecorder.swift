import Foundation
import CTaggedPDF

/// Collects the structure tree while pages are painted: numbers elements
/// in the order they are met (reading order), the marked content of each
/// page (MCIDs), and link annotations with their descriptions. `TaggedPDF`
/// writes it into the file after cairo.
final class StructureRecorder {
    let tree: OpaquePointer
    /// The catalog's language; elements only carry /Lang where theirs differs.
    let documentLanguage: String

    private var elements: [ObjectIdentifier: (node: StructureNode, index: Int32)] = [:]
    private var page: Int32 = -1
    private var annotationIndex: Int32 = 0
    /// Link annotations waiting for their descriptions (anchors may come later).
    private var annotations: [(element: Int32, page: Int32, index: Int32, target: LinkTarget, link: StructureNode?)] = []
    private var anchorDescriptions: [String: String] = [:]
    /// Text drawn under each Link element, for annotation descriptions.
    private var linkText: [ObjectIdentifier: String] = [:]
    private var currentLink: ObjectIdentifier?

    init(documentLanguage: String) {
        tree = tp_tree_new()
        self.documentLanguage = documentLanguage
    }

    deinit { tp_tree_free(tree) }

    func beginPage() {
        page += 1
        annotationIndex = 0
    }

    /// The element of `node`, created (with its ancestors) when first met.
    @discardableResult
    func attach(_ node: StructureNode) -> Int32 {
        let id = ObjectIdentifier(node)
        if let e = elements[id] { return e.index }
        let parent = node.parent.map { attach($0) } ?? 0
        let index = tp_element(tree, parent, node.role.pdfName)
        elements[id] = (node, index)
        if let alt = node.alternative, !alt.isEmpty { tp_attribute(tree, index, "Alt", alt) }
        if case .headerCell(let scope) = node.role { tp_attribute(tree, index, "Scope", scope.rawValue) }
        if let language = node.language, !language.isEmpty,
           Self.primary(language) != Self.primary(node.parent?.effectiveLanguage ?? documentLanguage) {
            tp_attribute(tree, index, "Lang", language)
        }
        return index
    }

    /// The language to mark a run with: its own where it differs from the
    /// language in force in `node`; nil otherwise.
    func language(of run: GlyphRun?, in node: StructureNode) -> String? {
        guard let run, !run.language.isEmpty,
              Self.primary(run.language) != Self.primary(node.effectiveLanguage ?? documentLanguage) else { return nil }
        return run.language
    }

    /// The language of `node`'s text: its own or inherited, else the document's.
    func languageInForce(in node: StructureNode) -> String { node.effectiveLanguage ?? documentLanguage }

    /// The page's next marked-content sequence, under `node`; a
    /// continuation directly follows one of the same node (see `tp_mark`).
    func content(_ node: StructureNode, language: String?, continuation: Bool) {
        let element = attach(node)
        tp_mark(tree, page, element, language, continuation ? 1 : 0)
        currentLink = node.nearest { $0 == .link }.map(ObjectIdentifier.init)
    }

    /// Text drawn in the current mark (kept for link descriptions only).
    func text(_ s: String) {
        if let link = currentLink { linkText[link, default: ""] += s }
    }

    /// The page's next link annotation, tied to the Link element around
    /// `node` (made when the content is not in one).
    func annotation(under node: StructureNode?, target: LinkTarget) {
        let link = node?.nearest { $0 == .link } ?? StructureNode(.link, parent: node)
        annotations.append((attach(link), page, annotationIndex, target, link))
        annotationIndex += 1
    }

    func describe(anchor: String, as description: String) {
        if anchorDescriptions[anchor] == nil { anchorDescriptions[anchor] = description }
    }

    /// Hands the annotations, now described, to the tree.
    func finishAnnotations() {
        for a in annotations {
            let text = a.link.flatMap { linkText[ObjectIdentifier($0)] }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            tp_annotation(tree, a.element, a.page, a.index, Self.describe(a.target, text: text, anchors: anchorDescriptions))
        }
        annotations = []
    }

    /// What a screen reader says for a link: where it leads, in words.
    static func describe(_ target: LinkTarget, text: String, anchors: [String: String]) -> String {
        switch target {
        case .destination(let name):
            if let d = anchors[name], !d.isEmpty { return d }
            return text.isEmpty ? "Link within the document" : text
        case .uri(let uri):
            if text.isEmpty || text == uri { return "Link to \(uri)" }
            return "\(text) (\(uri))"
        }
    }

    static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }
}
