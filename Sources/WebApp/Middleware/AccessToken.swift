import Foundation
import HTTPTypes
import Hummingbird

/// Who may use the server. On loopback (the default) only this machine can
/// reach it, and the Host header must name loopback too (a web page elsewhere
/// cannot rebind its own name to 127.0.0.1 and read the corpus). On any other
/// address every request needs the access token: `Authorization: Bearer T`,
/// the cookie set when the printed address (`/?token=T`) was opened, or that
/// address itself.
struct AccessToken: RouterMiddleware {
    typealias Context = WebContext
    /// nil: loopback only, no token.
    let token: String?
    static let cookie = "brief_token"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let token else {
            if let host = request.head.authority, !Self.isLoopbackAuthority(host) {
                throw HTTPError(
                    .misdirectedRequest,
                    message: "This server answers only to addresses of this machine (localhost, 127.0.0.1).")
            }
            return try await next(request, context)
        }
        let parameters = QueryParameters(request.uri)
        if let given = parameters["token"], Self.same(given, token) {
            // Trade the address's token for a cookie, and drop it from the address bar.
            var query = parameters.all.filter { $0.0 != "token" }.map { "\(Paths.query($0.0))=\(Paths.query($0.1))" }
                .joined(separator: "&")
            if !query.isEmpty { query = "?" + query }
            var response = HTMLResponse.redirect(to: request.uri.path + query)
            response.setCookie(Cookie(name: Self.cookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let cookie = request.cookies[Self.cookie]?.value
        guard [bearer, cookie].contains(where: { $0.map { Self.same($0, token) } ?? false }) else {
            throw HTTPError(
                .unauthorized,
                message:
                    "This server needs its access token: open the address `brief serve` printed when it started (it ends in ?token=…)."
            )
        }
        return try await next(request, context)
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in 0..<x.count { d |= x[i] ^ y[i] }
        return d == 0
    }

    /// "localhost:8080", "127.0.0.1", "[::1]:80".
    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return WebServer.isLoopback(host.lowercased())
    }

    /// 32 random bytes as hex, from the system's secure generator.
    static func random() -> String {
        var g = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for _ in 0..<4 {
            var word = g.next()
            for _ in 0..<16 { out.append(digits[Int(word & 15)]); word >>= 4 }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
