/// The request kinds beyond Omega's index and contact changes (our extensions, docs/api.md
/// "Request kinds"): offered only when the server advertises them.
public enum ServiceRequestKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// "Payer en plusieurs fois": the invoice due in two or three instalments.
    case installments
    /// "Mensualisation / prélèvement automatique".
    case directDebit = "direct-debit"
    /// "Facture électronique": invoices by e-mail, or back to paper.
    case eInvoice = "e-invoice"
    /// "Déménagement — départ": the final index, the date, a forwarding address.
    case moveOut = "move-out"
    /// "Déménagement — arrivée": a contract at a new address, with the starting index.
    case moveIn = "move-in"
    /// "Duplicata de facture par e-mail".
    case invoiceCopy = "invoice-copy"

    /// The fields of the kind's form, in Tab order.
    public var fields: [KindField] {
        switch self {
        case .installments: return [.invoice, .instalments]
        case .directDebit: return [.iban, .bic, .holder, .rhythm, .mandate]
        case .eInvoice: return [.electronic, .email]
        case .moveOut: return [.date, .index, .address, .postcode, .town]
        case .moveIn: return [.address, .postcode, .town, .date, .index]
        case .invoiceCopy: return [.invoice, .email]
        }
    }

    /// Whether the kind is about the contract shown (every kind but arriving somewhere new).
    public var needsContract: Bool { self != .moveIn }

    /// The request code the service gives requests of this kind.
    public var code: String {
        switch self {
        case .installments: return "J_ECHEANCIER"
        case .directDebit: return "J_PRELEVEMENT"
        case .eInvoice: return "J_EFACTURE"
        case .moveOut: return "J_DEPART"
        case .moveIn: return "J_ARRIVEE"
        case .invoiceCopy: return "J_DUPLICATA"
        }
    }
}

/// A field of a request form of our kinds; its raw value names it in drafts.
public enum KindField: String, CaseIterable, Hashable, Sendable {
    /// The invoice number (`nofacture`).
    case invoice
    /// How many instalments (`nb_echeances`: 2 or 3).
    case instalments
    /// The IBAN (`iban`).
    case iban
    /// The BIC (`bic`).
    case bic
    /// The account holder (`titulaire`).
    case holder
    /// Monthly or at each due date (`rythme`).
    case rhythm
    /// The SEPA mandate accepted (`mandat`).
    case mandate
    /// Invoices by e-mail or on paper (`efacture`).
    case electronic
    /// An e-mail address (`mail`).
    case email
    /// A date (`dateni`): leaving or arriving.
    case date
    /// A meter index (`ni`): final or starting.
    case index
    /// An address line (`adrpers1`).
    case address
    /// A postal code (`cppers`).
    case postcode
    /// A town (`villepers`).
    case town

    /// The attribute the service names the field with.
    public var wireName: String {
        switch self {
        case .invoice: return "nofacture"
        case .instalments: return "nb_echeances"
        case .iban: return "iban"
        case .bic: return "bic"
        case .holder: return "titulaire"
        case .rhythm: return "rythme"
        case .mandate: return "mandat"
        case .electronic: return "efacture"
        case .email: return "mail"
        case .date: return "dateni"
        case .index: return "ni"
        case .address: return "adrpers1"
        case .postcode: return "cppers"
        case .town: return "villepers"
        }
    }

    /// The values of a choice field, in the order Space cycles through them (nil: free text).
    public var choices: [String]? {
        switch self {
        case .instalments: return ["3", "2"]
        case .rhythm: return ["mensuel", "echeance"]
        case .mandate: return ["0", "1"]
        case .electronic: return ["1", "0"]
        default: return nil
        }
    }

    /// The choice after `value` (the first one when `value` is none of them).
    public func choice(after value: String, by offset: Int = 1) -> String {
        guard let choices else { return value }
        return choices.cycled(after: value, by: offset)
    }

    /// The field named `wireName` on the wire.
    public static func field(wireName: String) -> KindField? {
        allCases.first { $0.wireName == wireName }
    }
}

/// A request of one of our kinds, checked and ready to file.
public struct KindSubmission: Equatable, Sendable {
    /// The kind.
    public var kind: ServiceRequestKind
    /// The attributes to send, by wire name (`contrat_id`, `iban`…).
    public var attributes: [String: String]

    /// Creates a submission.
    public init(kind: ServiceRequestKind, attributes: [String: String]) {
        self.kind = kind
        self.attributes = attributes
    }
}
