import Foundation
import JSONAPI

/// The subscriber API (the project's own contract, docs/api.md): account, session and the
/// subscriber's own data, authenticated with the session's JWT.
public struct SubscriberAPI: Sendable {
    /// The session whose tokens authenticate the calls.
    public let session: SubscriberSession
    private var transport: OmegaTransport { session.transport }

    /// Creates the API over a session.
    public init(session: SubscriberSession) {
        self.session = session
    }

    // MARK: Account (no authentication)

    /// Creates an account (201, `verified: false`); a code is sent by e-mail.
    /// 409: e-mail taken; 422: weak password or unknown contract/invoice pair.
    public func createAccount(_ account: NouveauCompte) async throws(OmegaError) -> Single<SubscriberAccount>
    {
        let body: [UInt8]
        do {
            let resource = try Resource(type: NouveauCompte.resourceType, encoding: account)
            body = Array(try Document(data: .single(resource)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode the account")
        }
        let response = try await transport.send(
            OmegaRequest(.post, OmegaEndpoints.subscriberAccount, body: body))
        return try Single(response: response)
    }

    /// Verifies the account's e-mail with the 6-digit code (422 when wrong or expired).
    public func verifyAccount(email: String, code: String) async throws(OmegaError) {
        _ = try await transport.send(try OmegaEndpoints.verifyAccount(email: email, code: code))
    }

    /// Asks for a password-reset code by e-mail (always accepted, to reveal nothing).
    public func requestPasswordReset(email: String) async throws(OmegaError) {
        _ = try await transport.send(try OmegaEndpoints.passwordResetRequest(email: email))
    }

    /// Sets a new password with the code received; every session of the account ends.
    public func resetPassword(email: String, code: String, newPassword: String) async throws(OmegaError) {
        _ = try await transport.send(
            try OmegaEndpoints.passwordReset(email: email, code: code, password: newPassword))
    }

    // MARK: Session

    /// Signs in (see ``SubscriberSession/login(email:password:)``).
    public func login(email: String, password: String) async throws(OmegaError) {
        try await session.login(email: email, password: password)
    }

    /// Signs out and forgets the tokens.
    public func logout() async {
        await session.logout()
    }

    /// Changes the password of the signed-in subscriber.
    public func changePassword(old: String, new: String) async throws(OmegaError) {
        _ = try await session.send(try OmegaEndpoints.changePassword(old: old, new: new))
    }

    // MARK: Own data (Bearer)

    /// The account, with its person and contracts included.
    public func me() async throws(OmegaError) -> Single<SubscriberAccount> {
        try Single(
            response: try await get(OmegaEndpoints.subscriberMe, Query(include: ["personne", "contrats"])))
    }

    /// What `include` asks of ``meWithContracts()``: the person, and each contract with what
    /// ``contrats(_:)`` includes by default (point, meter, address with street and town,
    /// occupant, payer).
    public static let contractSurroundings = [
        "personne", "contrats.pconso.compteur", "contrats.pconso.pdessadr.voie.commune",
        "contrats.occupant", "contrats.redevable",
    ]

    /// The account with its person and its contracts in full: ``me()`` and ``contrats(_:)``
    /// in one compound document (one round trip instead of two).
    public func meWithContracts() async throws(OmegaError) -> Single<SubscriberAccount> {
        try Single(
            response: try await get(OmegaEndpoints.subscriberMe, Query(include: Self.contractSurroundings)))
    }

    /// The subscriber's contracts (default include: point, meter, address, occupant, payer).
    public func contrats(_ query: Query = Query()) async throws(OmegaError) -> Page<Contrat> {
        try Page(response: try await get(OmegaEndpoints.subscriberContrats, query))
    }

    /// One of the subscriber's contracts (404 for anybody else's).
    public func contrat(id: String, _ query: Query = Query()) async throws(OmegaError) -> Single<Contrat> {
        try Single(response: try await get(OmegaEndpoints.subscriberContrat(id), query))
    }

    /// Readings of a contract, newest first, 20 a page.
    public func releves(contratId: String, page: Query.Page? = nil) async throws(OmegaError) -> Page<Releve> {
        let query = Query(sort: [.descending("dateni")], page: page, filters: [.eq("contrat_id", contratId)])
        return try Page(response: try await get(OmegaEndpoints.subscriberReleves, query))
    }

    /// Invoices of a contract, newest first, 20 a page.
    public func factures(contratId: String, page: Query.Page? = nil) async throws(OmegaError) -> Page<Facture>
    {
        let query = Query(
            sort: [.descending("datefact")], page: page, filters: [.eq("contrat_id", contratId)])
        return try Page(response: try await get(OmegaEndpoints.subscriberFactures, query))
    }

    /// The payable invoice of a contract (404 when there is none).
    public func facturePourPaiement(numeroContrat: String) async throws(OmegaError) -> Single<
        FactureCondensee
    > {
        try Single(
            response: try await get(OmegaEndpoints.subscriberFacturePourPaiement(numeroContrat), Query()))
    }

    /// The service's messages in force today.
    public func messages() async throws(OmegaError) -> Page<Message> {
        try Page(response: try await get(OmegaEndpoints.subscriberMessages, Query()))
    }

    /// The subscriber's requests with their history (`Partner_RequestEvent`, see
    /// ``Page/related(_:_:as:)`` with ``Demande/Relationships/history``).
    public func demandes(page: Query.Page? = nil) async throws(OmegaError) -> Page<Demande> {
        let query = Query(include: [Demande.Relationships.history], page: page)
        return try Page(response: try await get(OmegaEndpoints.subscriberRequests, query))
    }

    /// One request with its history.
    public func demande(id: String) async throws(OmegaError) -> Single<Demande> {
        let query = Query(include: [Demande.Relationships.history])
        return try Single(response: try await get(OmegaEndpoints.subscriberRequest(id), query))
    }

    /// Files a meter reading (`pointConsoId`, `nouvelIndex`, `dateNouvelIndex`, optional
    /// `commentaire`): 202 with the `J_RELEVE` request. With `dryRun`, the server only
    /// validates (200, the request that would be made, or 422 with field errors). With an
    /// `idempotencyKey`, a retry cannot file it twice.
    public func transmettreReleve(
        _ releve: Releve, dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.subscriberRequestReading, body: try ModelDecoding.body(for: releve),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(response: try await session.send(request))
    }

    /// Asks for a change of contact details (only the changed fields need be set): 202 with
    /// the `J_MAJPER` request. Dry run and idempotency as for readings.
    public func modifierPersonne(
        _ personne: Personne, dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .put, OmegaEndpoints.subscriberRequestPersonne(personne.id),
            body: try ModelDecoding.body(for: personne),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(response: try await session.send(request))
    }

    private func get(_ path: String, _ query: Query) async throws(OmegaError) -> OmegaResponse {
        try await session.send(OmegaRequest(.get, path, query: query.isEmpty ? nil : query.queryString))
    }
}
