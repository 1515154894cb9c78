import SelfService
import TerminalUI

/// The rows the request forms (index, contact, our kinds) draw under their fields for the
/// steps they share: the submit button while editing, a spinner while a call runs, the "sent"
/// lines, and the form's failure. Each form draws its own dry-run answer.
enum FilingStepRows {
    /// "[ Valider ]", aligned with the fields' values.
    static func submitButton(
        row: Int, labelWidth: Int, in body: Rect, context: RenderContext, on canvas: some Canvas
    ) {
        Button(title: context.strings[.hintSubmit])
            .draw(in: Rect(column: body.minColumn + labelWidth, row: row, columns: 30, rows: 1), on: canvas)
    }

    /// A spinner saying `label`, across the row.
    static func spinner(
        _ label: String, row: Int, in body: Rect, context: RenderContext, on canvas: some Canvas
    ) {
        Spinner(frame: context.ui.spinnerFrame, label: label, glyphs: context.glyphs)
            .draw(in: Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1), on: canvas)
    }

    /// « Demande n° … envoyée : … » and, below, how to go on.
    static func sent(
        _ request: RequestRecord, row: Int, in body: Rect, strings: Strings, on canvas: some Canvas
    ) {
        Draw.line(
            strings(.sentLine, request.id, strings.label(request.status)), row: row, in: body, on: canvas,
            style: .success)
        Draw.line(strings[.sentHint], row: row + 1, in: body, on: canvas)
    }

    /// The form's failure, if any, wrapped from two rows below `row`.
    static func failure(
        _ error: ServiceFailure?, below row: Int, in body: Rect, strings: Strings, on canvas: some Canvas
    ) {
        guard let error else { return }
        Draw.paragraph(strings.failure(error), row: row + 2, in: body, on: canvas, style: .error)
    }
}
