import OmegaClient
import SelfService

/// Our request kinds over the subscriber and partner APIs.
enum RequestKindsAdapter {
    /// The kinds of ours among the names a server advertises (names this version does not
    /// know are left out).
    static func kinds(_ names: [String]?) -> Set<ServiceRequestKind>? {
        names.map { Set($0.compactMap(ServiceRequestKind.init(rawValue:))) }
    }
}

extension SubscriberAPIDataSource {
    public func requestKinds() async throws(ServiceFailure) -> Set<ServiceRequestKind>? {
        RequestKindsAdapter.kinds(
            try await adapt { () async throws(OmegaError) in try await api.typesDemande() })
    }

    public func fileKind(
        _ submission: KindSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        let single = try await adapt { () async throws(OmegaError) in
            try await api.deposerDemande(
                kind: submission.kind.rawValue, attributes: submission.attributes, dryRun: dryRun,
                idempotencyKey: idempotencyKey)
        }
        return OmegaRecordMapping.outcome(single)
    }
}

extension CounterDataSource {
    public func requestKinds() async throws(ServiceFailure) -> Set<ServiceRequestKind>? {
        RequestKindsAdapter.kinds(
            try await adapt { () async throws(OmegaError) in try await api.typesDemande() })
    }

    /// Files for the opened subscriber only (his contract, his person), with the agent
    /// recorded by the service and a line in the audit log.
    public func fileKind(
        _ submission: KindSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        if let contract = submission.attributes["contrat_id"], contract != subject.contratId {
            throw ServiceFailure(.outsideSubscriber)
        }
        if let person = submission.attributes["personne_id"], person != subject.personneId {
            throw ServiceFailure(.outsideSubscriber)
        }
        let single = try await adapt { () async throws(OmegaError) in
            try await api.deposerDemande(
                kind: submission.kind.rawValue, attributes: submission.attributes, dryRun: dryRun,
                idempotencyKey: idempotencyKey)
        }
        let action = (dryRun ? "check." : "file.") + submission.kind.rawValue
        try record(action, requestId: dryRun ? nil : single.item.id)
        return OmegaRecordMapping.outcome(single)
    }
}
