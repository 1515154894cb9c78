import Foundation
import JSONAPI
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import Testing

@Suite(.serialized) @MainActor struct SandboxJourneyTests {
    @Test func wrongCredentialsShowAClearMessageAndKeepTheEmail() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            try await AppSandbox.start(runner)
            runner.send(.login(.form(.set(.email, AppSandbox.demoEmail))))
            runner.send(.login(.form(.set(.password, "pas-le-bon"))))
            runner.send(.login(.form(.submit)))
            let state = try #require(
                await runner.run(until: { $0.login.error != nil && !$0.login.isSubmitting }))
            #expect(state.screen == .connexion)
            #expect(state.login.email == AppSandbox.demoEmail)
            // The front end words the code: wrong e-mail or password, never "session expired".
            #expect(state.login.error?.reason == .invalidCredentials)
            #expect(!state.isLoggedIn)
        }
    }

    @Test func accueilShowsWhatTheAPIReturnsForTheDemoAccount() async throws {
        try await AppSandbox.with { sandbox in
            let state = try await sandbox.logInAsDemo()
            let api = try await sandbox.referenceAPI()

            let contracts = try await api.contrats()
            #expect(state.contracts.items.count == contracts.items.count)
            #expect(state.contracts.items.count == 2)
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

            let profile = try #require(state.session.profile)
            #expect(profile.email == AppSandbox.demoEmail)
            #expect(!profile.personne.nom.isEmpty)
        }
    }

    @Test func anIndexIsFiledByDryRunThenSendAndShowsInDemandes() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            let loaded = try await sandbox.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)

            // The menu, then Enter on its first entry (what the key mapper sends).
            try await sandbox.open(.nouvelleDemande(.menu))
            let entry = try #require(runner.state.newRequest.highlightedKind)
            try await sandbox.open(.nouvelleDemande(entry.step))
            let opened = runner.state
            #expect(opened.screen == .nouvelleDemande(.index))
            #expect(opened.readingForm?.fields.focus == .index)
            #expect(opened.readingForm?.lastIndex == lastIndex)

            runner.send(.readingForm(.form(.set(.index, String(lastIndex + 37)))))
            runner.send(.readingForm(.form(.submit)))
            let checked = try #require(
                await runner.run(until: { state in
                    if case .confirming = state.readingForm?.step { return true }
                    return state.readingForm?.error != nil
                        || !(state.readingForm?.fields.problems.isEmpty ?? true)
                }))
            #expect(checked.readingForm?.error == nil)
            #expect(checked.readingForm?.fields.problems.isEmpty == true)
            let consumption = try #require(checked.readingForm?.impliedConsumption)
            #expect(Formatting.volume(consumption, in: .fr) == "37 m³")

            runner.send(.readingForm(.form(.submit)))
            let sent = try #require(
                await runner.run(until: { state in
                    if case .sent = state.readingForm?.step { return true }
                    return state.readingForm?.error != nil
                }))
            guard case .sent(let request) = sent.readingForm?.step else {
                Issue.record("not sent: \(String(describing: sent.readingForm?.error))")
                return
            }
            #expect(!request.id.isEmpty)
            #expect(request.code == .releve)

            runner.send(.readingForm(.form(.submit)))
            let listed = try #require(
                await runner.run(until: { state in
                    state.screen == .demandes && state.requests.list.items.contains { $0.id == request.id }
                        && state.requests.list.hasLoaded && !state.requests.list.isLoading
                }))
            let row = try #require(listed.requests.list.items.first { $0.id == request.id })
            #expect(row.code == .releve)

            // The server's answer for the same request agrees with the screen.
            let api = try await sandbox.referenceAPI()
            let fromServer = try await api.demande(id: request.id)
            #expect(fromServer.item.code?.rawValue == "J_RELEVE")
            #expect(fromServer.item.nouvelIndex == lastIndex + 37)
        }
    }

    @Test func sendingTwiceWithTheFormsKeyFilesOneRequest() async throws {
        try await AppSandbox.with { sandbox in
            let loaded = try await sandbox.logInAsDemo()
            let contract = try #require(loaded.selectedContract)
            let lastIndex = try #require(loaded.readings.latest?.index)
            let api = try await sandbox.referenceAPI()
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
