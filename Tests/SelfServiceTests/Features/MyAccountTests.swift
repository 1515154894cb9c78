import SelfService
import SelfServiceTestSupport
import Testing

/// Mon compte: the menu, the password and e-mail forms, the sessions.
@MainActor
@Suite struct MyAccountTests {
    private func store(_ account: FakeAccount, _ state: MyAccountState = MyAccountState())
        -> TestStore<MyAccountState, MyAccountAction>
    {
        let context = Fixtures.context()
        let store = TestStore(
            initialState: state, dependencies: Dependencies(account: account),
            reducer: { MyAccountFeature.reduce(&$0, $1, context) })
        store.park(account.gate)
        return store
    }

    @Test func theMenuHighlightIsClampedAndEnterOpensTheForms() async {
        let store = store(FakeAccount())
        await store.send(.highlight(-3))
        await store.send(.highlight(9)) { $0.highlighted = 3 }
        await store.send(.highlight(0)) { $0.highlighted = 0 }
        await store.send(.choose) { $0.step = .password }
        #expect(store.state.order == [.currentPassword, .newPassword, .confirmation])
        var back = store.state
        #expect(MyAccountFeature.back(&back).handled)
        #expect(back.step == .menu)
        await store.finish()
    }

    @Test func aPasswordChangeIsCheckedHereThenByTheService() async {
        let account = FakeAccount()
        var state = MyAccountState()
        state.step = .password
        let store = store(account, state)
        await store.send(.form(.set(.newPassword, "court"))) { $0.fields[.newPassword] = "court" }
        #expect(store.state.passwordStrength == .tropCourt)
        await store.send(.form(.submit)) {
            $0.fields.problems = [
                .currentPassword: .required, .newPassword: .weakPassword(.tropCourt),
                .confirmation: .confirmationDiffers,
            ]
            $0.fields.focus = .currentPassword
        }
        await store.send(.form(.set(.currentPassword, "pas-le-bon"))) {
            $0.fields[.currentPassword] = "pas-le-bon"
            $0.fields.problems[.currentPassword] = nil
        }
        await store.send(.form(.set(.newPassword, "Source-Vive-2027"))) {
            $0.fields[.newPassword] = "Source-Vive-2027"
            $0.fields.problems[.newPassword] = nil
        }
        #expect(store.state.passwordStrength == .fort)
        await store.send(.form(.set(.confirmation, "Source-Vive-2027"))) {
            $0.fields[.confirmation] = "Source-Vive-2027"
            $0.fields.problems[.confirmation] = nil
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        let wrong = ServiceFailure(
            .refused,
            refusals: [Refusal(field: "old_password", code: "old-password-wrong", text: "old-password-wrong")]
        )
        await store.receive(.passwordChanged(wrong)) {
            $0.isSubmitting = false
            $0.fields.problems = [.currentPassword: .refused(wrong.refusals[0])]
        }
        await store.send(.form(.set(.currentPassword, "Eau-Claire-2026"))) {
            $0.fields[.currentPassword] = "Eau-Claire-2026"
            $0.fields.problems = [:]
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        await store.receive(.passwordChanged(nil)) {
            $0.isSubmitting = false
            $0.step = .menu
            $0.fields = FormFields(focus: .currentPassword)
            $0.notice = .passwordChanged
        }
        await store.finish()
        #expect(account.snapshot.password == "Source-Vive-2027")
    }

    @Test func theNewEmailIsConfirmedByTheCodeSentThere() async {
        let account = FakeAccount { $0.emailCode = "482193" }
        var state = MyAccountState()
        state.highlighted = 1
        let store = store(account, state)
        await store.send(.choose) {
            $0.step = .email
            $0.fields = FormFields(focus: .newEmail)
        }
        await store.send(.form(.set(.newEmail, "claire.m@example.org"))) {
            $0.fields[.newEmail] = "claire.m@example.org"
        }
        await store.send(.form(.set(.emailPassword, "Eau-Claire-2026"))) {
            $0.fields[.emailPassword] = "Eau-Claire-2026"
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        await store.receive(.emailCodeSent(nil)) {
            $0.isSubmitting = false
            $0.step = .emailCode
            $0.fields.focus = .code
        }
        #expect(account.snapshot.pendingEmail == "claire.m@example.org")
        await store.send(.form(.set(.code, "12"))) { $0.fields[.code] = "12" }
        await store.send(.form(.submit)) { $0.fields.problems = [.code: .codeFormat] }
        await store.send(.form(.set(.code, "111111"))) {
            $0.fields[.code] = "111111"
            $0.fields.problems = [:]
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        let wrong = ServiceFailure(
            .refused, refusals: [Refusal(field: "code", code: "code-invalid", text: "code-invalid")])
        await store.receive(.emailChanged(.failure(wrong))) {
            $0.isSubmitting = false
            $0.fields.problems = [.code: .refused(wrong.refusals[0])]
        }
        await store.send(.form(.set(.code, "482193"))) {
            $0.fields[.code] = "482193"
            $0.fields.problems = [:]
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        await store.receive(.emailChanged(.success("claire.m@example.org"))) {
            $0.isSubmitting = false
            $0.step = .menu
            $0.fields = FormFields(focus: .currentPassword)
            $0.notice = .emailChanged("claire.m@example.org")
        }
        await store.finish()
        #expect(account.snapshot.email == "claire.m@example.org")
    }

    @Test func signingOutElsewhereSaysHowManyAndForgettingThisMachineSaysItIsDone() async {
        let account = FakeAccount { $0.otherSessions = 3 }
        var state = MyAccountState()
        state.highlighted = 2
        let store = store(account, state)
        await store.send(.choose) { $0.isSubmitting = true }
        await store.receive(.otherSessionsSignedOut(.success(3))) {
            $0.isSubmitting = false
            $0.notice = .otherSessionsSignedOut(3)
        }
        await store.send(.highlight(3)) { $0.highlighted = 3 }
        await store.send(.choose) {
            $0.isSubmitting = true
            $0.notice = nil
        }
        await store.receive(.machineForgotten) {
            $0.isSubmitting = false
            $0.notice = .machineForgotten
        }
        await store.finish()
        #expect(account.snapshot.forgotten == 1)
    }

    @Test func aServerWithoutTheExtensionIsSaidClearly() async {
        let account = FakeAccount { $0.settingsFailure = ServiceFailure(.notOffered) }
        var state = MyAccountState()
        state.highlighted = 2
        let store = store(account, state)
        await store.send(.choose) { $0.isSubmitting = true }
        await store.receive(.otherSessionsSignedOut(.failure(ServiceFailure(.notOffered)))) {
            $0.isSubmitting = false
            $0.error = ServiceFailure(.notOffered)
        }
        await store.finish()
    }

    // MARK: The app around it

    @Test func aNewLoginEmailShowsInTheSessionAndMonCompteIsForSubscribersOnly() async {
        let state = await loggedIn()
        let runner = HeadlessRunner(
            initialState: state, dependencies: Dependencies(account: FakeAccount()),
            reducer: { AppFeature.reduce(&$0, $1, Fixtures.context()) })
        runner.send(.navigate(.monCompte))
        #expect(runner.state.screen == .monCompte)
        #expect(!runner.state.textFieldHasFocus)
        runner.send(.myAccount(.emailChanged(.success("claire.m@example.org"))))
        #expect(runner.state.session.email == "claire.m@example.org")
        #expect(runner.state.session.profile?.email == "claire.m@example.org")
        runner.send(.back)
        #expect(runner.state.screen == .accueil)

        let counter = AppState(
            mode: .counter(agent: "agent.dupont"), source: DataSourceHandle(FakeSubscriber()))
        let desk = HeadlessRunner(
            initialState: counter, dependencies: Dependencies(),
            reducer: { AppFeature.reduce(&$0, $1, Fixtures.context()) })
        desk.send(.navigate(.monCompte))
        #expect(desk.state.screen == .accueil)
        _ = await runner.runUntilIdle()
    }
}
