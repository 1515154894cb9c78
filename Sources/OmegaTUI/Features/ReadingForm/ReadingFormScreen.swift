import SelfService
import TerminalUI

/// "Transmettre un index": the last index and date, the new index (focused, empty), the date
/// and a comment; Enter runs the dry run and shows the consumption it implies, Enter again
/// sends; field errors show under their field.
enum ReadingFormScreen {
    static let labelWidth = 18

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = body.minRow
        Draw.section(strings[.screenTransmettreIndex], row: row, in: body, on: canvas)
        row += 1
        guard let form = context.state.readingForm else {
            Draw.line(strings[.noPointDeConsommation], row: row + 1, in: body, on: canvas, style: .warning)
            return
        }
        row =
            Draw.paragraph(
                strings(.readingIntro, form.numeroContrat), row: row, in: body, on: canvas, style: .muted) + 1
        if let lastIndex = form.lastIndex, let lastDate = form.lastDate {
            Draw.line(
                strings(.lastIndexLine, strings.number(lastIndex), strings.date(lastDate)), row: row,
                in: body,
                on: canvas, style: .title)
        } else {
            Draw.line(strings[.noLastIndex], row: row, in: body, on: canvas, style: .muted)
        }
        row += 2
        let editing = form.step == .editing
        let rows = ReadingFormState.order.map { field in
            FormRow(
                field: .reading(field), label: label(of: field, strings: strings),
                isFocused: editing && form.fields.focus == field,
                error: form.fields.problems[field].map { strings.problem($0, field: .reading(field)) },
                note: nil)
        }
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        row =
            FormRow.draw(rows, context: context, in: area, labelWidth: labelWidth, fieldWidth: 40, on: canvas)
            + 1
        drawStep(form, context: context, row: row, in: body, on: canvas)
    }

    static func label(of field: ReadingFormState.Field, strings: Strings) -> String {
        switch field {
        case .index: return strings[.fieldNewIndex]
        case .date: return strings[.fieldReadingDate]
        case .comment: return strings[.fieldComment]
        }
    }

    private static func drawStep(
        _ form: ReadingFormState, context: RenderContext, row start: Int, in body: Rect,
        on canvas: some Canvas
    ) {
        let strings = context.strings
        var row = start
        let spinner = { (label: String) in
            FilingStepRows.spinner(label, row: row, in: body, context: context, on: canvas)
        }
        switch form.step {
        case .editing:
            FilingStepRows.submitButton(
                row: row, labelWidth: labelWidth, in: body, context: context, on: canvas)
        case .validating:
            spinner(strings[.validating])
        case .warning(_, .unusualConsumption(let implied, let usual)):
            let text =
                usual.map { strings(.unusualConsumption, strings.volume(implied), strings.volume($0)) }
                ?? strings(.implausibleConsumption, strings.volume(implied))
            row =
                Draw.paragraph(text, row: row, in: body, on: canvas, style: Style(.warning, adding: .bold))
                - 1
        case .confirming, .sending:
            if let consumption = form.impliedConsumption {
                Draw.line(
                    strings(.dryRunResult, strings.volume(consumption)), row: row, in: body, on: canvas,
                    style: Style(.success, adding: .bold))
            }
            row += 1
            if case .sending = form.step {
                spinner(strings[.sending])
            } else {
                Draw.line(strings[.dryRunConfirm], row: row, in: body, on: canvas)
            }
        case .sent(let request):
            FilingStepRows.sent(request, row: row, in: body, strings: strings, on: canvas)
        }
        FilingStepRows.failure(form.error, below: row, in: body, strings: strings, on: canvas)
    }
}
