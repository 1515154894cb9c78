import Foundation
import JSONAPI
import OmegaClient
import SelfService

/// The data of ONE subscriber chosen at the counter, over the partner API (Hawk, with the
/// agent in `ext`), behind the same protocol as a subscriber's own session, so the screens
/// and view-models work unchanged.
///
/// Everything is scoped to ``subject``: requests, filings and contact changes that name
/// another point or person are refused before any call. Each call that reads or files is
/// written to the audit log (when one is given) before its data is returned.
///
/// Readings come from `partner/releve`, our extension; on a server without it, the point's
/// last reading (`dernierreleve`) is the whole history.
public struct CounterDataSource: SubscriberDataSource {
    /// The partner API (its `agent` is the counter agent).
    public let api: PartnerAPI
    /// The subscriber opened.
    public let subject: CounterSubject
    /// Where actions are recorded, when set.
    public let audit: AuditLog?
    /// The clock of audit entries.
    let now: @Sendable () -> Date
    public let sessionID = UUID().uuidString

    /// Creates the data source of `subject`.
    public init(
        api: PartnerAPI, subject: CounterSubject, audit: AuditLog? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.api = api
        self.subject = subject
        self.audit = audit
        self.now = now
    }

    /// The includes of the subject's point: everything the profile and contract need.
    static let pointIncludes = [
        "compteur", "pdessadr.voie.commune", "contratactif.occupant", "contrats", "dernierreleve",
    ]

    public func profile() async throws(ServiceFailure) -> SubscriberProfile {
        let point = try await loadPoint()
        try record("read.profile")
        let people = point.document.related(point.resource, path: ["contratactif", "occupant"])
            .compactMap { try? ModelDecoding.decode(Personne.self, from: $0) }
        let person = people.first ?? Personne(id: subject.personneId ?? "")
        return SubscriberProfile(email: nil, personne: OmegaRecordMapping.contact(person))
    }

    public func contracts() async throws(ServiceFailure) -> [ContractSummary] {
        let point = try await loadPoint()
        try record("read.contracts")
        let contract = point.document.related(point.resource, "contrats")
            .first { $0.id == subject.contratId }
        guard let contract, let model = try? ModelDecoding.decode(Contrat.self, from: contract) else {
            throw ServiceFailure(.outsideSubscriber)
        }
        return [OmegaRecordMapping.contract(model, resource: contract, in: point.document)]
    }

    public func readings(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        ReadingRecord
    > {
        guard contratId == subject.contratId else { throw ServiceFailure(.outsideSubscriber) }
        let query = Query(
            sort: [.descending("dateni")], page: .number(page), filters: [.eq("contrat_id", contratId)])
        let history: Page<Releve>?
        do {
            history = try await api.releves(query)
        } catch  where error.kind == .notFound {
            // A server without our `partner/releve` extension: the point's last reading only.
            history = nil
        } catch {
            throw ServiceFailure(error)
        }
        if let history {
            try record("read.readings")
            return OmegaRecordMapping.page(history, number: page, OmegaRecordMapping.reading)
        }
        let point = try await loadPoint()
        try record("read.readings")
        let last = point.document.related(point.resource, PointDeConsommation.Relationships.dernierreleve)
            .compactMap { try? ModelDecoding.decode(Releve.self, from: $0) }
            .compactMap(OmegaRecordMapping.reading)
        let items = page <= 1 ? last : []
        return RecordPage(items: items, number: page, total: last.count, hasNext: false)
    }

    public func invoices(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        InvoiceRecord
    > {
        guard contratId == subject.contratId else { throw ServiceFailure(.outsideSubscriber) }
        let query = Query(
            sort: [.descending("datefact")], page: .number(page), filters: [.eq("contrat_id", contratId)])
        let result = try await adapt { () async throws(OmegaError) in try await api.factures(query) }
        try record("read.invoices")
        return OmegaRecordMapping.page(result, number: page, OmegaRecordMapping.invoice)
    }

    public func payableInvoice(numeroContrat: String) async throws(ServiceFailure) -> PayableInvoice? {
        guard numeroContrat == subject.numeroContrat else { throw ServiceFailure(.outsideSubscriber) }
        let invoice: FactureCondensee?
        do {
            invoice = try await api.facturePourPaiement(numeroContrat: numeroContrat).item
        } catch  where error.kind == .notFound {
            invoice = nil
        } catch {
            throw ServiceFailure(error)
        }
        try record("read.payable")
        return invoice.map(OmegaRecordMapping.payable)
    }

    public func messages() async throws(ServiceFailure) -> [ServiceMessage] {
        let page = try await adapt { () async throws(OmegaError) in try await api.messages() }
        return page.items.map(OmegaRecordMapping.message)
    }

    public func requests(page: Int) async throws(ServiceFailure) -> RecordPage<RequestRecord> {
        // Every request on this contract or about this person, whoever filed it (online, at
        // the counter): an OR group over the partner's requests. Not the point's: a former
        // occupant's requests on the same meter are not this subscriber's.
        var filters = [Filter("contrat_id", .eq, [subject.contratId], or: true)]
        if let personneId = subject.personneId {
            filters.append(Filter("personne_id", .eq, [personneId], or: true))
        }
        let query = Query(
            include: [Demande.Relationships.history], sort: [.descending("req_ts")], page: .number(page),
            filters: filters)
        let result = try await adapt { () async throws(OmegaError) in try await api.demandes(query) }
        try record("read.requests")
        let requests = zip(result.items, result.resources)
            .filter { demande, _ in belongsToSubject(demande) }
            .map { demande, resource in
                OmegaRecordMapping.request(demande, resource: resource, in: result.document)
            }
            .sorted { ($0.date ?? .distantPast) > ($1.date ?? .distantPast) }
        return RecordPage(items: requests, number: page, total: result.total, hasNext: result.hasNext)
    }

    public func request(id: String) async throws(ServiceFailure) -> RequestRecord {
        let single = try await adapt { () async throws(OmegaError) in try await api.demande(id: id) }
        guard belongsToSubject(single.item) else { throw ServiceFailure(.outsideSubscriber) }
        try record("read.request", requestId: single.item.id)
        return OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document)
    }

    public func fileReading(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        guard submission.pconsoId == subject.pconsoId else { throw ServiceFailure(.outsideSubscriber) }
        let single = try await adapt { () async throws(OmegaError) in
            try await api.transmettreReleve(
                OmegaRecordMapping.releve(submission), dryRun: dryRun, idempotencyKey: idempotencyKey)
        }
        try record(dryRun ? "check.reading" : "file.reading", requestId: dryRun ? nil : single.item.id)
        return OmegaRecordMapping.outcome(single)
    }

    public func updateContact(
        _ submission: ContactSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        guard submission.personneId == subject.personneId else { throw ServiceFailure(.outsideSubscriber) }
        let single = try await adapt { () async throws(OmegaError) in
            try await api.modifierPersonne(
                OmegaRecordMapping.personne(submission), dryRun: dryRun, idempotencyKey: idempotencyKey)
        }
        try record(dryRun ? "check.contact" : "file.contact", requestId: dryRun ? nil : single.item.id)
        return OmegaRecordMapping.outcome(single)
    }

    /// Writes the audit line of `action` for the subject (no-op without a log).
    public func record(_ action: String, requestId: String? = nil) throws(ServiceFailure) {
        let entry = AuditEntry(
            time: now(), agent: api.agent ?? "", contract: subject.numeroContrat, action: action,
            requestId: requestId)
        try Self.write(entry, to: audit)
    }

    /// Writes `entry` to `audit` (no-op without a log); a line that cannot be written refuses
    /// the action: the data is not shown without its trace.
    static func write(_ entry: AuditEntry, to audit: AuditLog?) throws(ServiceFailure) {
        guard let audit else { return }
        do { try audit.record(entry) } catch { throw ServiceFailure(.auditLogUnwritable(path: error.path)) }
    }

    private func belongsToSubject(_ demande: Demande) -> Bool {
        demande.contratId == subject.contratId
            || (subject.personneId != nil && demande.personneId == subject.personneId)
    }

    private func loadPoint() async throws(ServiceFailure) -> Single<PointDeConsommation> {
        try await adapt { () async throws(OmegaError) in
            try await api.pointConso(id: subject.pconsoId, Query(include: Self.pointIncludes))
        }
    }
}
