import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import XCTest
import TestSupport

/// `bunseki serve` as run for a class, its standard error read back: one line per request, and none of
/// them holds a file's name, its cells, a session or file id, or a code (docs/SERVE.md, privacy).
final class LogPrivacyTests: XCTestCase {
    func testTheLogNamesRoutesButNoFileNameCellIdOrCode() async throws {
        // Classroom mode, for a code to type: the instructor's (the access code of --lan works alike, but
        // --lan would bind every interface of the test machine).
        let server = try await ServeProcess(["--lang", "en", "--exercise", "Exercises/overtime-regression.yaml", "--participants", "3"])
        defer { server.stop() }
        let code = try XCTUnwrap(TestBrowser.firstMatch(#"instructor code: ([A-Z0-9]+)"#, in: server.banner), server.banner)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        let http = PlainBrowser(client: client, base: server.url)

        try await http.get("/")
        let secretName = "極秘_職員名簿.xlsx"
        let staff = try Data(contentsOf: Repository.file("Workbooks/staff.xlsx"))
        let uploaded = try await http.upload("/upload", fileName: secretName, bytes: staff)
        XCTAssertEqual(uploaded.status, 303, "the upload went through")
        let file = try XCTUnwrap(uploaded.location)
        let preview = try await http.get(file + "?coerce=1")
        XCTAssertTrue(preview.text.contains("企画課"), "the page shows the cells")
        let wrong = try await http.post("/teacher/login", "code=WRONG999")
        XCTAssertEqual(wrong.status, 401)
        let right = try await http.post("/teacher/login", "code=\(code)")
        XCTAssertEqual(right.status, 303)
        server.stop()
        try await client.shutdown()

        let log = server.log
        XCTAssertTrue(log.contains("POST /upload 303"), "one line per request, by route: \(log)")
        XCTAssertTrue(log.contains("GET /files/{upload} 200"), "the route's pattern stands for the id: \(log)")
        let fileID = String(file.dropFirst("/files/".count))
        let secrets = [secretName, "極秘", "企画課", "月間残業時間", fileID, code, "WRONG999", try XCTUnwrap(http.session), try XCTUnwrap(http.csrf)]
        for secret in secrets {
            XCTAssertFalse(log.contains(secret), "the log holds \(secret): \(log)")
        }
    }
}

/// Just enough of a browser over a real socket: the session cookie, the form token, forms and one file.
final class PlainBrowser: @unchecked Sendable {
    let client: HTTPClient
    let base: String
    var session: String?
    var csrf: String?

    init(client: HTTPClient, base: String) {
        self.client = client
        self.base = base
    }

    struct Page {
        let status: UInt
        let location: String?
        let text: String
    }

    @discardableResult
    func get(_ path: String) async throws -> Page { try await send(path, method: .GET, contentType: nil, body: nil) }

    @discardableResult
    func post(_ path: String, _ form: String) async throws -> Page {
        let token = csrf.map { "csrf=\($0)&" } ?? ""
        return try await send(path, method: .POST, contentType: "application/x-www-form-urlencoded", body: Data((token + form).utf8))
    }

    @discardableResult
    func upload(_ path: String, fileName: String, bytes: Data) async throws -> Page {
        let boundary = "----bunseki\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf ?? "")\r\n".utf8)
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(path, method: .POST, contentType: "multipart/form-data; boundary=\(boundary)", body: body)
    }

    private func send(_ path: String, method: HTTPMethod, contentType: String?, body: Data?) async throws -> Page {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if let session { request.headers.add(name: "Cookie", value: "bunseki_session=\(session)") }
        if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await client.execute(request, timeout: .seconds(60))
        if let set = response.headers.first(name: "Set-Cookie"),
           let value = TestBrowser.firstMatch(#"bunseki_session=([0-9a-f]+)"#, in: set) { session = value }
        let text = String(buffer: try await response.body.collect(upTo: 64 << 20))
        if let token = TestBrowser.firstMatch(#"name="csrf" value="([0-9a-f]+)""#, in: text) { csrf = token }
        return Page(status: response.status.code, location: response.headers.first(name: "Location"), text: text)
    }
}
