import Foundation
import Hummingbird
import JSONAPI

/// Reading request bodies: plain JSON objects (token and password endpoints) and JSON:API
/// documents (account creation, demandes), every failure a JSON:API 400.
enum RequestBody {
    static let maximumSize = 256 * 1024

    static func bytes(_ request: Request) async throws -> [UInt8] {
        let buffer = try await request.body.collect(upTo: maximumSize)
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

    /// A string member, or a 422 pointing at it.
    static func string(_ members: [String: JSONValue], _ name: String, pointer: String? = nil)
        throws(APIError)
        -> String
    {
        guard let value = members[name].flatMap(FilterEvaluation.text), !value.isEmpty else {
            throw APIError.unprocessable("\(name) is required", pointer: pointer.map { "\($0)/\(name)" })
        }
        return value
    }
}
