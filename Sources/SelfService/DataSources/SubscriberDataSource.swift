/// Everything the screens need, scoped to ONE subscriber.
///
/// A subscriber's own session implements it over the subscriber API; counter staff get one
/// over the partner API for the subscriber they chose (both in the adapter module). Nothing
/// here depends on how the caller is authenticated, nor on the wire.
public protocol SubscriberDataSource: Sendable {
    /// Names the session the source belongs to: two sources with the same id are the same
    /// session (a new login or a new subscriber at the counter gets a new id).
    var sessionID: String { get }
    /// The person (and the account's e-mail when there is one).
    func profile() async throws(ServiceFailure) -> SubscriberProfile
    /// The subscriber's contracts.
    func contracts() async throws(ServiceFailure) -> [ContractSummary]
    /// Readings of a contract, newest first, by 1-based page.
    func readings(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<ReadingRecord>
    /// Invoices of a contract, newest first, by 1-based page.
    func invoices(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<InvoiceRecord>
    /// The latest payable invoice of a contract, or nil when there is none.
    func payableInvoice(numeroContrat: String) async throws(ServiceFailure) -> PayableInvoice?
    /// The service's messages in force today.
    func messages() async throws(ServiceFailure) -> [ServiceMessage]
    /// The subscriber's requests, newest first, by 1-based page (history may be empty).
    func requests(page: Int) async throws(ServiceFailure) -> RecordPage<RequestRecord>
    /// One request with its history.
    func request(id: String) async throws(ServiceFailure) -> RequestRecord
    /// Files a meter index (or validates it only, when `dryRun`).
    func fileReading(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome
    /// Asks for contact changes: only the fields in `changes` are sent.
    func updateContact(
        _ submission: ContactSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome
    /// Answers the question of a request waiting for the subscriber ("Attente client"); the
    /// request goes back to "En traitement" and comes back with its history.
    func answerRequest(id: String, text: String) async throws(ServiceFailure) -> RequestRecord
    /// The request kinds of ours the server accepts; nil when it does not say (a server
    /// without our extensions: only the index and contact requests can be filed).
    func requestKinds() async throws(ServiceFailure) -> Set<ServiceRequestKind>?
    /// Files a request of one of our kinds (or validates it only, when `dryRun`).
    func fileKind(
        _ submission: KindSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome
    /// The person and the contracts (by default, ``profile()`` and ``contracts()`` side by side).
    func overview() async throws(ServiceFailure) -> SubscriberOverview
    /// Page 1 of a contract's readings and invoices (by default, both pages side by side).
    func contractRecords(contratId: String) async throws(ServiceFailure) -> ContractRecords
}

/// The person and the contracts: what Accueil needs before anything else.
public struct SubscriberOverview: Equatable, Sendable {
    /// The person (and the account's e-mail).
    public var profile: SubscriberProfile
    /// The contracts.
    public var contracts: [ContractSummary]

    /// Creates an overview.
    public init(profile: SubscriberProfile, contracts: [ContractSummary]) {
        self.profile = profile
        self.contracts = contracts
    }
}

/// The first rows of a contract's readings and invoices (newest first): what Accueil shows
/// of a contract.
public struct ContractRecords: Equatable, Sendable {
    /// The readings: page 1, or every reading when the service sent them all at once.
    public var readings: RecordPage<ReadingRecord>
    /// The invoices, likewise.
    public var invoices: RecordPage<InvoiceRecord>

    /// Creates the records.
    public init(readings: RecordPage<ReadingRecord>, invoices: RecordPage<InvoiceRecord>) {
        self.readings = readings
        self.invoices = invoices
    }
}

extension SubscriberDataSource {
    /// The person and the contracts, asked for side by side. A source whose service answers
    /// both in one document (a compound document) does better: every request on a distant
    /// server costs a round trip.
    public func overview() async throws(ServiceFailure) -> SubscriberOverview {
        async let profile = Result.of { () async throws(ServiceFailure) in try await self.profile() }
        async let contracts = Result.of { () async throws(ServiceFailure) in try await self.contracts() }
        let (person, list) = await (profile, contracts)
        return SubscriberOverview(profile: try person.get(), contracts: try list.get())
    }

    /// Page 1 of a contract's readings and of its invoices, asked for side by side (see
    /// ``overview()`` for sources that do better).
    public func contractRecords(contratId: String) async throws(ServiceFailure) -> ContractRecords {
        async let readings = Result.of { () async throws(ServiceFailure) in
            try await self.readings(contratId: contratId, page: 1)
        }
        async let invoices = Result.of { () async throws(ServiceFailure) in
            try await self.invoices(contratId: contratId, page: 1)
        }
        let (readingPage, invoicePage) = await (readings, invoices)
        return ContractRecords(readings: try readingPage.get(), invoices: try invoicePage.get())
    }
}
