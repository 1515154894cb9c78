import Foundation
import JSONAPI

/// The request kinds the sandbox accepts beyond Omega's three codes (our extensions,
/// docs/api.md "Request kinds"): each is filed with `POST …/request/<name>`, a
/// `Partner_Demande` document, and becomes a request with its own `req_code`.
enum ExtensionKind: String, CaseIterable, Sendable {
    /// "Payer en plusieurs fois": the payable invoice in two or three instalments.
    case installments
    /// Monthly direct debit or debit at the due date, with the IBAN and the SEPA mandate.
    case directDebit = "direct-debit"
    /// Invoices by e-mail instead of paper (or back to paper).
    case eInvoice = "e-invoice"
    /// Leaving: the final index, the date and a forwarding address; ends the contract.
    case moveOut = "move-out"
    /// Arriving: a contract at an address, with the starting index.
    case moveIn = "move-in"
    /// A copy of an invoice sent by e-mail.
    case invoiceCopy = "invoice-copy"

    /// The request code (`req_code`) of the kind.
    var code: String {
        switch self {
        case .installments: "J_ECHEANCIER"
        case .directDebit: "J_PRELEVEMENT"
        case .eInvoice: "J_EFACTURE"
        case .moveOut: "J_DEPART"
        case .moveIn: "J_ARRIVEE"
        case .invoiceCopy: "J_DUPLICATA"
        }
    }

    /// The kind of a request code, if it is one of ours.
    init?(code: String) {
        guard let kind = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }
}

/// `GET …/request-kind` (ours): the request kinds this server accepts, so that a client shows
/// only those. A real OmegaWEB has no such endpoint (404): the client then offers Omega's
/// own kinds only.
enum RequestKindCatalog {
    /// One accepted kind: its name, its request code, and how it is filed.
    struct Entry {
        var name: String
        var code: String
        var method: String
        var path: String
    }

    /// The kinds a subscriber (`partner == false`) or a partner may file.
    static func entries(partner: Bool) -> [Entry] {
        var entries = [
            Entry(name: "reading", code: "J_RELEVE", method: "POST", path: "request/reading"),
            Entry(name: "personne", code: "J_MAJPER", method: "PUT", path: "request/personne/:id"),
        ]
        if partner {
            entries.append(Entry(name: "bill", code: "J_FACTURE", method: "POST", path: "request/bill"))
        }
        entries += ExtensionKind.allCases.map {
            Entry(name: $0.rawValue, code: $0.code, method: "POST", path: "request/\($0.rawValue)")
        }
        return entries
    }

    /// The catalog as a JSON:API collection of `Partner_RequestKind`.
    static func document(partner: Bool) -> JSONValue {
        let resources: [JSONValue] = entries(partner: partner).map { entry in
            .object([
                "type": .string("Partner_RequestKind"), "id": .string(entry.name),
                "attributes": .object([
                    "name": .string(entry.name), "req_code": .string(entry.code),
                    "method": .string(entry.method), "path": .string(entry.path),
                ]),
            ])
        }
        return .object([
            "jsonapi": JSONAPIResponse.jsonapiMember, "data": .array(resources),
            "meta": .object(["total": .number(Decimal(resources.count))]),
        ])
    }
}
