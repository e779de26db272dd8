import Foundation

/// Reading corpus files and folders with the system's reason on failure:
/// "cannot read file" alone does not tell a user what to fix.
public enum FileReading {
    /// The file's bytes, or why they cannot be had.
    public static func contents(of path: String) -> Result<Data, FileProblem> {
        var st = stat()
        if stat(path, &st) != 0 { return .failure(FileProblem(path: path, errno: errno)) }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(FileProblem(path: path, reason: "it is a folder, not a file"))
        }
        if (st.st_mode & S_IFMT) != S_IFREG {
            return .failure(FileProblem(path: path, reason: "it is not a regular file"))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(FileProblem(path: path, errno: errno)) }
        defer { close(fd) }
        var data = Data(capacity: Int(st.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileProblem(path: path, errno: errno))
            }
            if n == 0 { break }
            data.append(buffer, count: n)
        }
        return .success(data)
    }

    /// The names in a folder, or why they cannot be listed. A path that does
    /// not exist at all is `.success([])` when `optional`.
    static func names(in folder: String, optional: Bool) -> Result<[String], FileProblem> {
        var st = stat()
        if stat(folder, &st) != 0 {
            if errno == ENOENT && optional {
                var lst = stat()
                // A dangling link is a problem, an absent folder is not.
                if lstat(folder, &lst) != 0 { return .success([]) }
            }
            return .failure(FileProblem(path: folder, errno: errno))
        }
        if (st.st_mode & S_IFMT) != S_IFDIR { return .failure(FileProblem(path: folder, reason: "it is not a folder")) }
        guard let dir = opendir(folder) else { return .failure(FileProblem(path: folder, errno: errno)) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }
}

/// Why a file or folder could not be read.
public struct FileProblem: Error {
    public let path: String
    public let reason: String
    init(path: String, reason: String) { self.path = path; self.reason = reason }
    init(path: String, errno code: Int32) {
        self.path = path
        switch code {
        case ELOOP: reason = "too many levels of symbolic links (a link loop?)"
        case EACCES: reason = "permission denied; make it readable (chmod +r)"
        case ENOENT: reason = "it does not exist (a dangling link?)"
        default: reason = String(cString: strerror(code))
        }
    }
}
