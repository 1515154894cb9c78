import Foundation
import JSONAPI
import OmegaClient
import OmegaSandbox
import Testing

@testable import SelfService

@Suite(.serialized) struct SandboxJourneyTests {
    @Test func wrongCredentialsShowAClearMessageAndKeepTheEmail() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            await store.send(.start)
            await store.send(.login(.setEmail(SandboxHarness.demoEmail)))
            await store.send(.login(.setPassword("pas-le-bon")))
            await store.send(.login(.submit))
            let state = try #require(
                await store.waitUntil { $0.login.error != nil && !$0.login.isSubmitting })
            #expect(state.screen == .connexion)
            #expect(state.login.email == SandboxHarness.demoEmail)
            #expect(!(state.login.error?.message(in: .fr).isEmpty ?? true))
            #expect(!state.isLoggedIn)
        }
    }

    @Test func accueilShowsWhatTheAPIReturnsForTheDemoAccount() async throws {
        try await SandboxHarness.with { harness in
            let state = try await harness.logInAsDemo()
            let api = try await harness.referenceAPI()

            let contracts = try await api.contrats()
            #expect(state.contracts.count == contracts.items.count)
            #expect(state.contracts.count == 2)
            let selected = try #require(state.selectedContract)
            let reference = try #require(contracts.items.first { $0.id == selected.id })
            #expect(selected.numeroContrat == reference.numeroContrat)
            #expect(!selected.adresse.isEmpty)
            #expect(selected.numeroSerieCompteur?.isEmpty == false)

            let readings = try await api.releves(contratId: selected.id)
            let newest = try #require(readings.items.first)
            let dashboard = state.dashboard
            #expect(dashboard.lastReading?.index == newest.nouvelIndex)
            #expect(dashboard.lastReading?.date == newest.dateNouvelIndex)
            // Page 1, and page 2 right after it (a tall screen is filled without scrolling).
            let total = try #require(readings.total)
            #expect(
                state.readings.list.items.count == min(total, PagedList<ReadingRecord>.rowsToFillTallScreens))
            #expect(state.readings.list.total == readings.total)

            let invoices = try await api.factures(contratId: selected.id)
            let newestInvoice = try #require(invoices.items.first)
            #expect(dashboard.lastInvoice?.numero == newestInvoice.numeroFacture)
            #expect(dashboard.lastInvoice?.montantTTC == newestInvoice.montantTTC)
            #expect(dashboard.lastInvoice?.dueDate == newestInvoice.dateEcheance)
            let ttc = try #require(newestInvoice.montantTTC)
            #expect(Formatting.amount(ttc, in: .fr).hasSuffix(" €"))

            let profile = try #require(state.profile)
            #expect(profile.email == SandboxHarness.demoEmail)
            #expect(!profile.personne.nom.isEmpty)
        }
    }

    @Test func anIndexIsFiledByDryRunThenSendAndShowsInDemandes() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            let loaded = try await harness.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)

            await store.send(.navigate(.nouvelleDemande(.menu)))
            await store.send(.activate)
            await store.waitUntilIdle()
            let opened = await store.state
            #expect(opened.screen == .nouvelleDemande(.index))
            #expect(opened.readingForm?.focus == .index)
            #expect(opened.readingForm?.lastIndex == lastIndex)

            await store.send(.readingForm(.set(.index, String(lastIndex + 37))))
            await store.send(.readingForm(.submit))
            let checked = try #require(
                await store.waitUntil { state in
                    if case .confirming = state.readingForm?.step { return true }
                    return state.readingForm?.error != nil
                        || !(state.readingForm?.fieldErrors.isEmpty ?? true)
                })
            #expect(checked.readingForm?.error == nil)
            #expect(checked.readingForm?.fieldErrors.isEmpty == true)
            let consumption = try #require(checked.readingForm?.impliedConsumption)
            #expect(Formatting.volume(consumption, in: .fr) == "37 m³")

            await store.send(.readingForm(.submit))
            let sent = try #require(
                await store.waitUntil { state in
                    if case .sent = state.readingForm?.step { return true }
                    return state.readingForm?.error != nil
                })
            guard case .sent(let request) = sent.readingForm?.step else {
                Issue.record("not sent: \(String(describing: sent.readingForm?.error))")
                return
            }
            #expect(!request.id.isEmpty)
            #expect(request.code == .releve)

            await store.send(.readingForm(.submit))
            let listed = try #require(
                await store.waitUntil { state in
                    state.screen == .demandes && state.requests.items.contains { $0.id == request.id }
                        && state.requests.hasLoaded && !state.inFlight.contains(.requests)
                })
            let row = try #require(listed.requests.items.first { $0.id == request.id })
            #expect(row.code == .releve)

            // The server's answer for the same request agrees with the screen.
            let api = try await harness.referenceAPI()
            let fromServer = try await api.demande(id: request.id)
            #expect(fromServer.item.code?.rawValue == "J_RELEVE")
            #expect(fromServer.item.nouvelIndex == lastIndex + 37)
        }
    }

    @Test func sendingTwiceWithTheFormsKeyFilesOneRequest() async throws {
        try await SandboxHarness.with { harness in
            let loaded = try await harness.logInAsDemo()
            let contract = try #require(loaded.selectedContract)
            let lastIndex = try #require(loaded.readings.latest?.index)
            let api = try await harness.referenceAPI()
            let source = SubscriberAPIDataSource(api: api)
            let submission = ReadingSubmission(
                pconsoId: try #require(contract.pconsoId), index: lastIndex + 5, date: Date(), comment: nil)
            let first = try await source.fileReading(submission, dryRun: false, idempotencyKey: "same-key-1")
            let retry = try await source.fileReading(submission, dryRun: false, idempotencyKey: "same-key-1")
            #expect(!first.request.id.isEmpty)
            #expect(first.request.id == retry.request.id)
        }
    }
}
