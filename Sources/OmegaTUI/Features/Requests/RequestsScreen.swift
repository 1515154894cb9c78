import SelfService
import TerminalUI

/// Demandes: own requests with their French status and the selected one's timeline
/// (refreshed while the screen is open; a toast tells when a status changes).
enum RequestsScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let requests = context.state.requests
        let areas = ScreenLayout.listAreas(for: .requests, size: canvas.size)
        let content = ListContent(
            .requests, state: context.state, strings: strings, filter: context.ui.filter(of: .requests),
            today: context.ui.today)
        let list = requests.list
        var summary = ListStatusLine.summary(list, content: content, counting: .requests, context: context)
        if list.error == nil, list.hasLoaded { summary += " · " + strings[.requestsRefreshing] }
        ListStatusLine.draw(
            summary, list: .requests, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colReference], width: .fixed(8)),
            TableColumn(strings[.colRequest], width: .flexible(min: 12)),
            TableColumn(strings[.colDate], width: .fixed(16)),
            TableColumn(strings[.colOrigin], width: .fixed(8)),
            TableColumn(strings[.colStatus], width: .fixed(14)),
        ]
        let items = list.items
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: list.hasLoaded ? strings[.noRequests] : strings[.loading],
            rowStyle: { style(of: items[$0].status) }
        ).draw(in: areas.table, on: canvas)
        drawTimeline(context, in: areas.pane.splitTop(1).rest, on: canvas)
    }

    /// Done reads as success, failed or refused as errors, waiting on the subscriber as a warning.
    static func style(of status: RequestStatus) -> Style {
        switch status {
        case .closed: return .success
        case .error, .refused: return .error
        case .client: return .warning
        default: return .normal
        }
    }

    private static func drawTimeline(_ context: RenderContext, in area: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let requests = context.state.requests
        guard let selected = requests.selectedItem else { return }
        var row = area.minRow
        let kind = strings.label(selected.code)
        // Wrapped, never cut: who filed it ("au guichet — agent <login>") ends the title.
        row = Draw.paragraph(
            "\(strings[.timelineTitle]) — n° \(selected.id) · \(kind) · \(strings.label(selected.origin))",
            row: row, in: area, on: canvas, style: .title)
        guard let detail = requests.detail, detail.id == selected.id else {
            Draw.line(strings[.timelineLoading], row: row, in: area, on: canvas, style: .muted)
            return
        }
        let events =
            detail.history.isEmpty
            ? [RequestEvent(status: detail.status, date: detail.date ?? .distantPast)] : detail.history
        // Each event on its line, its comment wrapped in full beside it (the service's question
        // under "Attente client" among them); the newest events when they do not all fit.
        let commentWidth = max(10, area.size.columns - 34)
        let blocks = events.map { event in
            (event, Sanitizer.wrap(event.comment ?? "", toWidth: commentWidth))
        }
        var shown: [(RequestEvent, [String])] = []
        var room = area.maxRow - row
        for block in blocks.reversed() {
            let height = max(1, block.1.count)
            guard height <= room else { break }
            shown.insert(block, at: 0)
            room -= height
        }
        for (event, comment) in shown {
            let line = Rect(column: area.minColumn, row: row, columns: area.size.columns, rows: 1)
            let (dateArea, rest) = line.splitLeft(18)
            let (statusArea, _) = rest.splitLeft(16)
            canvas.put(strings.dateTime(event.date), in: dateArea, style: .muted)
            canvas.put(strings.label(event.status), in: statusArea, style: style(of: event.status))
            for (offset, text) in comment.enumerated() {
                let commentArea = Rect(
                    column: area.minColumn + 34, row: row + offset, columns: area.size.columns - 34, rows: 1)
                canvas.put(text, in: commentArea, style: event.status == .client ? .warning : .normal)
            }
            row += max(1, comment.count)
        }
    }
}
