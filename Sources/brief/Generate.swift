import ArgumentParser
import Briefs
import Corpus
import Foundation
import Typesetting

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write one brief: an issue brief, a meeting-prep brief or an annual summary.",
        discussion: """
            Exactly one of --issue, --meeting or --year. --from/--to go with \
            --issue; --lookback goes with --meeting; --data goes with all three. \
            -o - writes the PDF to standard output.
              brief generate --issue detainees
              brief generate --issue detainees --from 2021 -o since-2021.pdf
              brief generate --meeting trump-putin-call-2025 --data call.json
              brief generate --year 2025 --data summary-2025.csv
              brief generate --issue detainees -o - | lpr
            """)

    @Option(
        name: .long, help: ArgumentHelp("Issue id (see `brief list issues`).", valueName: "ID"),
        completion: Completions.issues)
    var issue: String?
    @Option(
        name: .long, help: ArgumentHelp("Event id (see `brief list events`).", valueName: "ID"),
        completion: Completions.events)
    var meeting: String?
    @Option(
        name: .long, help: ArgumentHelp("Year of the annual summary.", valueName: "YYYY"), completion: Completions.years
    )
    var year: Int?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --meeting: years before the engagement whose documents count (5 if not given).", valueName: "YEARS"))
    var lookback: Int?

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var period: PeriodOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write what the brief claims as data (.csv or .json): the matrix, asks, statuses, changes.",
            valueName: "PATH"))
    var data: String?

    func validate() throws {
        guard CommandLinePreflight.validating else { return }
        let chosen = [issue != nil, meeting != nil, year != nil].filter { $0 }.count
        if chosen != 1 { throw ValidationError("give exactly one of --issue ID, --meeting ID or --year YYYY") }
        if issue == nil && (period.from != nil || period.to != nil) {
            throw ValidationError(
                "--from and --to go with --issue (a meeting brief looks back from its engagement; an annual summary is one year)"
            )
        }
        if let year, !(1000...9999).contains(year) {
            throw ValidationError("--year \(year) is not a year: give all four digits, e.g. --year 2025")
        }
        if let lookback {
            if meeting == nil {
                throw ValidationError("--lookback goes with --meeting (how far back a meeting brief looks)")
            }
            if !(0...100).contains(lookback) {
                throw ValidationError("--lookback \(lookback) must be a number of years from 0 to 100")
            }
        }
        if data != nil && issue == nil && meeting == nil && year == nil {
            throw ValidationError("--data goes with --issue, --meeting or --year")
        }
        // Checked by the rule -o follows: a device or pipe is written through, a file must be .csv or .json.
        if let data, let problem = OutputFile.problem(writing: data, extensions: ["csv", "json"]) {
            throw ValidationError("--data: \(problem)")
        }
    }

    func run() throws {
        let range = try period.range()
        var job = try prepare(range: range)
        // The corpus and the composing are done with: give their memory back
        // before the layout grows.
        ProcessMemory.releaseFreed()
        try reportingErrors {
            let (organizations, documents) = (job.brief!.organizations, job.brief!.documents)
            // Handed over, not copied: the layout lets each block go once it is set.
            let pages = try job.renderer.write(job.brief.take()!, to: job.path)
            if let data, let record = job.record { try BriefData.write(record, to: data) }
            let summary =
                "\(pages) page\(pages == 1 ? "" : "s") · \(organizations) organization\(organizations == 1 ? "" : "s")"
                + " · \(documents) document\(documents == 1 ? "" : "s")"
            if output.toStandardOutput {
                Terminal.note(summary)
            } else {
                print(job.path)
                print(summary)
            }
        }
    }

    /// A composed brief and where it goes.
    private struct Job {
        var renderer: BriefRenderer
        var brief: ComposedBrief?
        var path: String
        var record: (any BriefRecord)?
    }

    /// Loads the corpus and composes the brief. The corpus is let go when
    /// this returns, before the layout starts (a large corpus is a large part
    /// of the memory a long brief takes).
    private func prepare(range: DateRange) throws -> Job {
        let subject: BriefRequest.Subject
        if let issue {
            subject = .issue(issue, range)
        } else if let meeting {
            subject = .meeting(meeting, lookback: lookback ?? MeetingBrief.defaultLookback)
        } else {
            subject = .year(year!)
        }
        let request = BriefRequest(subject: subject, template: output.template, paper: output.pageSize)
        // Read before the command line was parsed, when it was read for this corpus and design (`EarlyStart`).
        let early = EarlyStart.take(for: EarlyStart.Key(corpus: corpus.path, request: request))
        let ahead = early?.ahead ?? Ahead.read(for: request, corpus: corpus.path)
        let loaded: Corpus
        do {
            loaded = try CorpusOptions.reporting {
                try early?.corpus.result.get() ?? CorpusOptions.load(path: corpus.path)
            }
        } catch {
            _ = ahead.result  // nothing left running as the process ends
            throw error
        }
        return try reportingErrors {
            let read = try ahead.result.get()
            let renderer = try read.renderer.get()
            let path = try output.path(default: "\(request.name).pdf")
            let prepared = try request.prepare(
                corpus: loaded, renderer: renderer, creator: "brief \(Brief.version)", design: read.design.get)
            let (brief, record) = (prepared.brief, prepared.record)
            return Job(renderer: renderer, brief: brief, path: path, record: data == nil ? nil : record)
        }
    }

    /// What a brief needs besides its corpus: the resources, the template
    /// and its style, and the fonts the style names. Read on a second thread
    /// while the corpus loads; a problem is kept until the brief gets to the
    /// step that would have met it on one thread (after the corpus's and,
    /// for the template, after the content's), so errors come in the same
    /// order either way.
    struct Ahead: Sendable {
        var renderer: Result<BriefRenderer, any Error>
        var design: Result<BriefRequest.Design, any Error>

        static func read(for request: BriefRequest, corpus: String?) -> Concurrent<Ahead> {
            Concurrent {
                let renderer = Result { BriefRenderer(resources: try Resources.locate(corpus: corpus)) }
                let design = renderer.flatMap { renderer in
                    Result {
                        let design = try request.design(resources: renderer.resources)
                        _ = try renderer.fonts(for: design.style)  // kept by the renderer for the brief
                        return design
                    }
                }
                return Ahead(renderer: renderer, design: design)
            }
        }
    }
}
