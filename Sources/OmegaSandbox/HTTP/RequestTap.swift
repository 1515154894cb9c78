import Hummingbird
import Synchronization

/// What a ``SandboxServer/Configuration/requestTap`` sees of one request.
public struct TappedRequest: Sendable, Hashable {
    /// The request's number in arrival order, from 1.
    public var number: Int
    /// `GET`, `POST`…
    public var method: String
    /// The path, without the query (`/api/v1/subscriber/me`).
    public var path: String
    /// The query string, when there is one.
    public var query: String?
}

/// A request arriving or answered. The tap is awaited on `arrived` before the request is
/// served: a test holds requests there to count a client's sequential round trips, and
/// `omega-bench` sleeps there to play a distant server.
public enum RequestTapEvent: Sendable, Hashable {
    /// The request arrived; it is served once the tap returns.
    case arrived(TappedRequest)
    /// Its answer is ready to be sent.
    case answered(TappedRequest)
}

/// Calls the configured tap around every request, outermost (before chaos and the log).
struct RequestTapMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let tap: @Sendable (RequestTapEvent) async -> Void
    let counter = RequestNumbers()

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let tapped = TappedRequest(
            number: counter.next(), method: request.method.rawValue, path: request.uri.path,
            query: request.uri.query)
        await tap(.arrived(tapped))
        let response = try await next(request, context)
        await tap(.answered(tapped))
        return response
    }
}

/// Numbers requests as they arrive.
final class RequestNumbers: Sendable {
    private let last = Mutex(0)

    func next() -> Int {
        last.withLock { value in
            value += 1
            return value
        }
    }
}
