import Foundation

/// Addresses of records and briefs. Ids go into a path segment
/// percent-encoded, so an id can never be read as a path.
enum Paths {
    static func segment(_ id: String) -> String {
        // Most ids are slugs, which need no encoding.
        if id.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) { return id }
        return id.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? ""
    }
    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? ""
    }
    private static let segmentCharacters: CharacterSet = {
        var s = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        s.insert(charactersIn: "-._~")
        return s
    }()

    static func issue(_ id: String) -> String { "/issues/\(segment(id))" }
    static func demand(_ issue: String, _ demand: String) -> String {
        "/issues/\(segment(issue))#demand-\(segment(demand))"
    }
    static func organization(_ id: String) -> String { "/organizations/\(segment(id))" }
    static func event(_ id: String) -> String { "/events/\(segment(id))" }
    static func document(_ id: String) -> String { "/documents/\(segment(id))" }
    static func year(_ y: Int) -> String { "/years/\(y)" }
    static func draft(_ id: String) -> String { "/drafts/\(segment(id))" }
    static func search(issue: String? = nil, organization: String? = nil, year: Int? = nil) -> String {
        var parts: [String] = []
        if let issue { parts.append("issue=\(query(issue))") }
        if let organization { parts.append("organization=\(query(organization))") }
        if let year { parts.append("year=\(year)") }
        return "/search" + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&"))
    }
}

/// A link as templates print it.
struct Link: Sendable {
    let href: String
    let text: String
}

/// "1 document", "3 documents".
enum Counted {
    static func phrase(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
