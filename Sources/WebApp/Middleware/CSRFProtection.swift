import Foundation
import Hummingbird

/// Every request that changes files must carry the token of the browser it
/// comes from: a random value kept in a same-site cookie and echoed by each
/// form in a hidden `csrf` field (double submit). A page on another site can
/// make the browser send the cookie but cannot read it, so it cannot fill
/// the field. The body is read here (bounded) and handed on.
struct CSRFProtection: RouterMiddleware {
    typealias Context = WebContext
    static let cookie = "brief_csrf"
    static let field = "csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let existing = request.cookies[Self.cookie]?.value.filter { $0.isHexDigit }
        let token = existing.flatMap { $0.count == 64 ? $0 : nil }
        context.csrfToken = token ?? AccessToken.random()
        var request = request
        if request.method != .get && request.method != .head {
            guard let token else {
                throw HTTPError(
                    .forbidden,
                    message: "This form has expired (no form token in the browser): reload the page and send it again.")
            }
            let body = try await request.body.collect(upTo: UploadLimits.requestBytes)
            request.body = .init(buffer: body)
            let sent = FormData.parse(body: body, contentType: request.headers[.contentType])?.first(Self.field)
            guard let sent, AccessToken.same(sent, token) else {
                throw HTTPError(
                    .forbidden,
                    message: "This form's token does not match this browser's: reload the page and send it again.")
            }
        }
        var response = try await next(request, context)
        if token == nil {
            response.setCookie(
                Cookie(name: Self.cookie, value: context.csrfToken, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }
}
