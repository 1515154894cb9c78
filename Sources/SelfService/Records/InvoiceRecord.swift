import Foundation

/// The status of an invoice, as the Factures table shows it.
public enum InvoiceStatus: String, Equatable, Sendable, CaseIterable {
    case payee
    case aPayer
    case prelevee
    case annulee
    case avoir
}

/// One invoice (`Partner_Facture`).
public struct InvoiceRecord: Equatable, Sendable, Identifiable {
    /// `facture_id`.
    public var id: String
    /// `nofacture`.
    public var numero: String
    /// `datefact`.
    public var date: Date
    /// `datech`: due date.
    public var dueDate: Date?
    /// `consofac`: billed volume in m³.
    public var volume: Decimal?
    /// `ht`, `tva`, `ttc`, `nap` (net to pay).
    public var montantHT: Decimal
    /// VAT.
    public var montantTVA: Decimal
    /// Total including VAT.
    public var montantTTC: Decimal
    /// Net to pay.
    public var netAPayer: Decimal
    /// `preleve`, `annulee`, `avoir`, `solde` flags.
    public var preleve: Bool
    /// Cancelled.
    public var annulee: Bool
    /// A credit note.
    public var avoir: Bool
    /// Settled.
    public var solde: Bool

    /// Creates an invoice.
    public init(
        id: String, numero: String, date: Date, dueDate: Date?, volume: Decimal?,
        montantHT: Decimal, montantTVA: Decimal, montantTTC: Decimal, netAPayer: Decimal,
        preleve: Bool = false, annulee: Bool = false, avoir: Bool = false, solde: Bool = false
    ) {
        self.id = id
        self.numero = numero
        self.date = date
        self.dueDate = dueDate
        self.volume = volume
        self.montantHT = montantHT
        self.montantTVA = montantTVA
        self.montantTTC = montantTTC
        self.netAPayer = netAPayer
        self.preleve = preleve
        self.annulee = annulee
        self.avoir = avoir
        self.solde = solde
    }

    /// Whether the invoice is still to pay after its due date, on `day` (Europe/Paris).
    public func isLate(on day: Date) -> Bool {
        guard status == .aPayer, let dueDate else { return false }
        return dueDate < Formatting.calendar.startOfDay(for: day)
    }

    /// The status, by precedence: cancelled, credit note, direct debit, settled, to pay.
    ///
    /// A direct-debit invoice is never "to pay" for the subscriber: the service collects it.
    public var status: InvoiceStatus {
        if annulee { return .annulee }
        if avoir { return .avoir }
        if preleve { return .prelevee }
        if solde { return .payee }
        return .aPayer
    }
}

/// One instalment the payable invoice offers.
public struct Instalment: Equatable, Sendable {
    /// When it is due, if the server says.
    public var dueDate: Date?
    /// Its amount.
    public var amount: Decimal
    /// The payment reference of this instalment (`vad_recurN`), when the server gives one.
    public var reference: String?

    /// Creates an instalment.
    public init(dueDate: Date?, amount: Decimal, reference: String? = nil) {
        self.dueDate = dueDate
        self.amount = amount
        self.reference = reference
    }
}

/// The latest payable invoice of a contract (`Partner_FactureCondensee`).
public struct PayableInvoice: Equatable, Sendable {
    /// The invoice number, when sent.
    public var numeroFacture: String?
    /// Net to pay (from `nap_cents`).
    public var netAPayer: Decimal
    /// Due date.
    public var dueDate: Date?
    /// Up to three instalments, empty when payment in instalments is not offered.
    public var instalments: [Instalment]
    /// The payment reference (`vad`) to give when paying by phone or on the payment page.
    public var reference: String?

    /// Creates a payable invoice.
    public init(
        numeroFacture: String?, netAPayer: Decimal, dueDate: Date?, instalments: [Instalment],
        reference: String? = nil
    ) {
        self.numeroFacture = numeroFacture
        self.netAPayer = netAPayer
        self.dueDate = dueDate
        self.instalments = instalments
        self.reference = reference
    }
}
