import Briefs
import Corpus
import Foundation
import Hummingbird
import Logging

/// `brief serve`: the corpus folder and its briefs in a browser. The files
/// stay the single source of truth; every page is computed from them by the
/// same Corpus, Briefs and Ingest modules the command line uses.
public struct WebServer: Sendable {
    public struct Configuration: Sendable {
        public var corpus: String
        public var host: String
        public var port: Int
        /// The access token; required (and made when not given) on a non-loopback host.
        public var token: String?
        public init(corpus: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil) {
            self.corpus = corpus; self.host = host; self.port = port; self.token = token
        }
    }

    public let configuration: Configuration
    let live: LiveCorpus
    let pages: PageRenderer
    let resources: Resources
    let briefs: BriefCache
    let drafts: DraftStore

    /// Checks the setup: templates found, a token when the host is not loopback.
    public init(_ configuration: Configuration) throws {
        var configuration = configuration
        if !Self.isLoopback(configuration.host) && configuration.token == nil {
            configuration.token = AccessToken.random()
        }
        if let t = configuration.token,
            t.isEmpty || !t.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            throw WebAppError.badToken
        }
        self.configuration = configuration
        resources = try Resources.locate()
        pages = try PageRenderer(directory: (resources.templates as NSString).appendingPathComponent("web"))
        live = LiveCorpus(root: configuration.corpus)
        briefs = BriefCache(renderer: BriefRenderer(resources: resources))
        drafts = DraftStore(corpus: configuration.corpus)
    }

    /// 127.0.0.1, ::1, localhost and the rest of 127.0.0.0/8.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.") && host.split(separator: ".").count == 4
    }

    /// The address to open on a port, with the token when one is needed.
    public func address(port: Int) -> String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port)/" + (configuration.token.map { "?token=\($0)" } ?? "")
    }

    /// Every route, behind the security headers, the access rule and CSRF.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: ServerTiming<WebContext>())
        router.add(middleware: SecurityHeaders<WebContext>())
        router.add(middleware: ErrorPages(pages: pages, snapshot: { [live] in try? live.snapshot() }))
        router.add(middleware: AccessToken(token: configuration.token))
        router.add(middleware: CSRFProtection())
        AssetRoutes(resources: resources).add(to: router)
        BrowseRoutes(server: self).add(to: router)
        RecordRoutes(server: self).add(to: router)
        SearchRoutes(server: self).add(to: router)
        CheckRoutes(server: self).add(to: router)
        BriefRoutes(server: self).add(to: router)
        EntryRoutes(server: self).add(to: router)
        return router
    }

    /// The application; `onReady` is told the port it listens on (the one
    /// picked when the configuration says 0).
    public func application(onReady: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "brief-serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "brief"),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until interrupted.
    public func run(onReady: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        try await application(onReady: onReady).runService()
    }

    /// Reads the corpus once before serving: a folder that holds no corpus
    /// at all is an error at start (`CorpusError`); one whose files have
    /// errors is served, with the errors on every page.
    public func readCorpus() throws {
        _ = try live.snapshot()
    }

    /// The current snapshot, or an error page when the folder holds no corpus.
    func snapshot() throws -> CorpusSnapshot {
        do { return try live.snapshot() } catch let e as CorpusError {
            throw HTTPError(.serviceUnavailable, message: e.description)
        }
    }
}
