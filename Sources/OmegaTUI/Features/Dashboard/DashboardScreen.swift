import SelfService
import TerminalUI

/// Accueil: the contract, the last reading, the last invoice, the balance, open requests and
/// the service's messages.
enum DashboardScreen {
    static let labelWidth = 19

    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let state = context.state
        let dashboard = state.dashboard
        let none = strings[.none]
        var row = body.minRow
        if let person = state.session.profile?.personne {
            // At the counter the agent reads it: the subscriber is named, not greeted.
            let key: StringKey = state.mode == .subscriber ? .dashWelcome : .dashSubscriber
            Draw.line(strings(key, person.nomComplet), row: row, in: body, on: canvas, style: .title)
        }
        if dashboard.isLoading {
            let width = min(30, body.size.columns)
            Spinner(frame: context.ui.spinnerFrame, label: strings[.loading], glyphs: context.glyphs)
                .draw(in: Rect(column: body.maxColumn - width, row: row, columns: width, rows: 1), on: canvas)
        }
        row += 2
        func pair(_ label: StringKey, _ value: String, style: Style = .normal) {
            Draw.pair(
                strings[label], value, row: row, in: body, labelWidth: labelWidth, on: canvas, style: style)
            row += 1
        }
        let contract = dashboard.contract
        let flags = strings.flags(of: contract?.options)
        pair(
            .dashContract, ([contract?.numeroContrat ?? none] + flags).joined(separator: " — "),
            style: contract?.options?.terminationRequested == true ? .warning : .normal)
        pair(.dashAddress, contract?.adresse ?? none)
        pair(.dashMeter, contract?.numeroSerieCompteur ?? none)
        if state.contracts.items.count > 1 {
            Draw.line(
                strings(.dashContracts, String(state.contracts.items.count)), row: row,
                in: body.splitLeft(labelWidth).rest, on: canvas, style: .muted)
            row += 1
        }
        row += 1
        let reading = dashboard.lastReading.map {
            strings(.dashReadingLine, strings.number($0.index), strings.date($0.date))
        }
        let unreadable = dashboard.unreadableReadings > 0 ? strings[.dashUnreadable] : none
        pair(
            .dashLastReading, reading ?? unreadable,
            style: reading == nil && dashboard.unreadableReadings > 0 ? .warning : .normal)
        if let invoice = dashboard.lastInvoice {
            let late = invoice.isLate(on: context.ui.today)
            let status =
                late
                ? strings[.invoiceLate]
                : invoice.status == .aPayer ? strings[.dashToPay] : strings.label(invoice.status)
            let style: Style = late ? .error : invoice.status == .aPayer ? .warning : .normal
            pair(
                .dashLastInvoice,
                strings(
                    .dashInvoiceLine, invoice.numero, strings.date(invoice.date),
                    strings.amount(invoice.montantTTC)),
                style: style)
            Draw.line(
                strings(.dashInvoiceDue, strings.date(invoice.dueDate), status), row: row,
                in: body.splitLeft(labelWidth).rest, on: canvas, style: style)
            row += 1
        } else if dashboard.unreadableInvoices > 0 {
            pair(.dashLastInvoice, strings[.dashUnreadable], style: .warning)
        } else {
            pair(.dashLastInvoice, none)
        }
        pair(
            .dashBalance, strings.amount(dashboard.balance),
            style: dashboard.balance > 0 ? .warning : .success)
        if let payable = dashboard.payable, payable.netAPayer > 0 {
            Draw.line(
                strings(.dashPayable, strings.amount(payable.netAPayer), strings.date(payable.dueDate)),
                row: row,
                in: body.splitLeft(labelWidth).rest, on: canvas, style: .muted)
            row += 1
        }
        row += 1
        row = drawRequests(dashboard.openRequests, context: context, row: row, in: body, on: canvas)
        row += 1
        drawMessages(dashboard.messages, context: context, row: row, in: body, on: canvas)
    }

    private static func drawRequests(
        _ requests: [RequestRecord], context: RenderContext, row start: Int, in body: Rect,
        on canvas: some Canvas
    ) -> Int {
        let strings = context.strings
        var row = start
        Draw.section(strings[.dashOpenRequests], row: row, in: body, on: canvas)
        row += 1
        if requests.isEmpty {
            Draw.line(strings[.dashNoOpenRequest], row: row, in: body, on: canvas, style: .muted)
            return row + 1
        }
        let room = max(1, (body.maxRow - row) / 2)
        for request in requests.prefix(room) {
            let title = request.title.isEmpty ? strings.label(request.code) : request.title
            let date = request.date.map { strings.date($0) } ?? ""
            let line = Rect(column: body.minColumn, row: row, columns: body.size.columns, rows: 1)
            let (left, statusArea) = line.splitLeft(max(0, body.size.columns - 16))
            canvas.put("n° \(request.id)  \(date)  \(title)", in: left)
            canvas.put(
                strings.label(request.status), in: statusArea, alignment: .right,
                style: RequestsScreen.style(of: request.status))
            row += 1
        }
        return row
    }

    private static func drawMessages(
        _ messages: [ServiceMessage], context: RenderContext, row start: Int, in body: Rect,
        on canvas: some Canvas
    ) {
        let strings = context.strings
        var row = start
        Draw.section(strings[.dashMessages], row: row, in: body, on: canvas)
        row += 1
        if messages.isEmpty {
            Draw.line(strings[.dashNoMessage], row: row, in: body, on: canvas, style: .muted)
            return
        }
        for message in messages where row < body.maxRow {
            Draw.line("• \(message.title)", row: row, in: body, on: canvas)
            row += 1
        }
    }
}
