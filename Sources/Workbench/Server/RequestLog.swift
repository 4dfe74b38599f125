import Hummingbird
import Logging

/// One line per request on standard error: method, the route's pattern (ids and file names never appear
/// in it), status and time. No query, no body, no header value is logged.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let logger = Logger(label: "bunseki.serve")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let route = context.endpointPath ?? "-"
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        logger.notice("\(request.method) \(route) \(response.status.code) \(milliseconds) ms")
        return response
    }
}
