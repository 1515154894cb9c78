import Foundation
import JSONAPI
import OmegaClient

/// The data source of a logged-in subscriber, over the subscriber API and its JWT session.
public struct SubscriberAPIDataSource: SubscriberDataSource {
    /// The API (its session holds the tokens).
    public let api: SubscriberAPI

    /// Creates a data source over a signed-in session's API.
    public init(api: SubscriberAPI) {
        self.api = api
    }

    public func profile() async throws(ServiceFailure) -> SubscriberProfile {
        let me = try await call { () async throws(OmegaError) in try await api.me() }
        let people = (try? me.related(SubscriberAccount.Relationships.personne, as: Personne.self)) ?? []
        let person = people.first ?? Personne(id: me.item.personneId ?? "")
        return SubscriberProfile(email: me.item.email, personne: OmegaRecordMapping.contact(person))
    }

    public func contracts() async throws(ServiceFailure) -> [ContractSummary] {
        let page = try await call { () async throws(OmegaError) in try await api.contrats() }
        return zip(page.items, page.resources).map { contrat, resource in
            OmegaRecordMapping.contract(contrat, resource: resource, in: page.document)
        }
    }

    public func readings(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        ReadingRecord
    > {
        let result = try await call { () async throws(OmegaError) in
            try await api.releves(contratId: contratId, page: .number(page))
        }
        return RecordPage(
            items: result.items.compactMap(OmegaRecordMapping.reading), number: page, total: result.total,
            hasNext: result.hasNext)
    }

    public func invoices(contratId: String, page: Int) async throws(ServiceFailure) -> RecordPage<
        InvoiceRecord
    > {
        let result = try await call { () async throws(OmegaError) in
            try await api.factures(contratId: contratId, page: .number(page))
        }
        return RecordPage(
            items: result.items.compactMap(OmegaRecordMapping.invoice), number: page, total: result.total,
            hasNext: result.hasNext)
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
        let page = try await call { () async throws(OmegaError) in try await api.messages() }
        return page.items.map(OmegaRecordMapping.message)
    }

    public func requests() async throws(ServiceFailure) -> [RequestRecord] {
        let page = try await call { () async throws(OmegaError) in try await api.demandes() }
        return zip(page.items, page.resources).map { demande, resource in
            OmegaRecordMapping.request(demande, resource: resource, in: page.document)
        }
        .sorted { ($0.date ?? .distantPast) > ($1.date ?? .distantPast) }
    }

    public func request(id: String) async throws(ServiceFailure) -> RequestRecord {
        let single = try await call { () async throws(OmegaError) in try await api.demande(id: id) }
        return OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document)
    }

    public func fileReading(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        let single = try await call { () async throws(OmegaError) in
            try await api.transmettreReleve(
                OmegaRecordMapping.releve(submission), dryRun: dryRun, idempotencyKey: idempotencyKey)
        }
        return FilingOutcome(
            request: OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document))
    }

    public func updateContact(
        personneId: String, changes: [ContactField: String], dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        // The changes are already keyed by wire name: the body is built from them directly.
        let single = try await call { () async throws(OmegaError) in
            let request = OmegaRequest(
                .put, OmegaEndpoints.subscriberRequestPersonne(personneId),
                body: try OmegaRecordMapping.personneChangesBody(id: personneId, changes: changes),
                idempotencyKey: idempotencyKey, dryRun: dryRun)
            return try Single<Demande>(response: try await api.session.send(request))
        }
        return FilingOutcome(
            request: OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document))
    }

    /// Runs a client call, turning its error into the screens' failure.
    private func call<T>(_ body: () async throws(OmegaError) -> T) async throws(ServiceFailure) -> T {
        do {
            return try await body()
        } catch {
            throw ServiceFailure(error)
        }
    }
}
