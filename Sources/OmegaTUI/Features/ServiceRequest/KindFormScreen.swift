import SelfService
import TerminalUI

/// The form of one of our request kinds: what it is about (the invoice due, the last index,
/// the SEPA mandate), one row per field with its error under it, then the step (dry run,
/// send, sent). Choices show their value between ‹ ›, changed with Space; the IBAN shows
/// masked but for its last four characters once the focus leaves it.
enum KindFormScreen {
    static let labelWidth = 18
    static let fieldWidth = 44

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = body.minRow
        guard let form = context.state.kindForm else {
            Draw.line(strings[.loading], row: row, in: body, on: canvas, style: .muted)
            return
        }
        Draw.section(strings.label(form.kind), row: row, in: body, on: canvas)
        row += 1
        for line in intro(form, strings: strings) {
            row = Draw.paragraph(line, row: row, in: body, on: canvas, style: .muted)
        }
        row += 1
        let editing = form.step == .editing
        for field in form.fieldOrder where row < body.maxRow {
            let focused = editing && form.fields.focus == field
            let line = Rect(
                column: body.minColumn, row: row, columns: min(body.size.columns, labelWidth + fieldWidth),
                rows: 1)
            let value = form.fields[field]
            if let choices = field.choices, !choices.isEmpty {
                let text = "‹ \(strings.choice(field, value)) ›"
                Draw.pair(
                    strings.label(field, of: form.kind), text, row: row, in: line, labelWidth: labelWidth,
                    on: canvas,
                    style: focused ? .focusedField : .field)
            } else if field == .iban, !focused, !value.isEmpty {
                Draw.pair(
                    strings.label(field, of: form.kind), BankDetails.masked(value), row: row, in: line,
                    labelWidth: labelWidth, on: canvas, style: .field)
            } else {
                context.field(
                    .kind(field), label: strings.label(field, of: form.kind), isFocused: focused,
                    labelWidth: labelWidth
                ).draw(in: line, on: canvas)
            }
            row += 1
            if let problem = form.fields.problems[field] {
                let under = Rect(
                    column: body.minColumn + labelWidth, row: row, columns: body.size.columns - labelWidth,
                    rows: max(0, body.maxRow - row))
                row = Draw.paragraph(
                    strings.problem(problem, field: .kind(field)), row: row, in: under, on: canvas,
                    style: .error)
            }
        }
        row += 1
        drawStep(form, context: context, row: row, in: body, on: canvas)
    }

    /// What the form is about, above its fields.
    static func intro(_ form: KindFormState, strings: Strings) -> [String] {
        switch form.kind {
        case .installments:
            guard let payable = form.payable else { return [strings[.introNoPayable]] }
            var lines = [
                strings(
                    .introInstallments, payable.numeroFacture ?? "—", strings.amount(payable.netAPayer),
                    strings.date(payable.dueDate))
            ]
            let plan = payable.plan(count: Int(form.fields[.instalments]) ?? payable.instalments.count)
            lines.append(
                plan.map { strings(.planLine, strings.amount($0.amount), strings.date($0.dueDate)) }
                    .joined(separator: " · "))
            return lines
        case .directDebit:
            return [strings(.introDirectDebit, form.numeroContrat), strings[.introMandate]]
        case .eInvoice:
            return [strings(.introEInvoice, form.numeroContrat)]
        case .moveOut:
            var lines = [strings(.introMoveOut, form.numeroContrat)]
            if let last = form.lastReading {
                lines.append(strings(.lastIndexLine, strings.number(last.index), strings.date(last.date)))
            }
            return lines
        case .moveIn:
            return [strings[.introMoveIn]]
        case .invoiceCopy:
            return [strings(.introInvoiceCopy, form.numeroContrat)]
        }
    }

    private static func drawStep(
        _ form: KindFormState, context: RenderContext, row start: Int, in body: Rect, on canvas: some Canvas
    ) {
        let strings = context.strings
        let row = start
        let spinner = { (label: String) in
            FilingStepRows.spinner(label, row: row, in: body, context: context, on: canvas)
        }
        switch form.step {
        case .editing:
            FilingStepRows.submitButton(
                row: row, labelWidth: labelWidth, in: body, context: context, on: canvas)
        case .validating:
            spinner(strings[.validating])
        case .sending:
            spinner(strings[.sending])
        case .confirming, .warning:
            Draw.paragraph(strings[.dryRunAccepted], row: row, in: body, on: canvas, style: .success)
        case .sent(let request):
            FilingStepRows.sent(request, row: row, in: body, strings: strings, on: canvas)
        }
        FilingStepRows.failure(form.error, below: row, in: body, strings: strings, on: canvas)
    }
}
