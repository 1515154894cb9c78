import Foundation
import SelfService
import TerminalUI

/// "Payer" (`p` from Accueil and Factures): the invoice due — amount, due date, late or not,
/// payment reference —, the instalments it offers with their dates, and the ways to pay the
/// service publishes. Nothing is paid here: no card data is ever typed into the terminal.
enum PaymentScreen {
    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        var row = body.minRow
        Draw.section(strings[.payTitle], row: row, in: body, on: canvas)
        row += 2
        for line in lines(context.state, today: context.ui.today, strings: strings) where row < body.maxRow {
            row = Draw.paragraph(line.text, row: row, in: body, on: canvas, style: line.style)
        }
    }

    /// The screen's lines with their style, shared with line mode.
    static func lines(_ state: AppState, today: Date, strings: Strings) -> [(text: String, style: Style)] {
        var lines: [(text: String, style: Style)] = []
        if let payable = state.invoices.payable, payable.netAPayer > 0 {
            let late = payable.isLate(on: today)
            var line = strings(
                .payInvoiceLine, payable.numeroFacture ?? "—", strings.amount(payable.netAPayer),
                strings.date(payable.dueDate))
            if late { line += " — " + strings[.payLate] }
            lines.append((line, late ? Style(.error, adding: .bold) : .title))
            if let reference = payable.reference {
                lines.append((strings(.payReference, reference), .normal))
            }
            if payable.allowsInstalments {
                lines.append(("", .normal))
                lines.append((strings(.payInstalmentsOffered, String(payable.instalments.count)), .normal))
                for instalment in payable.plan(count: payable.instalments.count) {
                    var text =
                        "  • "
                        + strings(
                            .planLine, strings.amount(instalment.amount), strings.date(instalment.dueDate))
                    if let reference = instalment.reference {
                        text += " (" + strings(.payInstalmentReference, reference) + ")"
                    }
                    lines.append((text, .normal))
                }
                if state.canRequestInstalments { lines.append((strings[.payAskInstalments], .success)) }
            }
        } else if state.invoices.isLoadingPayable {
            lines.append((strings[.loading], .muted))
        } else {
            lines.append((strings[.payNothing], .muted))
        }
        lines.append(("", .normal))
        lines.append((strings[.payWays], .title))
        let channels = PaymentChannels.from(state.messages.items, fallback: state.paymentFallback)
        if let url = channels.url { lines.append((strings(.payOnline, url), .normal)) }
        if let phone = channels.phone { lines.append((strings(.payPhone, phone), .normal)) }
        if channels.isEmpty { lines.append((strings[.payNoChannel], .normal)) }
        lines.append((strings[.payNoCard], .muted))
        return lines
    }
}
