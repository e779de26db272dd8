import CCleanup
import Foundation

/// Where a PDF's bytes go, written so that no reader ever sees half a file.
///
/// - A regular file (or a path that does not exist yet) is replaced
///   atomically: the bytes go to an anonymous file in the same folder
///   (`O_TMPFILE`, so not even SIGKILL can leave a temporary name behind;
///   a named `.NAME.PID.tmp` file where the file system lacks it), every
///   write is checked, the file is `fsync`ed and closed, and only then
///   linked in with `rename(2)`.
/// - Anything else — a device (`/dev/null`, `/dev/full`), a pipe,
///   `/dev/stdout` — is written directly: replacing it would destroy the
///   node or link.
/// - On any error, or on SIGINT/SIGTERM (see `CCleanup`), nothing partial is
///   left at the path or beside it.
public final class OutputFile {
    /// Writes `bytes` to `path` as a PDF is written: atomically for a file
    /// (through a link to it), directly onto a device or pipe, every write
    /// checked, nothing left behind on failure or signal. For `--data`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path: path)
        let ok = bytes.withUnsafeBytes { file.write($0) }
        if !ok { file.flush() }
        try file.commit()
    }

    let path: String
    private var fd: Int32
    private let mode: Mode
    /// errno of the first failed write; later writes are refused.
    private(set) var writeError: Int32 = 0
    /// The PDF writer hands over the file in pieces: they are gathered
    /// here and written 64 KiB at a time (one system call per write, as
    /// stdio would, but with every result checked).
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16
    private var settled = false

    private enum Mode {
        /// An unnamed file in `folder`, linked in as `target` on commit.
        case anonymous(folder: String, target: String)
        /// A named temporary file, registered for removal on a signal.
        case named(temporary: String, target: String, cleanupSlot: Int32)
        /// The path itself (a device, a pipe, a terminal).
        case direct
    }

    /// Where the bytes for `path` go, and whether they are written there
    /// directly (a device, a pipe, `/dev/stdout`, `/proc/self/fd/N`, or a
    /// link to anything but a regular file) rather than replaced: the one
    /// rule for every output, `-o` and `--data` alike.
    static func destination(of path: String) throws -> (target: String, direct: Bool) {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return (path, true) }  // never replaced
        var st = stat()
        guard lstat(path, &st) == 0 else { return (path, false) }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            return (path, false)
        case S_IFDIR:
            throw TypesettingError.outputUnwritable(
                path: path, reason: "it is a folder; name a file such as \(path)/brief.pdf")
        case S_IFLNK:
            // Follow a link to a regular file and replace the file, never the link;
            // a link to anything else (or to nothing yet) is written through.
            guard let resolved = realpath(path, nil) else { return (path, true) }
            let target = String(cString: resolved)
            free(resolved)
            if stat(target, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG
                || target.hasPrefix("/proc/") || target.hasPrefix("/dev/")
            {
                return (path, true)
            }
            return (target, false)
        default:
            return (path, true)
        }
    }

    /// Why an output cannot be written at `path`, checked before any work
    /// (nil when it can): a folder; a file name not ending in one of
    /// `extensions` (a device or pipe aside); a parent that is no folder or
    /// not writable (missing folders are created when the file is written).
    public static func problem(writing path: String, extensions: [String]) -> String? {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            return "\(path) is a folder; give a file name such as \(path)/brief.\(extensions[0])"
        }
        guard let destination = try? destination(of: path) else { return "\(path) is a folder" }
        if destination.direct { return nil }
        if !extensions.contains(where: { path.lowercased().hasSuffix("." + $0) }) {
            let names = extensions.map { "." + $0 }
            return "\(path) does not end in \(names.joined(separator: " or ")); name the output file\(names[0])"
        }
        // The nearest existing ancestor must be a writable folder.
        var dir = (path as NSString).deletingLastPathComponent
        if dir.isEmpty { dir = "." }
        while !FileManager.default.fileExists(atPath: dir) && dir != "/" && !dir.isEmpty {
            dir = (dir as NSString).deletingLastPathComponent
            if dir.isEmpty { dir = "." }
        }
        if !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) || !isDir.boolValue {
            return "cannot write \(path): \(dir) is not a folder"
        }
        if !FileManager.default.isWritableFile(atPath: dir) {
            return "cannot write \(path): folder \(dir) is not writable"
        }
        return nil
    }

    init(path: String) throws {
        self.path = path
        func fail(_ reason: String) -> TypesettingError { .outputUnwritable(path: path, reason: reason) }
        let (target, direct) = try Self.destination(of: path)
        if direct {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw fail(String(cString: strerror(errno))) }
            mode = .direct
            return
        }
        let folder =
            (target as NSString).deletingLastPathComponent.isEmpty
            ? "." : (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw fail(
                "cannot create the folder \(folder): \((error as NSError).localizedFailureReason ?? error.localizedDescription)"
            )
        }
        fd = brief_open_anonymous(folder, 0o666)
        if fd >= 0 {
            mode = .anonymous(folder: folder, target: target)
            return
        }
        if errno == EACCES || errno == EROFS || errno == ENOSPC || errno == EDQUOT {
            throw fail("folder \(folder): \(String(cString: strerror(errno)))")
        }
        // The file system has no O_TMPFILE: a named temporary file instead.
        let temporary = Self.temporaryPath(in: folder, for: target)
        let slot = brief_cleanup_register_path(temporary)
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            brief_cleanup_forget_path(slot)
            throw fail("folder \(folder): \(reason)")
        }
        mode = .named(temporary: temporary, target: target, cleanupSlot: slot)
    }

    deinit { if !settled { discard() } }

    /// Appends bytes; false (and `writeError` set) when the system refused
    /// them. After a failure, later bytes are dropped: the file can no longer
    /// be committed.
    func write(_ data: UnsafeRawBufferPointer) -> Bool {
        guard writeError == 0, fd >= 0 else { return false }
        if buffer.count + data.count > Self.bufferSize {
            guard flush() else { return false }
            if data.count >= Self.bufferSize { return writeAll(data) }
        }
        if buffer.capacity < Self.bufferSize { buffer.reserveCapacity(Self.bufferSize) }
        buffer.append(contentsOf: data)
        return true
    }

    /// Writes what is buffered; false (and `writeError` set) on failure.
    @discardableResult
    func flush() -> Bool {
        guard writeError == 0, fd >= 0 else { return false }
        guard !buffer.isEmpty else { return true }
        let ok = buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        return ok
    }

    private func writeAll(_ data: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < data.count {
            let n = Foundation.write(fd, data.baseAddress! + offset, data.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                writeError = errno
                return false
            }
            offset += n
        }
        return true
    }

    /// Makes the file durable and puts it in place; throws (and leaves
    /// nothing behind) when any step fails.
    func commit() throws {
        func fail(_ what: String, _ code: Int32) -> TypesettingError {
            .outputUnwritable(path: path, reason: "\(what): \(String(cString: strerror(code)))")
        }
        flush()
        if writeError != 0 { let e = writeError; discard(); throw fail("write failed", e) }
        switch mode {
        case .direct:
            // Devices and pipes may not support fsync (EINVAL); that is no failure.
            if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
                let e = errno; discard(); throw fail("fsync failed", e)
            }
            let result = close(fd); fd = -1
            if result != 0 { throw fail("close failed", errno) }
        case .anonymous(let folder, let target):
            if fsync(fd) != 0 { let e = errno; discard(); throw fail("fsync failed", e) }
            // Link the anonymous file under a temporary name, then rename it over the target.
            let temporary = Self.temporaryPath(in: folder, for: target)
            let slot = brief_cleanup_register_path(temporary)
            defer { brief_cleanup_forget_path(slot) }
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) != 0 {
                let e = errno; discard(); throw fail("cannot link the finished file into \(folder)", e)
            }
            try closeAndRename(temporary, to: target, fail: fail)
        case .named(let temporary, let target, let slot):
            defer { brief_cleanup_forget_path(slot) }
            if fsync(fd) != 0 { let e = errno; discard(); throw fail("fsync failed", e) }
            try closeAndRename(temporary, to: target, fail: fail)
        }
        settled = true
    }

    /// Closes the finished file, then moves its temporary name over the target;
    /// on failure the temporary name is removed.
    private func closeAndRename(_ temporary: String, to target: String, fail: (String, Int32) -> TypesettingError)
        throws
    {
        let closed = close(fd); fd = -1
        if closed != 0 { let e = errno; unlink(temporary); throw fail("close failed", e) }
        if rename(temporary, target) != 0 {
            let e = errno; unlink(temporary); throw fail("cannot move the file into place", e)
        }
    }

    /// `.NAME.PID.RANDOM.tmp` beside the target: hidden, and never clashing.
    private static func temporaryPath(in folder: String, for target: String) -> String {
        (folder as NSString).appendingPathComponent(
            ".\((target as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
    }

    /// Drops what was written (a direct target keeps what reached it: a
    /// device or pipe cannot take bytes back).
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if case .named(let temporary, _, let slot) = mode {
            unlink(temporary)
            brief_cleanup_forget_path(slot)
        }
        settled = true
    }
}
