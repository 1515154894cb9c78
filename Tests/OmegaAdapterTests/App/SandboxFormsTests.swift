import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import Testing

@Suite(.serialized) @MainActor struct SandboxFormsTests {
    @Test func contactChangesAreCheckedThenFiledWithOnlyTheChangedField() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            _ = try await sandbox.logInAsDemo()
            try await sandbox.open(.nouvelleDemande(.coordonnees))
            let opened = runner.state
            let form = try #require(opened.contactForm)
            #expect(form.original.personneId == opened.session.profile?.personne.personneId)

            runner.send(.contactForm(.form(.set(.mobile, "06 12 34 56 78"))))
            #expect(runner.state.contactForm?.changes == [.mobile: "06 12 34 56 78"])
            runner.send(.contactForm(.form(.submit)))
            let checked = try #require(
                await runner.run(until: { state in
                    if case .confirming = state.contactForm?.step { return true }
                    return state.contactForm?.error != nil
                        || !(state.contactForm?.fields.problems.isEmpty ?? true)
                }))
            #expect(checked.contactForm?.error == nil)
            #expect(checked.contactForm?.fields.problems.isEmpty == true)

            runner.send(.contactForm(.form(.submit)))
            let sent = try #require(
                await runner.run(until: { state in
                    if case .sent = state.contactForm?.step { return true }
                    return state.contactForm?.error != nil
                }))
            guard case .sent(let request) = sent.contactForm?.step else {
                Issue.record("not sent: \(String(describing: sent.contactForm?.error))")
                return
            }
            #expect(request.code == .miseAJourPersonne)
            #expect(!request.id.isEmpty)
        }
    }

    @Test func anInvalidPhoneComesBackAsAnErrorNextToItsField() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            _ = try await sandbox.logInAsDemo()
            try await sandbox.open(.nouvelleDemande(.coordonnees))
            runner.send(.contactForm(.form(.set(.telephone, "12"))))
            runner.send(.contactForm(.form(.submit)))
            let state = try #require(
                await runner.run(until: { state in
                    state.contactForm?.step == .editing
                        && !(state.contactForm?.fields.problems.isEmpty ?? true)
                }))
            let problem = try #require(state.contactForm?.fields.problems[.telephone])
            guard case .refused(let refusal) = problem else {
                Issue.record("not the service's refusal: \(problem)")
                return
            }
            // The server's refusal names the field by its wire name; its text is kept for display.
            #expect(refusal.field == ContactField.telephone.rawValue)
            #expect(!refusal.text.isEmpty)
            #expect(state.contactForm?.fields.focus == .telephone)
            #expect(state.contactForm?.fields[.telephone] == "12")
        }
    }

    @Test func anIndexBelowTheLastOneIsRefusedByTheDryRunNextToTheField() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            let loaded = try await sandbox.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)
            try await sandbox.open(.nouvelleDemande(.index))
            runner.send(.readingForm(.form(.set(.index, String(max(0, lastIndex - 10))))))
            runner.send(.readingForm(.form(.submit)))
            let state = try #require(
                await runner.run(until: { state in
                    state.readingForm?.step == .editing && state.readingForm?.fields.problems[.index] != nil
                }))
            guard case .refused(let refusal) = state.readingForm?.fields.problems[.index] else {
                Issue.record("not the service's refusal")
                return
            }
            #expect(refusal.field == "ni")
            #expect(state.readingForm?.fields.focus == .index)
            #expect(state.readingForm?.fields[.index] == String(max(0, lastIndex - 10)))
        }
    }

    @Test func aDraftSurvivesARestartOfTheStore() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("adapter-drafts-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let drafts = FileDraftStore(directory: directory)
        var key: String?
        try await AppSandbox.with(drafts: drafts) { sandbox in
            _ = try await sandbox.logInAsDemo()
            try await sandbox.open(.nouvelleDemande(.index))
            sandbox.runner.send(.readingForm(.form(.set(.index, "424242"))))
            // The draft is written after a pause in typing: wait for that write.
            try await AppSandbox.settle(sandbox.runner)
            key = sandbox.runner.state.readingForm?.idempotencyKey
        }
        try await AppSandbox.with(drafts: drafts) { sandbox in
            _ = try await sandbox.logInAsDemo()
            sandbox.runner.send(.navigate(.nouvelleDemande(.index)))
            let restored = try #require(
                await sandbox.runner.run(until: { state in
                    state.toasts.items.contains { $0.message == .draftRestored }
                }))
            #expect(restored.readingForm?.fields[.index] == "424242")
            #expect(restored.readingForm?.idempotencyKey == key)
        }
    }

    @Test func signingUpWithAnUnknownContractShowsTheServersRefusal() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            try await AppSandbox.start(runner)
            runner.send(.navigate(.creerCompte))
            runner.send(.signUp(.form(.set(.email, "nouveau@example.org"))))
            runner.send(.signUp(.form(.set(.password, "Riviere-Claire-2026"))))
            runner.send(.signUp(.form(.set(.confirmation, "Riviere-Claire-2026"))))
            runner.send(.signUp(.form(.set(.numeroContrat, "000000000"))))
            runner.send(.signUp(.form(.set(.numeroFacture, "F-INCONNUE"))))
            runner.send(.signUp(.form(.submit)))
            let state = try #require(
                await runner.run(until: { !$0.signUp.isSubmitting && $0.signUp.error != nil }))
            // The service's refusal marks the field at fault: the contract number.
            #expect(state.signUp.error?.reason == .refused)
            guard case .refused(let refusal)? = state.signUp.fields.problems[.numeroContrat] else {
                Issue.record("the contract number is not marked: \(state.signUp.fields.problems)")
                return
            }
            #expect(refusal.code == "contract-unknown")
            #expect(state.signUp.fields.problems[.numeroFacture] == nil)
            #expect(state.screen == .creerCompte)
            #expect(state.signUp.step == .form)
            #expect(state.signUp.fields[.email] == "nouveau@example.org")

            // The demo contract with an invoice number that is none of its invoices.
            let contract = try #require(DemoDataGenerator.demoContractNumbers.first)
            runner.send(.signUp(.form(.set(.numeroContrat, contract))))
            runner.send(.signUp(.form(.submit)))
            let second = try #require(
                await runner.run(until: { !$0.signUp.isSubmitting && $0.signUp.error != nil }))
            guard case .refused(let invoice)? = second.signUp.fields.problems[.numeroFacture] else {
                Issue.record("the invoice number is not marked: \(second.signUp.fields.problems)")
                return
            }
            #expect(invoice.code == "invoice-mismatch")
            #expect(second.signUp.fields.problems[.numeroContrat] == nil)
        }
    }

    @Test func aFiledIndexIsFollowedUntilTheServiceMovesItAndAToastSaysSo() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            let loaded = try await sandbox.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)
            try await sandbox.open(.nouvelleDemande(.index))
            runner.send(.readingForm(.form(.set(.index, String(lastIndex + 12)))))
            runner.send(.readingForm(.form(.submit)))
            _ = await runner.run(until: { state in
                if case .confirming = state.readingForm?.step { return true }
                return false
            })
            runner.send(.readingForm(.form(.submit)))
            let sent = try #require(
                await runner.run(until: { state in
                    if case .sent = state.readingForm?.step { return true }
                    return false
                }))
            guard case .sent(let request) = sent.readingForm?.step else { return }
            runner.send(.readingForm(.form(.submit)))  // to Demandes, which polls
            // The answer that sees the move announces it with a toast.
            let followed = await runner.run(
                until: { $0.hasMoved(request) && $0.announcesMove(of: request.id) }, timeout: .seconds(45))
            let state = try #require(followed, "the sandbox never moved the request, or no toast said so")
            #expect(state.hasMoved(request))
            #expect(state.announcesMove(of: request.id))
        }
    }
}

extension AppState {
    /// Whether Demandes lists `request` with another status than the one it was filed with.
    fileprivate func hasMoved(_ request: RequestRecord) -> Bool {
        requests.list.items.first { $0.id == request.id }.map { $0.status != request.status } ?? false
    }

    /// Whether a toast announces that the request `requestId` changed status.
    fileprivate func announcesMove(of requestId: String) -> Bool {
        toasts.items.contains { toast in
            guard case .statusChanged(let id, _, _, _) = toast.message else { return false }
            return id == requestId
        }
    }
}
