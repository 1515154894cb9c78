import SelfService
import TerminalUI

/// The counter's search screen: criterion selector, query field(s), the results table with
/// the total and the page, and the key bar. Draws the whole canvas, header included.
public enum CounterSearchScreen {
    /// Draws the search screen for `agent` on `canvas` (any size; below 80x24 a message asks
    /// for a larger window).
    public static func render(
        _ state: SubscriberSearchState, editors: CounterSearchEditors, agent: String, strings: CounterStrings,
        glyphs: Glyphs = .unicode, spinnerFrame: Int = 0, on canvas: some Canvas
    ) {
        canvas.clearAll()
        canvas.cursor = nil
        let size = canvas.size
        if TooSmallScreen.isNeeded(for: size) {
            let message =
                strings.language == .fr ? "Agrandissez la fenêtre (80x24)" : "Enlarge the window (80x24)"
            TooSmallScreen(message: message).draw(on: canvas)
            return
        }
        CounterHeader.draw(
            agent: agent, subject: nil, language: strings.language, in: ScreenLayout.header(size), on: canvas)
        let body = ScreenLayout.body(size)
        var row = body.minRow
        Draw.line(strings.searchTitle, row: row, in: body, on: canvas, style: .title)
        row += 2
        let labelWidth = 18
        Draw.pair(
            strings.kindLabel, "‹ \(state.kind.label(in: strings.language)) ›   (F2)", row: row, in: body,
            labelWidth: labelWidth, on: canvas, style: .field)
        row += 1
        let textLabel = state.kind.needsTown ? strings.streetLabel : strings.textLabel
        TextField(
            label: textLabel, state: editors.text, isFocused: state.focus == .text, labelWidth: labelWidth
        )
        .draw(in: line(row, body, width: 60), on: canvas)
        row += 1
        if state.kind.needsTown {
            TextField(
                label: strings.townLabel, state: editors.town, isFocused: state.focus == .town,
                labelWidth: labelWidth
            ).draw(in: line(row, body, width: 60), on: canvas)
        }
        row += 2
        drawStatus(
            state, strings: strings, glyphs: glyphs, spinnerFrame: spinnerFrame, row: row, in: body,
            on: canvas)
        row += 1
        let tableArea = Rect(
            column: body.minColumn, row: row, columns: body.size.columns, rows: body.maxRow - row)
        resultsTable(state, strings: strings).draw(in: tableArea, on: canvas)
        keyBar(state, strings: strings).draw(in: ScreenLayout.keyBar(size), on: canvas)
    }

    private static func line(_ row: Int, _ body: Rect, width: Int) -> Rect {
        Rect(column: body.minColumn, row: row, columns: min(width, body.size.columns), rows: 1)
    }

    private static func drawStatus(
        _ state: SubscriberSearchState, strings: CounterStrings, glyphs: Glyphs, spinnerFrame: Int, row: Int,
        in body: Rect, on canvas: some Canvas
    ) {
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1)
        if state.isSearching {
            Spinner(frame: spinnerFrame, label: strings.searching, glyphs: glyphs).draw(in: area, on: canvas)
        } else if let failure = state.failure {
            canvas.put(failure.message(in: strings.language), in: area, style: .error)
        } else if let page = state.page {
            canvas.put(
                strings.status(total: page.total, page: page.number, pages: page.pageCount), in: area,
                style: .muted)
        } else {
            canvas.put(strings.beforeSearch, in: area, style: .muted)
        }
    }

    /// The results table: contract, name, address, meter.
    static func resultsTable(_ state: SubscriberSearchState, strings: CounterStrings) -> Table {
        let results = state.page?.results ?? []
        let columns = [
            TableColumn(strings.columnContract, width: .fixed(11)),
            TableColumn(strings.columnName, width: .flexible(min: 14)),
            TableColumn(strings.columnAddress, width: .flexible(min: 22)),
            TableColumn(strings.columnMeter, width: .fixed(12)),
        ]
        let noContract = strings.noContract
        return Table(
            columns: columns, rowCount: results.count,
            row: { index in
                let result = results[index]
                return [
                    result.numeroContrat.isEmpty ? noContract : result.numeroContrat, result.nom,
                    result.adresse,
                    result.numeroSerieCompteur ?? "",
                ]
            },
            rowStyle: { results[$0].contratId == nil ? .muted : .normal },
            state: TableState(selectedIndex: state.selection), isFocused: state.focus == .results,
            emptyMessage: state.page == nil ? nil : strings.noResult)
    }

    private static func keyBar(_ state: SubscriberSearchState, strings: CounterStrings) -> KeyHintBar {
        var hints = [
            KeyHint(keys: "Entrée", label: state.focus == .results ? strings.keyOpen : strings.keySearch),
            KeyHint(keys: "Tab", label: strings.keyNextField),
            KeyHint(keys: "F2", label: strings.keyKind),
        ]
        if state.page != nil { hints.append(KeyHint(keys: "PgPréc/PgSuiv", label: strings.keyPages)) }
        hints.append(KeyHint(keys: "F10", label: strings.keyQuit))
        return KeyHintBar(hints: hints)
    }
}
