import SelfService
import TerminalUI

/// Mot de passe oublié: the e-mail to send a code to, then the code and the new password.
enum PasswordResetScreen {
    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let form = context.state.passwordReset
        var row = body.minRow
        Draw.section(strings[.screenMotDePasseOublie], row: row, in: body, on: canvas)
        row += 1
        let intro =
            form.step == .request ? strings[.resetIntro] : strings(.resetCodeIntro, form.fields[.email])
        row = Draw.paragraph(intro, row: row, in: body, on: canvas, style: .muted) + 1
        let rows: [FormRow] = form.order.map { field in
            var note: String?
            if field == .password, !form.fields[.password].isEmpty {
                note = strings(.passwordStrength, strings.label(form.passwordStrength))
            }
            if field == .confirmation, !form.fields[.confirmation].isEmpty {
                note =
                    form.fields[.confirmation] == form.fields[.password]
                    ? strings[.confirmationMatches] : strings[.confirmationDiffers]
            }
            return FormRow(
                field: .passwordReset(field), label: label(of: field, strings: strings),
                isFocused: form.fields.focus == field,
                error: form.fields.problems[field].map { strings.problem($0, field: .passwordReset(field)) },
                note: note)
        }
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        row = FormRow.draw(rows, context: context, in: area, labelWidth: 22, fieldWidth: 44, on: canvas)
        let actionRow = Rect(column: body.minColumn + 22, row: row, columns: 40, rows: 1)
        if form.isSubmitting {
            Spinner(frame: context.ui.spinnerFrame, label: strings[.submitting], glyphs: context.glyphs)
                .draw(in: actionRow, on: canvas)
        } else {
            Button(title: form.step == .request ? strings[.resetRequestButton] : strings[.resetButton])
                .draw(in: actionRow, on: canvas)
        }
        if let error = form.error {
            Draw.paragraph(
                strings.failure(error), row: row + 2, in: body, on: canvas, style: .error)
        }
    }

    private static func label(of field: PasswordResetState.Field, strings: Strings) -> String {
        switch field {
        case .email: return strings[.fieldEmail]
        case .code: return strings[.fieldCode]
        case .password: return strings[.fieldNewPassword]
        case .confirmation: return strings[.fieldConfirmation]
        }
    }
}
