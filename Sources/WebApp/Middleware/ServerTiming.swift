import Dispatch
import HTTPTypes
import Hummingbird

/// `Server-Timing: app;dur=MS` on every response: the time the server spent
/// on the request, readable by a browser's tools and by the benchmark
/// (`scripts/bench-serve`), apart from the network and the client.
struct ServerTiming<Context: RequestContext>: RouterMiddleware {
    static var name: HTTPField.Name { HTTPField.Name("Server-Timing")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = DispatchTime.now().uptimeNanoseconds
        var response = try await next(request, context)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        response.headers[Self.name] = "app;dur=\((ms * 100).rounded() / 100)"
        return response
    }
}
