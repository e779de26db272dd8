import ArgumentParser

/// `brief`: comparative briefing PDFs from a corpus of advocacy documents.
@main
struct Brief: ParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        abstract: "Compose printable, comparative briefs from a corpus of advocacy documents.",
        discussion: """
        Examples:
          brief generate --issue detainees          issue brief → detainees.pdf
          brief generate --meeting trump-putin-call-2025
          brief check                               validate ./Corpus
          brief list issues                         what the corpus holds
        The corpus is ./Corpus, or $BRIEF_CORPUS, or --corpus DIR.
        """,
        version: version,
        subcommands: [Generate.self, Batch.self, Check.self, List.self, Specimen.self, Bench.self])
}
