import Foundation

/// Reading corpus files and folders with the system's reason on failure:
/// "cannot read file" alone does not tell a user what to fix.
public enum FileReading {
    /// The most bytes any file brief reads is taken to hold: a corpus file, a
    /// page to ingest, a draft, a style or a template. The longest real ones
    /// are a few megabytes (200,000 outcomes take 16 MB); a larger file is
    /// refused before it is read, since reading it whole (a 3 GB file of
    /// zeros took 9 GB and a minute to be reported) helps nobody.
    public static let largestFile = 64 << 20

    /// The file's bytes, or why they cannot be had.
    public static func contents(of path: String) -> Result<Data, FileProblem> {
        if let problem = problem(path) { return .failure(problem) }
        var st = stat()
        if stat(path, &st) != 0 { return .failure(FileProblem(path: path, errno: errno)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(FileProblem(path: path, errno: errno)) }
        defer { close(fd) }
        return readAll(fd, path: path, expected: Int(st.st_size))
    }

    /// Why `path` is no file brief reads (missing, a folder, a device or pipe, too large), or nil.
    public static func problem(_ path: String) -> FileProblem? {
        var st = stat()
        if stat(path, &st) != 0 { return FileProblem(path: path, errno: errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return FileProblem(path: path, reason: "it is a folder, not a file") }
        if (st.st_mode & S_IFMT) != S_IFREG { return FileProblem(path: path, reason: "it is not a regular file") }
        if st.st_size > largestFile { return .tooLarge(path, bytes: Int(st.st_size)) }
        return nil
    }

    /// Standard input's bytes, at most `largestFile` of them.
    public static func standardInput() -> Result<Data, FileProblem> { readAll(0, path: "-", expected: 0) }

    /// The first room given to a read whose size is not known ahead (standard input), doubled as it fills.
    private static let unknownSizeRoom = 1 << 16

    /// Every byte of `fd` up to `largestFile`; a file that grows past it is refused too. The bytes are
    /// read straight into the memory the result keeps, sized from `expected` (a byte more, so that the
    /// end of the file is one short read): a staging buffer, zeroed and copied from, had cost each
    /// thread's first file 16 freshly faulted pages (docs/benchmarks.md, session 13).
    private static func readAll(_ fd: Int32, path: String, expected: Int) -> Result<Data, FileProblem> {
        var room = expected > 0 ? min(expected, largestFile) + 1 : unknownSizeRoom
        guard var base = malloc(room) else { return .failure(FileProblem(path: path, errno: ENOMEM)) }
        var count = 0
        while true {
            if count == room {
                room = min(room * 2, largestFile + 1 + unknownSizeRoom)
                guard let grown = realloc(base, room) else {
                    free(base)
                    return .failure(FileProblem(path: path, errno: ENOMEM))
                }
                base = grown
            }
            let n = read(fd, base + count, room - count)
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(base)
                return .failure(FileProblem(path: path, errno: code))
            }
            if n == 0 { break }
            count += n
            if count > largestFile {
                free(base)
                return .failure(.tooLarge(path, bytes: count))
            }
        }
        return .success(Data(bytesNoCopy: base, count: count, deallocator: .free))
    }

    /// The names in a folder, or why they cannot be listed. A path that does
    /// not exist at all is `.success` with no names when `optional`.
    static func names(in folder: String, optional: Bool) -> Result<FolderListing, FileProblem> {
        var st = stat()
        if stat(folder, &st) != 0 {
            if errno == ENOENT && optional {
                var lst = stat()
                // A dangling link is a problem, an absent folder is not.
                if lstat(folder, &lst) != 0 { return .success(FolderListing()) }
            }
            return .failure(FileProblem(path: folder, errno: errno))
        }
        if (st.st_mode & S_IFMT) != S_IFDIR { return .failure(FileProblem(path: folder, reason: "it is not a folder")) }
        guard let dir = opendir(folder) else { return .failure(FileProblem(path: folder, errno: errno)) }
        defer { closedir(dir) }
        var listing = FolderListing()
        while let entry = readdir(dir) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self).prefix { $0 != 0 }
                // A name that is not UTF-8 has no String that opens it: it is listed apart.
                if let name = String(validating: bytes, as: UTF8.self) {
                    if name != "." && name != ".." { listing.names.append(name) }
                } else {
                    listing.notUTF8.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        listing.names.sort()
        listing.notUTF8.sort()
        return .success(listing)
    }
}

/// A folder's entries: the names that can be opened, and those that are not UTF-8
/// (shown with U+FFFD where their bytes do not decode).
struct FolderListing {
    var names: [String] = []
    var notUTF8: [String] = []
}

/// Why a file or folder could not be read.
public struct FileProblem: Error {
    public let path: String
    public let reason: String
    init(path: String, reason: String) { self.path = path; self.reason = reason }
    static func tooLarge(_ path: String, bytes: Int) -> FileProblem {
        FileProblem(
            path: path,
            reason:
                "it holds \(bytes >> 20) MB or more; brief reads files of at most \(FileReading.largestFile >> 20) MB: "
                + "split it, or cut what is not text")
    }
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
