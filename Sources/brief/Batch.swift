import ArgumentParser
import Briefs
import CCleanup
import Corpus
import Foundation
import Typesetting

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Write one annual summary per year, in parallel, with progress.",
        discussion: """
            Years without documents are skipped. A year that fails is reported \
            and the others still finish; the exit status is 1 if any failed.
              brief batch --years all --out-dir summaries
              brief batch --years 2017-2021 --jobs 2
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "`all`, one year, or a range FIRST-LAST (also FIRST...LAST).", valueName: "all|YYYY|FIRST-LAST"),
        completion: Completions.yearsOrAll)
    var years: String
    @Option(name: .long, help: ArgumentHelp("Folder for the PDFs (created if missing).", valueName: "DIR"))
    var outDir = "."
    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp("How many summaries to set at once (default: the number of cores).", valueName: "N"))
    var jobCount: Int?
    /// Named here, not as the option's default, so that help and the manual say "the number of cores", not this machine's.
    var jobs: Int { jobCount ?? ProcessInfo.processInfo.activeProcessorCount }
    enum Mode: String, ExpressibleByArgument { case threads, processes }
    @Option(
        name: .long,
        help: "Run jobs as threads of this process (sharing the corpus and fonts) or as separate processes.")
    var mode: Mode = .threads
    @Option(name: .long, help: ArgumentHelp("Template name or path (default: annual-summary).", valueName: "NAME|PATH"))
    var template: String?
    @Option(name: .long, help: "Paper: letter or a4.")
    var pageSize: PaperSize?
    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        guard CommandLinePreflight.validating else { return }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if years != "all" && YearRange.parse(years) == nil {
            throw ValidationError("--years '\(years)' is not `all`, a year, or FIRST-LAST (e.g. 2017-2021)")
        }
    }

    func run() throws {
        let loaded = try corpus.loadValid()
        let available = loaded.years
        var wanted = available
        if let (first, last) = YearRange.parse(years) {
            wanted = available.filter { (first...last).contains($0) }
            let empty = (first...last).filter { !available.contains($0) }
            if !empty.isEmpty && empty.count <= 20 {
                Terminal.note("no documents in \(empty.map(String.init).joined(separator: ", ")): skipped")
            }
        }
        guard !wanted.isEmpty else {
            Terminal.error(
                "no year in \(years) has documents; years with documents: \(available.map(String.init).joined(separator: ", "))"
            )
            throw ExitCode.failure
        }
        do { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) } catch {
            Terminal.error("cannot create \(outDir): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        let progress = Progress(total: wanted.count)
        let start = DispatchTime.now().uptimeNanoseconds
        let results = try reportingErrors {
            mode == .threads
                ? try runThreads(wanted, corpus: loaded, progress: progress) : runProcesses(wanted, progress: progress)
        }
        progress.done()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let failed = results.filter { $0.error != nil }
        let pages = results.reduce(0) { $0 + $1.pages }
        print(
            String(
                format: "%d summaries in %.1f s (%d jobs, %@): %d written, %d pages, %d failed",
                results.count, seconds, jobs, mode.rawValue, results.count - failed.count, pages, failed.count))
        if !failed.isEmpty { throw ExitCode.failure }
    }

    struct Result: Sendable { var year: Int; var path: String; var pages: Int; var seconds: Double; var error: String? }

    private func path(_ year: Int) -> String { (outDir as NSString).appendingPathComponent("summary-\(year).pdf") }

    /// Threads share the loaded corpus and the fonts; each has its own layout context and cairo faces.
    private func runThreads(_ years: [Int], corpus: Corpus, progress: Progress) throws -> [Result] {
        let resources = try Resources.locate(corpus: self.corpus.path)
        let renderer = BriefRenderer(resources: resources)
        let template = try BriefTemplate(
            nameOrPath: template, default: AnnualSummary.defaultTemplate, resources: resources)
        let style = try BriefStyle.load(
            path: template.stylePath, pageSize: pageSize, kind: AnnualSummary.defaultTemplate)
        let queue = WorkQueue(years)
        let done = DispatchSemaphore(value: 0)
        let paths = Dictionary(uniqueKeysWithValues: years.map { ($0, path($0)) })
        for _ in 0..<min(jobs, years.count) {
            let thread = Thread {
                while let year = queue.next() {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    var r = Result(year: year, path: paths[year]!, pages: 0, seconds: 0, error: nil)
                    do {
                        let summary = try AnnualSummary(corpus: corpus, year: year)
                        r.pages = try renderer.render(
                            summary, template: template, style: style, to: r.path,
                            creator: "brief \(Brief.version)")
                    } catch {
                        r.error = "\(error)"
                    }
                    r.seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                    progress.record(r)
                }
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for _ in 0..<min(jobs, years.count) { done.wait() }
        return progress.results
    }

    /// Each year in a child `brief generate --year` process.
    private func runProcesses(_ years: [Int], progress: Progress) -> [Result] {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let queue = WorkQueue(years)
        let done = DispatchSemaphore(value: 0)
        var common = ["--corpus", corpus.path]
        if let template { common += ["--template", template] }
        if let pageSize { common += ["--page-size", pageSize.rawValue] }
        let args = common
        let paths = Dictionary(uniqueKeysWithValues: years.map { ($0, path($0)) })
        for _ in 0..<min(jobs, years.count) {
            Thread {
                while let year = queue.next() {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: exe)
                    p.arguments = ["generate", "--year", String(year), "-o", paths[year]!] + args
                    let out = Pipe(), err = Pipe()
                    p.standardOutput = out; p.standardError = err
                    // The worker dies with this process, even if it is killed outright;
                    // on SIGINT/SIGTERM the cleanup handler stops and reaps it.
                    var environment = ProcessInfo.processInfo.environment
                    environment[Brief.parentVariable] = String(getpid())
                    p.environment = environment
                    var r = Result(year: year, path: paths[year]!, pages: 0, seconds: 0, error: nil)
                    do {
                        try p.run()
                        let slot = brief_cleanup_register_child(p.processIdentifier)
                        defer { brief_cleanup_forget_child(slot) }
                        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                        p.waitUntilExit()
                        if p.terminationStatus == 0 {
                            r.pages = Int(o.split(separator: "\n").last?.split(separator: " ").first ?? "") ?? 0
                        } else {
                            r.error = e.trimmingCharacters(in: .whitespacesAndNewlines)
                        }
                    } catch { r.error = "\(error)" }
                    r.seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                    progress.record(r)
                }
                done.signal()
            }.start()
        }
        for _ in 0..<min(jobs, years.count) { done.wait() }
        return progress.results
    }
}

/// `FIRST...LAST` or a single year.
enum YearRange {
    /// `2021`, `2017-2021` or `2017...2021`; nil for anything else or a backwards range.
    static func parse(_ s: String) -> (Int, Int)? {
        let parts = s.contains("...") ? s.components(separatedBy: "...") : s.components(separatedBy: "-")
        let nums = parts.compactMap { Int($0) }
        guard nums.count == parts.count, (1...2).contains(nums.count), nums.allSatisfy({ (1000...9999).contains($0) })
        else { return nil }
        return nums.count == 1 ? (nums[0], nums[0]) : (nums[0] <= nums[1] ? (nums[0], nums[1]) : nil)
    }
}

/// Years handed out to workers one at a time.
final class WorkQueue: @unchecked Sendable {
    // @unchecked: every access goes through the lock.
    private var items: [Int]
    private let lock = NSLock()
    init(_ items: [Int]) { self.items = items }
    func next() -> Int? { lock.lock(); defer { lock.unlock() }; return items.isEmpty ? nil : items.removeFirst() }
}

/// Progress: a bar redrawn in place on a terminal, one plain line per year otherwise.
final class Progress: @unchecked Sendable {
    // @unchecked: every access goes through the lock.
    private let lock = NSLock()
    private let total: Int
    private(set) var results: [Batch.Result] = []
    private let tty = isatty(2) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    init(total: Int) { self.total = total }

    func record(_ r: Batch.Result) {
        lock.lock(); defer { lock.unlock() }
        results.append(r)
        results.sort { $0.year < $1.year }
        let colour = Terminal.colour
        let mark = r.error == nil ? (colour ? "\u{1B}[32m✓\u{1B}[0m" : "✓") : (colour ? "\u{1B}[31m✗\u{1B}[0m" : "✗")
        let line =
            r.error == nil
            ? String(format: "%@ %d  %@  %d pages  %.1f s", mark, r.year, r.path, r.pages, r.seconds)
            : "\(mark) \(r.year)  failed: \(r.error!)"
        if tty {
            let width = 30, filled = width * results.count / max(total, 1)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write("\r\u{1B}[2K\(line)\n\(bar) \(results.count)/\(total)".data(using: .utf8)!)
        } else {
            FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
        }
    }

    func done() { if tty { FileHandle.standardError.write("\r\u{1B}[2K".data(using: .utf8)!) } }
}
