import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox

/// Issue 14 at the counter: every kind of ours is offered for the opened subscriber, filed
/// with the agent recorded by the service and a line in the audit log (never the IBAN), and
/// only for that subscriber.
@Suite(.serialized) struct CounterKindTests {
    @Test("the counter is offered every kind, files one with the agent and audits it without the IBAN")
    func counterFilesAKind() async throws {
        let audit = TemporaryFiles.auditLog()
        defer { try? FileManager.default.removeItem(atPath: audit.path) }
        try await CounterSandbox.with(audit: audit) { sandbox in
            let (_, subject, counter) = try await sandbox.openDemo()
            #expect(try await counter.requestKinds() == Set(ServiceRequestKind.allCases))
            let iban = "FR7630006000011234567890189"
            let submission = KindSubmission(
                kind: .directDebit,
                attributes: [
                    "contrat_id": subject.contratId, "iban": iban, "bic": "AGRIFRPP",
                    "titulaire": "J. Fontaine",
                    "rythme": "echeance", "mandat": "1",
                ])
            let checked = try await counter.fileKind(submission, dryRun: true, idempotencyKey: "k-1")
            #expect(checked.request.id.isEmpty)
            let filed = try await counter.fileKind(submission, dryRun: false, idempotencyKey: "k-1")
            #expect(filed.request.origin == .counter(agent: CounterSandbox.agent))
            #expect(filed.request.code == .autre("J_PRELEVEMENT"))
            let lines = try TemporaryFiles.lines(audit)
            let actions = lines.compactMap { $0["action"] as? String }
            #expect(actions.suffix(2) == ["check.direct-debit", "file.direct-debit"])
            #expect(lines.last?["request_id"] as? String == filed.request.id)
            let log = try String(contentsOfFile: audit.path, encoding: .utf8)
            #expect(!log.contains(iban) && !log.contains("30006000"), "the audit log holds the IBAN")
        }
    }

    @Test("a kind for another contract than the opened subscriber's is refused before any call")
    func otherContractRefused() async throws {
        try await CounterSandbox.with { sandbox in
            let (_, _, counter) = try await sandbox.openDemo()
            let failure = await #expect(throws: ServiceFailure.self) {
                try await counter.fileKind(
                    KindSubmission(
                        kind: .eInvoice, attributes: ["contrat_id": "someone-else", "efacture": "0"]),
                    dryRun: true, idempotencyKey: "k-2")
            }
            #expect(failure?.reason == .outsideSubscriber)
        }
    }
}
