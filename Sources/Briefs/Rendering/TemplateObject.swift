import Mustache

/// A brief's typed context as the template engine reads it, read once.
///
/// swift-mustache finds a name in a struct by reflecting the whole struct
/// (`Mirror`) at every tag, and again for each context on the stack it
/// climbs; that reflection (type metadata looked up from mangled names,
/// protocol-conformance checks) was most of the time a small brief spent in
/// its template. A `TemplateObject` reflects each struct of the context once,
/// the way the engine does (the same labels; an `Optional` read as its
/// value, or as absent when nil), and hands the engine the values by name.
///
/// A template sees what it saw before: strings, Booleans and numbers are
/// the same values; a list of structs is a list of these objects, so
/// sections, `first`, `last`, `count`, `reversed` and `empty` behave alike
/// (and `sorted` applies to neither); a struct answers no transform, as a
/// struct does not; one printed (`{{issue}}`, `{{.}}`, a list printed
/// whole) prints as the struct prints. One text differs: a reversed list
/// printed whole (`{{reversed(list)}}`, Swift's debug text of the
/// collection) names this class as its element type.
final class TemplateObject: MustacheParent, CustomStringConvertible, CustomDebugStringConvertible {
    private let value: Any
    private let children: [String: Any]

    init(reflecting value: Any) {
        self.value = value
        var children: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            // The engine takes the first child of a label: a struct has one of each.
            guard let label = child.label, children[label] == nil else { continue }
            if let found = Self.templateValue(child.value) { children[label] = found }
        }
        self.children = children
    }

    func child(named name: String) -> Any? { children[name] }

    var description: String { String(describing: value) }
    var debugDescription: String { String(reflecting: value) }

    /// The types a value of which is read as it is (text, numbers, truth
    /// values and lists of text): the exact types, not optionals of them.
    private static let leaves: [Any.Type] = [String.self, Int.self, Double.self, Bool.self, [String].self]

    /// What the engine would find for a property holding `value`: an
    /// `Optional` unwrapped one level (nil when empty), a struct or a
    /// non-empty list of structs read once, anything else as it is.
    private static func templateValue(_ value: Any) -> Any? {
        // Most of a context's values: kept as they are, as the mirror below would keep them, without one.
        if leaves.contains(where: { $0 == type(of: value) }) { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let held = mirror.children.first?.value else { return nil }
            return wrapped(held)
        default:
            return wrapped(value, mirror: mirror)
        }
    }

    private static func wrapped(_ value: Any, mirror: Mirror? = nil) -> Any {
        let mirror = mirror ?? Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            return TemplateObject(reflecting: value)
        case .collection:
            let elements = mirror.children.map(\.value)
            guard !elements.isEmpty, elements.allSatisfy({ Mirror(reflecting: $0).displayStyle == .struct }) else {
                return value
            }
            return elements.map { TemplateObject(reflecting: $0) }
        default:
            return value
        }
    }
}
