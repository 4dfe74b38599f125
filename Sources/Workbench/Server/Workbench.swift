import Foundation
import Procedures
import Hummingbird
import Logging
import Report

/// The browser workbench (`bunseki serve`): the participant flow, the access code on `--lan` and, with an
/// exercise, the classroom pages. Everything it shows is rendered from the same documents the CLI writes.
public struct Workbench: Sendable {
    public let configuration: WorkbenchConfiguration
    let tools: any ToolProvider
    let store: SessionStore
    let pool: ComputePool
    let classroom: Classroom?
    let codes = CodeGuard(attempts: Workbench.codeAttempts)
    /// Uploads whose bodies are read at once (`AsyncGate`).
    let uploadGate = AsyncGate(width: 4)

    package init(configuration: WorkbenchConfiguration, tools: any ToolProvider) throws {
        self.configuration = configuration
        self.tools = tools
        store = SessionStore(defaultLanguage: configuration.language, admitsWithoutCode: configuration.accessCode == nil)
        pool = ComputePool(limit: configuration.requestTimeLimit)
        classroom = try configuration.classroom.map { try Classroom(configuration: $0, language: configuration.language) }
    }

    /// Every route, behind the security headers.
    public func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.middlewares.add(SecurityHeaders())
        router.middlewares.add(RequestLog())
        router.get("/assets/app.css") { _, _ in Responses.asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in Responses.asset(Assets.js, type: "text/javascript; charset=utf-8") }
        addAccessRoutes(to: router)
        addParticipantRoutes(to: router)
        if classroom != nil { addClassroomRoutes(to: router) }
        return router
    }

    /// The server application bound as configured.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "bunseki.serve")
        logger.logLevel = .notice
        return Application(router: router(),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: nil),
                           onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
                           logger: logger)
    }

    /// Runs until interrupted; every upload and result is dropped on the way out.
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        defer { classroom?.removeFiles() }
        try await application(onServerRunning: onServerRunning).runService()
        await store.removeAll()
    }

    // MARK: helpers shared by the routes

    func visit(_ request: Request) async -> Visit {
        let (session, isNew) = await store.resolve(Responses.sessionID(in: request))
        return Visit(session: session, isNew: isNew)
    }

    /// The body as a form, refusing more than `limit` bytes before reading them all.
    func form(_ request: Request, limit: Int) async throws -> FormData? {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw WorkbenchError.tooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw WorkbenchError.tooLarge(limit: limit)
        }
        return FormData.parse(body: Data(buffer: buffer), contentType: request.headers[.contentType])
    }

    /// A form's CSRF token matches its session's.
    func authentic(_ form: FormData?, _ visit: Visit) -> Bool {
        guard let token = form?.value("csrf") else { return false }
        return Token.equal(token, visit.session.csrf)
    }

    /// A page with one sentence, for what cannot be shown next to a control.
    func message(_ sentence: String, status: HTTPResponse.Status, visit: Visit, path: String = "/") -> Response {
        let l = visit.session.language
        let body = #"<div class="card"><p class="error" id="message">\#(HTMLText.escape(sentence))</p><p><a href="/">\#(l.pick(ja: "最初の画面へ", en: "Back to the start"))</a></p></div>"#
        return Responses.html(PageLayout(title: l.pick(ja: "お知らせ", en: "Notice"), session: visit.session, path: path).render(body),
                              status: status, visit: visit)
    }

    func forbiddenForm(_ visit: Visit) -> Response {
        message(visit.session.language.pick(
            ja: "フォームの確認用の値がないか、違います。ページを読み込み直してからもう一度送ってください。",
            en: "The form's check value is missing or wrong; reload the page and send it again."),
                status: .forbidden, visit: visit)
    }

    func sentence(_ error: any Error, language: Language, file: String) -> ErrorSentenceText {
        if let own = error as? WorkbenchError { return ErrorSentenceText(sentence: WorkbenchMessages.sentence(own, language)) }
        return tools.sentence(for: error, language: language, file: file)
    }
}
