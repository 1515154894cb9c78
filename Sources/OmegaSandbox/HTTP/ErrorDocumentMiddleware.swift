import Foundation
import Hummingbird
import JSONAPI
import Logging
import NIOCore

/// Turns every failure into a JSON:API error document, logs each request as one structured
/// line, and answers 415 when the client does not accept `application/vnd.api+json`.
struct ErrorDocumentMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        if !Self.acceptsJSONAPI(request.headers[.accept]) {
            response = JSONAPIResponse.error(
                APIError(
                    .unsupportedMediaType, title: "Unsupported Media Type",
                    detail: "Send Accept: application/vnd.api+json"))
        } else {
            do {
                response = try await next(request, context)
            } catch let error as APIError {
                response = JSONAPIResponse.error(error)
            } catch let error as HTTPError {
                response = JSONAPIResponse.error(Self.translate(error))
            } catch is NIOTooManyBytesError {
                response = JSONAPIResponse.error(JSONBody.tooLarge)
            } catch {
                context.logger.error(
                    "unexpected failure", metadata: ["error": "\(String(reflecting: error))"])
                response = JSONAPIResponse.error(
                    APIError(.internalServerError, title: "Internal Server Error"))
            }
        }
        let elapsed = ContinuousClock.now - started
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .stringConvertible(
                    elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
                ),
            ])
        return response
    }

    /// True when `Accept` names the JSON:API media type at least once without parameters
    /// (`*/*` alone is not enough: Omega answers 415 to clients that do not ask for JSON:API).
    static func acceptsJSONAPI(_ accept: String?) -> Bool {
        guard let accept else { return false }
        return accept.split(separator: ",").contains { entry in
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.first?.lowercased() == JSONAPIResponse.mediaType
                && parts.dropFirst().allSatisfy { $0.lowercased().hasPrefix("q=") }
        }
    }

    private static func translate(_ error: HTTPError) -> APIError {
        switch error.status {
        case .notFound: return .notFound()
        case .methodNotAllowed: return APIError(.methodNotAllowed, title: "Method Not Allowed")
        case .contentTooLarge: return APIError(.contentTooLarge, title: "Payload Too Large")
        default:
            return APIError(
                error.status, title: error.status.reasonPhrase, detail: error.body, headers: error.headers)
        }
    }
}
