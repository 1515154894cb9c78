import SelfService
import TerminalUI

/// Répondre au service: the service's question in full (wrapped; PgUp/PgDn scroll it when it
/// does not fit), then the answer field, its refusal or note, and the send button.
enum AnswerScreen {
    /// Rows under the question: a blank row, the field, its note or error (2), the button, a
    /// failure (2).
    static let formHeight = 7
    /// Rows above the question: the section title and the question's title.
    static let headerHeight = 2

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        guard let form = context.state.answer else { return }
        let strings = context.strings
        var row = body.minRow
        Draw.section(strings[.screenRepondre], row: row, in: body, on: canvas)
        row += 1
        Draw.line(
            strings(.answerQuestionTitle, form.request.id, strings.label(form.request.code)), row: row,
            in: body,
            on: canvas, style: .muted)
        row += 1
        let lines = questionLines(form, strings: strings, width: body.size.columns)
        let height = questionHeight(body)
        let offset = clampedScroll(context.ui.questionScroll, lines: lines.count, height: height)
        let visible = lines.dropFirst(offset).prefix(height - (lines.count > height ? 1 : 0))
        for line in visible {
            Draw.line(line, row: row, in: body, on: canvas, style: .warning)
            row += 1
        }
        if lines.count > height {
            let more =
                offset + visible.count < lines.count ? strings[.answerMoreBelow] : strings[.answerMoreAbove]
            Draw.line(more, row: body.minRow + headerHeight + height - 1, in: body, on: canvas, style: .muted)
        }
        row = body.minRow + headerHeight + min(height, max(1, lines.count)) + 1
        let isCounter = context.state.mode != .subscriber
        let label = strings[isCounter ? .answerLabelCounter : .answerLabel]
        let field = FormRow(
            field: .answer(.answer), label: label, isFocused: !form.isSubmitting,
            error: form.fields.problems[.answer].map { strings.problem($0, field: .answer(.answer)) },
            note: strings[.answerNote])
        let labelWidth = 22
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        row = FormRow.draw(
            [field], context: context, in: area, labelWidth: labelWidth,
            fieldWidth: body.size.columns - labelWidth, on: canvas)
        let actionRow = Rect(column: body.minColumn + labelWidth, row: row, columns: 40, rows: 1)
        if form.isSubmitting {
            Spinner(frame: context.ui.spinnerFrame, label: strings[.answerSending], glyphs: context.glyphs)
                .draw(in: actionRow, on: canvas)
        }
        if let error = form.error {
            Draw.paragraph(strings.failure(error), row: row + 1, in: body, on: canvas, style: .error)
        }
    }

    /// The question wrapped to `width` (a sentence of ours when the service left no text).
    static func questionLines(_ form: AnswerState, strings: Strings, width: Int) -> [String] {
        Sanitizer.wrap(form.question ?? strings[.answerNoQuestion], toWidth: max(10, width))
    }

    /// The rows the question may take on a body.
    static func questionHeight(_ body: Rect) -> Int {
        max(3, body.size.rows - headerHeight - formHeight)
    }

    /// The first row shown: within the lines, keeping the last page full.
    static func clampedScroll(_ scroll: Int, lines: Int, height: Int) -> Int {
        guard lines > height else { return 0 }
        // One row of the area says there is more.
        return min(max(0, scroll), lines - (height - 1))
    }

    /// PgUp/PgDn: one page of the question up or down.
    static func scroll(down: Bool, state: AppState, ui: inout UIState) {
        guard let form = state.answer else { return }
        let body = ScreenLayout.body(ui.size)
        let strings = Strings(language: state.language)
        let lines = questionLines(form, strings: strings, width: body.size.columns).count
        let page = max(1, questionHeight(body) - 2)
        let current = clampedScroll(ui.questionScroll, lines: lines, height: questionHeight(body))
        ui.questionScroll = clampedScroll(
            current + (down ? page : -page), lines: lines, height: questionHeight(body))
    }
}
