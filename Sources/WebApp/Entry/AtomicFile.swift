import Foundation

/// Writes a file whole or not at all: the text goes to a temporary file
/// beside it, is flushed to disk, and is renamed over the target. A failure
/// removes the temporary file; nothing half-written is ever seen.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let temporary = (dir as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFileError(path: path, reason: String(cString: strerror(errno))) }
        var ok = true
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { ok = false; return }
                offset += n
            }
        }
        let reason = String(cString: strerror(errno))
        if ok && fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw AtomicFileError(path: path, reason: ok ? String(cString: strerror(errno)) : reason)
        }
    }
}

struct AtomicFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot write \((path as NSString).lastPathComponent): \(reason)" }
}
