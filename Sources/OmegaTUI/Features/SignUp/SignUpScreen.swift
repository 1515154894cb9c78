import SelfService
import TerminalUI

/// Créer un compte: e-mail, password with strength feedback and confirmation, contract and
/// invoice numbers; then the code received by e-mail.
enum SignUpScreen {
    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let form = context.state.signUp
        var row = body.minRow
        Draw.section(strings[.screenCreerCompte], row: row, in: body, on: canvas)
        row += 1
        let intro =
            form.step == .form ? strings[.signUpIntro] : strings(.signUpCodeIntro, form.fields[.email])
        row = Draw.paragraph(intro, row: row, in: body, on: canvas, style: .muted) + 1
        let rows: [FormRow] = form.order.map { field in
            FormRow(
                field: .signUp(field), label: label(of: field, strings: strings),
                isFocused: form.fields.focus == field,
                error: form.fields.problems[field].map { strings.problem($0, field: .signUp(field)) },
                note: note(for: field, form: form, strings: strings))
        }
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        row = FormRow.draw(rows, context: context, in: area, labelWidth: 18, fieldWidth: 44, on: canvas)
        if form.isSubmitting {
            Spinner(frame: context.ui.spinnerFrame, label: strings[.submitting], glyphs: context.glyphs)
                .draw(in: Rect(column: body.minColumn + 18, row: row, columns: 40, rows: 1), on: canvas)
        } else {
            Button(title: form.step == .form ? strings[.signUpButton] : strings[.verifyButton])
                .draw(in: Rect(column: body.minColumn + 18, row: row, columns: 40, rows: 1), on: canvas)
        }
        if let error = form.error {
            Draw.paragraph(strings.failure(error), row: row + 2, in: body, on: canvas, style: .error)
        }
    }

    static func label(of field: SignUpState.Field, strings: Strings) -> String {
        switch field {
        case .email: return strings[.fieldEmail]
        case .password: return strings[.fieldPassword]
        case .confirmation: return strings[.fieldConfirmation]
        case .numeroContrat: return strings[.fieldNumeroContrat]
        case .numeroFacture: return strings[.fieldNumeroFacture]
        case .code: return strings[.fieldCode]
        }
    }

    private static func note(for field: SignUpState.Field, form: SignUpState, strings: Strings) -> String? {
        switch field {
        case .password where !form.fields[.password].isEmpty:
            return strings(.passwordStrength, strings.label(form.passwordStrength))
        case .confirmation:
            return form.confirmationMatches.map {
                $0 ? strings[.confirmationMatches] : strings[.confirmationDiffers]
            }
        default:
            return nil
        }
    }
}
