import Foundation
import Hummingbird
import Report
import ReportWriter
import Tabular

/// Upload → sheet and table → tool → options → result → download. Every id in a path is looked up in the
/// requesting session only: another session's id is simply not found.
extension Workbench {
    func addParticipantRoutes(to router: Router<WorkbenchContext>) {
        router.post("/upload") { request, _ in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            let l = visit.session.language
            let form: FormData?
            await self.uploadGate.enter()
            do {
                // Room for the form's other fields and the multipart framing around the file.
                form = try await self.form(request, limit: self.configuration.uploadLimit + 16_384)
                await self.uploadGate.leave()
            } catch {
                await self.uploadGate.leave()
                return self.refusedUpload(WorkbenchMessages.sentence(.tooLarge(limit: self.configuration.uploadLimit), l),
                                          status: .contentTooLarge, visit: visit)
            }
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            guard let file = form?.files["file"], !file.fileName.isEmpty else {
                return self.refusedUpload(l.pick(ja: "ファイルが選ばれていません。", en: "No file was chosen."), status: .badRequest, visit: visit)
            }
            guard file.bytes.count <= self.configuration.uploadLimit else {
                return self.refusedUpload(WorkbenchMessages.sentence(.tooLarge(limit: self.configuration.uploadLimit), l),
                                          status: .contentTooLarge, visit: visit)
            }
            let upload = Upload(id: Token.random(), fileName: file.fileName, bytes: file.bytes, received: Date())
            // Read now, so that a file that is no workbook is refused at once with the reader's sentence; the
            // table is kept for the preview, the form and the analysis.
            do {
                try await self.pool.run(owner: visit.session.id) {
                    let reader = UploadReader(upload: upload)
                    if !reader.isDelimitedText, !Self.isZip(upload.bytes), !Self.isCompoundFile(upload.bytes) {
                        throw WorkbenchError.notASpreadsheet(file: upload.fileName)
                    }
                    _ = try upload.tables.reading(.init(sheet: nil, coerce: false), upload: upload)
                }
            } catch {
                return self.refusedUpload(self.sentence(error, language: l, file: upload.fileName).sentence,
                                          status: .unprocessableContent, visit: visit)
            }
            await self.store.update(visit.session.id) { session in
                if session.uploads.count >= Session.uploadLimit,
                   let oldest = session.uploads.values.min(by: { $0.received < $1.received }) {
                    session.uploads[oldest.id] = nil
                }
                session.uploads[upload.id] = upload
            }
            return Responses.redirect("/files/\(upload.id)", visit: visit)
        }

        router.get("/files/:upload") { request, context in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            guard let upload = visit.session.uploads[context.parameters.get("upload") ?? ""] else {
                return self.message(WorkbenchMessages.sentence(.missingFile, visit.session.language), status: .notFound, visit: visit)
            }
            let choice = TableChoice(request)
            let l = visit.session.language
            do {
                let preview = try await self.pool.run(owner: visit.session.id) { try PreviewPage.Model.read(upload, choice: choice, language: l) }
                return Responses.html(PreviewPage(session: visit.session, upload: upload, choice: choice, model: preview,
                                                  sheets: preview.sheets, tools: self.tools.tools).render(), visit: visit)
            } catch {
                // The reading options again, with the CLI's sentence under the option it concerns.
                let sheets = (try? await self.pool.run { try upload.tables.sheets(upload: upload) }) ?? choice.sheet.map { [$0] } ?? []
                return Responses.html(PreviewPage(session: visit.session, upload: upload, choice: choice, model: nil, sheets: sheets,
                                                  error: self.sentence(error, language: l, file: upload.fileName),
                                                  tools: self.tools.tools).render(),
                                      status: .unprocessableContent, visit: visit)
            }
        }

        router.post("/files/:upload/delete") { request, context in
            let visit = await self.visit(request)
            let form = try? await self.form(request, limit: 4096)
            guard self.authentic(form, visit) else { return self.forbiddenForm(visit) }
            let id = context.parameters.get("upload") ?? ""
            await self.store.update(visit.session.id) { session in
                session.uploads[id] = nil
                session.results = session.results.filter { $0.value.uploadID != id }
            }
            return Responses.redirect("/", visit: visit)
        }

        router.get("/files/:upload/tools/:tool") { request, context in
            let visit = await self.visit(request)
            return await self.toolForm(visit, uploadID: context.parameters.get("upload") ?? "",
                                       toolID: context.parameters.get("tool") ?? "", choice: TableChoice(request),
                                       values: [:], error: nil)
        }

        router.post("/files/:upload/tools/:tool") { request, context in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            let form = try? await self.form(request, limit: 65_536)
            guard self.authentic(form, visit), let form else { return self.forbiddenForm(visit) }
            let uploadID = context.parameters.get("upload") ?? "", toolID = context.parameters.get("tool") ?? ""
            guard let upload = visit.session.uploads[uploadID] else {
                return self.message(WorkbenchMessages.sentence(.missingFile, visit.session.language), status: .notFound, visit: visit)
            }
            guard let tool = self.tools.tools.first(where: { $0.id == toolID }) else {
                return self.message(WorkbenchMessages.sentence(.unknownTool(toolID), visit.session.language), status: .notFound, visit: visit)
            }
            let choice = TableChoice(form)
            let values = ToolFormPage.values(from: form, tool: tool)
            let language = visit.session.language
            do {
                // The analysis and its page now; the workbook after, in the background, by the same procedure on the
                // same table (so its bytes are the CLI's), while the participant reads the page. The document is not
                // held between the two: building it again costs less than keeping thirty of them.
                let source = { @Sendable (reading: UploadTables.Reading) in UploadSource(fileName: upload.fileName, sheet: reading.sheet) }
                let (reading, run, page) = try await self.pool.run(owner: visit.session.id) { [tools = self.tools] in
                    let reading = try upload.tables.reading(choice, upload: upload)
                    let run = try tools.run(tool: tool.id, values: values, table: reading.table, upload: source(reading), language: language)
                    return (reading, run.analysis, DocumentHTML(document: run.document, language: language).render())
                }
                let id = Token.random()
                let workbook = Task { [pool = self.pool, tools = self.tools] in
                    try await pool.run(priority: .background, owner: visit.session.id, key: id, timed: false) {
                        let again = try tools.run(tool: tool.id, values: values, table: reading.table, upload: source(reading), language: language)
                        return try WorkbookBytes.write(again.document)
                    }
                }
                let stem = (upload.fileName as NSString).deletingPathExtension
                let result = StoredResult(id: id, uploadID: upload.id, tool: tool.id, page: page,
                                          fileName: "\(stem).\(run).xlsx", workbook: workbook)
                await self.store.update(visit.session.id) { session in
                    if session.results.count >= Session.resultLimit,
                       let oldest = session.results.values.min(by: { $0.created < $1.created }) {
                        session.results[oldest.id] = nil
                    }
                    session.results[result.id] = result
                }
                return Responses.redirect("/results/\(result.id)", visit: visit)
            } catch {
                let sentence = self.sentence(error, language: language, file: upload.fileName)
                return await self.toolForm(visit, uploadID: uploadID, toolID: toolID, choice: choice, values: values,
                                           error: sentence, status: .unprocessableContent)
            }
        }

        // Where this session's work stands, for the waiting note (app.js): one sentence, or nothing when idle.
        router.get("/progress") { request, _ in
            let visit = await self.visit(request)
            let l = visit.session.language
            let line: String
            switch self.pool.place(of: visit.session.id) {
            case .running?: line = l.pick(ja: "計算しています。", en: "Working on it.")
            case .waiting(let ahead)?: line = ahead == 0
                ? l.pick(ja: "順番待ちです（次の番です）。", en: "Waiting in line (next).")
                : l.pick(ja: "順番待ちです（前に \(ahead) 件）。", en: "Waiting in line (\(ahead) ahead).")
            case nil: line = ""
            }
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: line)))
        }

        router.get("/results/:result") { request, context in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            guard let result = visit.session.results[context.parameters.get("result") ?? ""] else {
                return self.message(Self.resultGone(visit.session.language), status: .notFound, visit: visit)
            }
            let tool = self.tools.tools.first { $0.id == result.tool }
            return Responses.html(ResultPage(session: visit.session, result: result, toolTitle: tool?.title(visit.session.language) ?? result.tool,
                                             uploadKept: visit.session.uploads[result.uploadID] != nil).render(), visit: visit)
        }

        router.get("/results/:result/download") { request, context in
            let visit = await self.visit(request)
            guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
            let id = context.parameters.get("result") ?? ""
            guard let result = visit.session.results[id] else {
                return self.message(Self.resultGone(visit.session.language), status: .notFound, visit: visit)
            }
            // Written in the background since the result page; if it has not started yet, it goes first now.
            self.pool.promote(result.id)
            let bytes: Data
            do {
                bytes = try await self.pool.wait(for: result.workbook)
            } catch {
                // Still kept: the participant may ask again.
                return self.message(self.sentence(error, language: visit.session.language, file: result.fileName).sentence,
                                    status: .serviceUnavailable, visit: visit, path: "/results/\(result.id)")
            }
            // The workbook leaves the server with this response: it and the upload it came from are deleted.
            let taken: Bool = await self.store.update(visit.session.id) { session in
                guard session.results[id] != nil else { return false }
                session.results[id] = nil
                session.uploads[result.uploadID] = nil
                return true
            } ?? false
            guard taken else { return self.message(Self.resultGone(visit.session.language), status: .notFound, visit: visit) }
            return Responses.download(bytes, fileName: result.fileName, visit: visit)
        }
    }

    /// The start page again, with the sentence under the file control (the participant picks another file).
    func refusedUpload(_ sentence: String, status: HTTPResponse.Status, visit: Visit) -> Response {
        Responses.html(HomePage(session: visit.session, classroom: classroom != nil, uploadLimit: configuration.uploadLimit,
                                error: sentence).render(), status: status, visit: visit)
    }

    static func resultGone(_ l: Language) -> String {
        l.pick(ja: "この結果はありません（ダウンロードした結果と、その元のファイルは消えます）。ファイルを選び直してください。",
               en: "This result is not here (a downloaded result and its file are deleted); choose the file again.")
    }

    static func isZip(_ bytes: Data) -> Bool { bytes.starts(with: [0x50, 0x4B]) }
    static func isCompoundFile(_ bytes: Data) -> Bool { bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) }

    func toolForm(_ visit: Visit, uploadID: String, toolID: String, choice: TableChoice, values: [String: String],
                  error: ErrorSentenceText?, status: HTTPResponse.Status = .ok) async -> Response {
        guard visit.session.admitted else { return Responses.redirect("/", visit: visit) }
        let l = visit.session.language
        guard let upload = visit.session.uploads[uploadID] else {
            return message(WorkbenchMessages.sentence(.missingFile, l), status: .notFound, visit: visit)
        }
        guard let tool = tools.tools.first(where: { $0.id == toolID }) else {
            return message(WorkbenchMessages.sentence(.unknownTool(toolID), l), status: .notFound, visit: visit)
        }
        do {
            let table = try await pool.run(owner: visit.session.id) {
                try upload.tables.reading(choice, upload: upload).table
            }
            return Responses.html(ToolFormPage(session: visit.session, upload: upload, tool: tool, table: table, choice: choice,
                                               values: values, error: error).render(), status: status, visit: visit)
        } catch {
            return message(sentence(error, language: l, file: upload.fileName).sentence, status: .unprocessableContent, visit: visit)
        }
    }
}
