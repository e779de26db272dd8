import Corpus
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders pages from the Mustache templates in `Templates/web/`: each page's
/// own template, then `layout` around it. Every value is escaped by Mustache
/// (`{{…}}`); the one unescaped slot is the page body the layout wraps, which
/// is itself a rendered template.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init(directory: String) throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(name)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            do {
                try library.register(HTMLEscaping.pragma + text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw WebAppError.templateInvalid(path: path, reason: "\(error)")
            }
        }
        guard library.getTemplate(named: "layout") != nil else { throw WebAppError.templateMissing(directory) }
        self.library = library
    }

    /// The sections in the navigation bar.
    enum Section: String, CaseIterable {
        case overview, issues, organizations, events, documents, years, outcomes, drafts, check
        var link: (String, String) {
            switch self {
            case .overview: return ("/", "Overview")
            case .issues: return ("/issues", "Issues")
            case .organizations: return ("/organizations", "Organizations")
            case .events: return ("/events", "Engagements")
            case .documents: return ("/documents", "Documents")
            case .years: return ("/years", "Years")
            case .outcomes: return ("/outcomes", "Outcomes")
            case .drafts: return ("/drafts", "Enter documents")
            case .check: return ("/check", "Check")
            }
        }
    }

    struct NavItem { let href: String; let text: String; let current: Bool }
    struct Banner { let errorCount: Int; let plural: Bool; let servingEarlier: Bool }
    struct Layout {
        let title: String
        let content: String
        let nav: [NavItem]
        let banner: Banner?
        let corpusSummary: String
    }

    /// A whole page: `template` rendered with `context`, inside the layout.
    func page(
        _ template: String, _ context: Any, title: String, section: Section?, snapshot: CorpusSnapshot?,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        HTMLResponse.make(html(template, context, title: title, section: section, snapshot: snapshot), status: status)
    }

    /// A whole page's HTML.
    func html(_ template: String, _ context: Any, title: String, section: Section?, snapshot: CorpusSnapshot?) -> String
    {
        let body = library.render(context, withTemplate: template) ?? ""
        let banner = snapshot.flatMap { s in
            s.hasErrors
                ? Banner(errorCount: s.errors.count, plural: s.errors.count != 1, servingEarlier: s.servingEarlierState)
                : nil
        }
        let summary =
            snapshot.map { s in
                "\(s.corpus.documents.count) documents, \(s.corpus.organizations.count) organizations, \(s.corpus.issues.count) issues"
            } ?? "not loaded"
        let layout = Layout(
            title: title, content: body,
            nav: Section.allCases.map { NavItem(href: $0.link.0, text: $0.link.1, current: $0 == section) },
            banner: banner, corpusSummary: summary)
        return library.render(layout, withTemplate: "layout") ?? ""
    }
}

/// HTML responses (the security headers are added to every response by `SecurityHeaders`).
enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Problems of the server's own setup, explained in one sentence.
public enum WebAppError: Error, CustomStringConvertible {
    case templateMissing(String)
    case templateInvalid(path: String, reason: String)
    case badToken

    public var description: String {
        switch self {
        case .templateMissing(let dir):
            return
                "no web templates in \(dir) (layout.mustache is missing); set BRIEF_HOME to the folder holding Templates/web/"
        case .templateInvalid(let path, let reason):
            return "\(path): error: template does not parse: \(reason)"
        case .badToken:
            return "--token must be letters, digits, '-' or '_' (it goes into an address and a cookie)"
        }
    }
}
