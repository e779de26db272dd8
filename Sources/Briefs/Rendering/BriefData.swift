import Corpus
import Foundation
import Typesetting

/// What a brief claims, as data a program can check (`--data`): JSON
/// (structured) or CSV (one row per fact). Every brief kind has both.
public protocol BriefRecord {
    func json() throws -> Data
    func csv() -> String
}

/// Encodable records are written as sorted, indented JSON.
extension BriefRecord where Self: Encodable {
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

public enum BriefData {
    /// Writes a brief's record (`BriefContent.record()`) as `.json` or `.csv`, atomically.
    public static func write(_ record: any BriefRecord, to path: String) throws {
        let text: String
        if path.lowercased().hasSuffix(".json") {  // a device or pipe (no .json) is given CSV
            text = String(decoding: try record.json(), as: UTF8.self) + "\n"
        } else {
            text = csvByteOrderMark + record.csv()
        }
        // Written as the PDF is (`OutputFile`): through a link, onto a device,
        // atomically, and nothing left behind on an error or a signal.
        try OutputFile.write(Array(text.utf8), to: path)
    }

    /// CSV starts with a UTF-8 byte-order mark: without it Excel on Windows
    /// reads the file as the system's code page and garbles every name with
    /// an accent or in Cyrillic. Python (`utf-8-sig`), pandas, R and
    /// LibreOffice read it as a mark, not as data.
    public static let csvByteOrderMark = "\u{FEFF}"

    static func csvLine(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
