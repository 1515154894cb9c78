import Foundation

/// The Accueil screen, derived from what the other features loaded (one source of truth).
public struct DashboardState: Equatable, Sendable {
    /// The selected contract (number, address, meter serial).
    public var contract: ContractSummary?
    /// The newest reading (index, date).
    public var lastReading: ReadingRecord?
    /// The newest invoice (amount, due date, paid or not through its status).
    public var lastInvoice: InvoiceRecord?
    /// What remains to pay: the sum of `netAPayer` over the loaded invoices whose status is
    /// "à payer" (direct-debit, cancelled and credit-note invoices are not owed by hand).
    public var balance: Decimal
    /// The payable invoice, when the service offers one.
    public var payable: PayableInvoice?
    /// Requests still open, with their status.
    public var openRequests: [RequestRecord]
    /// The service's messages.
    public var messages: [ServiceMessage]
    /// Readings the server sent that could not be read (the last reading may be among them).
    public var unreadableReadings: Int
    /// Invoices the server sent that could not be read.
    public var unreadableInvoices: Int
    /// Some of the above is still loading.
    public var isLoading: Bool
}

extension AppState {
    /// The Accueil view-model.
    public var dashboard: DashboardState {
        let owed = invoices.list.items.filter { $0.status == .aPayer }
        return DashboardState(
            contract: selectedContract,
            lastReading: readings.latest,
            lastInvoice: invoices.list.items.max { $0.date < $1.date },
            balance: owed.reduce(Decimal(0)) { $0 + $1.netAPayer },
            // The payable invoice loads with Factures (its instalments); until then, the
            // newest invoice still to pay says the same amount and due date.
            payable: invoices.payable
                ?? owed.max { $0.date < $1.date }.map {
                    PayableInvoice(
                        numeroFacture: $0.numero, netAPayer: $0.netAPayer, dueDate: $0.dueDate,
                        instalments: [])
                },
            openRequests: requests.openRequests,
            messages: messages.items,
            unreadableReadings: readings.list.unreadable,
            unreadableInvoices: invoices.list.unreadable,
            isLoading: contracts.isLoading || readings.list.isLoading || invoices.list.isLoading
                || invoices.isLoadingPayable || requests.list.isLoading || messages.isLoading
                || session.isLoadingProfile
        )
    }
}
