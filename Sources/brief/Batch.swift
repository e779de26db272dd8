import ArgumentParser

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet built)")
    func run() throws { throw ExitCode.failure }
}
