import Corpus
import Foundation
import HTTPTypes
import Hummingbird
import Ingest

/// Entering documents: pages uploaded (text, HTML, PDF) or pasted become
/// drafts through Ingest, as with `brief ingest`; the review screen shows the
/// page beside the drafted fields; a draft is saved (refused when someone
/// else saved it first), rejected, or accepted into the corpus.
struct EntryRoutes {
    let server: WebServer

    func add(to router: Router<WebContext>) {
        router.get("/drafts") { _, context in try drafts(context: context) }
        router.post("/drafts") { request, context in try await upload(request, context: context) }
        router.get("/drafts/:id") { _, context in try review(try context.parameters.require("id"), context: context) }
        router.post("/drafts/:id") { request, context in
            try await save(try context.parameters.require("id"), request, context: context)
        }
        router.post("/drafts/:id/reject") { request, context in
            try await reject(try context.parameters.require("id"), request)
        }
        router.post("/drafts/:id/accept") { request, context in
            try await accept(try context.parameters.require("id"), request, context: context)
        }
    }

    struct DraftRow { let href: String; let id: String; let title: String }
    struct DraftsPage {
        let csrf: String
        let drafts: [DraftRow]
        let maxFiles: Int
        let maxMegabytes: Int
        let outcomes: [DraftStore.Outcome]
    }

    func drafts(context: WebContext, outcomes: [DraftStore.Outcome] = []) throws -> Response {
        let s = try server.snapshot()
        let rows = server.drafts.list().map { id in
            let title = server.drafts.read(id).flatMap {
                s.corpus.read(documentText: ReviewMark.removed($0.text).text, path: "drafts/documents/\(id).md").0?
                    .title
            }
            return DraftRow(href: Paths.draft(id), id: id, title: title ?? id)
        }
        return server.pages.page(
            "drafts",
            DraftsPage(
                csrf: context.csrfToken, drafts: rows, maxFiles: UploadLimits.files,
                maxMegabytes: UploadLimits.requestBytes / (1024 * 1024), outcomes: outcomes),
            title: "Enter documents", section: .drafts, snapshot: s)
    }

    /// Reads the form the CSRF middleware has already read (bounded) and checked.
    static func form(_ request: Request) async throws -> FormData {
        let body = try await request.body.collect(upTo: UploadLimits.requestBytes)
        guard let form = FormData.parse(body: body, contentType: request.headers[.contentType]) else {
            throw HTTPError(.badRequest, message: "The form could not be read; reload the page and send it again.")
        }
        if form.fields.contains(where: { $0.1.utf8.count > UploadLimits.fieldBytes }) {
            throw HTTPError(.contentTooLarge, message: "A field is longer than \(UploadLimits.fieldBytes / 1024) KB.")
        }
        return form
    }

    func upload(_ request: Request, context: WebContext) async throws -> Response {
        let s = try server.snapshot()
        let form = try await Self.form(request)
        var uploads: [(name: String, data: [UInt8])] = form.files.filter { !$0.data.isEmpty }.map {
            ($0.filename, $0.data)
        }
        if let pasted = form.first("text"), !pasted.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            uploads.append(("pasted.txt", Array(pasted.utf8)))
        }
        guard !uploads.isEmpty else {
            throw HTTPError(.badRequest, message: "Nothing to enter: choose a file or paste a page's text.")
        }
        guard uploads.count <= UploadLimits.files else {
            throw HTTPError(
                .contentTooLarge, message: "At most \(UploadLimits.files) pages at a time; \(uploads.count) were sent.")
        }
        var outcomes: [DraftStore.Outcome] = []
        var readable: [(name: String, data: [UInt8])] = []
        for u in uploads {
            let ext = (u.name as NSString).pathExtension.lowercased()
            if DraftStore.formats.contains(ext) {
                readable.append(u)
            } else {
                outcomes.append(
                    .init(
                        name: DraftStore.safeName(u.name, index: 0), draft: nil,
                        problem: "not a page brief can read; give a .txt, .html/.htm or .pdf file"))
            }
        }
        if !readable.isEmpty { outcomes = try server.drafts.ingest(readable, corpus: s.corpus) + outcomes }
        let drafted = outcomes.compactMap(\.draft)
        if drafted.count == 1 && outcomes.count == 1 { return HTMLResponse.redirect(to: Paths.draft(drafted[0])) }
        return try drafts(context: context, outcomes: outcomes)
    }

    struct PageLine { let segments: [HighlightedText.Segment] }
    struct ReviewPage {
        let id: String
        let csrf: String
        let version: String
        let action: String
        let form: DraftForm?
        let raw: String?
        let page: [PageLine]
        let problems: [String]
        let clean: Bool
        let message: String?
        let acceptAvailable: Bool
    }

    func review(
        _ id: String, context: WebContext, message: String? = nil, extra: [Diagnostic] = [],
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let s = try server.snapshot()
        guard let (text, version) = server.drafts.read(id) else {
            throw NotFound(
                what: "draft", id: id, known: server.drafts.list(), href: Paths.draft,
                list: Link(href: "/drafts", text: "the drafts"))
        }
        // Read as a document (without its review mark) for the form; checked
        // as accepting it would check it, with the records proposed for it.
        let (document, unreadable) = s.corpus.read(
            documentText: ReviewMark.removed(text).text, path: "drafts/documents/\(id).md")
        let found = document == nil ? unreadable.map { server.drafts.shown($0.description) } : server.drafts.check(id)
        let problems = found + extra.map { server.drafts.shown($0.description) }.filter { !found.contains($0) }
        // Quotes marked in the page, each linked to its demand's field on this screen.
        let quotes = (document?.asks ?? []).enumerated().compactMap { i, a in
            a.quote.map {
                HighlightedText.Quote(
                    text: $0,
                    mark: .init(
                        href: "#ask-\(i)-quote", demand: s.corpus.demand(a.demand)?.label ?? a.demand, anchor: ""))
            }
        }
        var placed = Set<Int>()
        let pageText = server.drafts.page(id) ?? document?.body ?? ""
        let lines = pageText.split(separator: "\n", omittingEmptySubsequences: false).map {
            PageLine(segments: HighlightedText.segments(String($0), quotes: quotes, placed: &placed))
        }
        let page = ReviewPage(
            id: id, csrf: context.csrfToken, version: version, action: Paths.draft(id),
            form: document.map {
                DraftForm(
                    document: $0, corpus: s.corpus, proposals: .read(root: server.drafts.corpusRoot, corpus: s.corpus))
            },
            raw: document == nil ? text : nil, page: lines, problems: problems,
            clean: problems.isEmpty, message: message, acceptAvailable: true)
        let response = server.pages.page(
            "review", page, title: "Review \(document?.title ?? id)", section: .drafts, snapshot: s, status: status)
        return response
    }

    func save(_ id: String, _ request: Request, context: WebContext) async throws -> Response {
        let s = try server.snapshot()
        let form = try await Self.form(request)
        guard let version = form.first("version") else {
            throw HTTPError(.badRequest, message: "The form has no version; reload the draft.")
        }
        let fields: DocumentWriter.Fields, body: String, records: NewRecords.Plan
        do {
            records = try NewRecords.from(form).plan(
                corpus: s.corpus, root: server.drafts.corpusRoot,
                proposals: .read(root: server.drafts.corpusRoot, corpus: s.corpus))
            (fields, body) = try DraftForm.fields(from: form, new: records)
        } catch let e as DraftForm.Invalid {
            throw HTTPError(
                .unprocessableContent, message: e.description + " Go back to the form to correct it; nothing was saved."
            )
        }
        // Still a draft after a save: only accepting removes the review mark.
        let text = ReviewMark.marked(DocumentWriter.text(fields, body: body))
        do {
            try server.drafts.save(id, text: text, expecting: version, records: records.files)
        } catch let stale as DraftStore.Stale {
            let path = "drafts/documents/\(id).md"
            let changed = DraftForm.differences(
                s.corpus.read(documentText: ReviewMark.removed(stale.current).text, path: path).0,
                s.corpus.read(documentText: ReviewMark.removed(text).text, path: path).0)
            return try review(
                id, context: context,
                message: "Someone else saved this draft after you opened it, so your changes were not saved. "
                    + "Fields where the saved draft differs from yours: \(changed.isEmpty ? "none" : changed.joined(separator: ", ")). "
                    + "This is the draft as saved now; make your changes again.", status: .conflict)
        } catch is DraftStore.Missing {
            throw NotFound(
                what: "draft", id: id, known: server.drafts.list(), href: Paths.draft,
                list: Link(href: "/drafts", text: "the drafts"))
        }
        return HTMLResponse.redirect(to: Paths.draft(id) + "?saved=1")
    }

    /// Accepts the reviewed draft; refused drafts come back to the review
    /// screen with `brief check`'s findings, nothing written.
    func accept(_ id: String, _ request: Request, context: WebContext) async throws -> Response {
        let form = try await Self.form(request)
        do {
            let accepted = try server.drafts.accept(id, expecting: form.first("version") ?? "")
            return HTMLResponse.redirect(to: Paths.document(accepted.id) + "?accepted=1")
        } catch is DraftStore.Stale {
            return try review(
                id, context: context,
                message: "Someone else saved this draft after you opened it, so it was not accepted. "
                    + "This is the draft as saved now; review it and accept again.", status: .conflict)
        } catch is DraftStore.Missing {
            throw NotFound(
                what: "draft", id: id, known: server.drafts.list(), href: Paths.draft,
                list: Link(href: "/drafts", text: "the drafts"))
        } catch let e as AcceptanceError {
            var findings: [Diagnostic] = []
            if case .refused(_, let problems) = e { findings = problems }
            let message =
                findings.isEmpty
                ? server.drafts.shown(e.description)
                : "Not accepted: the corpus would not pass `brief check` with this draft. Fix what is listed, save, and accept again."
            return try review(id, context: context, message: message, extra: findings, status: .unprocessableContent)
        }
    }

    func reject(_ id: String, _ request: Request) async throws -> Response {
        let form = try await Self.form(request)
        do {
            try server.drafts.remove(id, expecting: form.first("version") ?? "")
        } catch is DraftStore.Stale {
            throw HTTPError(
                .conflict,
                message:
                    "Someone else saved this draft after you opened it; it was not discarded. Open it again to see the changes."
            )
        } catch is DraftStore.Missing {
            throw NotFound(
                what: "draft", id: id, known: server.drafts.list(), href: Paths.draft,
                list: Link(href: "/drafts", text: "the drafts"))
        } catch let e as AcceptanceError {
            throw HTTPError(.internalServerError, message: server.drafts.shown(e.description))
        }
        return HTMLResponse.redirect(to: "/drafts")
    }
}
