import Foundation

/// Index of a face in a `FontLibrary`; cheap to copy into every glyph run.
public typealias FontID = Int

/// Weight and slant of one face within a family.
public struct FontVariant: Hashable, Sendable, CaseIterable {
    public var bold: Bool
    public var italic: Bool
    public init(bold: Bool = false, italic: Bool = false) { self.bold = bold; self.italic = italic }
    public static let allCases = [
        FontVariant(), FontVariant(italic: true),
        FontVariant(bold: true), FontVariant(bold: true, italic: true),
    ]
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
/// fontconfig, so output does not depend on the machine). Shared by every
/// layout and writer.
///
/// A family's faces are opened when the library is made. Fallback faces are
/// opened the first time a character needs one: most corpora never need the
/// Arabic, Hebrew or symbol faces, and a brief should not pay to open them.
/// Their files are checked when the library is made, so that a missing or
/// foreign file is still reported at once.
public final class FontLibrary: @unchecked Sendable {
    // @unchecked: the family faces are immutable after init; each fallback
    // face is opened once, under its own lock.
    private let familyFaces: [FontFace]
    private let index: [String: [FontVariant: FontID]]
    private let fallbackFaces: [FallbackFace]
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
        for path in fallbacks { try FontFace.checkSignature(path: path) }
        self.familyFaces = faces
        self.index = index
        self.fallbackFaces = fallbacks.map(FallbackFace.init)
        self.fallbacks = fallbacks.indices.map { faces.count + $0 }
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
        let fallbackPaths = fallbacks.map {
            $0.hasPrefix("/") ? $0 : (directory as NSString).appendingPathComponent($0)
        }
        try self.init(families: spec, fallbacks: fallbackPaths)
    }

    /// The characters of `text` that no face here can show (whitespace and
    /// invisible format characters aside), each once, in order.
    public func uncovered(in text: String) -> [Unicode.Scalar] {
        var missing: [Unicode.Scalar] = []
        var seen = Set<UInt32>()
        for u in text.unicodeScalars where u.value >= 0x250 && !seen.contains(u.value) {
            seen.insert(u.value)
            if u.properties.isWhitespace || u.properties.isDefaultIgnorableCodePoint
                || u.properties.generalCategory == .format
            {
                continue
            }
            if !(familyFaces.indices.contains { covers(u, font: $0) } || fallbacks.contains { covers(u, font: $0) }) {
                missing.append(u)
            }
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

    /// Whether face `id` maps `scalar` to a glyph. A fallback face is opened
    /// here when first asked; one that cannot be opened covers nothing.
    public func covers(_ scalar: Unicode.Scalar, font id: FontID) -> Bool {
        if id < familyFaces.count { return familyFaces[id].covers(scalar) }
        return fallbackFaces[id - familyFaces.count].face?.covers(scalar) ?? false
    }

    /// The fallback files opened so far, in the style's order: those the
    /// text needed, and none for text its families cover.
    public var openedFallbacks: [String] { fallbackFaces.filter(\.isOpen).map(\.path) }

    /// The face `id`. A fallback face is only ever chosen after `covers`
    /// said it has the character, so it is open by then.
    public subscript(id: FontID) -> FontFace {
        if id < familyFaces.count { return familyFaces[id] }
        guard let face = fallbackFaces[id - familyFaces.count].face else {
            preconditionFailure("fallback face \(id) used without covering a character")
        }
        return face
    }
}

/// A fallback font file, opened on first use.
private final class FallbackFace: @unchecked Sendable {
    // @unchecked: `opened` is only read and written under `lock`.
    let path: String
    private let lock = NSLock()
    private var opened: FontFace??

    init(path: String) { self.path = path }

    var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return opened != nil
    }

    /// The face, or nil when the file cannot be read as a font.
    var face: FontFace? {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let face = try? FontFace(path: path)
        opened = .some(face)
        return face
    }
}
