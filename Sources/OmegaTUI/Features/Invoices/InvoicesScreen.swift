import Foundation
import SelfService
import TerminalUI

/// Factures: the table, the selected invoice's detail and totals per year below it; Enter
/// opens the selected invoice in full (instalments with their dates, notes), Esc comes back.
enum InvoicesScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let invoices = context.state.invoices
        if invoices.isDetailOpen, let invoice = invoices.detail {
            InvoiceDetailView.render(
                invoice, context: context, in: ScreenLayout.body(canvas.size), on: canvas)
            return
        }
        let list = invoices.list
        let areas = ScreenLayout.listAreas(for: .invoices, size: canvas.size)
        let content = ListContent(
            .invoices, state: context.state, strings: strings, filter: context.ui.filter(of: .invoices),
            today: context.ui.today)
        var summary = ListStatusLine.summary(list, content: content, counting: .invoices, context: context)
        if context.state.selectedContract?.options?.directDebit == true {
            summary += " — " + strings[.invoicesDebitedFromNext]
        }
        ListStatusLine.draw(
            summary, list: .invoices, content: content, context: context, in: areas.status, on: canvas)
        let columns = [
            TableColumn(strings[.colNumero], width: .fixed(numberWidth(of: list.items))),
            TableColumn(strings[.colDate], width: .fixed(10)),
            TableColumn(strings[.colDueDate], width: .fixed(10)),
            TableColumn(strings[.colVolume], width: .fixed(6), alignment: .right),
            TableColumn(strings[.colTTC], width: .fixed(12), alignment: .right),
            TableColumn(strings[.colNetAPayer], width: .fixed(12), alignment: .right),
            TableColumn(strings[.colStatus], width: .flexible(min: 10)),
        ]
        let items = list.items
        let today = context.ui.today
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: list.isLoading ? strings[.loading] : strings[.noInvoices],
            rowStyle: { style(of: items[$0], today: today) }
        ).draw(in: areas.table, on: canvas)
        let pane = areas.pane.splitTop(1).rest
        let (detailArea, totalsArea) = pane.splitLeft(max(38, pane.size.columns * 2 / 5))
        drawSummary(context, in: detailArea, on: canvas)
        drawTotals(context, in: totalsArea.inset(columns: 1, rows: 0), on: canvas)
    }

    /// The number, with the year where numbers restart each year and repeat in the list
    /// ("003002 (2026)"): Omega numbers invoices per exercice.
    static func number(of invoice: InvoiceRecord, among invoices: [InvoiceRecord]) -> String {
        let repeated = invoices.contains { $0.numero == invoice.numero && $0.id != invoice.id }
        guard repeated else { return invoice.numero }
        return "\(invoice.numero) (\(Formatting.calendar.component(.year, from: invoice.date)))"
    }

    private static func numberWidth(of invoices: [InvoiceRecord]) -> Int {
        max(8, invoices.map { Sanitizer.displayWidth(number(of: $0, among: invoices)) }.max() ?? 0)
    }

    /// Late invoices stand out as errors, unpaid ones as warnings; cancelled ones are muted.
    static func style(of invoice: InvoiceRecord, today: Date) -> Style {
        if invoice.isLate(on: today) { return .error }
        switch invoice.status {
        case .aPayer: return .warning
        case .payee, .prelevee: return .normal
        case .annulee: return .muted
        case .avoir: return .success
        }
    }

    /// "en retard" for an unpaid invoice past its due date, else the status.
    static func statusText(of invoice: InvoiceRecord, today: Date, strings: Strings) -> String {
        invoice.isLate(on: today) ? strings[.invoiceLate] : strings.label(invoice.status)
    }

    /// What a cancelled invoice owes: nothing, so no "net à payer" is shown.
    static func netText(of invoice: InvoiceRecord, strings: Strings) -> String {
        invoice.status == .annulee ? "—" : strings.amount(invoice.netAPayer)
    }

    private static func drawSummary(_ context: RenderContext, in area: Rect, on canvas: some Canvas) {
        let strings = context.strings
        guard let invoice = context.state.invoices.detail else { return }
        var row = area.minRow
        let title = number(of: invoice, among: context.state.invoices.list.items)
        Draw.section("\(strings[.detailTitle]) \(title)", row: row, in: area, on: canvas)
        row += 1
        let width = 16
        func pair(_ key: StringKey, _ value: String, style: Style = .normal) {
            Draw.pair(strings[key], value, row: row, in: area, labelWidth: width, on: canvas, style: style)
            row += 1
        }
        pair(.detailTTC, strings.amount(invoice.montantTTC))
        pair(
            .detailNetAPayer, netText(of: invoice, strings: strings),
            style: style(of: invoice, today: context.ui.today))
        pair(.detailStatus, statusText(of: invoice, today: context.ui.today, strings: strings))
        pair(.detailDueDate, strings.date(invoice.dueDate))
        pair(.detailConsumption, invoice.volume.map { strings.volume($0) } ?? "—")
        let instalments = context.state.invoices.detailInstalments
        if !instalments.isEmpty {
            Draw.paragraph(
                strings(.instalmentsCount, String(instalments.count)), row: row, in: area, on: canvas,
                style: .muted)
        }
    }

    private static func drawTotals(_ context: RenderContext, in area: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = area.minRow
        Draw.section(strings[.yearTotalsTitle], row: row, in: area, on: canvas)
        row += 1
        for total in context.state.invoices.yearTotals where row < area.maxRow {
            let line = strings(
                .yearTotalLine, String(total.year), strings.count(total.count, .invoices),
                strings.amount(total.montantTTC), strings.volume(total.volume))
            Draw.line(line, row: row, in: area, on: canvas)
            row += 1
        }
    }
}

/// One invoice in full (Enter on Factures): every amount, the status and what it means, and
/// the instalments offered with their dates, one per line.
enum InvoiceDetailView {
    static func render(
        _ invoice: InvoiceRecord, context: RenderContext, in body: Rect, on canvas: some Canvas
    ) {
        let strings = context.strings
        let today = context.ui.today
        var row = body.minRow
        let number = InvoicesScreen.number(of: invoice, among: context.state.invoices.list.items)
        Draw.section(
            strings(.detailInvoiceTitle, number, strings.date(invoice.date)), row: row, in: body, on: canvas)
        row += 2
        let width = 28
        func pair(_ key: StringKey, _ value: String, style: Style = .normal) {
            Draw.pair(strings[key], value, row: row, in: body, labelWidth: width, on: canvas, style: style)
            row += 1
        }
        pair(.detailHT, strings.amount(invoice.montantHT))
        pair(.detailTVA, strings.amount(invoice.montantTVA))
        pair(.detailTTC, strings.amount(invoice.montantTTC))
        pair(
            .detailNetAPayer, InvoicesScreen.netText(of: invoice, strings: strings),
            style: InvoicesScreen.style(of: invoice, today: today))
        pair(.detailStatus, InvoicesScreen.statusText(of: invoice, today: today, strings: strings))
        pair(.detailDueDate, strings.date(invoice.dueDate))
        pair(.detailConsumption, invoice.volume.map { strings.volume($0) } ?? "—")
        row += 1
        if invoice.isLate(on: today) {
            row = Draw.paragraph(strings[.detailLateNote], row: row, in: body, on: canvas, style: .error) + 1
        } else if invoice.status == .annulee {
            row =
                Draw.paragraph(strings[.detailCancelledNote], row: row, in: body, on: canvas, style: .muted)
                + 1
        } else if invoice.status == .prelevee {
            row = Draw.paragraph(strings[.detailDebitNote], row: row, in: body, on: canvas, style: .muted) + 1
        }
        let instalments = context.state.invoices.detailInstalments
        guard !instalments.isEmpty else { return }
        Draw.section(strings[.detailInstalments], row: row, in: body, on: canvas)
        row += 1
        for instalment in instalments where row < body.maxRow {
            let line =
                instalment.dueDate.map {
                    strings(.instalmentLine, strings.amount(instalment.amount), strings.date($0))
                }
                ?? strings.amount(instalment.amount)
            Draw.line("  " + line, row: row, in: body, on: canvas)
            row += 1
        }
    }
}
