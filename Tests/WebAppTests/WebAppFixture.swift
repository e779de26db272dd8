import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PDFTestSupport
import Testing

@testable import WebApp

/// A copy of the sample corpus in a scratch folder (tests change files),
/// and a server on it driven through Hummingbird's router test client.
struct WebAppFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    let corpus: String
    let server: WebServer

    init(token: String? = nil, host: String = "127.0.0.1", edit: (String) throws -> Void = { _ in }) throws {
        corpus = ScratchDirectory.make("web") + "/Corpus"
        try FileManager.default.copyItem(atPath: Self.root + "/Corpus", toPath: corpus)
        try edit(corpus)
        server = try WebServer(.init(corpus: corpus, host: host, port: 0, token: token))
    }

    func file(_ relative: String) -> String { corpus + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: file(relative), atomically: true, encoding: .utf8)
    }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try String(contentsOfFile: file(relative), encoding: .utf8)
        #expect(text.contains(old), "fixture: \(relative) holds \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }
}

/// A response read whole, for assertions.
struct Page: CustomStringConvertible {
    /// What a failed expectation prints: the status and the start of the body.
    var description: String { "\(status) \(body.prefix(1500))" }
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String
    let bytes: [UInt8]
    func contains(_ s: String) -> Bool { body.contains(s) }
    var cookies: [String: String] {
        var out: [String: String] = [:]
        for v in headers[values: .setCookie] {
            let pair = v.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { out[String(pair[0])] = String(pair[1]) }
        }
        return out
    }
}

extension TestClientProtocol {
    /// A GET; with `cookie`, as the browser holding that CSRF token.
    func get(_ uri: String, headers: HTTPFields = [:], cookie: String? = nil) async throws -> Page {
        var headers = headers
        if let cookie { headers[.cookie] = "brief_csrf=\(cookie)" }
        return try await execute(uri: uri, method: .get, headers: headers) { r in
            Page(
                status: r.status, headers: r.headers, body: String(buffer: r.body),
                bytes: Array(r.body.readableBytesView))
        }
    }

    func post(_ uri: String, form: [(String, String)], cookie: String?, headers: HTTPFields = [:]) async throws -> Page
    {
        var h = headers
        h[.contentType] = "application/x-www-form-urlencoded"
        if let cookie { h[.cookie] = "brief_csrf=\(cookie)" }
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body)) { r in
            Page(
                status: r.status, headers: r.headers, body: String(buffer: r.body),
                bytes: Array(r.body.readableBytesView))
        }
    }

    func postMultipart(_ uri: String, fields: [(String, String)], files: [(String, String, [UInt8])], cookie: String?)
        async throws -> Page
    {
        let boundary = "----briefTestBoundary7MA4YWxk"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, data) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += data + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var h = HTTPFields()
        h[.contentType] = "multipart/form-data; boundary=\(boundary)"
        if let cookie { h[.cookie] = "brief_csrf=\(cookie)" }
        return try await execute(uri: uri, method: .post, headers: h, body: ByteBuffer(bytes: body)) { r in
            Page(
                status: r.status, headers: r.headers, body: String(buffer: r.body),
                bytes: Array(r.body.readableBytesView))
        }
    }

    /// A CSRF token as a browser gets it: from the cookie set on its first page.
    func csrfToken() async throws -> String {
        let page = try await get("/drafts")
        return try #require(page.cookies["brief_csrf"])
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
