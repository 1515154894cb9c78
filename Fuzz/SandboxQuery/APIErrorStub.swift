/// Stands in for `Sources/OmegaSandbox/HTTP/APIError.swift`, which needs Hummingbird for its
/// status and header types: the query parser only builds `badRequest` errors and never reads
/// them, so a value with the same name and factory is all it needs.
struct APIError: Error, Sendable {
    var detail: String
    var parameter: String?

    static func badRequest(_ detail: String, parameter: String? = nil) -> APIError {
        APIError(detail: detail, parameter: parameter)
    }
}
