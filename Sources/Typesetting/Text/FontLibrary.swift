import Foundation

/// Index of a face in a `FontLibrary`; cheap to copy into every glyph run.
public typealias FontID = Int

/// Weight and slant of one face within a family.
public struct FontVariant: Hashable, Sendable, CaseIterable {
    public var bold: Bool
    public var italic: Bool
    public init(bold: Bool = false, italic: Bool = false) { self.bold = bold; self.italic = italic }
    public static let allCases = [FontVariant(), FontVariant(italic: true),
                                  FontVariant(bold: true), FontVariant(bold: true, italic: true)]
    /// The file-name suffix fonts conventionally use: Regular, Italic, Bold, BoldItalic.
    public var fileSuffix: String {
        switch (bold, italic) {
        case (false, false): return "Regular"
        case (false, true): return "Italic"
        case (true, false): return "Bold"
        case (true, true): return "BoldItalic"
        }
    }
}

/// The faces a document may use, loaded from files by path (never through
/// fontconfig, so output does not depend on the machine). Immutable after
/// construction and shared by every layout and writer.
public final class FontLibrary: Sendable {
    public let faces: [FontFace]
    private let index: [String: [FontVariant: FontID]]
    /// Faces tried, in order, for characters a family's face lacks (Arabic,
    /// Hebrew, symbols): not a family of their own, never chosen by style.
    public let fallbacks: [FontID]

    /// Families as `name → (variant → file path)`, and fallback files.
    public init(families: [String: [FontVariant: String]], fallbacks: [String] = []) throws {
        var faces: [FontFace] = []
        var index: [String: [FontVariant: FontID]] = [:]
        for family in families.keys.sorted() {
            for variant in FontVariant.allCases {
                guard let path = families[family]?[variant] else { continue }
                index[family, default: [:]][variant] = faces.count
                faces.append(try FontFace(path: path))
            }
        }
        var fallbackIDs: [FontID] = []
        for path in fallbacks {
            fallbackIDs.append(faces.count)
            faces.append(try FontFace(path: path))
        }
        self.faces = faces
        self.index = index
        self.fallbacks = fallbackIDs
    }

    /// Loads `FILE-Regular.ttf`, `-Italic`, `-Bold`, `-BoldItalic` for each
    /// named family from a folder, e.g. `["serif": "NotoSerif"]`.
    /// `fallbacks` are file names in the same folder, or absolute paths.
    public convenience init(directory: String, families: [String: String], fallbacks: [String] = []) throws {
        var spec: [String: [FontVariant: String]] = [:]
        for (name, stem) in families {
            for v in FontVariant.allCases {
                let path = (directory as NSString).appendingPathComponent("\(stem)-\(v.fileSuffix).ttf")
                if FileManager.default.fileExists(atPath: path) { spec[name, default: [:]][v] = path }
            }
            if spec[name]?[FontVariant()] == nil {
                throw TypesettingError.fontUnreadable(
                    path: (directory as NSString).appendingPathComponent("\(stem)-Regular.ttf"),
                    reason: "file missing")
            }
        }
        let fallbackPaths = fallbacks.map { $0.hasPrefix("/") ? $0 : (directory as NSString).appendingPathComponent($0) }
        try self.init(families: spec, fallbacks: fallbackPaths)
    }

    /// The characters of `text` that no face here can show (whitespace and
    /// invisible format characters aside), each once, in order.
    public func uncovered(in text: String) -> [Unicode.Scalar] {
        var missing: [Unicode.Scalar] = []
        var seen = Set<UInt32>()
        for u in text.unicodeScalars where u.value >= 0x250 && !seen.contains(u.value) {
            seen.insert(u.value)
            if u.properties.isWhitespace || u.properties.isDefaultIgnorableCodePoint || u.properties.generalCategory == .format { continue }
            if !faces.contains(where: { $0.covers(u) }) { missing.append(u) }
        }
        return missing
    }

    public var familyNames: [String] { index.keys.sorted() }

    /// The face for a family and variant, falling back to the nearest variant
    /// the family has (bold italic → bold → regular).
    public func fontID(family: String, variant: FontVariant) throws -> FontID {
        guard let fam = index[family] else { throw TypesettingError.fontMissing(family: family) }
        if let id = fam[variant] { return id }
        if let id = fam[FontVariant(bold: variant.bold)] { return id }
        if let id = fam[FontVariant(italic: variant.italic)] { return id }
        return fam[FontVariant()]!
    }

    public subscript(id: FontID) -> FontFace { faces[id] }
}
