import Briefs
import Corpus
import Foundation
import HTTPTypes
import Hummingbird
import Typesetting

/// Briefs at stable addresses: `/issues/ID/brief.pdf`, `/events/ID/brief.pdf`,
/// `/years/YYYY/brief.pdf`, with `.json` and `.csv` beside each, and the
/// command line's options as query parameters (`from`, `to`, `lookback`,
/// `template`, `paper`). `…/brief?format=pdf&…` is where the options form
/// goes: it shows the brief being made, then sends the browser to the file.
struct BriefRoutes {
    let server: WebServer

    enum Format: String, CaseIterable { case pdf, json, csv }

    func add(to router: Router<WebContext>) {
        for format in Format.allCases {
            router.get("/issues/:id/brief.\(format.rawValue)") { request, context in
                try await brief(.issue, id: try context.parameters.require("id"), format: format, request: request)
            }
            router.get("/events/:id/brief.\(format.rawValue)") { request, context in
                try await brief(.meeting, id: try context.parameters.require("id"), format: format, request: request)
            }
            router.get("/years/:id/brief.\(format.rawValue)") { request, context in
                try await brief(.year, id: try context.parameters.require("id"), format: format, request: request)
            }
        }
        for kind in [BriefForm.Kind.issue, .meeting, .year] {
            router.get("/\(kind.prefix)/:id/brief") { request, context in
                try progress(kind, id: try context.parameters.require("id"), request: request)
            }
        }
    }

    struct ProgressPage { let noun: String; let seconds: Int; let file: String }

    /// Where the options form goes: the brief is started and this page
    /// reloads itself (no script: a refresh header) until it is ready, then
    /// sends the browser to the file's own address.
    func progress(_ kind: BriefForm.Kind, id: String, request: Request) throws -> Response {
        let prefix = kind.prefix
        let s = try server.snapshot(), c = s.corpus
        let parameters = QueryParameters(request.uri)
        let format = parameters["format"].flatMap { Format(rawValue: $0) } ?? .pdf
        var query: [String] = []
        for name in ["from", "to", "lookback", "template", "paper"] {
            if let v = parameters[name] { query.append("\(name)=\(Paths.query(v))") }
        }
        let file =
            "/\(prefix)/\(Paths.segment(id))/brief.\(format.rawValue)"
            + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        let briefRequest = try Self.request(
            kind, id: id, parameters: parameters, corpus: c,
            address: { "/\(prefix)/\(Paths.segment($0))/brief" + Self.query(of: request) })
        switch server.briefs.start(briefRequest, corpus: c, state: s.served) {
        case .ready:
            return HTMLResponse.redirect(to: file)
        case .failed(let e as BriefError):
            throw HTTPError(Self.status(of: e), message: e.description)
        case .failed(let e):
            throw HTTPError(.internalServerError, message: "\(e)")
        case .making(let seconds):
            let noun = kind == .issue ? "issue brief" : kind == .meeting ? "meeting brief" : "annual summary"
            var response = server.pages.page(
                "progress", ProgressPage(noun: noun, seconds: seconds, file: file),
                title: "Making the \(noun)", section: nil, snapshot: s, status: .accepted)
            response.headers[HTTPField.Name("Refresh")!] = "1"
            return response
        }
    }

    func brief(_ kind: BriefForm.Kind, id: String, format: Format, request: Request) async throws -> Response {
        let s = try server.snapshot(), c = s.corpus
        let briefRequest = try Self.request(
            kind, id: id, parameters: QueryParameters(request.uri), corpus: c,
            address: { "/\(kind.prefix)/\(Paths.segment($0))/brief.\(format.rawValue)" + Self.query(of: request) })
        let made: BriefCache.Made
        do {
            made = try await server.briefs.brief(briefRequest, corpus: c, state: s.served)
        } catch let e as BriefError {
            throw HTTPError(Self.status(of: e), message: e.description)
        }
        let (body, type): (Data, String)
        switch format {
        case .pdf: (body, type) = (made.pdf, "application/pdf")
        case .json: (body, type) = (made.json, "application/json; charset=utf-8")
        case .csv: (body, type) = (made.csv, "text/csv; charset=utf-8")
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] =
            "\(format == .pdf ? "inline" : "attachment"); filename=\"\(Self.safeFileName(briefRequest.name)).\(format.rawValue)\""
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The request the address asks for: an unknown id is a 404 with a
    /// suggestion, `address` given the closest id (the same kind of address,
    /// options and all); a malformed option is a 400 saying what to write.
    static func request(
        _ kind: BriefForm.Kind, id: String, parameters: QueryParameters, corpus c: Corpus,
        address: (String) -> String
    ) throws -> BriefRequest {
        func value(_ name: String) -> String? { parameters[name] }
        let subject: BriefRequest.Subject
        switch kind {
        case .issue:
            guard c.issue(id) != nil else {
                throw NotFound(
                    what: "issue", id: id, known: c.issues.map(\.id), href: address,
                    list: Link(href: "/issues", text: "all issues"))
            }
            func date(_ name: String) throws -> PartialDate? {
                guard let v = value(name) else { return nil }
                guard let d = PartialDate(v) else {
                    throw HTTPError(
                        .badRequest, message: "\(name)=\(v.prefix(40)) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
                    )
                }
                return d
            }
            let range = DateRange(from: try date("from"), to: try date("to"))
            if let a = range.from, let b = range.to, b < a {
                throw HTTPError(.badRequest, message: "to=\(b) is before from=\(a)")
            }
            subject = .issue(id, range)
        case .meeting:
            guard c.event(id) != nil else {
                throw NotFound(
                    what: "engagement", id: id, known: c.events.map(\.id), href: address,
                    list: Link(href: "/events", text: "all engagements"))
            }
            var lookback = MeetingBrief.defaultLookback
            if let v = value("lookback") {
                guard let n = Int(v), (0...100).contains(n) else {
                    throw HTTPError(.badRequest, message: "lookback must be a number of years from 0 to 100")
                }
                lookback = n
            }
            subject = .meeting(id, lookback: lookback)
        case .year:
            guard id.count == 4, let y = Int(id), c.years.contains(y) else {
                throw NotFound(
                    what: "year", id: id, known: c.years.map(String.init), href: address,
                    list: Link(href: "/years", text: "all years"))
            }
            subject = .year(y)
        }
        var paper: PaperSize?
        if let v = value("paper") {
            guard let p = PaperSize(rawValue: v.lowercased()) else {
                throw HTTPError(.badRequest, message: "paper must be a4 or letter")
            }
            paper = p
        }
        var template: String?
        if let t = value("template") {
            // A name from Templates/ only: an address must not name a file anywhere on the machine.
            guard Slug.isValid(t), t != "web" else {
                throw HTTPError(
                    .badRequest,
                    message: "template must be the name of a template in Templates/ (letters, digits and hyphens)")
            }
            template = t
        }
        if misplacedOptions(kind, parameters) {
            throw HTTPError(.badRequest, message: "from and to go with issue briefs; lookback with meeting briefs")
        }
        return BriefRequest(subject: subject, template: template, paper: paper)
    }

    /// The address's query as it was written, with its `?`; empty when there is none.
    static func query(of request: Request) -> String {
        guard let q = request.uri.query, !q.isEmpty else { return "" }
        return "?" + q
    }

    private static func misplacedOptions(_ kind: BriefForm.Kind, _ p: QueryParameters) -> Bool {
        let has = { (n: String) in p[n] != nil }
        return (kind != .issue && (has("from") || has("to"))) || (kind != .meeting && has("lookback"))
    }

    static func status(of e: BriefError) -> HTTPResponse.Status {
        switch e {
        case .unknownIssue, .unknownEvent, .noDocumentsInYear, .templateMissing: return .notFound
        case .nothingInPeriod: return .unprocessableContent
        default: return .internalServerError
        }
    }

    static func safeFileName(_ s: String) -> String {
        String(
            s.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }.map(
                Character.init))
    }
}
