import SelfService
import TerminalUI

/// One row of a form: a text field and, under it, its error in full (wrapped over as many
/// rows as it needs) or a note.
struct FormRow {
    var field: FieldID
    var label: String
    var isFocused: Bool
    var error: String?
    var note: String?
}

extension FormRow {
    /// Draws `rows` from the top of `area`: a field, then its error (wrapped) or its note or
    /// an empty row; returns the first row after them.
    @discardableResult
    static func draw(
        _ rows: [FormRow], context: RenderContext, in area: Rect, labelWidth: Int, fieldWidth: Int,
        on canvas: some Canvas
    ) -> Int {
        var row = area.minRow
        for item in rows where row < area.maxRow {
            let width = min(area.size.columns, labelWidth + fieldWidth)
            context.field(item.field, label: item.label, isFocused: item.isFocused, labelWidth: labelWidth)
                .draw(in: Rect(column: area.minColumn, row: row, columns: width, rows: 1), on: canvas)
            let under = Rect(
                column: area.minColumn + labelWidth, row: row + 1, columns: area.size.columns - labelWidth,
                rows: max(0, area.maxRow - row - 1))
            if let error = item.error {
                row = Draw.paragraph(error, row: under.minRow, in: under, on: canvas, style: .error)
            } else {
                if let note = item.note {
                    Draw.line(note, row: under.minRow, in: under, on: canvas, style: .muted)
                }
                row += 2
            }
        }
        return row
    }
}
