import ArgumentParser
import Briefs
import Foundation

/// `brief watch`: `generate` again whenever the corpus or the template changes,
/// as `typst watch` does. It looks at the files' modification times and sizes
/// every `--interval` seconds (no file-system notification API is needed, and
/// an editor's save-by-rename is seen like any other change).
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Write a brief, then write it again whenever the corpus or its template changes.",
        discussion: """
            Takes the options of `brief generate`. Watches every file of the corpus \
            folder, the corpus's Templates/, the installed templates and the --template \
            given (their .yaml, .md and .mustache files). A change that breaks the corpus is reported and the last good PDF \
            stays; the next change is tried again. Stop with Ctrl-C.
              brief watch --issue detainees -o detainees.pdf
            """)

    @OptionGroup var generate: Generate
    @Option(name: .long, help: ArgumentHelp("Seconds between looks at the files.", valueName: "SECONDS"))
    var interval: Double = 0.5
    @Option(
        name: .long,
        help: ArgumentHelp("Stop after this many briefs have been written (for scripts and tests).", valueName: "N"))
    var count: Int?

    func validate() throws {
        guard CommandLinePreflight.validating else { return }
        try generate.validate()
        if !(interval > 0 && interval <= 3600) {
            throw ValidationError("--interval \(interval) must be a number of seconds above 0, at most 3600")
        }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        var written = 0
        var seen = fingerprint()
        while true {
            do {
                try generate.run()
                written += 1
                if let count, written >= count { return }
            } catch let e as ExitCode where e != .success {
                // The message is already out; the previous PDF stays as it was.
                Terminal.note("waiting for a change…")
            }
            // Sleep until something differs from what the last run read.
            while true {
                Thread.sleep(forTimeInterval: interval)
                let now = fingerprint()
                if now != seen { seen = now; break }
            }
        }
    }

    /// What a brief is made from; anything else in the folders (the PDF
    /// itself when it is written inside the corpus, --data files, editors'
    /// swap files) is no reason to write it again.
    static let watched: Set<String> = ["yaml", "yml", "md", "mustache"]

    /// Path, modification time and size of every file a brief is made from.
    private func fingerprint() -> [String: FileStamp] {
        let fm = FileManager.default
        let corpusPath = generate.corpus.path
        var roots = [corpusPath]
        if let resources = try? Resources.locate(corpus: corpusPath) { roots.append(resources.templates) }
        if let template = generate.output.template, fm.fileExists(atPath: template) {
            roots.append(template)
            roots.append((template as NSString).deletingLastPathComponent)  // the style.yaml beside it
        }
        var stamps: [String: FileStamp] = [:]
        for root in roots {
            stamps[root] = FileStamp(root)
            guard let names = fm.enumerator(atPath: root) else { continue }
            for case let name as String in names
            where Self.watched.contains((name as NSString).pathExtension.lowercased()) {
                let path = (root as NSString).appendingPathComponent(name)
                stamps[path] = FileStamp(path)
            }
        }
        return stamps
    }
}

/// What a file's change is seen by.
struct FileStamp: Equatable {
    var modified: timespec
    var size: Int64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        modified = st.st_mtim
        size = Int64(st.st_size)
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec && a.size == b.size
    }
}
