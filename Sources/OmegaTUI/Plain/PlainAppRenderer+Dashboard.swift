import SelfService

/// Accueil as lines: the contract, the last reading and invoice, the balance, the open
/// requests and the service's messages; then the screens as numbered choices.
extension PlainAppRenderer {
    static func dashboardFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let state = context.state
        let dashboard = state.dashboard
        var sections: [PlainSection] = []
        if let person = state.session.profile?.personne {
            let key: StringKey = state.mode == .subscriber ? .dashWelcome : .dashSubscriber
            sections.append(PlainSection("welcome", [strings(key, person.nomComplet)]))
        }
        // Half-loaded figures ("Dernier relevé : aucun" before the readings arrive) would be
        // read aloud as facts: the summary prints once everything has arrived.
        if dashboard.isLoading {
            sections.append(PlainSection("status", [strings[.loading]]))
        } else {
            sections += [
                contractSection(context), accountSection(context), requestsSection(context),
                messagesSection(context),
            ]
        }
        return PlainFrame(
            title: strings[.screenAccueil], sections: sections, choices: dashboardChoices(context))
    }

    private static func dashboardChoices(_ context: PlainContext) -> [PlainChoice<AppAction>] {
        let strings = context.strings
        let state = context.state
        var entries: [(String, [AppAction])] = [
            (strings[.screenReleves], [.navigate(.releves)]),
            (strings[.screenFactures], [.navigate(.factures)]),
            (strings[.screenDemandes], [.navigate(.demandes)]),
            (strings[.kindReading], [.navigate(.nouvelleDemande(.index))]),
            (
                strings.label(.mettreAJourCoordonnees, mode: state.mode),
                [.navigate(.nouvelleDemande(.coordonnees))]
            ),
            (strings[.screenMessages], [.navigate(.messages)]),
        ]
        if state.contracts.items.count > 1 {
            entries.append((strings[.screenChoixContrat], [.navigate(.choixContrat)]))
        }
        var choices = entries.enumerated().map {
            PlainChoice("\($0.offset + 1)", $0.element.0, send: $0.element.1)
        }
        if case .counter = state.mode { choices.append(back(context, .hintBack)) }
        return choices
    }

    private static func contractSection(_ context: PlainContext) -> PlainSection {
        let strings = context.strings
        let contract = context.state.dashboard.contract
        let none = strings[.none]
        var lines = [
            context.labelled(.dashContract, contract?.numeroContrat ?? none),
            context.labelled(.dashAddress, contract?.adresse ?? none),
            context.labelled(.dashMeter, contract?.numeroSerieCompteur ?? none),
        ]
        let count = context.state.contracts.items.count
        if count > 1 { lines.append(strings(plain: .contractsCount, String(count))) }
        return PlainSection("contract", lines)
    }

    private static func accountSection(_ context: PlainContext) -> PlainSection {
        let strings = context.strings
        let dashboard = context.state.dashboard
        let none = strings[.none]
        var lines: [String] = []
        let reading = dashboard.lastReading.map {
            strings(.dashReadingLine, strings.number($0.index), strings.date($0.date))
        }
        let unreadable = dashboard.unreadableReadings > 0 ? strings[.dashUnreadable] : none
        lines.append(context.labelled(.dashLastReading, reading ?? unreadable))
        if let invoice = dashboard.lastInvoice {
            let late = invoice.isLate(on: context.today)
            let status =
                late
                ? strings[.invoiceLate]
                : invoice.status == .aPayer ? strings[.dashToPay] : strings.label(invoice.status)
            let line = strings(
                .dashInvoiceLine, invoice.numero, strings.date(invoice.date),
                strings.amount(invoice.montantTTC))
            lines.append(
                context.labelled(
                    .dashLastInvoice,
                    line + ", " + strings(.dashInvoiceDue, strings.date(invoice.dueDate), status)))
        } else {
            lines.append(
                context.labelled(
                    .dashLastInvoice, dashboard.unreadableInvoices > 0 ? strings[.dashUnreadable] : none))
        }
        lines.append(context.labelled(.dashBalance, strings.amount(dashboard.balance)))
        if let payable = dashboard.payable, payable.netAPayer > 0 {
            lines.append(
                strings(.dashPayable, strings.amount(payable.netAPayer), strings.date(payable.dueDate)))
        }
        return PlainSection("account", lines)
    }

    private static func requestsSection(_ context: PlainContext) -> PlainSection {
        let strings = context.strings
        let requests = context.state.dashboard.openRequests
        let lines =
            requests.isEmpty
            ? [strings[.dashNoOpenRequest]] : requests.map { requestLine($0, strings: strings) }
        return PlainSection("open-requests", [strings(plain: .heading, strings[.dashOpenRequests])] + lines)
    }

    private static func messagesSection(_ context: PlainContext) -> PlainSection {
        let strings = context.strings
        let messages = context.state.dashboard.messages
        let lines = messages.isEmpty ? [strings[.dashNoMessage]] : messages.map(\.title)
        return PlainSection("messages", [strings(plain: .heading, strings[.dashMessages])] + lines)
    }

    /// "Demande n° 12 du 15/03/2026 14:05 : Transmission de relevé, en ligne, Terminée".
    static func requestLine(_ request: RequestRecord, strings: Strings) -> String {
        let title = request.title.isEmpty ? strings.label(request.code) : request.title
        return strings(
            plain: .requestLine, request.id, request.date.map { strings.dateTime($0) } ?? "—", title,
            strings.label(request.origin), strings.label(request.status))
    }
}
