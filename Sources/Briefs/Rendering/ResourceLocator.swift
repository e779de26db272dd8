import Foundation
import Typesetting

/// The folder holding brief's `Fonts/` and `Templates/` (and `Skeleton/` and
/// `docs/corpus-format.md`, the corpus `brief init` writes), plus a corpus's own `Templates/`
/// when it has one.
///
/// Where it is looked for, in order:
/// 1. beside the executable, as `scripts/install` lays it out:
///    `PREFIX/bin/brief` finds `PREFIX/share/brief` (symbolic links to the
///    executable are followed first, so a link in `~/bin` works);
/// 2. the folders above the executable: a build inside the checkout
///    (`.build/release/brief`) uses the checkout's resources;
/// 3. `$BRIEF_HOME`, for a copy of the executable moved on its own.
/// Nothing is read from the current directory: a brief made from a folder
/// does not depend on which folder it is.
public struct Resources: Sendable {
    /// The installed (or checkout) folder: `Fonts/`, `Templates/`, `docs/`.
    public let root: String
    /// A corpus's own `Templates/`: templates and a `style.yaml` found there
    /// are used before the installed ones of the same name.
    public var corpusTemplates: String?

    public var fonts: String { (root as NSString).appendingPathComponent("Fonts") }
    public var templates: String { (root as NSString).appendingPathComponent("Templates") }
    /// The corpus `brief init` copies.
    public var skeleton: String { (root as NSString).appendingPathComponent("Skeleton") }
    /// The corpus format, which `brief init` writes into a new corpus as its README.
    public var corpusFormat: String { (root as NSString).appendingPathComponent("docs/corpus-format.md") }

    public init(root: String, corpusTemplates: String? = nil) {
        self.root = root
        self.corpusTemplates = corpusTemplates
    }

    /// The environment variable naming the resource folder for a copied executable.
    public static let homeVariable = "BRIEF_HOME"
    /// Where `scripts/install` puts the resources, relative to the executable's folder.
    static let installedRelative = "../share/brief"
    /// How many folders above the executable a checkout's root may be
    /// (`.build/x86_64-unknown-linux-gnu/release/brief` is three).
    static let checkoutDepth = 4

    /// The resource folder, with `corpus`'s `Templates/` when it has one.
    public static func locate(corpus: String? = nil) throws -> Resources {
        let candidates = searchPath()
        guard let root = candidates.first(where: holdsResources) else {
            throw BriefError.resourcesMissing(searched: candidates)
        }
        var found = Resources(root: root)
        if let corpus {
            let own = (corpus as NSString).appendingPathComponent("Templates")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: own, isDirectory: &isDir), isDir.boolValue {
                found.corpusTemplates = own
            }
        }
        return found
    }

    /// The folders tried, in order.
    static func searchPath(
        executable: String? = executablePath(),
        environment: [String: String] = ProcessEnvironment.pick(homeVariable)
    ) -> [String] {
        var candidates: [String] = []
        if let executable {
            let bin = (executable as NSString).deletingLastPathComponent
            candidates.append(
                ((bin as NSString).appendingPathComponent(installedRelative) as NSString).standardizingPath)
            var dir = bin
            for _ in 0..<checkoutDepth {
                dir = (dir as NSString).deletingLastPathComponent
                if dir.isEmpty || dir == "/" { break }
                candidates.append(dir)
            }
        }
        if let home = environment[homeVariable], !home.isEmpty { candidates.append(home) }
        return candidates
    }

    /// The running executable, links resolved (`/proc/self/exe` on Linux).
    public static func executablePath() -> String? {
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return exe }
        return Bundle.main.executablePath.map { ($0 as NSString).resolvingSymlinksInPath }
    }

    private static func holdsResources(_ folder: String) -> Bool {
        let r = Resources(root: folder)
        return FileManager.default.fileExists(
            atPath: (r.fonts as NSString).appendingPathComponent("NotoSerif-Regular.ttf"))
            && FileManager.default.fileExists(atPath: (r.templates as NSString).appendingPathComponent("style.yaml"))
    }
}
