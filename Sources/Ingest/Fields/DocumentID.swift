import Corpus
import Foundation

/// A document's id in the corpus's style: its date, its first organization
/// and a few words of its title (`2025-03-hrw-engagement-must-prioritize`).
/// A title in another script is transliterated first (ICU's BGN/PCGN
/// romanization for Russian and Ukrainian, then any script to Latin), so a
/// Russian headline gives words, not an empty slug.
public enum DocumentID {
    /// Title words shorter than this are left out of the id ("of", "the", "и").
    static let shortestWord = 4
    /// How many title words the id keeps.
    static let titleWords = 4

    public static func make(date: PartialDate, organizations: [String], title: String, language: String? = nil)
        -> String
    {
        let parts = Slug.make(latin(title, language: language)).split(separator: "-")
        let words = parts.filter { $0.count >= shortestWord }.prefix(titleWords).joined(separator: "-")
        let id = Slug.make("\(date.description)-\(organizations.first ?? "doc")-\(words)")
        // Within the id limit, with room for a "-2" suffix: cut at a hyphen.
        let room = FieldLimits.characters(for: "id") - 8
        guard id.count > room else { return id }
        let head = id.prefix(room)
        return String(head.lastIndex(of: "-").map { head[..<$0] } ?? head)
    }

    /// `text` in ASCII Latin letters: unchanged when it is already.
    static func latin(_ text: String, language: String?) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return text }
        let ukrainian = language == "uk" || LanguageTag.hasUkrainianLetter(text)
        let transform = (ukrainian ? "Ukrainian-Latin/BGN" : "Russian-Latin/BGN") + "; Any-Latin; Latin-ASCII"
        let latin = text.applyingTransform(StringTransform(transform), reverse: false) ?? text
        // The soft sign comes out as an apostrophe or a prime: part of the word, not a break in it.
        return String(latin.unicodeScalars.filter { !"'’ʹʼ".unicodeScalars.contains($0) })
    }
}
