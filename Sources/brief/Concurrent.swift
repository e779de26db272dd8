import Foundation

/// A value computed on a thread of its own while the caller does other
/// work, for the second core of a short run: a brief's template, style and
/// fonts are read while its corpus loads. `result` waits for it.
final class Concurrent<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `computed` is written once, by the worker, before `done`
    // is signalled, and read only after waiting for that signal.
    private var computed: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            computed = Result { try work() }
            done.signal()
        }.start()
    }

    /// The work's value or error, once it is done. Called from one thread.
    var result: Result<Value, any Error> {
        if !waited {
            done.wait()
            waited = true
        }
        return computed!
    }
}
