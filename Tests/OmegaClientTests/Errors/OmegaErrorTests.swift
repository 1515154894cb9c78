import JSONAPI
import OmegaClient
import Testing

@Suite("OmegaError: kinds, field errors, messages")
struct OmegaErrorTests {
    @Test(
        "each HTTP status maps to its kind",
        arguments: [
            (400, OmegaError.Kind.badRequest), (401, .unauthorized), (403, .forbidden), (404, .notFound),
            (409, .conflict), (406, .unsupportedMediaType), (415, .unsupportedMediaType),
            (422, .validationFailed),
            (429, .tooManyRequests), (500, .serverError), (502, .serviceUnavailable),
            (503, .serviceUnavailable),
            (504, .serviceUnavailable), (418, .unexpectedStatus), (501, .unexpectedStatus),
        ])
    func statusMapping(status: Int, kind: OmegaError.Kind) {
        let error = OmegaError(status: status)
        #expect(error.kind == kind)
        #expect(error.status == status)
    }

    @Test("only transient failures are retryable")
    func retryable() {
        let retryable = OmegaError.Kind.allCases.filter { OmegaError($0).isRetryable }
        #expect(Set(retryable) == [.connectionFailed, .timeout, .tooManyRequests, .serviceUnavailable])
    }

    @Test("the client holds no sentence: every kind describes itself technically")
    func kindsAreCodes() {
        for kind in OmegaError.Kind.allCases {
            #expect(OmegaError(kind).description == "OmegaError.\(kind.rawValue)")
        }
        #expect(Set(OmegaError.Kind.allCases.map(\.rawValue)).count == OmegaError.Kind.allCases.count)
    }

    @Test("field errors come from source.pointer; first error per field wins")
    func fieldErrors() {
        let error = OmegaError(
            status: 422,
            errors: [
                ErrorObject(detail: "Trop bas", source: .init(pointer: "/data/attributes/ni")),
                ErrorObject(detail: "Encore", source: .init(pointer: "/data/attributes/ni")),
                ErrorObject(title: "Requis", source: .init(pointer: "/email")),
                ErrorObject(detail: "Lien", source: .init(pointer: "/data/relationships/pconso")),
                ErrorObject(detail: "Échappé", source: .init(pointer: "/data/attributes/a~1b")),
                ErrorObject(detail: "Racine", source: .init(pointer: "/data")),
                ErrorObject(detail: "Paramètre", source: .init(parameter: "sort")),
            ])
        #expect(
            error.fieldErrors == ["ni": "Trop bas", "email": "Requis", "pconso": "Lien", "a/b": "Échappé"])
    }

    @Test("the description is technical and names codes, never a body")
    func description() {
        let error = OmegaError(status: 404, errors: [ErrorObject(code: "404", title: "Not Found!")])
        #expect(error.description == "OmegaError.notFound (HTTP 404): 404 Not Found!")
    }

    @Test("a 503 keeps its Retry-After, for the wait the application words")
    func serviceUnavailableWait() {
        let error = OmegaError(status: 503, retryAfter: 60)
        #expect(error.kind == .serviceUnavailable)
        #expect(error.retryAfter == 60)
        #expect(error.isRetryable)
    }
}
