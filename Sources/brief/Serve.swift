import ArgumentParser
import Briefs
import Foundation

/// `brief serve`: the web application (Sources/WebApp) on the corpus folder.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the corpus and its briefs in a browser (browse, search, make briefs, enter documents).",
        discussion: """
              brief serve                         http://127.0.0.1:8080/ on ./Corpus
              brief serve --corpus ~/corpus --port 9000
              brief serve --host 0.0.0.0          other machines may connect: an access token is made and printed
            The files stay the record: pages show edits made by hand on the next request.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Option(name: .long, help: ArgumentHelp("Port to listen on.", valueName: "N"))
    var port: Int = 8080
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Address to listen on; 127.0.0.1 is this machine only. Any other address needs an access token.",
            valueName: "ADDR"))
    var host: String = "127.0.0.1"
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Access token (made and printed when --host is not loopback and none is given).", valueName: "T"))
    var token: String?

    func validate() throws {
        if !(0...65535).contains(port) {
            throw ValidationError("--port \(port) is not a port: give a number from 1 to 65535 (0 picks a free one)")
        }
        if host.isEmpty { throw ValidationError("--host is empty: give an address such as 127.0.0.1") }
    }

    func run() throws {
        var words = [corpus.path, host, String(port)]
        if let token { words.append(token) }
        let failure = ServeHelper.replaceProcess(with: words)
        Terminal.error(failure)
        throw ExitCode.failure
    }
}

/// `brief-serve` (Sources/brief-serve), the program that serves: the web server's packages (NIO,
/// Hummingbird and theirs) live in it alone, so that every other command starts without them.
enum ServeHelper {
    /// Its file name; `scripts/install` puts it beside `brief`, as a build does.
    static let name = "brief-serve"

    /// Replaces this process with `brief-serve` from beside the running executable, with `words` as
    /// its arguments; returns only if that failed, with the reason.
    static func replaceProcess(with words: [String]) -> String {
        guard let executable = Resources.executablePath() else {
            return "cannot find brief's own executable (/proc/self/exe) to find \(name) beside it"
        }
        let helper = ((executable as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        // What this process printed before must not be lost with its buffers.
        fflush(nil)
        let arguments = [helper] + words
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(helper, &pointers)
        let reason = String(cString: strerror(errno))
        return "brief serve needs \(helper) (\(reason)): install brief with scripts/install, "
            + "or build it beside brief (swift build --product \(name))"
    }
}
