import SelfService
import TerminalUI

/// "Mettre à jour mes coordonnées": prefilled from the person; only the changed fields are
/// sent. One row per field, a changed one marked at its right, an error in full under it.
enum ContactFormScreen {
    static let labelWidth = 20
    static let fieldWidth = 40

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = body.minRow
        Draw.section(context.title(of: .nouvelleDemande(.coordonnees)), row: row, in: body, on: canvas)
        row += 1
        guard let form = context.state.contactForm else {
            Draw.line(strings[.loading], row: row, in: body, on: canvas, style: .muted)
            return
        }
        row =
            Draw.paragraph(
                "\(form.original.nomComplet) — \(strings[.contactIntro])", row: row, in: body, on: canvas,
                style: .muted) + 1
        let editing = form.step == .editing
        for field in ContactField.allCases where row < body.maxRow {
            let line = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1)
            let (fieldArea, errorArea) = line.splitLeft(labelWidth + fieldWidth)
            context.field(
                .contact(field), label: strings.label(field),
                isFocused: editing && form.fields.focus == field,
                labelWidth: labelWidth
            ).draw(in: fieldArea, on: canvas)
            row += 1
            if let problem = form.fields.problems[field] {
                // Under the field, in full: a refusal is often longer than the room at its right.
                let under = Rect(
                    column: body.minColumn + labelWidth, row: row, columns: body.size.columns - labelWidth,
                    rows: max(0, body.maxRow - row))
                row = Draw.paragraph(
                    strings.problem(problem, field: .contact(field)), row: row, in: under, on: canvas,
                    style: .error)
            } else if form.changes[field] != nil {
                canvas.put(" *", in: errorArea, style: .warning)
            }
        }
        row += 1
        let changed = ContactField.allCases.filter { form.changes[$0] != nil }
        let summary =
            changed.isEmpty
            ? strings[.contactNoChange]
            : strings(.contactChanges, changed.map { strings.label($0) }.joined(separator: ", "))
        Draw.line(summary, row: row, in: body, on: canvas, style: .muted)
        row += 1
        switch form.step {
        case .editing:
            FilingStepRows.submitButton(
                row: row, labelWidth: labelWidth, in: body, context: context, on: canvas)
        case .validating, .sending:
            FilingStepRows.spinner(
                strings[form.step == .validating ? .validating : .sending], row: row, in: body,
                context: context,
                on: canvas)
        case .confirming, .warning:
            Draw.line(strings[.contactDryRun], row: row, in: body, on: canvas, style: .success)
        case .sent(let request):
            FilingStepRows.sent(request, row: row, in: body, strings: strings, on: canvas)
        }
        FilingStepRows.failure(form.error, below: row, in: body, strings: strings, on: canvas)
    }
}
