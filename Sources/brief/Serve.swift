import ArgumentParser
import Dispatch
import Foundation
import WebApp

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
        let server: WebServer
        do {
            server = try WebServer(.init(corpus: corpus.path, host: host, port: port, token: token))
            try server.readCorpus()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        let path = corpus.path, madeToken = token == nil && server.configuration.token != nil
        // The command line is synchronous; the server runs on Swift's
        // concurrency threads until it is stopped.
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task.detached {
            do {
                try await server.run(onReady: { port in
                    var lines = "brief serve: \(path) at \(server.address(port: port))\n"
                    if madeToken {
                        lines +=
                            "Not on loopback: open the address above (it carries the access token); requests without it are refused.\n"
                    }
                    lines += "Stop with Ctrl-C.\n"
                    FileHandle.standardOutput.write(Data(lines.utf8))
                })
            } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            Terminal.error("cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
    }
}

/// The server's error, handed from its task to the waiting command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
