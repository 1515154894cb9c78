import SelfService
import TerminalUI

/// Relevés: readings newest first (paged from the server as the selection nears the end) and
/// a consumption chart per period against the same period a year before.
enum ReadingsScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let state = context.state
        let list = state.readings.list
        let areas = ScreenLayout.listAreas(for: .readings, size: canvas.size)
        let content = ListContent(
            .readings, state: state, strings: strings, filter: context.ui.filter(of: .readings))
        var summary = strings(
            .readingsCount, String(list.items.count), String(list.total ?? list.items.count))
        if list.isLoading {
            summary =
                list.items.isEmpty
                ? "\(Spinner(frame: context.ui.spinnerFrame, glyphs: context.glyphs).currentGlyph) \(strings[.loading])"
                : summary + " · " + strings[.loadingMore]
        }
        summary = ListStatusLine.withUnreadable(summary, list.unreadable, strings: strings)
        if let error = list.error { summary = strings.failure(error) }
        ListStatusLine.draw(
            summary, list: .readings, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colDate], width: .fixed(10)),
            TableColumn(strings[.colIndex], width: .fixed(10), alignment: .right),
            TableColumn(strings[.colConsumption], width: .fixed(12), alignment: .right),
            TableColumn(strings[.colType], width: .fixed(12)),
            TableColumn(strings[.colFlags], width: .flexible(min: 8)),
        ]
        let items = list.items
        let flagged = Set(state.readings.periods.filter(\.isOverconsumption).map(\.readingId))
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: list.isLoading ? strings[.loading] : strings[.noReadings],
            rowStyle: { index in
                let reading = items[index]
                if reading.leak || flagged.contains(reading.id) { return .warning }
                return reading.kind == .estime ? .muted : .normal
            }
        ).draw(in: areas.table, on: canvas)
        drawChart(context, periods: state.readings.periods, in: areas.pane, on: canvas)
    }

    private static func drawChart(
        _ context: RenderContext, periods: [ConsumptionPeriod], in pane: Rect, on canvas: some Canvas
    ) {
        let strings = context.strings
        guard pane.size.rows >= 4 else { return }
        let rest = pane.splitTop(2).rest
        let title = Rect(column: pane.minColumn, row: pane.minRow + 1, columns: pane.size.columns, rows: 1)
        canvas.put("\(strings[.chartTitle]) — \(strings[.chartLegend])", in: title, style: .title)
        let hasFlag = periods.contains(where: \.isOverconsumption)
        let (chartAndList, noteRow) = rest.splitBottom(hasFlag ? 1 : 0)
        if hasFlag { canvas.put(strings[.overconsumptionNote], in: noteRow, style: .warning) }
        let chartWidth = min(chartAndList.size.columns / 2, max(12, periods.count * 3))
        let (chartArea, listArea) = chartAndList.splitLeft(chartWidth)
        let chronological = periods.reversed()
        let bars = chronological.map { period in
            BarChart.Bar(
                label: label(for: period), current: period.consumption, previousYear: period.previousYear,
                isFlagged: period.isOverconsumption)
        }
        BarChart(bars: bars, glyphs: context.glyphs).draw(in: chartArea, on: canvas)
        let text = listArea.inset(columns: 2, rows: 0)
        for (offset, period) in periods.prefix(text.size.rows).enumerated() {
            var line = "\(strings.date(period.end))  \(strings.volume(period.consumption))"
            if let previous = period.previousYear { line += "  (\(strings.volume(previous)))" }
            if period.isOverconsumption { line += "  ! " + strings[.flagOverconsumption] }
            Draw.line(
                line, row: text.minRow + offset, in: text, on: canvas,
                style: period.isOverconsumption ? .warning : .normal)
        }
    }

    /// Under a bar group (three cells, so two characters and a gap): the two-digit year the
    /// period ends in; the list beside the chart gives exact dates.
    private static func label(for period: ConsumptionPeriod) -> String {
        let year = Formatting.calendar.component(.year, from: period.end) % 100
        return year < 10 ? "0\(year)" : "\(year)"
    }
}
