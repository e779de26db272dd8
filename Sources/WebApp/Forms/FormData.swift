import Foundation
import NIOCore

/// A submitted form: text fields and uploaded files, from
/// `application/x-www-form-urlencoded` or `multipart/form-data`.
struct FormData: Sendable {
    struct File: Sendable {
        let name: String
        /// The file name the browser gave, as text only: it never names a path here.
        let filename: String
        let data: [UInt8]
    }
    private(set) var fields: [(String, String)] = []
    private(set) var files: [File] = []

    func first(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
    func all(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }

    /// nil when the content type is neither form encoding or the body is malformed.
    static func parse(body: ByteBuffer, contentType: String?) -> FormData? {
        guard let contentType else { return nil }
        let lower = contentType.lowercased()
        if lower.hasPrefix("application/x-www-form-urlencoded") {
            return urlEncoded(String(buffer: body))
        }
        if lower.hasPrefix("multipart/form-data"), let boundary = Self.parameter("boundary", in: contentType) {
            return Multipart.parse(Array(body.readableBytesView), boundary: boundary)
        }
        return nil
    }

    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            form.fields.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
        return form
    }

    mutating func add(field name: String, _ value: String) { fields.append((name, value)) }
    mutating func add(file: File) { files.append(file) }

    /// `boundary=…` of a header value, quoted or not.
    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].lowercased() == name else { continue }
            var v = String(kv[1])
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v.isEmpty ? nil : v
        }
        return nil
    }
}
