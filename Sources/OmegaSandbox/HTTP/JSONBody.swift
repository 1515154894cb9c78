import Foundation
import Hummingbird
import JSONAPI

/// Reading request bodies: plain JSON objects (token and password endpoints) and JSON:API
/// documents (account creation, demandes), every failure a JSON:API error.
///
/// `BodyLimitMiddleware` has already read the body, bounded, before any route runs, and
/// `MediaTypeMiddleware` has checked its media type and encoding: here it is only parsed.
enum JSONBody {
    /// The largest body accepted, in bytes. A reading or a person update is well under 2 KiB;
    /// 64 KiB leaves room for long comments without letting a client make the server buffer
    /// megabytes.
    static let maximumSize = 64 * 1024

    /// The 413 answered to a larger body.
    static var tooLarge: APIError {
        APIError(
            .contentTooLarge, title: "Payload Too Large",
            detail: "a request body may hold at most \(maximumSize) bytes")
    }

    /// Reads `body`, keeping at most ``maximumSize`` + 1 bytes: one byte more than the limit
    /// is enough to answer 413, and the rest is never buffered.
    static func collect(_ body: RequestBody) async throws -> ByteBuffer {
        var collected = ByteBuffer()
        for try await fragment in body {
            let room = maximumSize + 1 - collected.readableBytes
            collected.writeImmutableBuffer(
                fragment.getSlice(at: fragment.readerIndex, length: min(room, fragment.readableBytes))
                    ?? ByteBuffer())
            guard collected.readableBytes <= maximumSize else { throw tooLarge }
        }
        return collected
    }

    /// The bytes of a body already collected by `BodyLimitMiddleware`.
    static func bytes(_ request: Request) async throws -> [UInt8] {
        let buffer = try await collect(request.body)
        return Array(buffer.readableBytesView)
    }

    /// The members of a plain JSON object.
    static func object(_ bytes: [UInt8]) throws(APIError) -> [String: JSONValue] {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
            let object = value.objectValue
        else { throw APIError.badRequest("the body must be a JSON object") }
        return object
    }

    /// `data.type` and `data.attributes` of a JSON:API document.
    static func resource(_ bytes: [UInt8]) throws(APIError) -> Resource {
        guard let document = try? Document.decode(Data(bytes)), case .single(let resource?) = document.data
        else {
            throw APIError(
                .badRequest, title: "Bad Request",
                detail: "the body must be a JSON:API document with one resource",
                pointer: "/data")
        }
        return resource
    }

    /// A string member, or a 422 `field-required` pointing at it (under `pointer`, the
    /// attributes of a JSON:API document; at the root of a plain JSON object by default).
    static func string(_ members: [String: JSONValue], _ name: String, pointer: String = "")
        throws(APIError)
        -> String
    {
        guard let value = members[name].flatMap(FilterEvaluation.text), !value.isEmpty else {
            throw APIError.refused(
                RuleRefusal(
                    code: .fieldRequired, pointer: "\(pointer)/\(name)", detail: "\(name) is required"))
        }
        return value
    }
}
