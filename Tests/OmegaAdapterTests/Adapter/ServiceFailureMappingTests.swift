import Foundation
import JSONAPI
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@Suite("ServiceFailure from OmegaError")
struct ServiceFailureMappingTests {
    /// The reason each client error becomes; every kind must be listed.
    static let reasons: [OmegaError.Kind: ServiceFailure.Reason] = [
        .badRequest: .badRequest,
        .unauthorized: .notAuthorized,
        .invalidCredentials: .invalidCredentials,
        .sessionExpired: .sessionExpired,
        .accountNotVerified: .accountNotVerified,
        .forbidden: .forbidden,
        .notFound: .notFound,
        .conflict: .conflict,
        .unsupportedMediaType: .unsupportedFormat,
        .validationFailed: .refused,
        .tooManyRequests: .tooManyRequests,
        .serverError: .serverError,
        .serviceUnavailable: .unavailable,
        .unexpectedStatus: .unexpectedAnswer,
        .connectionFailed: .unreachable,
        .timeout: .timeout,
        .decodingFailed: .unreadableAnswer,
        .invalidServerSignature: .forgedAnswer,
        .cancelled: .cancelled,
    ]

    @Test("every kind of client error maps to its own reason", arguments: OmegaError.Kind.allCases)
    func everyKind(_ kind: OmegaError.Kind) throws {
        let expected = try #require(Self.reasons[kind], "no reason listed for \(kind)")
        let failure = ServiceFailure(OmegaError(kind))
        #expect(failure.reason == expected)
        #expect(failure.refusals.isEmpty)
        #expect(failure.retryAfter == nil)
    }

    @Test("no two kinds share a reason, so the front end can word each")
    func reasonsAreDistinct() {
        let reasons = OmegaError.Kind.allCases.map { ServiceFailure(OmegaError($0)).reason }
        #expect(Set(reasons).count == OmegaError.Kind.allCases.count)
    }

    @Test("the wait the server asked for is kept")
    func retryAfter() {
        let failure = ServiceFailure(OmegaError(status: 429, retryAfter: 30))
        #expect(failure.reason == .tooManyRequests)
        #expect(failure.retryAfter == 30)
        #expect(!failure.isSessionGone)
    }

    @Test("JSON:API error objects become refusals: field, code, text and meta values, in order")
    func refusals() throws {
        let json = """
            [
              {"status": "422", "code": "index-below-last", "title": "Invalid Attribute",
               "detail": "The index cannot be below 3387.", "source": {"pointer": "/data/attributes/ni"},
               "meta": {"last_index": 3387, "last_date": "2026-01-12", "rollover": false,
                        "ignored": {"nested": true}, "none": null, "list": [1]}},
              {"status": "422", "title": "Invalid phone number", "source": {"pointer": "/data/attributes/tel"}},
              {"status": "422", "code": "too-soon", "detail": "One request a day.", "source": {"parameter": "page"}},
              {"status": "422", "source": {"pointer": "/email"}},
              {"status": "422", "detail": "Whole document", "source": {"pointer": "/data"}}
            ]
            """
        let errors = try JSONDecoder().decode([ErrorObject].self, from: Data(json.utf8))
        let failure = ServiceFailure(OmegaError(status: 422, errors: errors))
        #expect(failure.reason == .refused)
        #expect(failure.isRefusal)
        #expect(
            failure.refusals == [
                Refusal(
                    field: "ni", code: "index-below-last", text: "The index cannot be below 3387.",
                    values: ["last_index": "3387", "last_date": "2026-01-12", "rollover": "false"]),
                Refusal(field: "tel", code: nil, text: "Invalid phone number"),
                Refusal(field: nil, code: "too-soon", text: "One request a day."),
                Refusal(field: "email", code: nil, text: ""),
                Refusal(field: nil, code: nil, text: "Whole document"),
            ])
        #expect(failure.fieldProblems { $0 }.keys.sorted() == ["email", "ni", "tel"])
    }

    @Test("the first refusal naming a field is the one shown next to it")
    func firstRefusalPerField() {
        let errors = [
            ErrorObject(detail: "first", source: .init(pointer: "/data/attributes/ni")),
            ErrorObject(detail: "second", source: .init(pointer: "/data/attributes/ni")),
        ]
        let failure = ServiceFailure(OmegaError(status: 422, errors: errors))
        #expect(failure.refusals.map(\.text) == ["first", "second"])
        #expect(failure.fieldProblems { $0 }["ni"] == .refused(failure.refusals[0]))
        #expect(failure.refusals[0].text == "first")
    }

    @Test("an expired or refused session sends back to login; wrong credentials do not")
    func sessionGone() {
        #expect(ServiceFailure(OmegaError(status: 401)).isSessionGone)
        #expect(ServiceFailure(OmegaError(.sessionExpired)).isSessionGone)
        #expect(!ServiceFailure(OmegaError(.invalidCredentials)).isSessionGone)
        #expect(ServiceFailure(OmegaError(.cancelled)).isCancellation)
    }
}
