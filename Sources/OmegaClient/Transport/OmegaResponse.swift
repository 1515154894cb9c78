import Foundation
import JSONAPI

/// A successful (2xx) answer.
public struct OmegaResponse: Sendable {
    /// The HTTP status (200, 201, 202, 204…).
    public var status: Int
    /// Response headers by lower-cased name (repeated headers joined with `, `).
    public var headers: [String: String]
    /// The body bytes (empty for 204).
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Whether the server echoed `Omega-DryRun: true` (nothing was done).
    public var isDryRun: Bool { header("Omega-DryRun")?.lowercased() == "true" }

    /// The body as a JSON:API document.
    public func document() throws(OmegaError) -> Document {
        do {
            return try Document.decode(Data(body))
        } catch {
            throw OmegaError(decoding: error, status: status)
        }
    }

    /// The body as a plain JSON value (token endpoints).
    public func decodeJSON<T: Decodable>(_ type: T.Type) throws(OmegaError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(body))
        } catch {
            throw OmegaError(.decodingFailed, status: status, technicalDetail: String(describing: error))
        }
    }
}
