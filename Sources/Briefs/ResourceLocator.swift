import Foundation

/// Finds the folder holding `Fonts/` and `Templates/`: `$BRIEF_HOME`, then
/// the folders above the executable (a build inside the checkout), then the
/// current directory.
public struct Resources: Sendable {
    public let root: String
    public var fonts: String { (root as NSString).appendingPathComponent("Fonts") }
    public var templates: String { (root as NSString).appendingPathComponent("Templates") }

    public init(root: String) { self.root = root }

    public static func locate() throws -> Resources {
        var candidates: [String] = []
        if let home = ProcessInfo.processInfo.environment["BRIEF_HOME"], !home.isEmpty { candidates.append(home) }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = (exe as NSString).deletingLastPathComponent
            for _ in 0..<5 {
                candidates.append(dir)
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        candidates.append(FileManager.default.currentDirectoryPath)
        for c in candidates {
            let r = Resources(root: c)
            if FileManager.default.fileExists(atPath: (r.fonts as NSString).appendingPathComponent("NotoSerif-Regular.ttf")),
               FileManager.default.fileExists(atPath: (r.templates as NSString).appendingPathComponent("style.yaml")) {
                return r
            }
        }
        throw BriefError.resourcesMissing(searched: candidates)
    }
}
