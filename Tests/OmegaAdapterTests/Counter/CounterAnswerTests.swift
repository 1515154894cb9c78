import Foundation
import OmegaClient
import SelfService
import Testing

@testable import OmegaAdapter
@testable import OmegaSandbox

/// Issue 14 at the counter: the agent answers the service's question for the subscriber
/// opened; the answer is recorded with the agent and in the audit log.
@Suite("Answering the service at the counter (sandbox)")
struct CounterAnswerTests {
    @Test("the agent answers a request in Attente client: back En traitement, agent and audit recorded")
    func agentAnswers() async throws {
        let log = TemporaryFiles.auditLog()
        try await CounterSandbox.with(audit: log) { sandbox in
            let (row, subject, source) = try await sandbox.openDemo()
            let last = try #require(
                try await source.readings(contratId: subject.contratId, page: 1).items.first)
            let outcome = try await source.fileReading(
                ReadingSubmission(pconsoId: row.pconsoId, index: last.index + 7, date: Date(), comment: nil),
                dryRun: false, idempotencyKey: UUID().uuidString)
            let id = outcome.request.id
            // Not waiting yet: the service refuses, with its code.
            let early = await #expect(throws: ServiceFailure.self) {
                try await source.answerRequest(id: id, text: "Oui")
            }
            #expect(early?.reason == .conflict)
            #expect(early?.refusals.first?.code == "request-not-waiting")
            _ = try await SandboxAdmin.decide(
                store: sandbox.server.services.store, id: id, decision: .ask, comment: "Confirmez-vous ?")
            let answered = try await source.answerRequest(id: id, text: "L'abonné confirme au guichet.")
            #expect(answered.status == .omega)
            #expect(answered.history.last?.comment == "L'abonné confirme au guichet.")
            let events = try await sandbox.server.services.store.history(requestId: id)
            #expect(events.last?.agent == CounterSandbox.agent)
            let actions = try TemporaryFiles.lines(log).compactMap { $0["action"] as? String }
            #expect(actions.last == "answer.request")
        }
    }

    @Test("a server without the extension reads as 'not offered online', not as a missing request")
    func serverWithoutTheRoute() {
        for status in [404, 405, 501] {
            let failure = RequestAnswers.failure(OmegaError(.notFound, status: status))
            #expect(failure.reason == .notOffered)
        }
        #expect(RequestAnswers.failure(OmegaError(.conflict, status: 409)).reason == .conflict)
    }
}
