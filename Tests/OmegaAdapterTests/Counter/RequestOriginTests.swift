import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox

/// Issue 12 through the adapters: a request filed at the counter reaches the subscriber's own
/// list (and one filed online the counter's), each with where it came from; a second index
/// for the meter comes back as a refusal the front end can word.
@Suite(.serialized) struct RequestOriginTests {
    /// The demo subscriber's own data source on the same sandbox, logged in.
    private func subscriberSource(_ sandbox: CounterSandbox) async throws -> (
        SubscriberAPIDataSource, OmegaTransport
    ) {
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(baseURL: sandbox.baseURL, apiId: "tests@adapter"))
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        do {
            try await api.login(email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        return (SubscriberAPIDataSource(api: api), transport)
    }

    @Test("an index filed at the counter is in the subscriber's requests, from the counter with the agent")
    func counterFilingReachesSubscriber() async throws {
        try await CounterSandbox.with { sandbox in
            let (row, subject, counter) = try await sandbox.openDemo()
            let last = try #require(
                try await counter.readings(contratId: subject.contratId, page: 1).items.first)
            let outcome = try await counter.fileReading(
                ReadingSubmission(pconsoId: row.pconsoId, index: last.index + 7, date: Date(), comment: nil),
                dryRun: false, idempotencyKey: UUID().uuidString)
            let (own, transport) = try await subscriberSource(sandbox)
            defer { Task { try? await transport.shutdown() } }
            let listed = try #require(
                try await own.requests(page: 1).items.first { $0.id == outcome.request.id })
            #expect(listed.origin == .counter(agent: CounterSandbox.agent))
            #expect(
                try await own.request(id: outcome.request.id).origin == .counter(agent: CounterSandbox.agent))
            // The counter's own list says the same.
            let atCounter = try #require(
                try await counter.requests(page: 1).items.first { $0.id == outcome.request.id })
            #expect(atCounter.origin == .counter(agent: CounterSandbox.agent))
        }
    }

    @Test("a contact change filed online is in the counter's requests for that subscriber, from online")
    func onlineFilingReachesCounter() async throws {
        try await CounterSandbox.with { sandbox in
            let (own, transport) = try await subscriberSource(sandbox)
            defer { Task { try? await transport.shutdown() } }
            let profile = try await own.profile()
            let outcome = try await own.updateContact(
                ContactSubmission(
                    personneId: profile.personne.personneId, changes: [.mobile: "06 12 34 56 78"]),
                dryRun: false, idempotencyKey: UUID().uuidString)
            let (_, _, counter) = try await sandbox.openDemo()
            let listed = try #require(
                try await counter.requests(page: 1).items.first { $0.id == outcome.request.id })
            #expect(listed.origin == .online)
            #expect(try await counter.request(id: outcome.request.id).origin == .online)
        }
    }

    @Test("a second index for the meter while one is open is refused with its code, field and request number")
    func secondOpenIndexIsRefused() async throws {
        try await CounterSandbox.with { sandbox in
            let (row, subject, counter) = try await sandbox.openDemo()
            let last = try #require(
                try await counter.readings(contratId: subject.contratId, page: 1).items.first)
            let first = try await counter.fileReading(
                ReadingSubmission(pconsoId: row.pconsoId, index: last.index + 7, date: Date(), comment: nil),
                dryRun: false, idempotencyKey: UUID().uuidString)
            let (own, transport) = try await subscriberSource(sandbox)
            defer { Task { try? await transport.shutdown() } }
            let failure = await #expect(throws: ServiceFailure.self) {
                try await own.fileReading(
                    ReadingSubmission(
                        pconsoId: row.pconsoId, index: last.index + 9, date: Date(), comment: nil),
                    dryRun: true, idempotencyKey: UUID().uuidString)
            }
            #expect(failure?.reason == .refused)
            #expect(
                failure?.refusals == [
                    Refusal(
                        field: "ni", code: "reading-already-open", text: failure?.refusals.first?.text ?? "",
                        values: ["request_id": first.request.id])
                ])
        }
    }
}
