import Foundation
import SelfService

/// The tables of the scripting commands, built from SelfService's records: the same records
/// the screens show, so a CSV says what Relevés says.
///
/// The field names are part of the scripting interface (docs/scripting.md): never renamed.
public enum ExportDocuments {
    /// Readings of contract `contract`, newest first.
    public static func readings(_ readings: [ReadingRecord], contract: String, strings: Strings)
        -> ExportTable
    {
        ExportTable(
            columns: columns(
                [
                    ("contrat", .contract), ("date", .date), ("index", .index),
                    ("consommation_m3", .consumption),
                    ("type", .readingKind), ("tour_compteur", .rollover), ("fuite", .leak),
                ], strings),
            rows: readings.map { reading in
                [
                    .text(contract), .date(reading.date), .integer(reading.index),
                    reading.consumption.map(ExportValue.volume) ?? .none,
                    .coded(code: code(of: reading.kind), label: strings.label(reading.kind)),
                    .flag(reading.rollover), .flag(reading.leak),
                ]
            })
    }

    /// Invoices of contract `contract`, newest first.
    public static func invoices(_ invoices: [InvoiceRecord], contract: String, strings: Strings)
        -> ExportTable
    {
        ExportTable(
            columns: columns(
                [
                    ("contrat", .contract), ("numero", .invoiceNumber), ("date", .date),
                    ("echeance", .dueDate),
                    ("volume_m3", .volume), ("montant_ht", .amountHT), ("montant_tva", .amountTVA),
                    ("montant_ttc", .amountTTC), ("net_a_payer", .netToPay), ("statut", .status),
                ], strings),
            rows: invoices.map { invoice in
                [
                    .text(contract), .text(invoice.numero), .date(invoice.date),
                    invoice.dueDate.map(ExportValue.date) ?? .none,
                    invoice.volume.map(ExportValue.volume) ?? .none, .amount(invoice.montantHT),
                    .amount(invoice.montantTVA), .amount(invoice.montantTTC), .amount(invoice.netAPayer),
                    .coded(code: code(of: invoice.status), label: strings.label(invoice.status)),
                ]
            })
    }

    /// The subscriber's requests, newest first.
    public static func requests(_ requests: [RequestRecord], strings: Strings) -> ExportTable {
        ExportTable(
            columns: columns(
                [
                    ("numero", .requestNumber), ("code", .requestKind), ("titre", .title),
                    ("date", .dateTime),
                    ("statut", .status), ("origine", .origin), ("agent", .agent),
                ], strings),
            rows: requests.map { request in
                var agent = ExportValue.none
                var origin = "en_ligne"
                if case .counter(let login) = request.origin {
                    origin = "guichet"
                    agent = .text(login)
                }
                return [
                    .text(request.id),
                    .coded(code: code(of: request.code), label: strings.label(request.code)),
                    .text(request.title), request.date.map(ExportValue.dateTime) ?? .none,
                    .coded(code: request.status.code, label: strings.label(request.status)),
                    .coded(code: origin, label: strings.label(request.origin)), agent,
                ]
            })
    }

    private static func columns(_ pairs: [(String, ExportKey)], _ strings: Strings) -> [ExportColumn] {
        pairs.map { ExportColumn(field: $0.0, header: strings[export: $0.1]) }
    }

    /// `reel`, `estime`, `auto_releve`, `radio`, or Omega's own code.
    static func code(of kind: ReadingKind) -> String {
        switch kind {
        case .reel: return "reel"
        case .estime: return "estime"
        case .autoReleve: return "auto_releve"
        case .radio: return "radio"
        case .autre(let code): return code
        }
    }

    /// `payee`, `a_payer`, `prelevee`, `annulee`, `avoir`.
    static func code(of status: InvoiceStatus) -> String {
        switch status {
        case .payee: return "payee"
        case .aPayer: return "a_payer"
        case .prelevee: return "prelevee"
        case .annulee: return "annulee"
        case .avoir: return "avoir"
        }
    }

    /// Omega's request codes: `J_RELEVE`, `J_MAJPER`, `J_FACTURE`, or as sent.
    static func code(of code: RequestCode) -> String {
        switch code {
        case .releve: return "J_RELEVE"
        case .miseAJourPersonne: return "J_MAJPER"
        case .facture: return "J_FACTURE"
        case .autre(let code): return code
        }
    }
}
