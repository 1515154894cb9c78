import SelfService

/// Connexion, Créer un compte, Mot de passe oublié: forms filled field after field.
extension PlainAppRenderer {
    static func loginFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let login = context.state.login
        var sections = [PlainSection("intro", [strings[.loginIntro]])]
        var choices = [
            PlainChoice<AppAction>("1", strings[.hintSignUp], send: [.navigate(.creerCompte)]),
            PlainChoice("2", strings[.hintForgot], send: [.navigate(.motDePasseOublie)]),
        ]
        if let demo = login.suggestedAccount {
            sections.append(
                PlainSection(
                    "demo", [strings(.demoAccount, demo.email, demo.password), strings[plain: .demoHint]]))
            choices.append(
                PlainChoice(
                    "3", strings[plain: .useDemoAccount],
                    send: [.login(.useSuggestedAccount), .login(.form(.submit))]))
        }
        choices.append(PlainChoice("4", strings[plain: .changeEmail], send: [.login(.form(.focus(.email)))]))
        sections.append(context.failure(login.error))
        sections.append(
            PlainSection(
                "problems",
                LoginState.Field.allCases.compactMap { field in
                    login.fields.problems[field].map {
                        context.labelled(label(of: field, strings), strings.problem($0))
                    }
                }, isAlert: true))
        guard !login.isSubmitting else {
            sections.append(PlainSection("status", [strings[.loggingIn]]))
            return PlainFrame(
                title: strings[.screenConnexion], sections: sections, choices: choices, prompt: .waiting)
        }
        return PlainFrame(
            title: strings[.screenConnexion], sections: sections, choices: choices,
            prompt: .field(loginField(context)))
    }

    private static func label(of field: LoginState.Field, _ strings: Strings) -> String {
        switch field {
        case .email: return strings[.fieldEmail]
        case .password: return strings[.fieldPassword]
        case .rememberMe: return strings[.rememberMe]
        }
    }

    private static func loginField(_ context: PlainContext) -> PlainField<AppAction> {
        let login = context.state.login
        let strings = context.strings
        // The walk never starts past an empty e-mail or password (after a logout the focus
        // is still on the check box): it asks for what is missing first.
        var focus = login.fields.focus
        if login.email.isEmpty {
            focus = .email
        } else if focus == .rememberMe, login.password.isEmpty {
            focus = .password
        }
        let walk = PlainFormWalk(
            order: login.order, focus: focus, problems: Set(login.fields.problems.keys),
            set: { .login(.form(.set($0, $1))) }, focusOn: { .login(.form(.focus($0))) },
            submit: .login(.form(.submit)))
        switch focus {
        case .email:
            return walk.field(.loginEmail, label: strings[.fieldEmail], value: login.email)
        case .password:
            return walk.field(.loginPassword, label: strings[.fieldPassword], value: login.password)
        case .rememberMe:
            let checked = login.rememberMe
            return PlainField(
                id: "rememberMe", label: strings[.rememberMe], value: strings[checked ? .yes : .no],
                kind: .yesNo
            ) { answer in
                let wanted = answer.isEmpty ? checked : answer == "o"
                return (wanted == checked ? [] : [.login(.toggleRememberMe)]) + [.login(.form(.submit))]
            }
        }
    }

    static func signUpFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let form = context.state.signUp
        let intro =
            form.step == .form ? strings[.signUpIntro] : strings(.signUpCodeIntro, form.fields[.email])
        var notes: [String] = []
        if form.step == .form, !form.fields[.password].isEmpty {
            notes.append(strings(.passwordStrength, strings.label(form.passwordStrength)))
        }
        if form.step == .form, let matches = form.confirmationMatches {
            notes.append(
                context.labelled(
                    .fieldConfirmation, strings[matches ? .confirmationMatches : .confirmationDiffers]))
        }
        var sections = [
            PlainSection("intro-\(form.step)", [intro]), PlainSection("notes", notes),
            context.problems(
                form.fields.problems, order: form.order,
                label: { SignUpScreen.label(of: $0, strings: strings) },
                id: { .signUp($0) }),
            context.failure(form.error),
        ]
        let choices = [back(context)]
        let title = strings[.screenCreerCompte]
        guard !form.isSubmitting else {
            sections.append(PlainSection("status", [strings[.submitting]]))
            return PlainFrame(title: title, sections: sections, choices: choices, prompt: .waiting)
        }
        let walk = PlainFormWalk(
            order: form.order, focus: form.fields.focus, problems: Set(form.fields.problems.keys),
            set: { .signUp(.form(.set($0, $1))) }, focusOn: { .signUp(.form(.focus($0))) },
            submit: .signUp(.form(.submit)))
        let focus = form.fields.focus
        let field = walk.field(
            .signUp(focus), label: SignUpScreen.label(of: focus, strings: strings), value: form.fields[focus])
        return PlainFrame(title: title, sections: sections, choices: choices, prompt: .field(field))
    }

    static func passwordResetFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let form = context.state.passwordReset
        let intro =
            form.step == .request ? strings[.resetIntro] : strings(.resetCodeIntro, form.fields[.email])
        var notes: [String] = []
        if form.step == .reset, !form.fields[.password].isEmpty {
            notes.append(strings(.passwordStrength, strings.label(form.passwordStrength)))
        }
        if form.step == .reset, !form.fields[.confirmation].isEmpty {
            let same = form.fields[.confirmation] == form.fields[.password]
            notes.append(
                context.labelled(
                    .fieldConfirmation, strings[same ? .confirmationMatches : .confirmationDiffers]))
        }
        let label = { (field: PasswordResetState.Field) -> String in
            switch field {
            case .email: return strings[.fieldEmail]
            case .code: return strings[.fieldCode]
            case .password: return strings[.fieldNewPassword]
            case .confirmation: return strings[.fieldConfirmation]
            }
        }
        var sections = [
            PlainSection("intro-\(form.step)", [intro]), PlainSection("notes", notes),
            context.problems(
                form.fields.problems, order: form.order, label: label, id: { .passwordReset($0) }),
            context.failure(form.error),
        ]
        let choices = [back(context)]
        let title = strings[.screenMotDePasseOublie]
        guard !form.isSubmitting else {
            sections.append(PlainSection("status", [strings[.submitting]]))
            return PlainFrame(title: title, sections: sections, choices: choices, prompt: .waiting)
        }
        let walk = PlainFormWalk(
            order: form.order, focus: form.fields.focus, problems: Set(form.fields.problems.keys),
            set: { .passwordReset(.form(.set($0, $1))) }, focusOn: { .passwordReset(.form(.focus($0))) },
            submit: .passwordReset(.form(.submit)))
        let focus = form.fields.focus
        let field = walk.field(.passwordReset(focus), label: label(focus), value: form.fields[focus])
        return PlainFrame(title: title, sections: sections, choices: choices, prompt: .field(field))
    }
}
