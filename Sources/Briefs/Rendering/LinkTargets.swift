import Corpus
import Foundation
import Typesetting

/// The one way an address from the corpus becomes a link in a brief: only
/// what `SafeLink` allows is clickable; everything else is plain text.
enum LinkTargets {
    /// `#name` → an internal destination; a safe address → a URI; else nil.
    static func target(for address: String) -> LinkTarget? {
        if address.hasPrefix("#") { return address.count > 1 ? .destination(String(address.dropFirst())) : nil }
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        return SafeLink.isClickable(trimmed) ? .uri(trimmed) : nil
    }

    /// The address as a run: link-coloured and clickable when safe, plain otherwise.
    static func run(_ address: String, style: TextStyle, linkColor: Color) -> TextRun {
        guard let target = target(for: address) else { return TextRun(address, style: style) }
        return TextRun(
            address,
            style: style.with {
                $0.color = linkColor; $0.link = target
            })
    }
}
