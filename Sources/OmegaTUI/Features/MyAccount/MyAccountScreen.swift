import SelfService
import TerminalUI

/// Mon compte (`o`, subscriber only): the menu of the four actions on the login, what the
/// last one did; or the password form (strength shown), the new e-mail, its code.
enum MyAccountScreen {
    static let labelWidth = 26

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let account = context.state.myAccount
        var row = body.minRow
        switch account.step {
        case .menu:
            Draw.section(strings[.screenMonCompte], row: row, in: body, on: canvas)
            row += 1
            let email = context.state.session.profile?.email ?? context.state.session.email ?? ""
            Draw.line(strings(.myAccountSignedInAs, email), row: row, in: body, on: canvas, style: .muted)
            row += 2
            for (index, entry) in MyAccountState.Entry.allCases.enumerated() {
                let isHighlighted = index == account.highlighted
                let marker = isHighlighted ? "▸ " : "  "
                Draw.line(
                    marker + label(of: entry, strings: strings), row: row, in: body, on: canvas,
                    style: isHighlighted ? .selected : .normal)
                row += 1
            }
            row += 1
        case .password, .email, .emailCode:
            row = drawForm(context, account, in: body, on: canvas)
        }
        let statusRow = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1)
        if account.isSubmitting {
            Spinner(frame: context.ui.spinnerFrame, label: strings[.submitting], glyphs: context.glyphs)
                .draw(in: statusRow, on: canvas)
        } else if account.step != .menu {
            Button(title: buttonTitle(account.step, strings: strings))
                .draw(
                    in: Rect(column: body.minColumn + labelWidth, row: row, columns: 40, rows: 1), on: canvas)
        }
        row += 2
        if let error = account.error {
            Draw.paragraph(strings.failure(error), row: row, in: body, on: canvas, style: .error)
        } else if let notice = account.notice, account.step == .menu {
            Draw.paragraph(
                self.notice(notice, strings: strings), row: row, in: body, on: canvas, style: .success)
        }
    }

    private static func drawForm(
        _ context: RenderContext, _ account: MyAccountState, in body: Rect, on canvas: some Canvas
    ) -> Int {
        let strings = context.strings
        var row = body.minRow
        let title = account.step == .password ? strings[.myAccountPassword] : strings[.myAccountEmail]
        Draw.section(title, row: row, in: body, on: canvas)
        row += 1
        let intro: String
        switch account.step {
        case .password: intro = strings[.myAccountPasswordIntro]
        case .email: intro = strings[.myAccountEmailIntro]
        default:
            intro = strings(
                .myAccountCodeIntro, account.fields[.newEmail].trimmingCharacters(in: .whitespaces))
        }
        row = Draw.paragraph(intro, row: row, in: body, on: canvas, style: .muted) + 1
        let rows: [FormRow] = account.order.map { field in
            var note: String?
            if field == .newPassword, !account.fields[.newPassword].isEmpty {
                note = strings(.passwordStrength, strings.label(account.passwordStrength))
            }
            if field == .confirmation, !account.fields[.confirmation].isEmpty {
                note =
                    account.fields[.confirmation] == account.fields[.newPassword]
                    ? strings[.confirmationMatches] : strings[.confirmationDiffers]
            }
            return FormRow(
                field: .myAccount(field), label: label(of: field, strings: strings),
                isFocused: account.fields.focus == field,
                error: account.fields.problems[field].map { strings.problem($0, field: .myAccount(field)) },
                note: note)
        }
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        return FormRow.draw(
            rows, context: context, in: area, labelWidth: labelWidth,
            fieldWidth: min(44, body.size.columns - labelWidth), on: canvas)
    }

    static func label(of entry: MyAccountState.Entry, strings: Strings) -> String {
        switch entry {
        case .password: return strings[.myAccountPassword]
        case .email: return strings[.myAccountEmail]
        case .otherSessions: return strings[.myAccountOtherSessions]
        case .thisMachine: return strings[.myAccountThisMachine]
        }
    }

    static func label(of field: MyAccountState.Field, strings: Strings) -> String {
        switch field {
        case .currentPassword, .emailPassword: return strings[.fieldCurrentPassword]
        case .newPassword: return strings[.fieldNewPassword]
        case .confirmation: return strings[.fieldConfirmation]
        case .newEmail: return strings[.fieldNewEmail]
        case .code: return strings[.fieldCode]
        }
    }

    private static func buttonTitle(_ step: MyAccountState.Step, strings: Strings) -> String {
        switch step {
        case .email: return strings[.myAccountSendCode]
        case .emailCode: return strings[.myAccountConfirm]
        default: return strings[.myAccountPassword]
        }
    }

    private static func notice(_ notice: MyAccountState.Notice, strings: Strings) -> String {
        switch notice {
        case .passwordChanged: return strings[.noticePasswordChanged]
        case .emailChanged(let email): return strings(.noticeEmailChanged, email)
        case .otherSessionsSignedOut(let count): return strings(.noticeOtherSessions, String(count))
        case .machineForgotten: return strings[.noticeMachineForgotten]
        }
    }
}
