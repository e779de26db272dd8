import CCleanup
import Corpus
import Dispatch
import Foundation
import WebApp

// `brief-serve`: the web application of `brief serve`, an executable of its own so that `brief`
// holds none of the web server's packages (NIO, Hummingbird and theirs: about 2,000 of the
// executable's protocol-conformance records, which every first `as?` or generic lookup of every
// command walked, and 14,000 relocations its every start wrote). `brief serve` parses and checks
// the options (its help, man page and completions are `brief`'s) and replaces itself with this
// program, found beside it, with the line `ServeHelper.arguments` makes:
//   brief-serve CORPUS HOST PORT [TOKEN]
// It is not meant to be run by hand.

/// The server's error, handed from its task to the waiting main thread.
final class FailureBox: @unchecked Sendable {
    var error: Error?
}

/// Prints `message` to standard error as brief prints its errors, control characters shown, not obeyed.
func fail(_ message: String) -> Never {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { Quoted.printable(String($0)) }
    FileHandle.standardError.write(Data(("error: " + lines.joined(separator: "\n") + "\n").utf8))
    exit(1)
}

brief_cleanup_install()
let words = Array(CommandLine.arguments.dropFirst())
guard (3...4).contains(words.count), let port = Int(words[2]) else {
    fail("brief-serve is started by `brief serve` (see brief serve --help), not by hand")
}
let path = words[0], host = words[1], token = words.count == 4 ? words[3] : nil
let server: WebServer
do {
    server = try WebServer(.init(corpus: path, host: host, port: port, token: token))
    try server.readCorpus()
} catch {
    fail("\(error)")
}
let madeToken = token == nil && server.configuration.token != nil
// The server runs on Swift's concurrency threads until it is stopped.
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
    fail("cannot serve on \(host):\(port): \(error)")
}
