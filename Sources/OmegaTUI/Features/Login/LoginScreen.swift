import SelfService
import TerminalUI

/// Connexion: e-mail, password, remember me, links to the other pre-login screens, and the
/// demo account with `--demo`.
enum LoginScreen {
    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let login = context.state.login
        let box = body.centered(Size(columns: 76, rows: 19))
        let inner = Frame(title: strings[.screenConnexion], glyphs: context.glyphs).draw(in: box, on: canvas)
            .inset(columns: 2, rows: 1)
        let top = inner.minRow
        let labelWidth = 16
        Draw.line(strings[.loginIntro], row: top, in: inner, on: canvas)
        context.field(
            .loginEmail, label: strings[.fieldEmail], isFocused: login.fields.focus == .email,
            labelWidth: labelWidth
        )
        .draw(
            in: Rect(column: inner.minColumn, row: top + 2, columns: inner.size.columns, rows: 1), on: canvas)
        context.field(
            .loginPassword, label: strings[.fieldPassword], isFocused: login.fields.focus == .password,
            labelWidth: labelWidth
        ).draw(
            in: Rect(column: inner.minColumn, row: top + 4, columns: inner.size.columns, rows: 1), on: canvas)
        if login.offersRememberMe {
            Checkbox(
                label: strings[.rememberMe], isChecked: login.rememberMe,
                isFocused: login.fields.focus == .rememberMe
            )
            .draw(
                in: Rect(
                    column: inner.minColumn + labelWidth, row: top + 6,
                    columns: inner.size.columns - labelWidth,
                    rows: 1),
                on: canvas)
        }
        let actionRow = Rect(
            column: inner.minColumn + labelWidth, row: top + 8, columns: inner.size.columns - labelWidth,
            rows: 1)
        if login.isSubmitting {
            Spinner(frame: context.ui.spinnerFrame, label: strings[.loggingIn], glyphs: context.glyphs)
                .draw(in: actionRow, on: canvas)
        } else {
            Button(title: strings[.loginButton]).draw(in: actionRow, on: canvas)
        }
        if let error = login.error {
            Draw.paragraph(
                strings.failure(error), row: top + 10, in: inner, on: canvas, style: .error)
        }
        Draw.line(
            "\(strings[.linkSignUp])    \(strings[.linkForgot])", row: top + 12, in: inner, on: canvas,
            style: .muted)
        if let demo = login.suggestedAccount {
            Draw.line(
                strings(.demoAccount, demo.email, demo.password), row: top + 13, in: inner, on: canvas,
                style: .warning)
            Draw.line(strings[.demoHint], row: top + 14, in: inner, on: canvas, style: .muted)
        }
    }
}
