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
            .readings, state: state, strings: strings, filter: context.ui.filter(of: .readings),
            today: context.ui.today)
        let insight = state.consumptionInsight
        var summary = ListStatusLine.summary(list, content: content, counting: .readings, context: context)
        if list.error == nil, let yearly = yearlyText(insight, strings: strings) { summary += " · " + yearly }
        ListStatusLine.draw(
            summary, list: .readings, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colDate], width: .fixed(10)),
            TableColumn(strings[.colIndex], width: .fixed(10), alignment: .right),
            TableColumn(strings[.colConsumption], width: .fixed(9), alignment: .right),
            TableColumn(strings[.colPerDay], width: .fixed(7), alignment: .right),
            TableColumn(strings[.colType], width: .fixed(12)),
            TableColumn(strings[.colFlags], width: .flexible(min: 8)),
        ]
        let items = list.items
        let flagged = Set(state.readings.periods.filter(\.isOverconsumption).map(\.readingId))
            .union(insight.periods.filter(\.isLeakSuspected).map(\.readingId))
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: list.isLoading ? strings[.loading] : strings[.noReadings],
            rowStyle: { index in
                let reading = items[index]
                if reading.leak || flagged.contains(reading.id) { return .warning }
                return reading.kind == .estime ? .muted : .normal
            }
        ).draw(in: areas.table, on: canvas)
        drawChart(
            context, periods: state.readings.periods, leakNote: leakNote(insight, strings: strings),
            in: areas.pane,
            on: canvas)
    }

    /// "≈ 160 m³/an, soit ≈ 562 €/an à 3,51 €/m³" (without price: the volume only).
    static func yearlyText(_ insight: ConsumptionInsight, strings: Strings) -> String? {
        guard let volume = insight.yearlyVolume else { return nil }
        let cubicMetres = Formatting.number(volume, in: strings.language)
        guard let cost = insight.yearlyCost, let price = insight.pricePerCubicMetre else {
            return strings(.insightYearlyNoPrice, cubicMetres)
        }
        return strings(.insightYearly, cubicMetres, strings.amount(cost), strings.amount(price))
    }

    /// The one sentence that explains a leak suspicion, if any.
    static func leakNote(_ insight: ConsumptionInsight, strings: Strings) -> String? {
        guard let leak = insight.leak, let usual = leak.usualLitresPerDay else { return nil }
        return strings(
            .insightLeakNote, strings.date(leak.start), strings.date(leak.end),
            strings.number(leak.litresPerDay),
            strings.number(usual))
    }

    private static func drawChart(
        _ context: RenderContext, periods: [ConsumptionPeriod], leakNote: String?, in pane: Rect,
        on canvas: some Canvas
    ) {
        let strings = context.strings
        guard pane.size.rows >= 5 else { return }
        var top = pane.minRow + 1
        Draw.line(strings[.chartTitle], row: top, in: pane, on: canvas, style: .title)
        top += 1
        let hasFlag = periods.contains(where: \.isOverconsumption)
        // The notes under the chart: the legal flag's, then the leak suspicion's sentence.
        let note = ((hasFlag ? [strings[.overconsumptionNote]] : []) + (leakNote.map { [$0] } ?? []))
            .joined(separator: " ")
        let noteHeight = note.isEmpty ? 0 : Label.height(of: note, width: pane.size.columns)
        // The legend in full, wrapped: it explains what each bar is; when a leak sentence and
        // a chart of three rows would not fit beside it, the sentence wins.
        let legendHeight = Label.height(of: strings[.chartLegend], width: pane.size.columns)
        if leakNote == nil || pane.maxRow - top - legendHeight - noteHeight >= 3 {
            top = Draw.paragraph(strings[.chartLegend], row: top, in: pane, on: canvas, style: .muted)
        }
        let rest = Rect(
            column: pane.minColumn, row: top, columns: pane.size.columns, rows: max(0, pane.maxRow - top))
        let (chartAndList, noteArea) = rest.splitBottom(min(noteHeight, max(0, rest.size.rows - 3)))
        if !note.isEmpty {
            Label(note, style: .warning, wraps: true).draw(in: noteArea, on: canvas)
        }
        let chartWidth = min(chartAndList.size.columns / 2, max(12, periods.count * 3))
        let (chartArea, listArea) = chartAndList.splitLeft(chartWidth)
        let selectedId = context.state.readings.list.selectedItem?.id
        let chronological = Array(periods.reversed())
        let bars = chronological.enumerated().map { index, period in
            BarChart.Bar(
                label: yearLabel(chronological, at: index), current: period.consumption,
                previousYear: period.previousYear, isFlagged: period.isOverconsumption,
                isSelected: period.readingId == selectedId)
        }
        BarChart(bars: bars, glyphs: context.glyphs).draw(in: chartArea, on: canvas)
        // Beside the chart, the periods around the selected row, the selected one marked. They
        // turn a page at a time, as a list scrolls: a Down within the page moves the mark,
        // where keeping the selection centred rewrote every line at each key (bytes per key,
        // docs/performance.md).
        let text = listArea.inset(columns: 2, rows: 0)
        let selectedIndex = periods.firstIndex { $0.readingId == selectedId } ?? 0
        let pageRows = max(1, text.size.rows)
        let first = max(0, min(selectedIndex / pageRows * pageRows, periods.count - pageRows))
        for (offset, period) in periods.dropFirst(first).prefix(text.size.rows).enumerated() {
            var line = "\(strings.date(period.end))  \(strings.volume(period.consumption))"
            if let previous = period.previousYear { line += "  (\(strings.volume(previous)))" }
            if period.isOverconsumption { line += "  ! " + strings[.flagOverconsumption] }
            let isSelected = period.readingId == selectedId
            // The mark alone says which period is selected (the table beside already shows
            // it in the selection bar): a Down then rewrites two marks, not two whole lines.
            Draw.line(
                (isSelected ? (context.glyphs.hasPartialBars ? "▸ " : "> ") : "  ") + line,
                row: text.minRow + offset, in: text, on: canvas,
                style: period.isOverconsumption ? .warning : .normal)
        }
    }

    /// Under the bars, the four-digit year where a year starts (the first period ending in
    /// it), nothing elsewhere: "20 21 21 22" read as four different things.
    private static func yearLabel(_ periods: [ConsumptionPeriod], at index: Int) -> String {
        let year = Formatting.calendar.component(.year, from: periods[index].end)
        guard index > 0 else { return String(year) }
        let previous = Formatting.calendar.component(.year, from: periods[index - 1].end)
        return year == previous ? "" : String(year)
    }
}
