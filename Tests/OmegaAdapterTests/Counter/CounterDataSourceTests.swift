import Foundation
import JSONAPI
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import Testing

@Suite("Counter over the partner API (sandbox)")
struct CounterDataSourceTests {
    @Test("search by contract number finds the subscriber, with name, address and meter")
    func searchByContract() async throws {
        try await CounterSandbox.with { sandbox in
            let number = try #require(DemoDataGenerator.demoContractNumbers.first)
            let page = try await sandbox.services.directory.search(
                SubscriberSearchRequest(kind: .contractNumber, text: number))
            #expect(page.total == 1)
            #expect(page.results.count == 1)
            let row = try #require(page.results.first)
            #expect(row.numeroContrat == number)
            #expect(!row.nom.isEmpty)
            #expect(!row.adresse.isEmpty)
            #expect(row.numeroSerieCompteur?.isEmpty == false)
            // The same subscriber is found by its meter, by the start of its name, and by street and town.
            let serial = try #require(row.numeroSerieCompteur)
            let byMeter = try await sandbox.services.directory.search(
                SubscriberSearchRequest(kind: .meterSerial, text: serial))
            #expect(byMeter.results.map(\.pconsoId) == [row.pconsoId])
            let surname = try #require(row.nom.split(separator: " ").first.map(String.init))
            let byName = try await sandbox.services.directory.search(
                SubscriberSearchRequest(kind: .nameBegins, text: String(surname.prefix(3)).lowercased()))
            #expect(byName.results.contains { $0.pconsoId == row.pconsoId })
            #expect(
                byName.results.allSatisfy { $0.nom.lowercased().hasPrefix(surname.prefix(3).lowercased()) })
        }
    }

    @Test("results come 20 a page with the total, and the next page continues")
    func paging() async throws {
        try await CounterSandbox.with(subscribers: 200) { sandbox in
            let first = try await sandbox.services.directory.search(
                SubscriberSearchRequest(kind: .streetAndTown, text: "", town: "al"))
            let total = try #require(first.total)
            #expect(total > 20)
            #expect(first.results.count == 20)
            #expect(first.hasNext)
            let second = try await sandbox.services.directory.search(
                SubscriberSearchRequest(kind: .streetAndTown, text: "", town: "al", page: 2))
            #expect(second.total == total)
            #expect(Set(first.results.map(\.pconsoId)).isDisjoint(with: second.results.map(\.pconsoId)))
        }
    }

    @Test("the counter data source shows the subscriber's contract, person, invoices and last reading")
    func reads() async throws {
        try await CounterSandbox.with { sandbox in
            let (row, subject, source) = try await sandbox.openDemo()
            let contracts = try await source.contracts()
            #expect(contracts.map(\.numeroContrat) == [row.numeroContrat])
            #expect(contracts.first?.pconsoId == row.pconsoId)
            let profile = try await source.profile()
            #expect(profile.personne.personneId == row.personneId)
            let invoices = try await source.invoices(contratId: subject.contratId, page: 1)
            #expect(!invoices.items.isEmpty)
            let readings = try await source.readings(contratId: subject.contratId, page: 1)
            #expect(readings.items.count == 20)
            #expect(readings.hasNext)
            // Another contract is out of reach.
            let failure = await #expect(throws: ServiceFailure.self) {
                try await source.readings(contratId: "other", page: 1)
            }
            #expect(failure?.reason == .outsideSubscriber)
        }
    }

    @Test("the counter sees the readings and invoices the subscriber sees, page for page")
    func sameDataAsTheSubscriber() async throws {
        try await CounterSandbox.with { sandbox in
            let (_, subject, source) = try await sandbox.openDemo()
            let contratId = subject.contratId
            let transport = OmegaTransport(
                configuration: OmegaConfiguration(baseURL: sandbox.baseURL, apiId: "tests@counter"))
            defer { Task { try? await transport.shutdown() } }
            let subscriber = SubscriberAPI(session: SubscriberSession(transport: transport))
            try await subscriber.login(
                email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            for page in 1...2 {
                let own = try await subscriber.releves(contratId: contratId, page: .number(page))
                let counter = try await source.readings(contratId: contratId, page: page)
                #expect(!counter.items.isEmpty)
                #expect(counter.items == own.items.compactMap(OmegaRecordMapping.reading))
                #expect(counter.total == own.total)
                let ownInvoices = try await subscriber.factures(contratId: contratId, page: .number(page))
                let counterInvoices = try await source.invoices(contratId: contratId, page: page)
                #expect(counterInvoices.items == ownInvoices.items.compactMap(OmegaRecordMapping.invoice))
            }
        }
    }

    @Test("a reading filed through the counter carries the agent on the Partner_Request, and is audited")
    func filingRecordsAgent() async throws {
        let log = TemporaryFiles.auditLog()
        try await CounterSandbox.with(audit: log) { sandbox in
            let (row, subject, source) = try await sandbox.openDemo()
            let last = try #require(
                try await source.readings(contratId: subject.contratId, page: 1).items.first)
            let submission = ReadingSubmission(
                pconsoId: row.pconsoId, index: last.index + 7, date: Date(), comment: nil)
            let preview = try await source.fileReading(
                submission, dryRun: true, idempotencyKey: UUID().uuidString)
            #expect(preview.request.id.isEmpty)
            let outcome = try await source.fileReading(
                submission, dryRun: false, idempotencyKey: UUID().uuidString)
            #expect(!outcome.request.id.isEmpty)
            let filed = try await sandbox.services.api.demande(id: outcome.request.id)
            #expect(filed.item.agent == CounterSandbox.agent)
            #expect(filed.item.pointConsoId == row.pconsoId)
            let requests = try await source.requests(page: 1)
            #expect(requests.items.contains { $0.id == outcome.request.id })
            // A reading for another point is refused before any call.
            var elsewhere = submission
            elsewhere.pconsoId = "not-\(row.pconsoId)"
            let refusal = await #expect(throws: ServiceFailure.self) {
                try await source.fileReading(elsewhere, dryRun: false, idempotencyKey: UUID().uuidString)
            }
            #expect(refusal?.reason == .outsideSubscriber)
            let lines = try TemporaryFiles.lines(log)
            let actions = lines.compactMap { $0["action"] as? String }
            #expect(actions.prefix(2) == ["search", "open"])
            #expect(actions.contains("check.reading"))
            let filing = try #require(lines.first { $0["action"] as? String == "file.reading" })
            #expect(filing["request_id"] as? String == outcome.request.id)
            #expect(filing["agent"] as? String == CounterSandbox.agent)
            #expect(filing["contract"] as? String == row.numeroContrat)
        }
    }

    @Test("a partner limited to other communes cannot see the subscriber; its own commune's partner can")
    func communeScope() async throws {
        try await CounterSandbox.with { sandbox in
            let row = try await sandbox.demoRow()
            let point = try await sandbox.services.api.pointConso(
                id: row.pconsoId, Query(include: ["pdessadr.voie.commune"]))
            let commune = try #require(
                point.document.related(point.resource, path: ["pdessadr", "voie", "commune"]).first
                    .flatMap { try? ModelDecoding.decode(Commune.self, from: $0) }?.nom)
            let ownIndex = try #require(CounterSandbox.communes.firstIndex(of: commune))
            let request = SubscriberSearchRequest(kind: .contractNumber, text: row.numeroContrat)
            for index in CounterSandbox.communes.indices {
                let services = sandbox.services(partner: "guichet-\(index)")
                let page = try await services.directory.search(request)
                if index == ownIndex {
                    #expect(page.results.map(\.pconsoId) == [row.pconsoId])
                } else {
                    #expect(
                        page.results.isEmpty, "partner of \(CounterSandbox.communes[index]) sees \(commune)")
                    #expect(page.total == 0)
                    // Opening it anyway (a stale id) gets nothing either.
                    let subject = try #require(CounterSubject(row))
                    let source = CounterDataSource(api: services.api, subject: subject)
                    await #expect(throws: ServiceFailure.self) { try await source.contracts() }
                }
            }
        }
    }
}
