import Foundation
import GRDB
import JSONAPI

/// The validation rules of our request kinds (docs/api.md "Request kinds"): every problem at
/// once, each with its code and `source.pointer`, as for readings and contact changes.
struct KindValidation {
    let attributes: [String: JSONValue]
    let filer: DemandeFiler
    let db: Database
    let now: Date
    private var refusals: [RuleRefusal] = []

    /// Checks `attributes` for `kind`; the draft to store, or a 422 with every refusal.
    static func validate(
        _ kind: ExtensionKind, _ attributes: [String: JSONValue], filer: DemandeFiler, db: Database, now: Date
    ) throws -> DemandeDraft {
        var validation = KindValidation(attributes: attributes, filer: filer, db: db, now: now)
        let draft: DemandeDraft?
        switch kind {
        case .installments: draft = try validation.installments()
        case .directDebit: draft = try validation.directDebit()
        case .eInvoice: draft = try validation.eInvoice()
        case .moveOut: draft = try validation.moveOut()
        case .moveIn: draft = try validation.moveIn()
        case .invoiceCopy: draft = try validation.invoiceCopy()
        }
        guard validation.refusals.isEmpty, var draft else { throw APIError.refused(validation.refusals) }
        draft.code = kind.code
        return draft
    }

    private init(attributes: [String: JSONValue], filer: DemandeFiler, db: Database, now: Date) {
        self.attributes = attributes
        self.filer = filer
        self.db = db
        self.now = now
    }

    // MARK: Kinds

    /// `installments`: `contrat_id`, `nofacture` (the invoice still to pay, offering
    /// instalments), `nb_echeances` 2 or 3.
    private mutating func installments() throws -> DemandeDraft? {
        let contract = try self.contract()
        let count = choice("nb_echeances", ["2", "3"])
        let invoice = try payableInvoice(of: contract)
        if let invoice, (invoice["p_nf_possible"] as Int?) != 1 {
            refusals.append(
                .attribute("nofacture", .instalmentsNotOffered, "this invoice cannot be paid in instalments"))
        }
        guard let contract, let count, let invoice, let number: String = invoice["nofacture"] else {
            return nil
        }
        try requireNoOpen(ExtensionKind.installments.code, contract: contract)
        return draft(
            title: "Paiement en \(count) fois", summary: "Facture \(number) en \(count) échéances",
            contract: contract)
    }

    /// `direct-debit`: `contrat_id`, `iban` (ISO 13616), `bic` (ISO 9362), `titulaire`,
    /// `rythme` (`mensuel` or `echeance`), `mandat` `1` (the SEPA mandate accepted).
    private mutating func directDebit() throws -> DemandeDraft? {
        let contract = try self.contract()
        let iban = required("iban")
        if let iban {
            switch BankAccountRules.ibanProblem(iban) {
            case .format: refusals.append(.attribute("iban", .ibanInvalid, "not an IBAN of the SEPA area"))
            case .length(let expected):
                refusals.append(
                    .attribute(
                        "iban", .ibanLength, "an IBAN of this country has \(expected) characters",
                        meta: [
                            "expected": .number(Decimal(expected)),
                            "country": .string(String(BankAccountRules.compact(iban).prefix(2))),
                        ]))
            case .checksum:
                refusals.append(.attribute("iban", .ibanChecksum, "the IBAN check digits are wrong"))
            case nil: break
            }
        }
        if let bic = required("bic"), !BankAccountRules.isBIC(bic) {
            refusals.append(.attribute("bic", .bicInvalid, "a BIC has 8 or 11 letters and digits"))
        }
        let holder = required("titulaire", maximum: 70)
        let rhythm = choice("rythme", ["mensuel", "echeance"])
        if text("mandat") != "1" {
            refusals.append(.attribute("mandat", .mandateNotAccepted, "the SEPA mandate must be accepted"))
        }
        guard let contract, let iban, let holder, let rhythm, refusals.isEmpty else { return nil }
        try requireNoOpen(ExtensionKind.directDebit.code, contract: contract)
        var payload = attributes
        // Only the masked number is ever shown back; the payload keeps the account for the review.
        payload["iban"] = .string(BankAccountRules.compact(iban))
        let label = rhythm == "mensuel" ? "mensuel" : "à l'échéance"
        return draft(
            title: "Prélèvement automatique (\(label))",
            summary: "Compte \(BankAccountRules.masked(iban)), titulaire \(holder)", contract: contract,
            payload: payload)
    }

    /// `e-invoice`: `contrat_id`, `efacture` `1` (by e-mail, with `mail`) or `0` (paper).
    private mutating func eInvoice() throws -> DemandeDraft? {
        let contract = try self.contract()
        let choice = choice("efacture", ["1", "0"])
        var mail: String?
        if choice == "1", let value = required("mail", maximum: 80) {
            mail = value
            if !AccountRoutes.isEmailLike(value) {
                refusals.append(.attribute("mail", .emailInvalid, "invalid e-mail address"))
            }
        }
        guard let contract, let choice, refusals.isEmpty else { return nil }
        try requireNoOpen(ExtensionKind.eInvoice.code, contract: contract)
        return choice == "1"
            ? draft(
                title: "Facture électronique", summary: "Factures par e-mail à \(mail ?? "")",
                contract: contract)
            : draft(title: "Retour à la facture papier", summary: "Factures par courrier", contract: contract)
    }

    /// `move-out`: `contrat_id` (an active contract), the final index `ni` on `dateni` (the
    /// rules of a reading), a forwarding address `adrpers1`, `cppers`, `villepers`.
    private mutating func moveOut() throws -> DemandeDraft? {
        let contract = try self.contract()
        if let contract, (contract["actif"] as Int?) != 1 {
            refusals.append(.attribute("contrat_id", .contractEnded, "this contract has already ended"))
        }
        address()
        var reading: DemandeDraft?
        if let contract, let pconso: String = contract["pconso_id"] {
            var readingAttributes = attributes.filter { ["ni", "dateni", "cpttour"].contains($0.key) }
            readingAttributes["pconso_id"] = .string(pconso)
            do {
                reading = try DemandeValidation.reading(
                    readingAttributes, scope: filer.populationScope, db: db, now: now)
            } catch let error as APIError {
                let mapped = error.entries.compactMap { entry in
                    entry.code.flatMap(RefusalCode.init(rawValue:)).map {
                        RuleRefusal(
                            code: $0, pointer: entry.pointer, detail: entry.detail ?? "", meta: entry.meta)
                    }
                }
                guard mapped.count == error.entries.count else { throw error }
                refusals += mapped
            }
        }
        guard let contract, let reading, refusals.isEmpty else { return nil }
        try requireNoOpen(ExtensionKind.moveOut.code, contract: contract)
        let day = Self.frenchDay(reading.dateni ?? "")
        var draft = draft(
            title: "Départ le \(day)",
            summary: "Index final \(reading.ni ?? 0) m³, nouvelle adresse : \(addressLine)",
            contract: contract,
            payload: attributes)
        draft.pconsoID = reading.pconsoID
        draft.ni = reading.ni
        draft.dateni = reading.dateni
        draft.flag = reading.flag
        return draft
    }

    /// `move-in`: the address `adrpers1`, `cppers`, `villepers`, the arrival date `dateni`
    /// (not more than 60 days away) and the starting index `ni`; at the counter, the person
    /// `personne_id` who arrives.
    private mutating func moveIn() throws -> DemandeDraft? {
        address()
        let ni = text("ni").flatMap { Int($0) }.flatMap {
            (0...DemandeValidation.maximumIndex).contains($0) ? $0 : nil
        }
        if ni == nil {
            refusals.append(
                .attribute("ni", .indexInvalid, "the index must be a whole number of m³ from 0 to 999999999"))
        }
        let date = text("dateni").flatMap(DemandeValidation.normalizedDate)
        if date == nil { refusals.append(.attribute("dateni", .dateInvalid, "the date must be YYYY-MM-DD")) }
        var person: String?
        switch filer {
        case .subscriber(let identity): person = identity.personID
        case .partner:
            person = required("personne_id")
            if let id = person, try !ScopeChecks.personInScope(db, filer.populationScope, id) {
                refusals.append(.attribute("personne_id", .fieldRequired, "unknown person"))
            }
        }
        guard let ni, let date, refusals.isEmpty else { return nil }
        let day = Self.frenchDay(date)
        return DemandeDraft(
            code: "", title: "Arrivée le \(day)", summary: "\(addressLine), index de départ \(ni) m³",
            payload: attributes, personneID: person, ni: ni, dateni: date)
    }

    /// `invoice-copy`: `contrat_id`, `nofacture` (an invoice of the contract), `mail`.
    private mutating func invoiceCopy() throws -> DemandeDraft? {
        let contract = try self.contract()
        let number = required("nofacture")
        if let contract, let number, let id: String = contract["contrat_id"],
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM facture WHERE contrat_id = ? AND nofacture = ?",
                arguments: [id, number])
                != true
        {
            refusals.append(
                .attribute("nofacture", .invoiceUnknown, "no invoice of this contract has this number"))
        }
        let mail = required("mail", maximum: 80)
        if let mail, !AccountRoutes.isEmailLike(mail) {
            refusals.append(.attribute("mail", .emailInvalid, "invalid e-mail address"))
        }
        guard let contract, let number, let mail, refusals.isEmpty else { return nil }
        return draft(
            title: "Duplicata de la facture \(number)", summary: "Envoi à \(mail)", contract: contract)
    }

    // MARK: Shared checks

    /// The contract `contrat_id` when the caller may file on it.
    private mutating func contract() throws -> Row? {
        guard let id = required("contrat_id") else { return nil }
        let row = try Row.fetchOne(db, sql: "SELECT * FROM contrat WHERE contrat_id = ?", arguments: [id])
        let allowed: Bool
        switch filer.populationScope {
        case .person(let person):
            allowed = row.map { $0["occupant_id"] == person || $0["redevable_id"] == person } ?? false
        case let scope:
            allowed =
                try row.flatMap { $0["pconso_id"] as String? }.map {
                    try ScopeChecks.pointInScope(db, scope, $0)
                } ?? false
        }
        guard allowed, let row else {
            refusals.append(.attribute("contrat_id", .contractNotFound, "no contract of yours has this id"))
            return nil
        }
        return row
    }

    /// The invoice `nofacture` of `contract` still to pay.
    private mutating func payableInvoice(of contract: Row?) throws -> Row? {
        guard let number = required("nofacture"), let id: String = contract?["contrat_id"] else { return nil }
        let invoice = try Row.fetchOne(
            db,
            sql: """
                SELECT * FROM facture WHERE contrat_id = ? AND nofacture = ? AND solde = 0 AND annulee = 0
                AND avoir = 0 AND preleve = 0
                """, arguments: [id, number])
        if invoice == nil {
            refusals.append(
                .attribute(
                    "nofacture", .invoiceUnknown, "no invoice of this contract is due with this number"))
        }
        return invoice
    }

    /// Refuses a second open request of `code` on the contract.
    private mutating func requireNoOpen(_ code: String, contract: Row) throws {
        guard let id: String = contract["contrat_id"],
            let open = try String.fetchOne(
                db,
                sql: """
                    SELECT req_id FROM request WHERE req_code = ? AND contrat_id = ?
                    AND req_status IN (\(GraphLoader.marks(DemandeValidation.openStatuses.count))) LIMIT 1
                    """, arguments: StatementArguments([code, id] + DemandeValidation.openStatuses))
        else { return }
        refusals.append(
            RuleRefusal(
                code: .requestAlreadyOpen, pointer: "/data/attributes",
                detail: "request \(open) of this kind is still open: wait for its answer",
                meta: ["request_id": .string(open)]))
    }

    /// The forwarding or new address: `adrpers1`, `cppers` (5 digits), `villepers`.
    private mutating func address() {
        _ = required("adrpers1", maximum: 38)
        if let postcode = required("cppers"),
            !(postcode.count == 5 && postcode.allSatisfy { $0.isASCII && $0.isNumber })
        {
            refusals.append(.attribute("cppers", .postcodeInvalid, "a postal code has 5 digits"))
        }
        _ = required("villepers", maximum: 38)
    }

    private var addressLine: String {
        [text("adrpers1"), [text("cppers"), text("villepers")].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The trimmed text of attribute `name` (nil when absent or empty).
    private func text(_ name: String) -> String? {
        let value = attributes[name].flatMap(FilterEvaluation.text)?.trimmingCharacters(in: .whitespaces)
        return value?.isEmpty == false ? value : nil
    }

    /// The text of a required attribute, refusing it when missing or longer than `maximum`.
    private mutating func required(_ name: String, maximum: Int? = nil) -> String? {
        guard let value = text(name) else {
            refusals.append(.attribute(name, .fieldRequired, "\(name) is required"))
            return nil
        }
        if let maximum, value.count > maximum {
            refusals.append(
                .attribute(
                    name, .fieldTooLong, "at most \(maximum) characters",
                    meta: ["max": .number(Decimal(maximum))]))
            return nil
        }
        return value
    }

    /// The value of a choice attribute, refusing anything outside `allowed`.
    private mutating func choice(_ name: String, _ allowed: [String]) -> String? {
        guard let value = required(name) else { return nil }
        guard allowed.contains(value) else {
            refusals.append(
                .attribute(
                    name, .choiceInvalid, "one of \(allowed.joined(separator: ", "))",
                    meta: ["allowed": .string(allowed.joined(separator: ","))]))
            return nil
        }
        return value
    }

    private func draft(
        title: String, summary: String, contract: Row, payload: [String: JSONValue]? = nil
    ) -> DemandeDraft {
        DemandeDraft(
            code: "", title: title, summary: summary, payload: payload ?? attributes,
            contratID: contract["contrat_id"], pconsoID: contract["pconso_id"],
            personneID: contract["occupant_id"])
    }

    /// `2026-08-20 …` → `20/08/2026`.
    static func frenchDay(_ iso: String) -> String {
        String(iso.prefix(10)).split(separator: "-").reversed().joined(separator: "/")
    }
}
