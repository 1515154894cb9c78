import AsyncHTTPClient
import Foundation
import JSONAPI
import NIOHTTP1

extension OmegaTransport {
    /// The error for a non-2xx answer: its status, `Retry-After`, and the JSON:API errors of
    /// the body when there are any (an empty, HTML or otherwise unreadable body gives none).
    static func error(for response: OmegaResponse) -> OmegaError {
        let errors = (try? Document.decode(Data(response.body)))?.errors ?? []
        return OmegaError(
            status: response.status, errors: errors,
            retryAfter: RetryAfter.seconds(from: response.header("Retry-After")))
    }

    /// The error for a call that got no HTTP answer.
    static func transportError(_ error: any Error) -> OmegaError {
        if let omegaError = error as? OmegaError { return omegaError }
        if error is CancellationError || Task.isCancelled {
            return OmegaError(.cancelled, technicalDetail: String(describing: error))
        }
        if let parserError = error as? HTTPParserError, parserError != .invalidEOFState,
            parserError != .closedConnection
        {
            // The server answered, but not in valid HTTP (e.g. a control character in a header
            // value, which the HTTP layer refuses before the status reaches us): not "the server
            // does not answer", and not retried, since the same answer would come back. An
            // answer cut short by the connection stays a connection failure.
            return OmegaError(
                .decodingFailed, technicalDetail: "the answer is not valid HTTP: \(parserError)")
        }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return OmegaError(.timeout, technicalDetail: httpError.description)
            case .cancelled:
                return OmegaError(.cancelled, technicalDetail: httpError.description)
            default:
                return OmegaError(.connectionFailed, technicalDetail: httpError.description)
            }
        }
        return OmegaError(.connectionFailed, technicalDetail: String(describing: error))
    }
}
