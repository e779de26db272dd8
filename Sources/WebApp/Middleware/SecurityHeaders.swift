import HTTPTypes
import Hummingbird

/// Headers on every response: nothing runs or loads from anywhere but the
/// server itself, no page can be framed, no type is guessed, no address leaks.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var fields: [(HTTPField.Name, String)] {
        [
            (
                .contentSecurityPolicy,
                "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
            ),
            (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
            (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
            (HTTPField.Name("X-Frame-Options")!, "DENY"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do { response = try await next(request, context) } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        for (name, value) in Self.fields where response.headers[name] == nil { response.headers[name] = value }
        return response
    }
}
