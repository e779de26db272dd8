import CCleanup
import Foundation

/// One file of a draft folder, written whole or not at all: the text goes
/// to a hidden temporary name beside it (registered with `CCleanup`, so a
/// SIGINT or SIGTERM removes it), is synced, and is then linked in under
/// its name — `link(2)`, which never replaces a file that exists, so a
/// reviewed draft is never overwritten. Errors are sentences, not
/// Foundation's error dumps.
public enum DraftFile {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Creates `folder` and its parents (`mkdir -p`), with the system's
    /// reason when a part of it cannot be made ("Not a directory").
    static func makeFolder(_ folder: String) throws {
        var path = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            path += "/" + part
            var st = stat()
            if stat(path, &st) == 0 {
                guard (st.st_mode & S_IFMT) == S_IFDIR else {
                    throw Failure(path: folder, reason: "\(path) is a file, not a folder")
                }
                continue
            }
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw Failure(path: folder, reason: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `text` as a new file at `path`; returns false when a file of
    /// that name exists (nothing is written then).
    @discardableResult
    static func create(_ text: String, at path: String) throws -> Bool {
        let temporary = try Temporary(beside: path, Array(text.utf8))
        defer { temporary.remove() }
        if link(temporary.path, path) != 0 {
            if errno == EEXIST { return false }
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        return true
    }

    /// Writes `bytes` whole at `path`, replacing what is there: the
    /// temporary file is renamed over it, so a reader sees the old file or
    /// the new one, never a part. A link at `path` is replaced, not
    /// followed (the web application never writes outside its corpus).
    public static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = try Temporary(beside: path, bytes)
        defer { temporary.remove() }
        guard rename(temporary.path, path) == 0 else {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// A hidden file beside a target (`.NAME.PID.RANDOM.tmp`) holding its
    /// bytes, synced to the disk. Its name is registered with `CCleanup`
    /// before the file is made, so a SIGINT or SIGTERM at any moment until
    /// `remove()` unlinks it; the caller links or renames it into place in
    /// between. Every temporary file ingest and accept write is one of these.
    struct Temporary {
        let path: String
        private let slot: Int32

        init(beside target: String, _ bytes: [UInt8]) throws {
            let name = (target as NSString).lastPathComponent
            let folder =
                (target as NSString).deletingLastPathComponent.isEmpty
                ? "." : (target as NSString).deletingLastPathComponent
            path = (folder as NSString).appendingPathComponent(
                ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
            slot = brief_cleanup_register_path(path)
            func failure(_ code: Int32) -> Failure { Failure(path: target, reason: String(cString: strerror(code))) }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { let e = errno; brief_cleanup_forget_path(slot); throw failure(e) }
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    let e = errno; close(fd); remove(); throw failure(e)
                }
                offset += n
            }
            if fsync(fd) != 0 { let e = errno; close(fd); remove(); throw failure(e) }
            if close(fd) != 0 { let e = errno; remove(); throw failure(e) }
        }

        /// Unlinks the name (gone already after a rename) and stops watching it.
        func remove() {
            unlink(path)
            brief_cleanup_forget_path(slot)
        }
    }
}
