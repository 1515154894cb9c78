import Hummingbird

/// Reads every request body before any route sees it, at most ``JSONBody/maximumSize`` + 1
/// bytes: a larger body is answered 413 (from its `Content-Length` without reading it at
/// all, or as soon as a chunked body passes the limit). Routes and authenticators then read
/// the collected buffer, so nothing after this middleware ever waits on the network for a
/// body or buffers more than the limit.
///
/// Hummingbird drains what remains of an oversized body after the answer, so the connection
/// stays usable and the client reads its 413 instead of a reset.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }),
            declared > JSONBody.maximumSize
        {
            throw JSONBody.tooLarge
        }
        var request = request
        request.body = RequestBody(buffer: try await JSONBody.collect(request.body))
        return try await next(request, context)
    }
}
