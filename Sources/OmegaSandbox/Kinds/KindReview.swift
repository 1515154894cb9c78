import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// The water service's rules for our request kinds, and what closing one changes.
///
/// - instalments: granted, the dates one month apart from the due date;
/// - direct debit: a French (or Monaco) account is accepted and the debit starts with the
///   next invoice; any other country is refused (the service collects in France only);
/// - e-invoice: applied;
/// - move-out: the final index is judged like a reading (``ReadingRules``); once closed it
///   joins the history and the contract ends on that date;
/// - move-in: accepted (the contract is opened by the service's back office, not here);
/// - invoice copy: the copy is "sent": written to the outbox.
enum KindReview {
    static func decide(_ db: Database, _ kind: ExtensionKind, _ demande: Demande, payload: Data?) throws
        -> ReviewDecision
    {
        let attributes = RequestPayload.attributes(payload) ?? [:]
        let text = { (name: String) in attributes[name].flatMap(FilterEvaluation.text) ?? "" }
        switch kind {
        case .installments:
            return .close(
                comment: try installmentsComment(
                    db, demande, count: Int(text("nb_echeances")) ?? 2,
                    number: text("nofacture")))
        case .directDebit:
            let iban = BankAccountRules.compact(text("iban"))
            guard ["FR", "MC"].contains(String(iban.prefix(2))) else {
                return .refuse(
                    comment:
                        "Le prélèvement automatique n'est possible que sur un compte tenu en France (IBAN commençant par FR). "
                        + "Merci de nous indiquer un autre compte.")
            }
            let rhythm = text("rythme") == "mensuel" ? "mensuel" : "à chaque échéance"
            return .close(
                comment:
                    "Prélèvement automatique (\(rhythm)) en place sur le compte \(BankAccountRules.masked(iban)) "
                    + "à partir de votre prochaine facture.")
        case .eInvoice:
            return .close(
                comment: text("efacture") == "1"
                    ? "Vos prochaines factures seront envoyées à \(text("mail"))."
                    : "Vos prochaines factures vous seront envoyées par courrier.")
        case .moveOut:
            guard let reading = try ReviewService.proposedReading(db, demande, payload: payload) else {
                return .error(comment: "Index de départ illisible ou point de consommation inconnu.")
            }
            let history = try StoreRow.fetchAll(
                Releve.self, db, sql: "SELECT * FROM releve WHERE pconso_id = ?",
                arguments: [reading.pointConsoId])
            let assessed = ReadingRules.assess(
                nouvelIndex: reading.nouvelIndex ?? 0, date: reading.dateNouvelIndex ?? Date(),
                compteurTourne: reading.compteurTourne ?? false, history: history)
            guard case .close = assessed else { return assessed }
            return .close(
                comment:
                    "Contrat résilié au \(KindValidation.frenchDay(text("dateni"))) avec l'index \(reading.nouvelIndex ?? 0) m³. "
                    + "La facture de clôture sera envoyée à votre nouvelle adresse.")
        case .moveIn:
            return .close(
                comment:
                    "Votre contrat au \(text("adrpers1")), \(text("cppers")) \(text("villepers")) est ouvert "
                    + "à compter du \(KindValidation.frenchDay(text("dateni"))) avec l'index \(text("ni")) m³."
            )
        case .invoiceCopy:
            return .close(
                comment: "Le duplicata de la facture \(text("nofacture")) a été envoyé à \(text("mail")).")
        }
    }

    static func apply(_ db: Database, _ kind: ExtensionKind, _ demande: Demande, payload: Data?) throws {
        let attributes = RequestPayload.attributes(payload) ?? [:]
        let text = { (name: String) in attributes[name].flatMap(FilterEvaluation.text) ?? "" }
        guard let contract = demande.contratId ?? attributes["contrat_id"].flatMap(FilterEvaluation.text)
        else {
            if kind == .moveIn { return }
            throw ReviewService.ApplyFailure(message: "Contrat inconnu.")
        }
        switch kind {
        case .installments, .moveIn:
            return
        case .directDebit:
            try ContractOptions.startDirectDebit(
                db, contractID: contract, rhythm: text("rythme"),
                ibanEnd: String(BankAccountRules.compact(text("iban")).suffix(4)))
        case .eInvoice:
            try ContractOptions.setElectronicInvoice(
                db, contractID: contract, mail: text("efacture") == "1" ? text("mail") : nil)
        case .moveOut:
            guard var reading = try ReviewService.proposedReading(db, demande, payload: payload) else {
                throw ReviewService.ApplyFailure(message: "Index de départ illisible.")
            }
            reading.id = try SandboxStore.nextId(db, table: "releve", column: "releve_id", floor: 900_000)
            reading.commentaire = "Index de départ (demande \(demande.id))"
            try SandboxStore.insertReading(db, reading)
            try db.execute(
                sql: "UPDATE contrat SET actif = 0, datefin = ? WHERE contrat_id = ?",
                arguments: [DemandeValidation.normalizedDate(text("dateni")), contract])
        case .invoiceCopy:
            try db.execute(
                sql: "INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)",
                arguments: [
                    text("mail"), "Duplicata de votre facture \(text("nofacture"))",
                    try invoiceCopyBody(db, contract: contract, number: text("nofacture")),
                    Int64(Date().timeIntervalSince1970),
                ])
        }
    }

    /// "Paiement en 3 fois accordé : 40,00 € le 15/07/2026, …": the instalments of the
    /// invoice (`echeance1`, `echeance2`, the rest) one month apart from its due date.
    private static func installmentsComment(_ db: Database, _ demande: Demande, count: Int, number: String)
        throws
        -> String
    {
        guard
            let invoice = try Row.fetchOne(
                db, sql: "SELECT * FROM facture WHERE contrat_id = ? AND nofacture = ?",
                arguments: [demande.contratId, number])
        else { return "Paiement en \(count) fois accordé." }
        let amounts = InstalmentPlan.amounts(
            net: Decimal(string: invoice["nap"] ?? "0") ?? 0,
            first: (invoice["echeance1"] as String?).flatMap { Decimal(string: $0) },
            second: (invoice["echeance2"] as String?).flatMap { Decimal(string: $0) }, count: count)
        let due = (invoice["datech"] as String?).flatMap { OmegaDate.parse($0) } ?? Date()
        let parts = amounts.enumerated().map { index, amount in
            let date = Calendar(identifier: .gregorian).date(byAdding: .month, value: index, to: due) ?? due
            return "\(InstalmentPlan.euros(amount)) le \(KindValidation.frenchDay(OmegaDates.format(date)))"
        }
        return "Paiement en \(count) fois accordé : " + parts.joined(separator: ", ") + "."
    }

    private static func invoiceCopyBody(_ db: Database, contract: String, number: String) throws -> String {
        let invoice = try Row.fetchOne(
            db, sql: "SELECT * FROM facture WHERE contrat_id = ? AND nofacture = ?",
            arguments: [contract, number])
        let date = KindValidation.frenchDay((invoice?["datefact"] as String?) ?? "")
        let amount = (invoice?["ttc"] as String?) ?? "?"
        return """
            Bonjour,

            Vous trouverez ci-joint le duplicata de votre facture n° \(number) du \(date), d'un montant de \(amount) € TTC.

            Le service des eaux
            """
    }
}

/// The instalments of an invoice: `echeance1` and `echeance2` as the invoice offers them and
/// the rest last (three), or the first and the rest (two).
enum InstalmentPlan {
    static func amounts(net: Decimal, first: Decimal?, second: Decimal?, count: Int) -> [Decimal] {
        guard let first else { return [net] }
        if count >= 3, let second { return [first, second, net - first - second] }
        return [first, net - first]
    }

    static func euros(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let text = "\(rounded)"
        let parts = text.split(separator: ".")
        let cents =
            parts.count > 1 ? String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        return "\(parts[0]),\(cents) €"
    }
}
