/// What our request kinds set on a contract, as the server reports it (our `Partner_Contrat`
/// attributes `prelevement`, `efacture`, `resiliation_demandee`).
public struct ContractOptions: Equatable, Hashable, Sendable, Codable {
    /// Invoices are debited from the subscriber's account (from the next one on).
    public var directDebit: Bool
    /// Invoices go by e-mail instead of paper.
    public var electronicInvoice: Bool
    /// A move-out is filed and the service has not closed the contract yet.
    public var terminationRequested: Bool

    /// Creates options.
    public init(
        directDebit: Bool = false, electronicInvoice: Bool = false, terminationRequested: Bool = false
    ) {
        self.directDebit = directDebit
        self.electronicInvoice = electronicInvoice
        self.terminationRequested = terminationRequested
    }
}

extension ContractSummary {
    /// The same contract with `options`.
    public func with(options: ContractOptions?) -> ContractSummary {
        var copy = self
        copy.options = options
        return copy
    }
}
