import Foundation
import Hummingbird
import HummingbirdAuth

/// The context of the Hawk-signed partner routes: ``HawkAuthenticator`` puts the partner
/// (and its counter agent) in `identity`.
typealias PartnerRequestContext = AuthenticatedRequestContext<AuthenticatedPartner>

/// Verifies Hawk-signed partner requests: `ApiId` required (400) and the partner's own,
/// signature, nonce, timestamp, and the payload hash of any request with a body (401 with
/// the Hawk `WWW-Authenticate`). A request without `Authorization` stays anonymous, for
/// ``RequireIdentityMiddleware`` to answer `WWW-Authenticate: Hawk`.
struct HawkAuthenticator: AuthenticatorMiddleware {
    typealias Context = PartnerRequestContext

    let verifier: HawkVerifier

    func authenticate(request: Request, context: Context) async throws -> AuthenticatedPartner? {
        guard let apiID = request.headers[.apiID], !apiID.isEmpty else {
            throw APIError.badRequest("the ApiId header is required")
        }
        guard request.headers[.authorization] != nil else { return nil }
        let body = try await JSONBody.bytes(request)
        let signed = HawkVerifier.SignedRequest(
            method: request.method.rawValue, resource: request.uri.description,
            hostHeader: request.head.authority, authorization: request.headers[.authorization],
            contentType: request.headers[.contentType], body: body,
            hasBody: !body.isEmpty || [.post, .put, .patch].contains(request.method))
        let partner = try await verifier.authenticate(signed)
        guard apiID == partner.partner.apiID else {
            throw APIError.unauthorized("the ApiId does not belong to these credentials")
        }
        return partner
    }
}
