import SelfService
import TerminalUI

/// Messages: the service's messages in force, the selected one in full below.
enum MessagesScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let messages = context.state.messages
        let areas = ScreenLayout.listAreas(for: .messages, size: canvas.size)
        let content = ListContent(
            .messages, state: context.state, strings: strings, filter: context.ui.filter(of: .messages),
            today: context.ui.today)
        var summary = strings.count(messages.items.count, .messages)
        if messages.isLoading, !messages.hasLoaded { summary = strings[.loading] }
        if let error = messages.error { summary = strings.failure(error) }
        ListStatusLine.draw(
            summary, list: .messages, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colDate], width: .fixed(10)),
            TableColumn(strings[.screenMessages], width: .flexible(min: 10)),
        ]
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: messages.hasLoaded ? strings[.noMessages] : strings[.loading]
        ).draw(in: areas.table, on: canvas)
        guard messages.items.indices.contains(messages.selection) else { return }
        let message = messages.items[messages.selection]
        let pane = areas.pane.splitTop(1).rest
        Draw.section(message.title, row: pane.minRow, in: pane, on: canvas)
        var row = pane.minRow + 1
        if message.from != nil || message.until != nil {
            Draw.line(
                strings(.messageFromUntil, strings.date(message.from), strings.date(message.until)), row: row,
                in: pane, on: canvas, style: .muted)
            row += 1
        }
        Draw.paragraph(message.body, row: row, in: pane, on: canvas)
    }
}
