import JSONAPI

/// Answering the service (our extension, served by omega-sandbox; docs/api.md): the text a
/// subscriber — or the counter agent for him — sends for a request in `CLIENT`.
extension OmegaEndpoints {
    /// `POST` (Bearer): answer the question of an own request in `CLIENT` → 200 + `Partner_Request`.
    public static func subscriberRequestAnswer(_ id: String) -> String {
        "subscriber/request/\(segment(id))/answer"
    }

    /// `POST` (Hawk): answer for the subscriber, the agent in `ext` → 200 + `Partner_Request`.
    public static func partnerRequestAnswer(_ id: String) -> String {
        "partner/request/\(segment(id))/answer"
    }

    /// The JSON:API type and member of an answer's body.
    static let answerType = "Partner_RequestAnswer"

    /// `{"data":{"type":"Partner_RequestAnswer","attributes":{"answer":…}}}`.
    static func answerBody(_ text: String) throws(OmegaError) -> [UInt8] {
        let resource = Resource(type: answerType, attributes: ["answer": .string(text)])
        do {
            return Array(try Document(data: .single(resource)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode the answer")
        }
    }
}

extension SubscriberAPI {
    /// Answers the question of a request waiting for the subscriber (`CLIENT`); the request
    /// goes back to `OMEGA`. 409 `request-not-waiting` when it does not wait; 422 for an empty
    /// or too long text; 404 on a server without the extension.
    public func repondre(demandeId: String, texte: String) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.subscriberRequestAnswer(demandeId),
            body: try OmegaEndpoints.answerBody(texte))
        return try Single(response: try await session.send(request))
    }
}

extension PartnerAPI {
    /// Answers for the subscriber the question of a request in `CLIENT` (the agent is recorded).
    public func repondre(demandeId: String, texte: String) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.partnerRequestAnswer(demandeId), body: try OmegaEndpoints.answerBody(texte))
        return try Single(
            response: try await transport.send(request, authentication: .hawk(signer, ext: ext)))
    }
}
