import Foundation
import Hummingbird

/// Classroom mode: the participant's page (choose oneself, download, hand in) and the instructor's page
/// behind its own code.
extension Workbench {
    func addClassroomRoutes(to router: Router<WorkbenchContext>) {
        guard let classroom else { return }

        router.get("/class") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            return await self.classPage(visit, error: nil)
        }

        router.post("/class/join") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            if let number = form?.value("participant").flatMap(Int.init), classroom.participant(number) != nil {
                await self.store.update(visit.session.id) { $0.participant = number }
            }
            return Responses.redirect("/class", visit: visit)
        }

        router.get("/class/workbook") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted, let number = visit.session.participant else { return Responses.redirect("/class", visit: visit) }
            do {
                let (bytes, name) = try await classroom.workbook(for: number)
                return Responses.download(bytes, fileName: name, visit: visit)
            } catch {
                return self.message(self.sentence(error, language: visit.session.language, file: classroom.spec.id).sentence,
                                    status: .internalServerError, visit: visit)
            }
        }

        router.post("/class/submit") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            let l = visit.session.language
            let form: FormData?
            do {
                form = try await self.form(request, limit: self.configuration.uploadLimit + 16_384)
            } catch {
                return await self.refusedSubmission(WorkbenchMessages.sentence(.tooLarge(limit: self.configuration.uploadLimit), l),
                                                    status: .contentTooLarge, visit: visit)
            }
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            guard let file = form?.files["file"], !file.fileName.isEmpty else {
                return await self.refusedSubmission(l.pick(ja: "ファイルが選ばれていません。", en: "No file was chosen."),
                                                    status: .badRequest, visit: visit)
            }
            let tools = self.tools
            _ = await classroom.grade(file.bytes, fileName: file.fileName, session: visit.session.id) { error in
                tools.sentence(for: error, language: l, file: file.fileName).sentence
            }
            return Responses.redirect("/class#grade", visit: visit)
        }

        router.get("/teacher") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.instructor else { return self.instructorCodePage(visit, error: nil) }
            let (downloaded, grades, others) = await classroom.snapshot()
            return Responses.html(InstructorPage(session: visit.session, classroom: classroom, downloaded: downloaded,
                                                 grades: grades, unidentified: others.count, debrief: await classroom.debrief(),
                                                 released: await classroom.released).render(), visit: visit)
        }

        router.post("/teacher/login") { request, context in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            let client = context.client ?? "-"
            if await self.codes.isLocked(client) {
                return self.instructorCodePage(visit, error: Self.lockedSentence(visit.session.language), status: .tooManyRequests)
            }
            let given = (form?.value("code") ?? "").uppercased().filter { !$0.isWhitespace }
            if Token.equal(given, classroom.instructorCode) {
                await self.codes.recordSuccess(client)
                // The instructor code also admits the browser past the access code.
                await self.store.update(visit.session.id) { $0.instructor = true; $0.admitted = true }
                return Responses.redirect("/teacher", visit: visit)
            }
            await self.codes.recordFailure(client)
            return self.instructorCodePage(visit, error: visit.session.language.pick(ja: "講師コードが違います。", en: "That instructor code is wrong."),
                                           status: .unauthorized)
        }

        router.post("/teacher/release") { request, _ in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            guard visit.session.instructor else { return self.instructorCodePage(visit, error: nil, status: .unauthorized) }
            await classroom.setReleased(form?.value("release") == "1")
            return Responses.redirect("/teacher", visit: visit)
        }

        router.get("/teacher/grades.xlsx") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.instructor else { return self.instructorCodePage(visit, error: nil, status: .unauthorized) }
            do {
                let bytes = try await classroom.gradeWorkbook()
                return Responses.download(bytes, fileName: "\(classroom.spec.id)-採点結果.xlsx", visit: visit)
            } catch {
                return self.message(self.sentence(error, language: visit.session.language, file: classroom.spec.id).sentence,
                                    status: .internalServerError, visit: visit)
            }
        }
    }

    func classPage(_ visit: Visit, error: String?, status: HTTPResponse.Status = .ok) async -> Response {
        guard let classroom else { return Responses.redirect("/", visit: visit) }
        return Responses.html(ClassroomPage(session: visit.session, classroom: classroom,
                                            grade: await classroom.lastGrade(session: visit.session.id),
                                            released: await classroom.released,
                                            uploadLimit: configuration.uploadLimit, error: error).render(),
                              status: status, visit: visit)
    }

    /// The class page again, with the sentence under the hand-in control.
    func refusedSubmission(_ sentence: String, status: HTTPResponse.Status, visit: Visit) async -> Response {
        await classPage(visit, error: sentence, status: status)
    }

    func instructorCodePage(_ visit: Visit, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let l = visit.session.language
        let body = """
        <div class="card"><h1>\(l.pick(ja: "講師ページ", en: "Instructor"))</h1>
        <p>\(l.pick(ja: "サーバーを起動したときに表示された講師コードを入力してください。", en: "Type the instructor code printed when the server started."))</p>
        <form method="post" action="/teacher/login">\(PageLayout.csrfField(visit.session))
        <input type="password" name="code" id="instructor-code" autocomplete="off" maxlength="16"> <button class="primary" type="submit" id="instructor-enter">\(l.pick(ja: "入る", en: "Enter"))</button>
        \(error.map { #"<p class="error" id="instructor-error">\#(HTMLText.escape($0))</p>"# } ?? "")</form></div>
        """
        return Responses.html(PageLayout(title: l.pick(ja: "講師ページ", en: "Instructor"), session: visit.session, path: "/teacher").render(body),
                              status: status, visit: visit)
    }
}
