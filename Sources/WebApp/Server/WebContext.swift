import Hummingbird

/// What a request carries through the middleware to its route: the CSRF
/// token its forms must echo.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The token of this browser (from its cookie, or made for it now).
    public var csrfToken: String = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Uploads are bounded by `UploadLimits`, checked where bodies are read.
    public var maxUploadSize: Int { UploadLimits.requestBytes }
}
