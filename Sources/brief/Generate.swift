import ArgumentParser

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet built)")
    func run() throws { throw ExitCode.failure }
}
