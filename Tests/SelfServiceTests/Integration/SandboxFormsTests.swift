import Foundation
import OmegaClient
import OmegaSandbox
import Testing

@testable import SelfService

@Suite(.serialized) struct SandboxFormsTests {
    @Test func contactChangesAreCheckedThenFiledWithOnlyTheChangedField() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            _ = try await harness.logInAsDemo()
            await store.send(.navigate(.nouvelleDemande(.coordonnees)))
            await store.waitUntilIdle()
            let opened = await store.state
            let form = try #require(opened.contactForm)
            #expect(form.original.personneId == opened.profile?.personne.personneId)

            await store.send(.contactForm(.set(.mobile, "06 12 34 56 78")))
            await store.send(.contactForm(.submit))
            let checked = try #require(
                await store.waitUntil { state in
                    if case .confirming = state.contactForm?.step { return true }
                    return state.contactForm?.error != nil
                        || !(state.contactForm?.fieldErrors.isEmpty ?? true)
                })
            #expect(checked.contactForm?.error == nil)
            #expect(checked.contactForm?.fieldErrors.isEmpty == true)

            await store.send(.contactForm(.submit))
            let sent = try #require(
                await store.waitUntil { state in
                    if case .sent = state.contactForm?.step { return true }
                    return state.contactForm?.error != nil
                })
            guard case .sent(let request) = sent.contactForm?.step else {
                Issue.record("not sent: \(String(describing: sent.contactForm?.error))")
                return
            }
            #expect(request.code == .miseAJourPersonne)
            #expect(!request.id.isEmpty)
        }
    }

    @Test func anInvalidPhoneComesBackAsAnErrorNextToItsField() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            _ = try await harness.logInAsDemo()
            await store.send(.navigate(.nouvelleDemande(.coordonnees)))
            await store.waitUntilIdle()
            await store.send(.contactForm(.set(.telephone, "12")))
            await store.send(.contactForm(.submit))
            let state = try #require(
                await store.waitUntil { state in
                    state.contactForm?.step == .editing && !(state.contactForm?.fieldErrors.isEmpty ?? true)
                })
            #expect(state.contactForm?.fieldErrors[.telephone] != nil)
            #expect(state.contactForm?.focus == .telephone)
            #expect(state.contactForm?.value(.telephone) == "12")
        }
    }

    @Test func anIndexBelowTheLastOneIsRefusedByTheDryRunNextToTheField() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            let loaded = try await harness.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)
            await store.send(.navigate(.nouvelleDemande(.index)))
            await store.waitUntilIdle()
            await store.send(.readingForm(.set(.index, String(max(0, lastIndex - 10)))))
            await store.send(.readingForm(.submit))
            let state = try #require(
                await store.waitUntil { state in
                    state.readingForm?.step == .editing && state.readingForm?.fieldErrors[.index] != nil
                })
            #expect(state.readingForm?.focus == .index)
            #expect(state.readingForm?.indexText == String(max(0, lastIndex - 10)))
        }
    }

    @Test func aDraftSurvivesARestartOfTheStore() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("selfservice-drafts-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let drafts = FileDraftStore(directory: directory)
        var key: String?
        try await SandboxHarness.with(drafts: drafts) { harness in
            _ = try await harness.logInAsDemo()
            await harness.store.send(.navigate(.nouvelleDemande(.index)))
            await harness.store.waitUntilIdle()
            await harness.store.send(.readingForm(.set(.index, "424242")))
            await harness.store.waitUntilIdle()
            key = await harness.store.state.readingForm?.idempotencyKey
        }
        try await SandboxHarness.with(drafts: drafts) { harness in
            _ = try await harness.logInAsDemo()
            await harness.store.send(.navigate(.nouvelleDemande(.index)))
            await harness.store.waitUntilIdle()
            let restored = await harness.store.state
            #expect(restored.readingForm?.indexText == "424242")
            #expect(restored.readingForm?.idempotencyKey == key)
            #expect(restored.toasts.contains { $0.message == .draftRestored })
        }
    }

    @Test func signingUpWithAnUnknownContractShowsTheServersRefusal() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            await store.send(.start)
            await store.waitUntilIdle()
            await store.send(.login(.openSignUp))
            await store.send(.signUp(.set(.email, "nouveau@example.org")))
            await store.send(.signUp(.set(.password, "Riviere-Claire-2026")))
            await store.send(.signUp(.set(.confirmation, "Riviere-Claire-2026")))
            await store.send(.signUp(.set(.numeroContrat, "000000000")))
            await store.send(.signUp(.set(.numeroFacture, "F-INCONNUE")))
            await store.send(.signUp(.submit))
            let state = try #require(
                await store.waitUntil { !$0.signUp.isSubmitting && $0.signUp.error != nil })
            #expect(state.screen == .creerCompte)
            #expect(state.signUp.step == .form)
            #expect(state.signUp.email == "nouveau@example.org")
        }
    }

    @Test func aFiledIndexIsFollowedUntilTheServiceMovesItAndAToastSaysSo() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            let loaded = try await harness.logInAsDemo()
            let lastIndex = try #require(loaded.readings.latest?.index)
            await store.send(.navigate(.nouvelleDemande(.index)))
            await store.waitUntilIdle()
            await store.send(.readingForm(.set(.index, String(lastIndex + 12))))
            await store.send(.readingForm(.submit))
            _ = await store.waitUntil { state in
                if case .confirming = state.readingForm?.step { return true }
                return false
            }
            await store.send(.readingForm(.submit))
            let sent = try #require(
                await store.waitUntil { state in
                    if case .sent = state.readingForm?.step { return true }
                    return false
                })
            guard case .sent(let request) = sent.readingForm?.step else { return }
            await store.send(.readingForm(.submit))  // to Demandes, which polls
            let moved = await store.waitUntil(timeout: .seconds(45)) { state in
                state.requests.items.first { $0.id == request.id }.map { $0.status != request.status }
                    ?? false
            }
            let state = try #require(moved, "the sandbox never moved the request")
            let toasts = state.toasts.map(\.message)
            #expect(
                toasts.contains { message in
                    if case .statusChanged(let id, _, _, _) = message { return id == request.id }
                    return false
                })
        }
    }
}
