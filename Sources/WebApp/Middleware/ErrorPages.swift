import Foundation
import HTTPTypes
import Hummingbird

/// Errors as pages a person can read: an unknown id with its suggestion,
/// and every HTTP error (bad form, expired token, upload too large) in the
/// site's layout, with its status — and, like every page, the banner while
/// the corpus files have errors.
struct ErrorPages: RouterMiddleware {
    typealias Context = WebContext
    let pages: PageRenderer
    /// The corpus as served now, for the layout (nil when there is none).
    let snapshot: @Sendable () -> CorpusSnapshot?

    struct ErrorView { let heading: String; let message: String; let suggestion: Link?; let list: Link? }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let e as NotFound {
            let view = ErrorView(
                heading: "No \(e.what) “\(e.id)”", message: "There is no \(e.what) with this id in the corpus.",
                suggestion: e.suggestion, list: e.list)
            return pages.page("error", view, title: "Not found", section: nil, snapshot: snapshot(), status: .notFound)
        } catch let e as HTTPError {
            var response = pages.page(
                "error",
                ErrorView(
                    heading: Self.heading(e.status), message: e.body ?? e.status.reasonPhrase,
                    suggestion: nil, list: nil),
                title: Self.heading(e.status), section: nil, snapshot: snapshot(), status: e.status)
            for field in e.headers where response.headers[field.name] == nil { response.headers.append(field) }
            return response
        } catch let e as any HTTPResponseError {
            // An upload past the bound (NIO's too-many-bytes), and the like.
            let message =
                e.status == .contentTooLarge
                ? "The request is larger than \(UploadLimits.requestBytes / (1024 * 1024)) MB; send fewer or smaller pages at a time."
                : e.status.reasonPhrase
            return pages.page(
                "error", ErrorView(heading: Self.heading(e.status), message: message, suggestion: nil, list: nil),
                title: Self.heading(e.status), section: nil, snapshot: snapshot(), status: e.status)
        }
    }

    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "This request cannot be read"
        case 401: return "Access token needed"
        case 403: return "Not allowed"
        case 404: return "Not found"
        case 409: return "Changed by someone else"
        case 413: return "Too large"
        case 421: return "Wrong address"
        default: return status.reasonPhrase
        }
    }
}
