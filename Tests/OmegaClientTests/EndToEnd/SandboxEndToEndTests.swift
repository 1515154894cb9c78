import Foundation
import JSONAPI
import Logging
import OmegaClient
import OmegaSandbox
import Testing

/// The client against the real sandbox over loopback HTTP: the subscriber journey (login,
/// data, dry run, validation errors, idempotent filing, history) and the partner API (Hawk,
/// agent, filters).
@Suite("End to end: client ↔ sandbox over HTTP")
struct SandboxEndToEndTests {
    static let partner = PartnerCredential(
        id: "client-tests", key: "a-long-partner-key-for-the-client-end-to-end-tests",
        apiID: "cle@client-tests",
        communes: .all)

    /// Runs `body` with a fresh sandbox and a transport to it (`apiId` is the partner's).
    static func withSandbox(_ body: (OmegaTransport) async throws -> Void) async throws {
        var logger = Logger(label: "client-e2e")
        logger.logLevel = .critical
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 7, subscribers: 20, reviewMode: .manual, partners: [partner], logger: logger))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: partner.apiID))
        do {
            try await body(transport)
        } catch {
            try? await transport.shutdown()
            await server.shutdown()
            throw error
        }
        try await transport.shutdown()
        await server.shutdown()
    }

    @Test("subscriber: login, data, dry run, field errors, idempotent filing, history")
    func subscriberJourney() async throws {
        try await Self.withSandbox { transport in
            let api = SubscriberAPI(session: SubscriberSession(transport: transport))
            try await api.login(email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            let me = try await api.me()
            #expect(me.item.email == DemoDataGenerator.demoEmail)
            #expect(try me.related(SubscriberAccount.Relationships.personne, as: Personne.self).count == 1)
            let contrats = try await api.contrats()
            #expect(
                Set(contrats.items.compactMap(\.numeroContrat)) == Set(DemoDataGenerator.demoContractNumbers))
            let contrat = try #require(contrats.items.first { $0.pointConsoId != nil })
            let pointConsoId = try #require(contrat.pointConsoId)
            let factures = try await api.factures(contratId: contrat.id)
            let facture = try #require(factures.items.first)
            let (ht, tva, ttc) = (facture.montantHT, facture.montantTVA, facture.montantTTC)
            #expect(ht != nil && tva != nil && ttc != nil)
            if let ht, let tva, let ttc { #expect(ht + tva == ttc) }
            let releves = try await api.releves(contratId: contrat.id)
            let last = try #require(releves.items.first)
            let lastIndex = try #require(last.nouvelIndex)
            let dates = releves.items.compactMap(\.dateNouvelIndex)
            #expect(dates == dates.sorted(by: >))

            var releve = Releve(id: "")
            releve.pointConsoId = pointConsoId
            releve.nouvelIndex = lastIndex + 12
            releve.dateNouvelIndex = Date()
            let preview = try await api.transmettreReleve(releve, dryRun: true)
            #expect(preview.isDryRun)
            #expect(preview.item.id.isEmpty)

            var tooLow = releve
            tooLow.nouvelIndex = lastIndex - 1
            let error = await #expect(throws: OmegaError.self) { try await api.transmettreReleve(tooLow) }
            #expect(error?.kind == .validationFailed)
            #expect(error?.fieldErrors["ni"] != nil)

            let key = UUID().uuidString
            let first = try await api.transmettreReleve(releve, idempotencyKey: key)
            let again = try await api.transmettreReleve(releve, idempotencyKey: key)
            #expect(first.status == 202)
            #expect(!first.item.id.isEmpty)
            #expect(again.item.id == first.item.id)
            #expect(first.item.code == .releve)

            let demande = try await api.demande(id: first.item.id)
            let history = try demande.related(Demande.Relationships.history, as: EvenementDemande.self)
            #expect(!history.isEmpty)
            #expect(try await api.demandes().items.contains { $0.id == first.item.id })
            await api.logout()
            let afterLogout = await #expect(throws: OmegaError.self) { try await api.contrats() }
            #expect(afterLogout?.kind == .sessionExpired)
        }
    }

    @Test("partner: Hawk-signed reads with filters, agent in ext, validation through Hawk POST")
    func partnerJourney() async throws {
        try await Self.withSandbox { transport in
            let api = PartnerAPI(
                transport: transport, signer: HawkSigner(credentials: Self.partner.hawkCredentials),
                agent: "guichet1")
            #expect((200..<300).contains(try await api.testSecured().status))
            let points = try await api.pointsConso(Query(page: .offset(offset: 1, limit: 5)))
            #expect(!points.items.isEmpty)
            #expect(points.items.count <= 5)
            let first = try #require(points.items.first)
            let numero = try #require(first.numeroPointConso)
            let filtered = try await api.pointsConso(Query(filters: [.eq("numpconso", numero)]))
            #expect(filtered.items.map(\.id).contains(first.id))

            var releve = Releve(id: "")
            releve.pointConsoId = first.id
            releve.dateNouvelIndex = Date().addingTimeInterval(86_400 * 30)
            let error = await #expect(throws: OmegaError.self) {
                try await api.transmettreReleve(releve, dryRun: true)
            }
            #expect(error?.kind == .validationFailed)
            #expect(error?.fieldErrors["ni"] != nil)
            #expect(error?.fieldErrors["dateni"] != nil)

            let wrongKey = PartnerAPI(
                transport: transport,
                signer: HawkSigner(credentials: HawkCredentials(id: Self.partner.id, key: "not the key")))
            let refused = await #expect(throws: OmegaError.self) { try await wrongKey.testSecured() }
            #expect(refused?.kind == .unauthorized)
        }
    }
}
