import JSONAPI

/// The partner API as the public Omega documentation describes it, signed with Hawk.
///
/// Counter staff put their login in Hawk `ext` (`agent=<login>`), so that the requests they
/// file record the agent. Every list takes a ``Query`` (filters, sort, include, paging).
public struct PartnerAPI: Sendable {
    /// The transport.
    public let transport: OmegaTransport
    /// The signer holding the partner's credentials.
    public let signer: HawkSigner
    /// The counter agent's login, sent as `ext="agent=<login>"`, or nil.
    public let agent: String?

    /// Creates the API for a partner, optionally on behalf of a counter agent.
    public init(transport: OmegaTransport, signer: HawkSigner, agent: String? = nil) {
        self.transport = transport
        self.signer = signer
        self.agent = agent
    }

    /// The Hawk `ext` sent with every call.
    public var ext: String? { agent.map { "agent=\($0)" } }

    // MARK: Tests

    /// `partner/test`: connectivity (no authentication needed).
    public func test() async throws(OmegaError) -> OmegaResponse {
        try await send(OmegaRequest(.get, OmegaEndpoints.partnerTest))
    }

    /// `partner/test-404`: always a 404 error (to check error handling).
    public func test404() async throws(OmegaError) -> OmegaResponse {
        try await send(OmegaRequest(.get, OmegaEndpoints.partnerTest404))
    }

    /// `partner/test-secured`: succeeds only with a valid Hawk signature.
    public func testSecured() async throws(OmegaError) -> OmegaResponse {
        try await send(OmegaRequest(.get, OmegaEndpoints.partnerTestSecured))
    }

    // MARK: Reference data

    /// Enumerations (`Partner_Enum`, lines included as `Partner_Ligenum`).
    public func enumerations(_ query: Query = Query()) async throws(OmegaError) -> Page<Enumeration> {
        try await list(OmegaEndpoints.partnerEnums, query)
    }

    /// Communes of the partner's population.
    public func communes(_ query: Query = Query()) async throws(OmegaError) -> Page<Commune> {
        try await list(OmegaEndpoints.partnerCommunes, query)
    }

    /// Streets.
    public func voies(_ query: Query = Query()) async throws(OmegaError) -> Page<Voie> {
        try await list(OmegaEndpoints.partnerVoies, query)
    }

    /// Service addresses.
    public func adresses(_ query: Query = Query()) async throws(OmegaError) -> Page<AdresseDesserte> {
        try await list(OmegaEndpoints.partnerAdresses, query)
    }

    // MARK: Subscribers' data

    /// Consumption points, e.g. filtered on `contratActif.occupant.nom` or `compteur.numeroSerie`.
    public func pointsConso(_ query: Query = Query()) async throws(OmegaError) -> Page<PointDeConsommation> {
        try await list(OmegaEndpoints.partnerPointsConso, query)
    }

    /// One consumption point.
    public func pointConso(id: String, _ query: Query = Query()) async throws(OmegaError) -> Single<
        PointDeConsommation
    > {
        try Single(response: try await get(OmegaEndpoints.partnerPointConso(id), query))
    }

    /// Meters.
    public func compteurs(_ query: Query = Query()) async throws(OmegaError) -> Page<Compteur> {
        try await list(OmegaEndpoints.partnerCompteurs, query)
    }

    /// Readings of a point or a contract (`filter[pconso_id]` or `filter[contrat_id]` required),
    /// newest first.
    ///
    /// Our extension, served by omega-sandbox: the public Omega documentation gives partners
    /// only the last reading (`dernierreleve` of a consumption point). A server without it
    /// answers 404 (``OmegaError/Kind/notFound``).
    public func releves(_ query: Query) async throws(OmegaError) -> Page<Releve> {
        try await list(OmegaEndpoints.partnerReleves, query)
    }

    /// Invoices.
    public func factures(_ query: Query = Query()) async throws(OmegaError) -> Page<Facture> {
        try await list(OmegaEndpoints.partnerFactures, query)
    }

    /// The payable invoice of a contract (404 when there is none).
    public func facturePourPaiement(numeroContrat: String) async throws(OmegaError) -> Single<
        FactureCondensee
    > {
        try Single(response: try await get(OmegaEndpoints.partnerFacturePourPaiement(numeroContrat), Query()))
    }

    /// Messages of the service.
    public func messages(_ query: Query = Query()) async throws(OmegaError) -> Page<Message> {
        try await list(OmegaEndpoints.partnerMessages, query)
    }

    // MARK: Requests (demandes)

    /// Requests filed by this partner, with their history.
    public func demandes(_ query: Query = Query(include: [Demande.Relationships.history]))
        async throws(OmegaError)
        -> Page<Demande>
    {
        try await list(OmegaEndpoints.partnerRequests, query)
    }

    /// One request with its history.
    public func demande(id: String) async throws(OmegaError) -> Single<Demande> {
        try Single(
            response: try await get(
                OmegaEndpoints.partnerRequest(id), Query(include: [Demande.Relationships.history])))
    }

    /// Files a meter reading (`J_RELEVE`). Dry run and idempotency key as for subscribers.
    public func transmettreReleve(
        _ releve: Releve, dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .post, OmegaEndpoints.partnerRequestReading, body: try ModelDecoding.body(for: releve),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(response: try await send(request))
    }

    /// Asks for a change of a person's details (`J_MAJPER`).
    public func modifierPersonne(
        _ personne: Personne, dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let request = OmegaRequest(
            .put, OmegaEndpoints.partnerRequestPersonne(personne.id),
            body: try ModelDecoding.body(for: personne),
            idempotencyKey: idempotencyKey, dryRun: dryRun)
        return try Single(response: try await send(request))
    }

    /// Submits an external invoice (`J_FACTURE`, partners only); `invoice` is the resource
    /// the water service expects (its shape is not documented publicly).
    public func deposerFacture(
        _ invoice: Resource, dryRun: Bool = false, idempotencyKey: String? = nil
    ) async throws(OmegaError) -> Single<Demande> {
        let body: [UInt8]
        do {
            body = Array(try Document(data: .single(invoice)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode the invoice")
        }
        let request = OmegaRequest(
            .post, OmegaEndpoints.partnerRequestBill, body: body, idempotencyKey: idempotencyKey,
            dryRun: dryRun)
        return try Single(response: try await send(request))
    }

    // MARK: Plumbing

    private func list<T: OmegaModel>(_ path: String, _ query: Query) async throws(OmegaError) -> Page<T> {
        try Page(response: try await get(path, query))
    }

    private func get(_ path: String, _ query: Query) async throws(OmegaError) -> OmegaResponse {
        try await send(OmegaRequest(.get, path, query: query.isEmpty ? nil : query.queryString))
    }

    private func send(_ request: OmegaRequest) async throws(OmegaError) -> OmegaResponse {
        try await transport.send(request, authentication: .hawk(signer, ext: ext))
    }
}
