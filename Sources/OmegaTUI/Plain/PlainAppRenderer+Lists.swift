import Foundation
import SelfService

/// Relevés, Factures, Demandes, Messages and the contract picker: one line per row (each row
/// its own section, so a refresh prints only the rows that changed), a summary above.
extension PlainAppRenderer {
    static func readingsFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let list = context.state.readings.list
        let periods = context.state.readings.periods
        var sections = [summary(list, counting: .readings, empty: .noReadings, context)]
        for reading in list.items {
            let period = periods.first { $0.readingId == reading.id }
            sections.append(
                PlainSection("reading-\(reading.id)", [readingLine(reading, period: period, strings)]))
        }
        if periods.contains(where: \.isOverconsumption) {
            sections.append(PlainSection("note", [strings[.overconsumptionNote]]))
        }
        var choices: [PlainChoice<AppAction>] = []
        if let more = loadMore(list, context, select: { .readings(.select($0)) }) { choices.append(more) }
        choices.append(back(context))
        return PlainFrame(title: strings[.screenReleves], sections: sections, choices: choices)
    }

    private static func readingLine(_ reading: ReadingRecord, period: ConsumptionPeriod?, _ strings: Strings)
        -> String
    {
        var consumption = reading.consumption.map { strings.volume($0) } ?? "—"
        if let previous = period?.previousYear {
            consumption += strings(plain: .previousYear, strings.volume(previous))
        }
        var line = strings(
            plain: .readingLine, strings.date(reading.date), strings.number(reading.index), consumption,
            strings.label(reading.kind))
        var flags: [String] = []
        if reading.rollover { flags.append(strings[.flagRollover]) }
        if reading.leak { flags.append(strings[.flagLeak]) }
        if period?.isOverconsumption == true { flags.append(strings[.flagOverconsumption]) }
        if !flags.isEmpty { line += strings(plain: .flags, flags.joined(separator: ", ")) }
        return line
    }

    static func invoicesFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let invoices = context.state.invoices
        if invoices.isDetailOpen, let invoice = invoices.detail {
            return invoiceDetailFrame(invoice, context)
        }
        let list = invoices.list
        var sections = [summary(list, counting: .invoices, empty: .noInvoices, context)]
        if let payable = invoices.payable, payable.netAPayer > 0 {
            sections.append(
                PlainSection(
                    "payable",
                    [strings(.dashPayable, strings.amount(payable.netAPayer), strings.date(payable.dueDate))])
            )
        }
        for invoice in list.items {
            sections.append(PlainSection("invoice-\(invoice.id)", [invoiceLine(invoice, context)]))
        }
        if !invoices.yearTotals.isEmpty {
            let totals = invoices.yearTotals.map { total in
                strings(
                    .yearTotalLine, String(total.year), strings.count(total.count, .invoices),
                    strings.amount(total.montantTTC), strings.volume(total.volume))
            }
            sections.append(
                PlainSection("totals", [strings(plain: .heading, strings[.yearTotalsTitle])] + totals))
        }
        var choices: [PlainChoice<AppAction>] = []
        if !list.items.isEmpty {
            choices.append(PlainChoice("1", strings[plain: .invoiceDetail], .ask(invoiceQuestion(context))))
        }
        if let more = loadMore(list, context, select: { .invoices(.list(.select($0))) }) {
            choices.append(more)
        }
        choices.append(back(context))
        return PlainFrame(title: strings[.screenFactures], sections: sections, choices: choices)
    }

    /// "Facture 003002 du 12/08/2026 : 123,45 € TTC, net à payer 123,45 €, échéance …, à payer, 37 m³".
    private static func invoiceLine(_ invoice: InvoiceRecord, _ context: PlainContext) -> String {
        let strings = context.strings
        let number = InvoicesScreen.number(of: invoice, among: context.state.invoices.list.items)
        var line = strings(
            plain: .invoiceLine, number, strings.date(invoice.date), strings.amount(invoice.montantTTC),
            InvoicesScreen.netText(of: invoice, strings: strings), strings.date(invoice.dueDate),
            InvoicesScreen.statusText(of: invoice, today: context.today, strings: strings))
        if let volume = invoice.volume { line += ", " + strings.volume(volume) }
        return line
    }

    /// "Numéro de la facture": the number as listed (with its year where numbers repeat), or
    /// the bare number (the newest with it).
    private static func invoiceQuestion(_ context: PlainContext) -> PlainField<AppAction> {
        let strings = context.strings
        let items = context.state.invoices.list.items
        let numbers = items.map { InvoicesScreen.number(of: $0, among: items).lowercased() }
        let bare = items.map { $0.numero.lowercased() }
        return PlainField(
            id: "invoice-number", label: strings[plain: .askInvoiceNumber],
            rejection: strings[plain: .noSuchInvoice]
        ) { answer in
            let wanted = answer.trimmingCharacters(in: .whitespaces).lowercased()
            guard let row = numbers.firstIndex(of: wanted) ?? bare.firstIndex(of: wanted) else { return nil }
            return [.invoices(.list(.select(row))), .invoices(.openDetail)]
        }
    }

    private static func invoiceDetailFrame(_ invoice: InvoiceRecord, _ context: PlainContext) -> PlainFrame<
        AppAction
    > {
        let strings = context.strings
        let number = InvoicesScreen.number(of: invoice, among: context.state.invoices.list.items)
        var lines = [
            context.labelled(.detailHT, strings.amount(invoice.montantHT)),
            context.labelled(.detailTVA, strings.amount(invoice.montantTVA)),
            context.labelled(.detailTTC, strings.amount(invoice.montantTTC)),
            context.labelled(.detailNetAPayer, InvoicesScreen.netText(of: invoice, strings: strings)),
            context.labelled(
                .detailStatus, InvoicesScreen.statusText(of: invoice, today: context.today, strings: strings)),
            context.labelled(.detailDueDate, strings.date(invoice.dueDate)),
            context.labelled(.detailConsumption, invoice.volume.map { strings.volume($0) } ?? "—"),
        ]
        if invoice.isLate(on: context.today) {
            lines.append(strings[.detailLateNote])
        } else if invoice.status == .annulee {
            lines.append(strings[.detailCancelledNote])
        } else if invoice.status == .prelevee {
            lines.append(strings[.detailDebitNote])
        }
        var sections = [PlainSection("detail", lines)]
        let instalments = context.state.invoices.detailInstalments
        if !instalments.isEmpty {
            let rows = instalments.map { instalment in
                instalment.dueDate.map {
                    strings(.instalmentLine, strings.amount(instalment.amount), strings.date($0))
                }
                    ?? strings.amount(instalment.amount)
            }
            sections.append(
                PlainSection("instalments", [strings(plain: .heading, strings[.detailInstalments])] + rows))
        }
        return PlainFrame(
            title: strings(.detailInvoiceTitle, number, strings.date(invoice.date)), sections: sections,
            choices: [back(context)])
    }

    static func requestsFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let requests = context.state.requests
        let list = requests.list
        var head = summary(list, counting: .requests, empty: .noRequests, context)
        if list.error == nil, !list.items.isEmpty, let first = head.lines.first {
            head.lines = [first + " · " + strings[.requestsRefreshing]]
        }
        var sections = [head]
        for request in list.items {
            sections.append(PlainSection("request-\(request.id)", [requestLine(request, strings: strings)]))
        }
        if let selected = requests.selectedItem { sections += timeline(selected, context) }
        var choices: [PlainChoice<AppAction>] = []
        if !list.items.isEmpty {
            choices.append(PlainChoice("1", strings[plain: .requestHistory], .ask(requestQuestion(context))))
        }
        choices.append(PlainChoice("2", strings[.hintNew], send: [.navigate(.nouvelleDemande(.menu))]))
        if let more = loadMore(list, context, select: { .requests(.select($0)) }) { choices.append(more) }
        choices.append(back(context))
        return PlainFrame(title: strings[.screenDemandes], sections: sections, choices: choices)
    }

    /// The selected request's heading, then its events, oldest first (each new event adds
    /// one line).
    private static func timeline(_ selected: RequestRecord, _ context: PlainContext) -> [PlainSection] {
        let strings = context.strings
        let requests = context.state.requests
        let heading = PlainSection(
            "timeline-heading-\(selected.id)",
            [
                strings(
                    plain: .timelineHeading, selected.id, strings.label(selected.code),
                    strings.label(selected.origin))
            ])
        guard let detail = requests.detail, detail.id == selected.id else {
            return [heading, PlainSection("timeline-\(selected.id)", [strings[.timelineLoading]])]
        }
        let events =
            detail.history.isEmpty
            ? [RequestEvent(status: detail.status, date: detail.date ?? .distantPast)] : detail.history
        let lines = events.map { event in
            var line = context.labelled(strings.dateTime(event.date), strings.label(event.status))
            if let comment = event.comment, !comment.isEmpty { line += " — " + comment }
            return line
        }
        return [heading, PlainSection("timeline-\(selected.id)", lines)]
    }

    private static func requestQuestion(_ context: PlainContext) -> PlainField<AppAction> {
        let strings = context.strings
        let ids = context.state.requests.list.items.map(\.id)
        return PlainField(
            id: "request-number", label: strings[plain: .askRequestNumber],
            rejection: strings[plain: .noSuchRequest]
        ) { answer in
            let wanted = answer.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "n°", with: "")
                .trimmingCharacters(in: .whitespaces)
            guard let row = ids.firstIndex(of: wanted) else { return nil }
            return [.requests(.select(row))]
        }
    }

    static func messagesFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let messages = context.state.messages
        var summary = strings.count(messages.items.count, .messages)
        if messages.isLoading, !messages.hasLoaded { summary = strings[.loading] }
        if let error = messages.error { summary = strings.failure(error) }
        var sections = [PlainSection("summary", [summary])]
        for message in messages.items {
            var title = message.title
            if message.from != nil || message.until != nil {
                title +=
                    " (" + strings(.messageFromUntil, strings.date(message.from), strings.date(message.until))
                    + ")"
            }
            let body = message.body.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(
                String.init)
            sections.append(PlainSection("message-\(message.id)", [title] + body))
        }
        return PlainFrame(title: strings[.screenMessages], sections: sections, choices: [back(context)])
    }

    static func contractsFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let contracts = context.state.contracts
        var sections = [PlainSection("intro", [strings[.pickerIntro]])]
        if !contracts.hasLoaded { sections.append(PlainSection("status", [strings[.loading]])) }
        var choices = contracts.items.enumerated().map { row, contract in
            var label = strings(
                plain: .contractChoice, contract.numeroContrat, contract.adresse,
                contract.numeroSerieCompteur ?? "—", strings[contract.actif ? .pickerActive : .pickerInactive]
            )
            if contract.id == contracts.selectedId { label += strings[plain: .shownNow] }
            return PlainChoice<AppAction>(
                "\(row + 1)", label, send: [.contracts(.highlight(row)), .chooseContract])
        }
        choices.append(back(context))
        return PlainFrame(title: strings[.screenChoixContrat], sections: sections, choices: choices)
    }

    /// The line above a list: its count, "Chargement…" before the first rows, or its failure.
    private static func summary<Item>(
        _ list: PagedList<Item>, counting noun: Counted, empty: StringKey, _ context: PlainContext
    ) -> PlainSection {
        let strings = context.strings
        if let error = list.error {
            return PlainSection(
                "summary", [strings(plain: .errorLine, strings.failure(error))], isAlert: true)
        }
        if !list.hasLoaded || (list.isLoading && list.items.isEmpty) {
            return PlainSection("summary", [strings[.loading]])
        }
        if list.items.isEmpty { return PlainSection("summary", [strings[empty]]) }
        // A request filed meanwhile is listed before the server counts it.
        var line = strings.count(list.items.count, of: max(list.total ?? 0, list.items.count), noun)
        switch list.unreadable {
        case 0: break
        case 1: line += " · " + strings[.unreadableRowsOne]
        default: line += " · " + strings(.unreadableRowsMany, String(list.unreadable))
        }
        return PlainSection("summary", [line])
    }

    /// "Afficher la suite" while the server has more rows (the view-model loads the next page
    /// when the selection nears the end, as on the full screen).
    private static func loadMore<Item>(
        _ list: PagedList<Item>, _ context: PlainContext, select: (Int) -> AppAction
    ) -> PlainChoice<AppAction>? {
        guard list.nextPage != nil, list.hasLoaded, !list.isLoading else { return nil }
        return PlainChoice("s", context.strings[plain: .loadMore], send: [select(list.items.count - 1)])
    }
}
