import Foundation
import Hummingbird
import Report

/// The start page, the access code (`--lan`), the language switch and ending a session.
extension Workbench {
    /// Wrong codes allowed before a browser waits a minute: six characters of 31 make guessing hopeless
    /// at this rate.
    static let codeAttempts = 5

    func addAccessRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return self.accessPage(visit, error: nil) }
            return Responses.html(HomePage(session: visit.session, classroom: self.classroom != nil,
                                           uploadLimit: self.configuration.uploadLimit).render(), visit: visit)
        }

        router.post("/access") { request, _ in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            guard let expected = self.configuration.accessCode else { return Responses.redirect("/", visit: visit) }
            if let until = visit.session.lockedUntil, until > Date() {
                return self.accessPage(visit, error: visit.session.language.pick(
                    ja: "間違いが続いたので、1 分待ってからもう一度入力してください。", en: "Too many wrong codes; wait a minute and try again."))
            }
            let given = (form?.value("code") ?? "").uppercased().filter { !$0.isWhitespace }
            if Token.equal(given, expected) {
                await self.store.update(visit.session.id) { $0.admitted = true; $0.failedCodeAttempts = 0 }
                return Responses.redirect("/", visit: visit)
            }
            await self.store.update(visit.session.id) { session in
                session.failedCodeAttempts += 1
                if session.failedCodeAttempts >= Self.codeAttempts {
                    session.lockedUntil = Date().addingTimeInterval(60)
                    session.failedCodeAttempts = 0
                }
            }
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
