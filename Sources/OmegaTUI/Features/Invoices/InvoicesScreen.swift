import SelfService
import TerminalUI

/// Factures: the table, the selected invoice's detail (with instalments when offered) and
/// totals per year.
enum InvoicesScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let invoices = context.state.invoices
        let list = invoices.list
        let areas = ScreenLayout.listAreas(for: .invoices, size: canvas.size)
        let content = ListContent(
            .invoices, state: context.state, strings: strings, filter: context.ui.filter(of: .invoices))
        var summary = "\(list.items.count) / \(list.total ?? list.items.count)"
        if list.isLoading { summary += " · " + strings[.loadingMore] }
        summary = ListStatusLine.withUnreadable(summary, list.unreadable, strings: strings)
        if let error = list.error { summary = strings.failure(error) }
        ListStatusLine.draw(
            summary, list: .invoices, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colNumero], width: .flexible(min: 8)),
            TableColumn(strings[.colDate], width: .fixed(10)),
            TableColumn(strings[.colDueDate], width: .fixed(10)),
            TableColumn(strings[.colVolume], width: .fixed(6), alignment: .right),
            TableColumn(strings[.colTTC], width: .fixed(12), alignment: .right),
            TableColumn(strings[.colNetAPayer], width: .fixed(12), alignment: .right),
            TableColumn(strings[.colStatus], width: .fixed(12)),
        ]
        let items = list.items
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: list.isLoading ? strings[.loading] : strings[.noInvoices],
            rowStyle: { style(of: items[$0].status) }
        ).draw(in: areas.table, on: canvas)
        let pane = areas.pane.splitTop(1).rest
        let (detailArea, totalsArea) = pane.splitLeft(max(36, pane.size.columns * 2 / 5))
        drawDetail(context, in: detailArea, on: canvas)
        drawTotals(context, in: totalsArea.inset(columns: 1, rows: 0), on: canvas)
    }

    /// Unpaid invoices stand out; settled ones read as success; cancelled ones are muted.
    static func style(of status: InvoiceStatus) -> Style {
        switch status {
        case .aPayer: return .warning
        case .payee, .prelevee: return .normal
        case .annulee: return .muted
        case .avoir: return .success
        }
    }

    private static func drawDetail(_ context: RenderContext, in area: Rect, on canvas: some Canvas) {
        let strings = context.strings
        guard let invoice = context.state.invoices.detail else { return }
        var row = area.minRow
        Draw.section("\(strings[.detailTitle]) \(invoice.numero)", row: row, in: area, on: canvas)
        row += 1
        let width = 16
        func pair(_ key: StringKey, _ value: String, style: Style = .normal) {
            Draw.pair(strings[key], value, row: row, in: area, labelWidth: width, on: canvas, style: style)
            row += 1
        }
        pair(.detailHT, strings.amount(invoice.montantHT))
        pair(.detailTVA, strings.amount(invoice.montantTVA))
        pair(.detailTTC, strings.amount(invoice.montantTTC))
        pair(.detailNetAPayer, strings.amount(invoice.netAPayer), style: style(of: invoice.status))
        pair(.detailConsumption, invoice.volume.map { strings.volume($0) } ?? "—")
        pair(.detailDueDate, strings.date(invoice.dueDate))
        let instalments = context.state.invoices.detailInstalments
        guard !instalments.isEmpty else { return }
        let parts = instalments.map { instalment in
            instalment.dueDate.map {
                strings(.instalmentLine, strings.amount(instalment.amount), strings.date($0))
            }
                ?? strings.amount(instalment.amount)
        }
        if area.maxRow - row > parts.count {
            Draw.line(strings[.detailInstalments], row: row, in: area, on: canvas, style: .muted)
            for part in parts {
                row += 1
                Draw.line("  " + part, row: row, in: area, on: canvas)
            }
        } else {
            pair(.detailInstalments, parts.joined(separator: ", "))
        }
    }

    private static func drawTotals(_ context: RenderContext, in area: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = area.minRow
        Draw.section(strings[.yearTotalsTitle], row: row, in: area, on: canvas)
        row += 1
        for total in context.state.invoices.yearTotals where row < area.maxRow {
            let line = strings(
                .yearTotalLine, String(total.year), String(total.count), strings.amount(total.montantTTC),
                strings.volume(total.volume))
            Draw.line(line, row: row, in: area, on: canvas)
            row += 1
        }
    }
}
