import Foundation
import GRDB
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox

/// The subscriber's data source against the sandbox: what it makes of rows it cannot read,
/// and what a contact change sends.
@Suite(.serialized) @MainActor struct SubscriberAPIDataSourceTests {
    /// MySQL's zero date, which Omega sends for a date it does not have.
    nonisolated static let zeroDate = "0000-00-00 00:00:00"

    /// Every page of a list, from page 1 until the server says there is no next one.
    struct AllPages<Item: Equatable & Sendable & Identifiable> {
        var items: [Item] = []
        var unreadable = 0
        var total: Int?
        var ids: Set<Item.ID> { Set(items.map(\.id)) }

        @MainActor static func load(_ page: (Int) async throws(ServiceFailure) -> RecordPage<Item>)
            async throws -> Self
        {
            var result = Self()
            var number = 1
            while true {
                let page = try await page(number)
                #expect(page.number == number)
                result.items += page.items
                result.unreadable += page.unreadable
                result.total = page.total
                guard page.hasNext, number < 100 else { return result }
                number += 1
            }
        }
    }

    /// The demo account's API and data source, and its first contract.
    func demoSource(_ sandbox: AppSandbox) async throws -> (
        SubscriberAPI, SubscriberAPIDataSource, ContractSummary
    ) {
        let api = try await sandbox.referenceAPI()
        let source = SubscriberAPIDataSource(api: api)
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        let contract = try #require(try await source.contracts().first { $0.numeroContrat == number })
        return (api, source, contract)
    }

    @Test func readingsCountTheRowsTheServerSentThatCouldNotBeRead() async throws {
        try await AppSandbox.with { sandbox in
            let (_, source, contract) = try await demoSource(sandbox)
            // The sandbox lists the readings taken while the contract ran: a contract whose
            // start is a zero date too keeps a zero-dated reading in its list.
            try await sandbox.server.services.store.pool.write { db in
                try db.execute(
                    sql: "UPDATE contrat SET datedeb = ? WHERE contrat_id = ?",
                    arguments: [Self.zeroDate, contract.id])
            }
            let before = try await AllPages.load { page throws(ServiceFailure) in
                try await source.readings(contratId: contract.id, page: page)
            }
            #expect(before.unreadable == 0)
            #expect(before.items.count == before.total)
            let damaged = try #require(before.items.first)
            try await sandbox.server.services.store.pool.write { db in
                try db.execute(
                    sql: "UPDATE releve SET dateni = ? WHERE releve_id = ?",
                    arguments: [Self.zeroDate, damaged.id])
            }
            let after = try await AllPages.load { page throws(ServiceFailure) in
                try await source.readings(contratId: contract.id, page: page)
            }
            #expect(after.unreadable == 1)
            #expect(after.total == before.total)
            #expect(after.ids == before.ids.subtracting([damaged.id]))
        }
    }

    @Test func invoicesCountTheRowsTheServerSentThatCouldNotBeRead() async throws {
        try await AppSandbox.with { sandbox in
            let (_, source, contract) = try await demoSource(sandbox)
            let before = try await AllPages.load { page throws(ServiceFailure) in
                try await source.invoices(contratId: contract.id, page: page)
            }
            #expect(before.unreadable == 0)
            #expect(before.items.count == before.total)
            let damaged = try #require(before.items.first)
            try await sandbox.server.services.store.pool.write { db in
                try db.execute(
                    sql: "UPDATE facture SET datefact = ? WHERE facture_id = ?",
                    arguments: [Self.zeroDate, damaged.id])
            }
            let after = try await AllPages.load { page throws(ServiceFailure) in
                try await source.invoices(contratId: contract.id, page: page)
            }
            #expect(after.unreadable == 1)
            #expect(after.total == before.total)
            #expect(after.ids == before.ids.subtracting([damaged.id]))
        }
    }

    @Test func aContactChangeSendsOnlyTheChangedAttributes() async throws {
        try await AppSandbox.with { sandbox in
            let (api, source, _) = try await demoSource(sandbox)
            let person = try await source.profile().personne
            let mobile = "06 12 34 56 78"
            #expect(person.value(.mobile) != mobile)
            #expect(person.fields.count > 1, "the demo person has other contact fields that must not be sent")
            let submission = ContactSubmission(personneId: person.personneId, changes: [.mobile: mobile])
            let preview = try await source.updateContact(
                submission, dryRun: true, idempotencyKey: "contact-1")
            #expect(preview.request.id.isEmpty)
            #expect(preview.request.code == .miseAJourPersonne)
            let outcome = try await source.updateContact(
                submission, dryRun: false, idempotencyKey: "contact-1")
            #expect(!outcome.request.id.isEmpty)
            #expect(outcome.request.code == .miseAJourPersonne)
            let filed = try await api.demande(id: outcome.request.id)
            #expect(filed.item.personneId == person.personneId)
            // What the sandbox received and kept with the request: the changed attribute only.
            let payload = try #require(
                try await sandbox.server.services.store.requestPayload(id: outcome.request.id))
            let document = try #require(try JSONSerialization.jsonObject(with: payload) as? [String: Any])
            let attributes = try #require(
                (document["data"] as? [String: Any])?["attributes"] as? [String: Any])
            #expect(attributes.keys.sorted() == [ContactField.mobile.rawValue])
            #expect(attributes[ContactField.mobile.rawValue] as? String == mobile)
        }
    }

    @Test func aRefusedContactChangeComesBackAsRefusalsNamingTheWireFields() async throws {
        try await AppSandbox.with { sandbox in
            let (_, source, _) = try await demoSource(sandbox)
            let person = try await source.profile().personne
            let submission = ContactSubmission(
                personneId: person.personneId, changes: [.telephone: "12", .codePostal: "3000"])
            let failure = await #expect(throws: ServiceFailure.self) {
                try await source.updateContact(submission, dryRun: true, idempotencyKey: "contact-2")
            }
            #expect(failure?.reason == .refused)
            #expect(Set(failure?.refusals.compactMap(\.field) ?? []) == ["tel", "cppers"])
            #expect(failure?.refusals.allSatisfy { !$0.text.isEmpty } == true)
        }
    }
}
