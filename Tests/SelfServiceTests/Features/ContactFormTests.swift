import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct ContactFormTests {
    let subscriber = FakeSubscriber()

    static let emptyForm = ContactFormState(person: Fixtures.person, idempotencyKey: "key-1")

    /// Opens the form from the menu, as the keys do.
    private func openForm(drafts: any DraftStore = InMemoryDraftStore()) async -> TestStore<
        AppState, AppAction
    > {
        let store = appStore(
            await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber), drafts: drafts)
        await store.send(.navigate(.nouvelleDemande(.menu))) {
            $0.screen = .nouvelleDemande(.menu)
            $0.newRequest.availability = .loading
        }
        let kinds = Set(ServiceRequestKind.allCases)
        await store.receive(.newRequest(.kindsLoaded(.success(kinds)))) {
            $0.newRequest.availability = .advertised(kinds)
        }
        await store.send(.newRequest(.highlight(1))) { $0.newRequest.highlighted = 1 }
        await store.send(.navigate(.nouvelleDemande(.coordonnees))) {
            $0.screen = .nouvelleDemande(.coordonnees)
            $0.contactForm = Self.emptyForm
        }
        await store.receive(.contactForm(.draftLoaded(nil)))
        return store
    }

    private func type(_ text: String, in field: ContactField, _ store: TestStore<AppState, AppAction>) async {
        await store.send(.contactForm(.form(.set(field, text)))) { $0.contactForm?.fields[field] = text }
        await store.advance(by: FilingFormFeature<ContactFormState>.draftDelay)
    }

    @Test func theFormIsPrefilledFromThePerson() async throws {
        let store = await openForm()
        let form = try #require(store.state.contactForm)
        #expect(form.fields[.telephone] == "0474000000")
        #expect(form.fields[.mail] == "claire@example.org")
        #expect(form.fields[.adresse2] == "")
        #expect(form.changes.isEmpty)
        #expect(!store.state.hasUnsavedInput)
        await store.finish()
    }

    @Test func onlyChangedFieldsAreChecked() async {
        let store = await openForm()
        await type("0612345678", in: .mobile, store)
        // The same value once trimmed: not a change.
        await type("0474000000 ", in: .telephone, store)
        #expect(store.state.hasUnsavedInput)
        #expect(store.state.contactForm?.changes == [.mobile: "0612345678"])
        guard case .success(let submission) = store.state.contactForm?.validated() else {
            Issue.record("the form should be valid")
            return
        }
        #expect(submission == ContactSubmission(personneId: "per1", changes: [.mobile: "0612345678"]))
        await store.send(.contactForm(.form(.submit))) { $0.contactForm?.step = .validating }
        var wouldBe = subscriber.snapshot.outcome
        wouldBe.request.id = ""
        await store.receive(.contactForm(.answered(dryRun: true, .success(wouldBe)))) {
            $0.contactForm?.step = .confirming(wouldBe)
        }
        #expect(subscriber.snapshot.filings.map(\.key) == ["key-1"])
        await store.finish()
    }

    @Test func nothingChangedIsSaidWithoutACall() async {
        let store = await openForm()
        await store.send(.contactForm(.form(.submit))) {
            $0.contactForm?.error = ServiceFailure(.nothingChanged)
        }
        #expect(subscriber.snapshot.filings.isEmpty)
        await store.finish()
    }

    @Test func aRefusalGoesNextToItsContactField() async {
        let refusal = ServiceFailure(.refused, refusals: [Refusal(field: "cppers", text: "5 chiffres")])
        subscriber.update { $0.filingFailure = refusal }
        let store = await openForm()
        await type("123", in: .codePostal, store)
        await store.send(.contactForm(.form(.submit))) { $0.contactForm?.step = .validating }
        await store.receive(.contactForm(.answered(dryRun: true, .failure(refusal)))) {
            $0.contactForm?.step = .editing
            $0.contactForm?.fields.problems = [.codePostal: .refused(refusal.refusals[0])]
            $0.contactForm?.fields.focus = .codePostal
        }
        #expect(store.state.contactForm?.fields[.codePostal] == "123")
        await store.finish()
    }

    @Test func aLocalCheckCatchesAnEmailWithoutAt() async {
        let store = await openForm()
        await type("claire.example.org", in: .mail, store)
        await store.send(.contactForm(.form(.submit))) {
            $0.contactForm?.fields.problems = [.mail: .invalidEmail]
            $0.contactForm?.fields.focus = .mail
        }
        await store.finish()
    }

    @Test func dryRunThenSendFilesTheRequestAndDeletesTheDraft() async {
        let drafts = InMemoryDraftStore()
        let store = await openForm(drafts: drafts)
        await type("claire.martin@example.org", in: .mail, store)
        #expect(
            await drafts.load(.contact(personneId: "per1"))?.values == ["mail": "claire.martin@example.org"])
        await store.send(.contactForm(.form(.submit))) { $0.contactForm?.step = .validating }
        let filed = subscriber.snapshot.outcome
        var wouldBe = filed
        wouldBe.request.id = ""
        await store.receive(.contactForm(.answered(dryRun: true, .success(wouldBe)))) {
            $0.contactForm?.step = .confirming(wouldBe)
        }
        await store.send(.contactForm(.form(.submit))) { $0.contactForm?.step = .sending(wouldBe) }
        await store.receive(.contactForm(.answered(dryRun: false, .success(filed)))) {
            $0.contactForm?.step = .sent(filed.request)
            $0.requests.list.items.insert(filed.request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: filed.request.id))]
            $0.toasts.nextId = 2
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
        #expect(await drafts.load(.contact(personneId: "per1")) == nil)
    }

    @Test func aDraftRestoresOnlyTheEditedValues() async {
        let drafts = InMemoryDraftStore()
        let draft = FormDraft(
            key: .contact(personneId: "per1"), values: ["telmobile": "0699999999"], idempotencyKey: "old-key")
        await drafts.save(draft)
        let store = appStore(await loggedIn(subscriber), drafts: drafts)
        await store.send(.navigate(.nouvelleDemande(.coordonnees))) {
            $0.screen = .nouvelleDemande(.coordonnees)
            $0.contactForm = Self.emptyForm
        }
        await store.receive(.contactForm(.draftLoaded(draft))) {
            $0.contactForm?.fields[.mobile] = "0699999999"
            $0.contactForm?.idempotencyKey = "old-key"
            $0.toasts.items = [Toast(id: 1, message: .draftRestored)]
            $0.toasts.nextId = 2
        }
        #expect(store.state.contactForm?.fields[.telephone] == "0474000000")
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func theFormWaitsForTheProfileAndAsksForItAgain() async {
        let subscriber = FakeSubscriber()
        var state = await loggedIn(subscriber)
        state.session.profile = nil
        let store = appStore(state)
        await store.send(.navigate(.nouvelleDemande(.coordonnees))) {
            $0.toasts.items = [Toast(id: 1, message: .failure(ServiceFailure(.contactNotLoaded)))]
            $0.toasts.nextId = 2
            $0.session.isLoadingProfile = true
        }
        await store.receive(.session(.profileLoaded(.success(Fixtures.profile)))) {
            $0.session.isLoadingProfile = false
            $0.session.profile = Fixtures.profile
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }
}
