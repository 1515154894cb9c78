import SelfService
import TerminalUI

/// The counter's search screen: criterion selector, query field(s), the results table with
/// the total and the page, and the key bar. Draws the whole canvas, header included.
public enum CounterSearchScreen {
    /// Draws the search screen for `agent` on `canvas` (any size; below 80x24 a message asks
    /// for a larger window).
    public static func render(
        _ state: SubscriberSearchState, editors: CounterSearchEditors, agent: String, strings: Strings,
        glyphs: Glyphs = .unicode, spinnerFrame: Int = 0, on canvas: some Canvas
    ) {
        canvas.clearAll()
        canvas.cursor = nil
        let size = canvas.size
        if TooSmallScreen.isNeeded(for: size) {
            TooSmallScreen(message: strings[.tooSmall]).draw(on: canvas)
            return
        }
        CounterHeader.draw(
            agent: agent, subject: nil, strings: strings, in: ScreenLayout.header(size), on: canvas)
        let body = ScreenLayout.body(size)
        var row = body.minRow
        Draw.line(strings[.counterSearchTitle], row: row, in: body, on: canvas, style: .title)
        row += 2
        let labelWidth = 18
        Draw.pair(
            strings[.counterKindLabel], "‹ \(strings.label(state.kind)) ›   (F2)", row: row, in: body,
            labelWidth: labelWidth, on: canvas, style: .field)
        row += 1
        let textLabel = state.kind.needsTown ? strings[.counterStreetLabel] : strings[.counterTextLabel]
        TextField(
            label: textLabel, state: editors.text, isFocused: state.focus == .text, labelWidth: labelWidth
        )
        .draw(in: line(row, body, width: 60), on: canvas)
        row += 1
        if state.kind.needsTown {
            TextField(
                label: strings[.counterTownLabel], state: editors.town, isFocused: state.focus == .town,
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
        let (table, below) = tableArea.splitBottom(state.selectedResult == nil ? 0 : 2)
        resultsTable(state, strings: strings).draw(in: table, on: canvas)
        // The selected row's address in full: the table may cut it.
        if let selected = state.selectedResult, !selected.adresse.isEmpty {
            Draw.paragraph(
                strings(.pickerAddress, selected.adresse), row: below.minRow + 1, in: below, on: canvas,
                style: .muted)
        }
        keyBar(state, strings: strings).draw(in: ScreenLayout.keyBar(size), on: canvas)
    }

    private static func line(_ row: Int, _ body: Rect, width: Int) -> Rect {
        Rect(column: body.minColumn, row: row, columns: min(width, body.size.columns), rows: 1)
    }

    private static func drawStatus(
        _ state: SubscriberSearchState, strings: Strings, glyphs: Glyphs, spinnerFrame: Int, row: Int,
        in body: Rect, on canvas: some Canvas
    ) {
        let area = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1)
        if state.isSearching {
            Spinner(frame: spinnerFrame, label: strings[.counterSearching], glyphs: glyphs).draw(
                in: area, on: canvas)
        } else if let failure = state.failure {
            canvas.put(strings.failure(failure), in: area, style: .error)
        } else if let page = state.page {
            canvas.put(status(of: page, strings: strings), in: area, style: .muted)
        } else {
            canvas.put(strings[.counterBeforeSearch], in: area, style: .muted)
        }
    }

    /// The results table: contract, name, address, meter.
    static func resultsTable(_ state: SubscriberSearchState, strings: Strings) -> Table {
        let results = state.page?.results ?? []
        let columns = [
            TableColumn(strings[.counterColContract], width: .fixed(11)),
            TableColumn(strings[.counterColName], width: .fixed(18)),
            TableColumn(strings[.counterColAddress], width: .flexible(min: 22)),
            TableColumn(strings[.counterColMeter], width: .fixed(12)),
        ]
        let noContract = strings[.counterNoContract]
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
            emptyMessage: state.page == nil ? nil : strings[.counterNoResult])
    }

    private static func keyBar(_ state: SubscriberSearchState, strings: Strings) -> KeyHintBar {
        var hints = [
            KeyHint(
                keys: strings[.keyEnter],
                label: state.focus == .results ? strings[.counterKeyOpen] : strings[.counterKeySearch]),
            KeyHint(keys: strings[.keyTab], label: strings[.counterKeyNextField]),
            KeyHint(keys: "F2", label: strings[.counterKeyKind]),
        ]
        if state.page != nil {
            hints.append(KeyHint(keys: strings[.keyPageUpDown], label: strings[.counterKeyPages]))
        }
        hints.append(KeyHint(keys: "F10", label: strings[.counterKeyQuit]))
        return KeyHintBar(hints: hints)
    }

    /// "Aucun abonné", "2 abonnés", "3 contrats de 2 abonnés", "45 contrats — page 1/3":
    /// each row is a contract, and a person may hold several; the people are counted when
    /// every row is on screen. The page shows only when there are several.
    static func status(of page: SubscriberSearchPage, strings: Strings) -> String {
        guard let total = page.total else {
            return strings(.counterPage, strings[.counterResults], String(page.number))
        }
        if total == 0 { return strings[.subscriberNone] }
        guard let pages = page.pageCount, pages > 1 else {
            let people = Set(page.results.map { $0.personneId ?? $0.pconsoId }).count
            if people == total { return strings.count(total, .subscribers) }
            return strings(
                .counterContractsOfSubscribers, strings.count(total, .contracts),
                strings.count(people, .subscribers))
        }
        return strings(.counterPage, strings.count(total, .contracts), "\(page.number)/\(pages)")
    }
}
