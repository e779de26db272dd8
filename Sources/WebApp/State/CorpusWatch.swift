import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whether the corpus files changed since the last request, without looking
/// at each file: the kernel's notifications (inotify) for the corpus folder
/// and its `documents/` folder. An event about a file the corpus is read
/// from (the four YAML files, `documents/` itself, a `documents/*.md`) —
/// written, created, removed, renamed, its attributes changed — or about the
/// folders themselves says the corpus changed, even when size and time stay
/// the same; events about other files (the drafts, an editor's swap file)
/// are passed over. No event means no file of the corpus was touched, so a
/// request costs one non-blocking read instead of a `stat` of every document.
///
/// When the watches cannot be set (not Linux, no inotify left, a folder
/// missing), `changes()` answers `.unknown` and `LiveCorpus` compares the
/// `CorpusFingerprint` on every request, as without a watch.
final class CorpusWatch: @unchecked Sendable {
    // @unchecked: the descriptor and watches are only touched under `lock`.
    private let root: String
    private let lock = NSLock()
    #if canImport(Glibc)
        private var fd: Int32 = -1
        /// What is watched: anything that can change a file's content or the folder's list.
        private static let events = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
                | IN_DELETE_SELF | IN_MOVE_SELF)
    #endif
    /// Both folders are watched; otherwise every call answers `.unknown`.
    private var watching = false
    #if canImport(Glibc)
        private var rootWatch: Int32 = -1
        private var documentsWatch: Int32 = -1
    #endif

    enum Changes { case none, files, unknown }

    init(root: String) {
        self.root = root
        #if canImport(Glibc)
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            lock.lock(); defer { lock.unlock() }
            watch()
        #endif
    }

    deinit {
        #if canImport(Glibc)
            if fd >= 0 { close(fd) }
        #endif
    }

    /// Whether the watches are in place (false: every request compares the fingerprint).
    var isWatching: Bool { lock.lock(); defer { lock.unlock() }; return watching }

    /// What happened since the last call. Events are read before the caller
    /// reads the files, so a change made while it reads them is reported on
    /// the next call.
    func changes() -> Changes {
        lock.lock(); defer { lock.unlock() }
        #if canImport(Glibc)
            guard fd >= 0 else { return .unknown }
            var files = false, any = false
            // Room for many events at once; an overflowing queue is itself an event.
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                any = true
                buffer.withUnsafeBytes { raw in
                    var at = 0
                    let header = MemoryLayout<inotify_event>.size
                    while at + header <= n {
                        let event = raw.loadUnaligned(fromByteOffset: at, as: inotify_event.self)
                        let name = Self.name(raw, at + header, Int(event.len))
                        if concerns(wd: event.wd, mask: event.mask, name: name) { files = true }
                        at += header + Int(event.len)
                    }
                }
            }
            // A folder made, replaced or moved since: watch what is there now (the same folder keeps its watch).
            if any || !watching { watch() }
            return watching ? (files ? .files : .none) : .unknown
        #else
            return .unknown
        #endif
    }

    #if canImport(Glibc)
        /// Whether an event is about a file the corpus is read from, or about the watched folders.
        private func concerns(wd: Int32, mask: UInt32, name: String) -> Bool {
            let aboutFolder = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_Q_OVERFLOW | IN_UNMOUNT)
            if mask & aboutFolder != 0 { return true }
            if wd == rootWatch { return name == "documents" || CorpusFingerprint.listFiles.contains(name) }
            if wd == documentsWatch { return name.hasSuffix(".md") }
            // A watch of a folder replaced since.
            return true
        }

        /// The NUL-padded name after an event's header.
        private static func name(_ raw: UnsafeRawBufferPointer, _ start: Int, _ length: Int) -> String {
            guard length > 0, start + length <= raw.count else { return "" }
            let bytes = raw[start..<(start + length)]
            return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }

        private func watch() {
            guard fd >= 0 else { watching = false; return }
            let documents = (root as NSString).appendingPathComponent("documents")
            rootWatch = inotify_add_watch(fd, root, Self.events)
            documentsWatch = inotify_add_watch(fd, documents, Self.events)
            watching = rootWatch >= 0 && documentsWatch >= 0
        }
    #endif
}
