import Foundation
import JSONAPI
import OmegaClient
import SelfService

/// The data source of a logged-in subscriber, over the subscriber API and its JWT session.
public struct SubscriberAPIDataSource: SubscriberDataSource {
    /// The API (its session holds the tokens).
    public let api: SubscriberAPI
    public let sessionID = UUID().uuidString

    /// Creates a data source over a signed-in session's API.
    public init(api: SubscriberAPI) {
        self.api = api
    }

    public func profile() async throws(ServiceFailure) -> SubscriberProfile {
        let me = try await adapt { () async throws(OmegaError) in try await api.me() }
        let people = (try? me.related(SubscriberAccount.Relationships.personne, as: Personne.self)) ?? []
        let person = people.first ?? Personne(id: me.item.personneId ?? "")
        return SubscriberProfile(email: me.item.email, personne: OmegaRecordMapping.contact(person))
    }

    /// The person and the contracts in one request (`subscriber/me` with the contracts'
    /// surroundings included).
    public func overview() async throws(ServiceFailure) -> SubscriberOverview {
        let me = try await adapt { () async throws(OmegaError) in try await api.meWithContracts() }
        let document = me.document
        let people = (try? me.related(SubscriberAccount.Relationships.personne, as: Personne.self)) ?? []
        let person = people.first ?? Personne(id: me.item.personneId ?? "")
        let contracts = document.related(me.resource, SubscriberAccount.Relationships.contrats).compactMap {
            resource -> ContractSummary? in
            guard let contrat = try? ModelDecoding.decode(Contrat.self, from: resource) else { return nil }
            return OmegaRecordMapping.contract(contrat, resource: resource, in: document)
        }
        return SubscriberOverview(
            profile: SubscriberProfile(email: me.item.email, personne: OmegaRecordMapping.contact(person)),
            contracts: contracts)
    }

    /// Every reading and invoice of the contract in one request: a single contract includes
    /// them (as Omega's single contract does), newest first, all on "page 1".
    public func contractRecords(contratId: String) async throws(ServiceFailure) -> ContractRecords {
        let single = try await adapt { () async throws(OmegaError) in
            try await api.contrat(
                id: contratId,
                Query(include: [Contrat.Relationships.releves, Contrat.Relationships.factures]))
        }
        let readings = single.document.related(single.resource, Contrat.Relationships.releves)
        let invoices = single.document.related(single.resource, Contrat.Relationships.factures)
        return ContractRecords(
            readings: Self.wholePage(readings, as: Releve.self, OmegaRecordMapping.reading) {
                $0.date > $1.date
            },
            invoices: Self.wholePage(invoices, as: Facture.self, OmegaRecordMapping.invoice) {
                $0.date > $1.date
            })
    }

    /// Included resources as one page holding them all, in the order `newerFirst` gives.
    private static func wholePage<Model: OmegaModel, Record: Equatable & Sendable>(
        _ resources: [Resource], as model: Model.Type, _ transform: (Model) -> Record?,
        by newerFirst: (Record, Record) -> Bool
    ) -> RecordPage<Record> {
        let records = resources.compactMap { resource in
            (try? ModelDecoding.decode(Model.self, from: resource)).flatMap(transform)
        }
        return RecordPage(
            items: records.sorted(by: newerFirst), number: 1, total: resources.count, hasNext: false,
            unreadable: resources.count - records.count)
    }

    public func contracts() async throws(ServiceFailure) -> [ContractSummary] {
        let page = try await adapt { () async throws(OmegaError) in try await api.contrats() }
        return zip(page.items, page.resources).map { contrat, resource in
            OmegaRecordMapping.contract(contrat, resource: resource, in: page.document)
        }
    }

    public func readings(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        ReadingRecord
    > {
        let result = try await adapt { () async throws(OmegaError) in
            try await api.releves(contratId: contratId, page: .number(page))
        }
        return OmegaRecordMapping.page(result, number: page, OmegaRecordMapping.reading)
    }

    public func invoices(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        InvoiceRecord
    > {
        let result = try await adapt { () async throws(OmegaError) in
            try await api.factures(contratId: contratId, page: .number(page))
        }
        return OmegaRecordMapping.page(result, number: page, OmegaRecordMapping.invoice)
    }

    public func payableInvoice(numeroContrat: String) async throws(ServiceFailure) -> PayableInvoice? {
        do {
            return OmegaRecordMapping.payable(
                try await api.facturePourPaiement(numeroContrat: numeroContrat).item)
        } catch  where error.kind == .notFound {
            return nil
        } catch {
            throw ServiceFailure(error)
        }
    }

    public func messages() async throws(ServiceFailure) -> [ServiceMessage] {
        let page = try await adapt { () async throws(OmegaError) in try await api.messages() }
        return page.items.map(OmegaRecordMapping.message)
    }

    public func requests(page: Int) async throws(ServiceFailure) -> RecordPage<RequestRecord> {
        let result = try await adapt { () async throws(OmegaError) in
            try await api.demandes(page: .number(page))
        }
        let requests = zip(result.items, result.resources).map { demande, resource in
            OmegaRecordMapping.request(demande, resource: resource, in: result.document)
        }
        return RecordPage(
            items: requests.sorted { ($0.date ?? .distantPast) > ($1.date ?? .distantPast) }, number: page,
            total: result.total, hasNext: result.hasNext)
    }

    public func request(id: String) async throws(ServiceFailure) -> RequestRecord {
        let single = try await adapt { () async throws(OmegaError) in try await api.demande(id: id) }
        return OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document)
    }

    public func fileReading(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        let single = try await adapt { () async throws(OmegaError) in
            try await api.transmettreReleve(
                OmegaRecordMapping.releve(submission), dryRun: dryRun, idempotencyKey: idempotencyKey)
        }
        return OmegaRecordMapping.outcome(single)
    }

    public func updateContact(
        _ submission: ContactSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        let single = try await adapt { () async throws(OmegaError) in
            try await api.modifierPersonne(
                OmegaRecordMapping.personne(submission), dryRun: dryRun, idempotencyKey: idempotencyKey)
        }
        return OmegaRecordMapping.outcome(single)
    }
}
