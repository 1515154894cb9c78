import OmegaClient
import SelfService

/// Answering the service is our extension (docs/api.md): a server without it answers 404 or
/// 405 on the route, which reads as "not offered online" rather than a missing request.
enum RequestAnswers {
    /// The failure of an answer call: a route the server lacks is ``ServiceFailure/Reason/notOffered``.
    static func failure(_ error: OmegaError) -> ServiceFailure {
        if error.status == 404 || error.status == 405 || error.status == 501 {
            return ServiceFailure(.notOffered)
        }
        return ServiceFailure(error)
    }
}

extension SubscriberAPIDataSource {
    public func answerRequest(id: String, text: String) async throws(ServiceFailure) -> RequestRecord {
        do {
            let single = try await api.repondre(demandeId: id, texte: text)
            return OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document)
        } catch {
            throw RequestAnswers.failure(error)
        }
    }
}

extension CounterDataSource {
    /// The agent answers for the subscriber opened: only one of his requests, recorded in the
    /// audit log.
    public func answerRequest(id: String, text: String) async throws(ServiceFailure) -> RequestRecord {
        _ = try await request(id: id)
        let single: Single<Demande>
        do {
            single = try await api.repondre(demandeId: id, texte: text)
        } catch {
            throw RequestAnswers.failure(error)
        }
        try record("answer.request", requestId: id)
        return OmegaRecordMapping.request(single.item, resource: single.resource, in: single.document)
    }
}
