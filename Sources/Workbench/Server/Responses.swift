import Foundation
import Hummingbird

/// Building responses: pages, redirects, downloads, with the session cookie when the session is new.
enum Responses {
    static let cookieName = "bunseki_session"

    static func html(_ page: String, status: HTTPResponse.Status = .ok, visit: Visit) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        addCookie(&headers, visit)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// 303 See Other to a path of this server (after a POST, so a reload does not send the form again).
    static func redirect(_ path: String, visit: Visit) -> Response {
        var headers: HTTPFields = [.location: path]
        addCookie(&headers, visit)
        return Response(status: .seeOther, headers: headers)
    }

    static func download(_ bytes: Data, fileName: String, visit: Visit) -> Response {
        // RFC 6266/5987: an ASCII fallback name and the real (Japanese) name in UTF-8.
        let ascii = fileName.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" } ? fileName : "result.xlsx"
        var headers: HTTPFields = [
            .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(HTMLText.urlComponent(fileName))",
        ]
        addCookie(&headers, visit)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func addCookie(_ headers: inout HTTPFields, _ visit: Visit) {
        guard visit.isNew else { return }
        headers[.setCookie] = "\(cookieName)=\(visit.session.id); Path=/; HttpOnly; SameSite=Strict"
    }

    /// The session id the browser sent, if any.
    static func sessionID(in request: Request) -> String? {
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == cookieName { return String(parts[1]) }
            }
        }
        return nil
    }
}

/// A request's session, and whether it was made for this request (the cookie must then be set).
struct Visit: Sendable {
    var session: Session
    let isNew: Bool
}
