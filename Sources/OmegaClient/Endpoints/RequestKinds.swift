import JSONAPI

/// Our request kinds beyond Omega's three codes (docs/api.md "Request kinds"): the list a
/// server advertises, and the filing of one, for subscribers and partners alike.
public enum RequestKinds {
    /// The kind names of a `request-kind` answer (`Partner_RequestKind` ids).
    public static func names(in response: OmegaResponse) throws(OmegaError) -> [String] {
        try response.document().resources.compactMap { $0.id }
    }

    /// The body of a request of one of our kinds: a `Partner_Demande` with its attributes as
    /// wire strings.
    public static func body(_ attributes: [String: String]) throws(OmegaError) -> [UInt8] {
        let resource = Resource(type: "Partner_Demande", attributes: attributes.mapValues(JSONValue.string))
        do {
            return Array(try Document(data: .single(resource)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode the request")
        }
    }
}

extension SubscriberAPI {
    /// The request kinds the server accepts, or nil when it does not say (404: a server
    /// without our extensions, which accepts Omega's own kinds only).
    public func typesDemande() async throws(OmegaError) -> [String]? {
        do {
            return try RequestKinds.names(
                in: try await session.send(OmegaRequest(.get, OmegaEndpoints.subscriberRequestKinds)))
        } catch {
            guard error.kind == .notFound else { throw error }
            return nil
        }
    }

    /// Files a request of our kind `kind` with `attributes`: 202 with the request. Dry run
    /// and idempotency as for readings.
    public func deposerDemande(
        kind: String, attributes: [String: String], dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.subscriberRequestOfKind(kind), body: try RequestKinds.body(attributes),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(response: try await session.send(request))
    }
}

extension PartnerAPI {
    /// The request kinds the server accepts from partners, or nil when it does not say (404).
    public func typesDemande() async throws(OmegaError) -> [String]? {
        do {
            return try RequestKinds.names(
                in: try await transport.send(
                    OmegaRequest(.get, OmegaEndpoints.partnerRequestKinds),
                    authentication: .hawk(signer, ext: ext)))
        } catch {
            guard error.kind == .notFound else { throw error }
            return nil
        }
    }

    /// Files a request of our kind `kind` for a subscriber (the agent recorded from `ext`).
    public func deposerDemande(
        kind: String, attributes: [String: String], dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.partnerRequestOfKind(kind), body: try RequestKinds.body(attributes),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(
            response: try await transport.send(request, authentication: .hawk(signer, ext: ext)))
    }
}
