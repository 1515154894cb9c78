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
}
