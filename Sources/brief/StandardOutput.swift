import CCleanup
import Foundation

/// Standard output that fails loudly: `brief list > /dev/full` must not
/// exit 0 having printed nothing. Every command prints through stdio's
/// buffered `stdout`; at exit the buffer is flushed here, and a failed
/// write (now or earlier) becomes a message and exit status 1.
enum StandardOutput {
    /// Installed once, before any command runs.
    static func checkOnExit() {
        atexit {
            let failure = brief_stdout_failure()
            guard failure != 0 else { return }
            let message = "error: cannot write to standard output: \(String(cString: strerror(failure)))\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            _exit(1)
        }
    }
}
