import ArgumentParser
import Briefs
import Foundation

/// `brief init DIR`: a new corpus that `brief check` passes and every brief
/// kind can be made from, with the format described in its README.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Start a new corpus: one organization, issue, event and document to edit, and a README of the format.",
        discussion: """
            Writes organizations.yaml, issues.yaml, events.yaml, documents/ and README.md \
            into DIR (created if missing). Nothing is overwritten: a folder that already \
            holds any of these files is refused. Then, inside DIR: brief check, \
            brief generate --issue detainees.
            """)

    @Argument(help: ArgumentHelp("Folder for the new corpus.", valueName: "DIR"), completion: .directory)
    var folder: String

    func run() throws {
        let resources: Resources
        do { resources = try Resources.locate() } catch let e as BriefError {
            Terminal.error(e.description)
            throw ExitCode.failure
        }
        let fm = FileManager.default
        let skeleton = resources.skeleton
        guard let files = fm.enumerator(atPath: skeleton)?.compactMap({ $0 as? String }) else {
            Terminal.error("cannot read the corpus skeleton at \(skeleton); reinstall brief")
            throw ExitCode.failure
        }
        var isDir: ObjCBool = false
        let plain = files.filter {
            fm.fileExists(atPath: (skeleton as NSString).appendingPathComponent($0), isDirectory: &isDir)
                && !isDir.boolValue
        }
        let written = plain + ["README.md"]
        // Refused before anything is written: a half-made corpus helps nobody.
        let existing = written.filter { fm.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        if !existing.isEmpty {
            Terminal.error(
                "\(folder) already holds \(existing.sorted().joined(separator: ", ")); give a new or empty folder")
            throw ExitCode.failure
        }
        do {
            for file in plain.sorted() {
                let target = (folder as NSString).appendingPathComponent(file)
                try fm.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fm.copyItem(atPath: (skeleton as NSString).appendingPathComponent(file), toPath: target)
            }
            let format = try String(contentsOfFile: resources.corpusFormat, encoding: .utf8)
            try format.write(
                toFile: (folder as NSString).appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        } catch {
            Terminal.error("cannot write the corpus in \(folder): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("\(folder): a new corpus (\(written.count) files). Next: cd \(folder) && brief check")
    }
}
