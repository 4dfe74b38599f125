import Foundation
import Hummingbird
import Report

/// The start page, the access code (`--lan`), the language switch and ending a session.
extension Workbench {
    /// Wrong codes a client (by address, not by session) may give before it waits a minute (CodeGuard).
    static let codeAttempts = 5

    func addAccessRoutes(to router: Router<WorkbenchContext>) {
        router.get("/") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return self.accessPage(visit, error: nil) }
            return Responses.html(HomePage(session: visit.session, classroom: self.classroom != nil,
                                           uploadLimit: self.configuration.uploadLimit).render(), visit: visit)
        }

        router.post("/access") { request, context in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            guard let expected = self.configuration.accessCode else { return Responses.redirect("/", visit: visit) }
            let client = context.client ?? "-"
            if await self.codes.isLocked(client) {
                return self.accessPage(visit, error: Self.lockedSentence(visit.session.language), status: .tooManyRequests)
            }
            let given = (form?.value("code") ?? "").uppercased().filter { !$0.isWhitespace }
            if Token.equal(given, expected) {
                await self.codes.recordSuccess(client)
                await self.store.update(visit.session.id) { $0.admitted = true }
                return Responses.redirect("/", visit: visit)
            }
            await self.codes.recordFailure(client)
            return self.accessPage(visit, error: visit.session.language.pick(
                ja: "アクセスコードが違います。講師が示したコードを入力してください。",
                en: "That access code is wrong; type the code the instructor shows."), status: .unauthorized)
        }

        router.post("/language") { request, _ in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            if let language = form?.value("lang").flatMap(Language.init(rawValue:)) {
                await self.store.update(visit.session.id) { $0.language = language }
            }
            return Responses.redirect(Self.localPath(form?.value("back")), visit: visit)
        }

        router.post("/session/end") { request, _ in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            await self.store.end(visit.session.id)
            var response = Responses.redirect("/", visit: visit)
            response.headers[.setCookie] = "\(Responses.cookieName)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
            return response
        }
    }

    static func lockedSentence(_ l: Language) -> String {
        l.pick(ja: "間違いが続いたので、1 分待ってからもう一度入力してください。", en: "Too many wrong codes; wait a minute and try again.")
    }

    /// A path on this server to return to: anything else (another host, a scheme) becomes `/`.
    static func localPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
              !path.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return path
    }

    func accessPage(_ visit: Visit, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let l = visit.session.language
        let body = """
        <div class="card"><h1>\(l.pick(ja: "アクセスコード", en: "Access code"))</h1>
        <p>\(l.pick(ja: "講師が示したコードを入力してください（このブラウザーでは一度だけ）。", en: "Type the code the instructor shows (once in this browser)."))</p>
        <form method="post" action="/access">\(PageLayout.csrfField(visit.session))
        <input type="text" name="code" id="code" autocomplete="off" autofocus maxlength="12"> <button class="primary" type="submit" id="enter">\(l.pick(ja: "入る", en: "Enter"))</button>
        \(error.map { #"<p class="error" id="code-error">\#(HTMLText.escape($0))</p>"# } ?? "")</form></div>
        """
        return Responses.html(PageLayout(title: l.pick(ja: "アクセスコード", en: "Access code"), session: visit.session, path: "/").render(body),
                              status: status, visit: visit)
    }
}
