import Foundation

/// What the corpus files look like on disk, cheaply: each file's name, size
/// and modification time folded into one number. Compared on every request
/// so that edits by hand (or a `git pull`) show without a restart; a change
/// of any of them means the corpus is read again.
struct CorpusFingerprint: Hashable, Sendable {
    let value: UInt64
    /// Some corpus file is a symbolic link: an edit of the file it points to
    /// is seen here (stat follows links) but not by `CorpusWatch`.
    var hasLinks = false

    /// The files a corpus is read from (CorpusLoader): the four YAML files and `documents/*.md`.
    static let listFiles = ["organizations.yaml", "issues.yaml", "events.yaml", "outcomes.yaml"]

    static func of(root: String) -> CorpusFingerprint {
        var hash = FNV1a()
        var links = false
        for name in listFiles {
            let path = (root as NSString).appendingPathComponent(name)
            hash.add(path: path, name: name)
            var st = stat()
            if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK { links = true }
        }
        let documents = (root as NSString).appendingPathComponent("documents")
        hash.add(path: documents, name: "documents/")
        // Every `*.md` in documents/: its name, inode, size and modification
        // time, combined so that the order the folder lists them in does not matter.
        var sum: UInt64 = 0, count: UInt64 = 0
        if let dir = opendir(documents) {
            defer { closedir(dir) }
            let fd = dirfd(dir)
            while let entry = readdir(dir) {
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let name = raw.bindMemory(to: CChar.self)
                    let length = strnlen(name.baseAddress!, name.count)
                    guard length > 3, memcmp(name.baseAddress! + length - 3, ".md", 3) == 0 else { return }
                    if entry.pointee.d_type == UInt8(DT_LNK) { links = true }
                    var st = stat()
                    var one = FNV1a()
                    one.add(bytes: UnsafeRawBufferPointer(start: raw.baseAddress, count: length))
                    if fstatat(fd, name.baseAddress!, &st, 0) == 0 {
                        one.add(Int64(st.st_ino)); one.add(Int64(st.st_size))
                        one.add(Int64(st.st_mtim.tv_sec)); one.add(Int64(st.st_mtim.tv_nsec))
                    }
                    sum = sum &+ one.value
                    count += 1
                }
            }
        }
        hash.add(Int64(bitPattern: sum)); hash.add(Int64(bitPattern: count))
        return CorpusFingerprint(value: hash.value, hasLinks: links)
    }
}

/// 64-bit FNV-1a: a fast hash for telling states and contents apart (not
/// for security; nothing secret depends on it).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100000001b3 }
    }
    mutating func add(_ n: Int64) { withUnsafeBytes(of: n.littleEndian) { add(bytes: $0) } }
    mutating func add(_ s: String) { add(bytes: s.utf8); add(bytes: [0]) }

    /// A file's name, size and modification time (nanoseconds); a missing file counts too.
    mutating func add(path: String, name: String) {
        add(name)
        var st = stat()
        if stat(path, &st) == 0 {
            add(Int64(st.st_size))
            add(Int64(st.st_mtim.tv_sec))
            add(Int64(st.st_mtim.tv_nsec))
            add(Int64(st.st_ino))
        } else {
            add(-1)
        }
    }

    static func hex(of data: some Sequence<UInt8>) -> String {
        var h = FNV1a()
        h.add(bytes: data)
        return String(h.value, radix: 16)
    }
}
