/// Mon compte's reducer: the menu, the password and e-mail forms, the calls of the account
/// service. What a new e-mail changes elsewhere (the header) is the app's part.
public enum MyAccountFeature {
    /// Applies `action`.
    public static func reduce(
        _ state: inout MyAccountState, _ action: MyAccountAction, _ context: ReducerContext
    ) -> Effect<MyAccountAction> {
        switch action {
        case .highlight(let row):
            guard state.step == .menu else { return .none }
            state.highlighted = min(max(0, row), MyAccountState.Entry.allCases.count - 1)
            return .none
        case .choose:
            guard state.step == .menu, !state.isSubmitting else { return .none }
            return choose(&state)
        case .form(let intent):
            guard state.step != .menu else { return .none }
            if case .set = intent {
                guard !state.isSubmitting else { return .none }
                state.error = nil
            }
            guard state.fields.apply(intent, order: state.order), !state.isSubmitting else { return .none }
            return submit(&state)
        case .passwordChanged(let failure):
            state.isSubmitting = false
            guard let failure else { return finish(&state, .passwordChanged) }
            show(failure, in: &state)
            return .none
        case .emailCodeSent(let failure):
            state.isSubmitting = false
            if let failure {
                show(failure, in: &state)
            } else {
                state.step = .emailCode
                state.fields.focus = .code
            }
            return .none
        case .emailChanged(.success(let email)):
            state.isSubmitting = false
            return finish(&state, .emailChanged(email))
        case .emailChanged(.failure(let failure)):
            state.isSubmitting = false
            show(failure, in: &state)
            return .none
        case .otherSessionsSignedOut(let result):
            state.isSubmitting = false
            switch result {
            case .success(let count): state.notice = .otherSessionsSignedOut(count)
            case .failure(let failure): if !failure.isCancellation { state.error = failure }
            }
            return .none
        case .machineForgotten:
            state.isSubmitting = false
            state.notice = .machineForgotten
            return .none
        }
    }

    /// Esc: stops waiting for a call, else leaves the form for the menu (true when it did
    /// something; false on the menu, where Esc leaves the screen).
    public static func back(_ state: inout MyAccountState) -> (Effect<MyAccountAction>, handled: Bool) {
        if state.isSubmitting {
            state.isSubmitting = false
            return (.cancel(.account), true)
        }
        guard state.step != .menu else { return (.none, false) }
        state.step = .menu
        state.fields = FormFields(focus: .currentPassword)
        state.error = nil
        return (.none, true)
    }

    private static func choose(_ state: inout MyAccountState) -> Effect<MyAccountAction> {
        state.notice = nil
        state.error = nil
        switch state.highlightedEntry {
        case .password:
            state.step = .password
            state.fields = FormFields(focus: .currentPassword)
            return .none
        case .email:
            state.step = .email
            state.fields = FormFields(focus: .newEmail)
            return .none
        case .otherSessions:
            state.isSubmitting = true
            return .run(.account) { dependencies in
                guard let service = dependencies.account else {
                    return .otherSessionsSignedOut(.failure(ServiceFailure(.notLoggedIn)))
                }
                return .otherSessionsSignedOut(
                    await .of { () async throws(ServiceFailure) in try await service.signOutOtherSessions() })
            }
        case .thisMachine:
            state.isSubmitting = true
            return .run(.account) { dependencies in
                await dependencies.account?.forgetThisMachine()
                return .machineForgotten
            }
        }
    }

    private static func submit(_ state: inout MyAccountState) -> Effect<MyAccountAction> {
        if state.fields.show(state.problems, order: state.order) { return .none }
        state.isSubmitting = true
        state.error = nil
        let fields = state.fields
        switch state.step {
        case .menu:
            state.isSubmitting = false
            return .none
        case .password:
            return .run(.account) { dependencies in
                .passwordChanged(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.changePassword(
                            current: fields[.currentPassword], new: fields[.newPassword])
                    })
            }
        case .email:
            let email = fields[.newEmail].trimmingCharacters(in: .whitespaces)
            return .run(.account) { dependencies in
                .emailCodeSent(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.requestEmailChange(to: email, password: fields[.emailPassword])
                    })
            }
        case .emailCode:
            return .run(.account) { dependencies in
                guard let service = dependencies.account else {
                    return .emailChanged(.failure(ServiceFailure(.notLoggedIn)))
                }
                return .emailChanged(
                    await .of { () async throws(ServiceFailure) in
                        try await service.confirmEmailChange(code: fields[.code])
                    })
            }
        }
    }

    /// A refusal goes next to its field; anything else under the form.
    private static func show(_ failure: ServiceFailure, in state: inout MyAccountState) {
        guard !failure.isCancellation else { return }
        let problems = failure.fieldProblems { state.field(forWireName: $0) }
        if problems.isEmpty {
            state.error = failure
        } else {
            state.fields.show(problems, order: state.order)
        }
    }

    /// Back to the menu with what was done.
    private static func finish(_ state: inout MyAccountState, _ notice: MyAccountState.Notice) -> Effect<
        MyAccountAction
    > {
        state.step = .menu
        state.fields = FormFields(focus: .currentPassword)
        state.notice = notice
        return .none
    }
}
