import Foundation

/// The plain-JSON calls of the subscriber account API (token, refresh, logout, password,
/// verification): their requests built in one place, with the body member names of
/// docs/api.md.
extension OmegaEndpoints {
    /// `POST subscriber/token {email, password}`. The password only lives in the returned bytes.
    static func token(email: String, password: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberToken, body: try json(["email": email, "password": password]), bodyFormat: .json)
    }

    /// `POST subscriber/token/refresh {refresh_token}`.
    static func refresh(refreshToken: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberTokenRefresh, body: try json(["refresh_token": refreshToken]), bodyFormat: .json)
    }

    /// `DELETE subscriber/token` (Bearer).
    static func logout() -> OmegaRequest {
        OmegaRequest(.delete, subscriberToken)
    }

    /// `POST subscriber/account/verify {email, code}`.
    static func verifyAccount(email: String, code: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberAccountVerify, body: try json(["email": email, "code": code]), bodyFormat: .json)
    }

    /// `POST subscriber/password/reset-request {email}`.
    static func passwordResetRequest(email: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberPasswordResetRequest, body: try json(["email": email]), bodyFormat: .json)
    }

    /// `POST subscriber/password/reset {email, code, password}`.
    static func passwordReset(email: String, code: String, password: String) throws(OmegaError)
        -> OmegaRequest
    {
        OmegaRequest(
            .post, subscriberPasswordReset,
            body: try json(["email": email, "code": code, "password": password]),
            bodyFormat: .json)
    }

    /// `PUT subscriber/password {old_password, password}` (Bearer).
    static func changePassword(old: String, new: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .put, subscriberPassword, body: try json(["old_password": old, "password": new]),
            bodyFormat: .json)
    }

    /// A plain JSON object with sorted keys (stable bytes, so Hawk hashes and tests are stable).
    static func json(_ members: [String: String]) throws(OmegaError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(members))
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode the request body")
        }
    }
}

// MARK: Mon compte (ours; Bearer)

extension OmegaEndpoints {
    /// `POST`: ask to change the login e-mail (a code goes to the new address).
    public static let subscriberAccountEmail = "subscriber/account/email"
    /// `POST`: confirm the new login e-mail with the code.
    public static let subscriberAccountEmailConfirm = "subscriber/account/email/confirm"
    /// `POST`: revoke every refresh-token family but this session's.
    public static let subscriberTokenRevokeOthers = "subscriber/token/revoke-others"

    /// `POST subscriber/account/email {email, password}` (Bearer).
    static func emailChange(email: String, password: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberAccountEmail, body: try json(["email": email, "password": password]),
            bodyFormat: .json)
    }

    /// `POST subscriber/account/email/confirm {code}` (Bearer).
    static func emailChangeConfirm(code: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(.post, subscriberAccountEmailConfirm, body: try json(["code": code]), bodyFormat: .json)
    }

    /// `POST subscriber/token/revoke-others {refresh_token}` (Bearer).
    static func revokeOtherSessions(refreshToken: String) throws(OmegaError) -> OmegaRequest {
        OmegaRequest(
            .post, subscriberTokenRevokeOthers, body: try json(["refresh_token": refreshToken]),
            bodyFormat: .json)
    }
}

/// The answer of `subscriber/token/revoke-others`: `{"meta":{"revoked":n}}`.
struct RevokedSessions: Decodable {
    private struct Meta: Decodable {
        var revoked: Int
    }

    private var meta: Meta
    /// How many other sessions were ended.
    var count: Int { meta.revoked }
}
