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
            do {
                // Room for the form's other fields and the multipart framing around the file.
                form = try await self.form(request, limit: self.configuration.uploadLimit + 16_384)
            } catch {
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
            // Read once now, so that a file that is no workbook is refused at once with the reader's sentence.
            do {
                try await self.pool.run {
                    let reader = UploadReader(upload: upload)
                    if !reader.isDelimitedText, !Self.isZip(upload.bytes), !Self.isCompoundFile(upload.bytes) {
                        throw WorkbenchError.notASpreadsheet(file: upload.fileName)
                    }
                    _ = try reader.table(try reader.open(), sheet: nil, coerce: false)
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
                let preview = try await self.pool.run { try PreviewPage.Model.read(upload, choice: choice) }
                return Responses.html(PreviewPage(session: visit.session, upload: upload, choice: choice, model: preview,
                                                  tools: self.tools.tools).render(), visit: visit)
            } catch {
                return self.message(self.sentence(error, language: l, file: upload.fileName).sentence,
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
            let choice = TableChoice(sheet: form.value("sheet").flatMap { $0.isEmpty ? nil : $0 }, coerce: form.value("coerce") == "1")
            let values = ToolFormPage.values(from: form, tool: tool)
            let language = visit.session.language
            do {
                let (run, bytes) = try await self.pool.run { [tools = self.tools] in
                    let reader = UploadReader(upload: upload)
                    let (table, sheet) = try reader.table(try reader.open(), sheet: choice.sheet, coerce: choice.coerce)
                    let run = try tools.run(tool: tool.id, values: values, table: table,
                                            upload: UploadSource(fileName: upload.fileName, sheet: sheet), language: language)
                    return (run, try WorkbookBytes.write(run.document))
                }
                let stem = (upload.fileName as NSString).deletingPathExtension
                let result = StoredResult(id: Token.random(), uploadID: upload.id, tool: tool.id, document: run.document,
                                          fileName: "\(stem).\(run.analysis).xlsx", workbook: bytes)
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
            // The workbook leaves the server with this response: it and the upload it came from are deleted.
            let taken: StoredResult? = await self.store.update(visit.session.id) { session in
                guard let result = session.results[id], result.workbook != nil else { return nil }
                session.results[id] = nil
                session.uploads[result.uploadID] = nil
                return result
            } ?? nil
            guard let taken, let bytes = taken.workbook else {
                return self.message(Self.resultGone(visit.session.language), status: .notFound, visit: visit)
            }
            return Responses.download(bytes, fileName: taken.fileName, visit: visit)
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
            let table = try await pool.run {
                let reader = UploadReader(upload: upload)
                return try reader.table(try reader.open(), sheet: choice.sheet, coerce: choice.coerce).table
            }
            return Responses.html(ToolFormPage(session: visit.session, upload: upload, tool: tool, table: table, choice: choice,
                                               values: values, error: error).render(), status: status, visit: visit)
        } catch {
            return message(sentence(error, language: l, file: upload.fileName).sentence, status: .unprocessableContent, visit: visit)
        }
    }
}

/// The sheet and conversion chosen on the preview, carried in the query of the pages after it.
struct TableChoice: Sendable {
    var sheet: String?
    var coerce: Bool

    init(sheet: String?, coerce: Bool) {
        self.sheet = sheet
        self.coerce = coerce
    }

    init(_ request: Request) {
        let query = request.uri.queryParameters
        sheet = query.get("sheet").map { String($0).removingPercentEncoding ?? String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        coerce = query.get("coerce") == "1"
    }

    var query: String {
        var parts: [String] = []
        if let sheet { parts.append("sheet=" + HTMLText.urlComponent(sheet)) }
        if coerce { parts.append("coerce=1") }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
