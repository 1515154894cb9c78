import Foundation

/// The totals of one year of invoices.
public struct YearTotal: Equatable, Sendable {
    /// The calendar year of the invoice date (Europe/Paris).
    public var year: Int
    /// Number of invoices counted.
    public var count: Int
    /// Sum of TTC; credit notes subtract, cancelled invoices are left out.
    public var montantTTC: Decimal
    /// Sum of billed volumes (m³), same rules.
    public var volume: Decimal
}

/// The Factures screen: table, detail pane, instalments and totals per year.
public struct InvoicesState: Equatable, Sendable {
    /// The table.
    public var list = PagedList<InvoiceRecord>()
    /// The contract's payable invoice; nil when there is none or it is not loaded yet.
    public var payable: PayableInvoice?
    /// The contract whose payable invoice was asked for and answered.
    public var payableContract: String?
    /// The payable invoice is loading.
    public var isLoadingPayable = false
    /// Whether the selected invoice is open in full (Enter), over the table.
    public var isDetailOpen = false

    /// An empty state.
    public init() {}

    /// The invoice shown in the detail pane.
    public var detail: InvoiceRecord? { list.selectedItem }

    /// The instalments offered for the selected invoice, when it is the payable one.
    public var detailInstalments: [Instalment] {
        guard let payable, let detail, detail.status == .aPayer else { return [] }
        if let number = payable.numeroFacture, number != detail.numero { return [] }
        return payable.instalments
    }

    /// Totals per year, newest year first, over the invoices loaded so far.
    public var yearTotals: [YearTotal] { Self.totals(of: list.items) }

    /// Totals per year of `invoices`: cancelled ones are skipped, credit notes subtract their
    /// absolute amount (Omega may send them positive or negative).
    public static func totals(of invoices: [InvoiceRecord]) -> [YearTotal] {
        let calendar = Formatting.calendar
        var byYear: [Int: YearTotal] = [:]
        for invoice in invoices where !invoice.annulee {
            let year = calendar.component(.year, from: invoice.date)
            var total = byYear[year] ?? YearTotal(year: year, count: 0, montantTTC: 0, volume: 0)
            let sign: Decimal = invoice.avoir ? -1 : 1
            total.count += 1
            total.montantTTC += sign * abs(invoice.montantTTC)
            total.volume += sign * abs(invoice.volume ?? 0)
            byYear[year] = total
        }
        return byYear.values.sorted { $0.year > $1.year }
    }
}

/// What happens on Factures.
public enum InvoicesAction: Equatable, Sendable {
    /// The table.
    case list(PagedListAction<InvoiceRecord>)
    /// Loads the payable invoice of a contract (unless loaded or loading for it).
    case loadPayable(contratId: String, numeroContrat: String)
    /// It arrived.
    case payableLoaded(contratId: String, Result<PayableInvoice?, ServiceFailure>)
    /// Esc while loading: stop.
    case cancel
    /// Loads the table's first page and the payable invoice again.
    case refresh(contratId: String, numeroContrat: String)
    /// Enter: the selected invoice in full.
    case openDetail
    /// Esc from the detail: back to the table.
    case closeDetail
}

/// How invoices are fetched, page by page, for a contract.
public enum InvoicePages: PageLoader {
    public static let list = ListKind.invoices

    public static func page(_ number: Int, of contratId: String, from source: any SubscriberDataSource)
        async throws(ServiceFailure) -> RecordPage<InvoiceRecord>
    {
        try await source.invoices(contratId: contratId, page: number)
    }
}

/// The invoices table and the payable invoice.
public enum InvoicesFeature {
    /// Applies `action`.
    public static func reduce(
        _ state: inout InvoicesState, _ action: InvoicesAction, _ context: ReducerContext
    )
        -> Effect<InvoicesAction>
    {
        switch action {
        case .list(let action):
            if case .show(let key) = action, key != state.list.key {
                state.payable = nil
                state.payableContract = nil
            }
            return PagedListFeature<InvoicePages>.reduce(&state.list, action, context).map(
                InvoicesAction.list)
        case .openDetail:
            state.isDetailOpen = state.detail != nil
            return .none
        case .closeDetail:
            state.isDetailOpen = false
            return .none
        case .refresh(let contratId, let numero):
            state.payableContract = nil
            return PagedListFeature<InvoicePages>.reduce(&state.list, .refresh, context).map(
                InvoicesAction.list)
                + reduce(&state, .loadPayable(contratId: contratId, numeroContrat: numero), context)
        case .loadPayable(let contratId, let numero):
            guard state.payableContract != contratId || state.list.isStale(at: context.now()),
                !state.isLoadingPayable,
                let source = context.source?.source
            else { return .none }
            state.isLoadingPayable = true
            return .run(.payable) { _ in
                return .payableLoaded(
                    contratId: contratId,
                    await .of { () async throws(ServiceFailure) in
                        try await source.payableInvoice(numeroContrat: numero)
                    }
                )
            }
        case .payableLoaded(let contratId, let result):
            state.isLoadingPayable = false
            guard contratId == state.list.key else { return .none }
            state.payableContract = contratId
            if case .success(let payable) = result { state.payable = payable }
            return .none
        case .cancel:
            let list = PagedListFeature<InvoicePages>.reduce(&state.list, .cancel, context).map(
                InvoicesAction.list)
            guard state.isLoadingPayable else { return list }
            state.isLoadingPayable = false
            return list + .cancel(.payable)
        }
    }
}
