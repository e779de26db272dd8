import Foundation

/// Temporary folders for tests. They all live under one folder per test
/// process, removed when the process exits, so a test run leaves nothing
/// behind in the system's temporary folder however many briefs it writes.
public enum ScratchDirectory {
    /// The folder of this test process, made once and removed at exit.
    static let root: String = {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("brief-tests-\(getpid())")
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchDirectory.root) }
        return dir
    }()

    /// A fresh, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String = "t") -> String {
        let dir = (root as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
