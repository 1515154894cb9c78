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
    /// Whether the payable invoice has been asked for and answered.
    public var payableLoaded = false

    /// Creates an empty state.
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
