import SelfService

/// The words of our request kinds (payment, direct debit, e-invoice, moving, invoice copy):
/// the same two tables as ``StringKey``, kept in their own key so that the forms of these
/// kinds grow without touching the shared list.
public enum KindText: CaseIterable, Sendable {
    case menuInstallments, menuDirectDebit, menuEInvoice, menuMoveOut, menuMoveIn, menuInvoiceCopy
    case menuOthersUnavailable
    case fieldInvoice, fieldInstalments, fieldIBAN, fieldBIC, fieldHolder, fieldRhythm, fieldMandate
    case fieldElectronic, fieldMail, fieldLeavingDate, fieldArrivalDate, fieldFinalIndex, fieldStartIndex
    case fieldForwardingAddress, fieldAddress, fieldPostcode, fieldTown
    case choiceTimes, choiceMonthly, choiceAtDueDate, choiceMandateNo, choiceMandateYes, choiceByEmail
    case choicePaper
    case introInstallments, introNoPayable, introDirectDebit, introMandate, introEInvoice, introMoveOut
    case introMoveIn, introInvoiceCopy, planLine, maskedIBAN
    case hintChange, dryRunAccepted
    case problemIBANFormat, problemIBANLength, problemIBANChecksum, problemBIC, problemMandate
    case refusalChoice, refusalContractNotFound, refusalRequestOpen, refusalInvoiceUnknown
    case refusalInstalmentsNotOffered, refusalContractEnded
    case contractTerminationRequested, contractDirectDebit, contractEInvoice
    case payTitle, payInvoiceLine, payLate, payReference, payInstalmentsOffered, payInstalmentReference
    case payAskInstalments, payWays, payOnline, payPhone, payNoChannel, payNoCard, payNothing, hintPay
    case hintInstalments, invoicesDebitedFromNext
}

extension Strings {
    /// The text of `key`.
    public subscript(_ key: KindText) -> String {
        language == .fr ? Self.french(key) : Self.english(key)
    }

    /// The text of `key` with `{0}`, `{1}`… replaced by `arguments`.
    public func callAsFunction(_ key: KindText, _ arguments: String...) -> String {
        var text = self[key]
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// The menu entry of one of our kinds.
    public func label(_ kind: ServiceRequestKind) -> String {
        switch kind {
        case .installments: return self[.menuInstallments]
        case .directDebit: return self[.menuDirectDebit]
        case .eInvoice: return self[.menuEInvoice]
        case .moveOut: return self[.menuMoveOut]
        case .moveIn: return self[.menuMoveIn]
        case .invoiceCopy: return self[.menuInvoiceCopy]
        }
    }

    /// The label of a field of `kind`'s form.
    public func label(_ field: KindField, of kind: ServiceRequestKind) -> String {
        switch field {
        case .invoice: return self[.fieldInvoice]
        case .instalments: return self[.fieldInstalments]
        case .iban: return self[.fieldIBAN]
        case .bic: return self[.fieldBIC]
        case .holder: return self[.fieldHolder]
        case .rhythm: return self[.fieldRhythm]
        case .mandate: return self[.fieldMandate]
        case .electronic: return self[.fieldElectronic]
        case .email: return self[.fieldMail]
        case .date: return self[kind == .moveIn ? .fieldArrivalDate : .fieldLeavingDate]
        case .index: return self[kind == .moveIn ? .fieldStartIndex : .fieldFinalIndex]
        case .address: return self[kind == .moveIn ? .fieldAddress : .fieldForwardingAddress]
        case .postcode: return self[.fieldPostcode]
        case .town: return self[.fieldTown]
        }
    }

    /// How a choice field shows its value ("Mensuel", "[x] accepté"…).
    public func choice(_ field: KindField, _ value: String) -> String {
        switch (field, value) {
        case (.instalments, _): return self(.choiceTimes, value)
        case (.rhythm, "mensuel"): return self[.choiceMonthly]
        case (.rhythm, _): return self[.choiceAtDueDate]
        case (.mandate, "1"): return self[.choiceMandateYes]
        case (.mandate, _): return self[.choiceMandateNo]
        case (.electronic, "0"): return self[.choicePaper]
        case (.electronic, _): return self[.choiceByEmail]
        default: return value
        }
    }

    /// What our kinds set on a contract, in words ("résiliation demandée"…), most pressing first.
    public func flags(of options: ContractOptions?) -> [String] {
        guard let options else { return [] }
        var flags: [String] = []
        if options.terminationRequested { flags.append(self[.contractTerminationRequested]) }
        if options.directDebit { flags.append(self[.contractDirectDebit]) }
        if options.electronicInvoice { flags.append(self[.contractEInvoice]) }
        return flags
    }

    /// The sentences of the problems our kinds add.
    func kindProblem(_ problem: FieldProblem) -> String? {
        switch problem {
        case .ibanFormat: return self[.problemIBANFormat]
        case .ibanLength(let expected): return self(.problemIBANLength, String(expected))
        case .ibanChecksum: return self[.problemIBANChecksum]
        case .bicFormat: return self[.problemBIC]
        case .postcodeFormat: return self[.refusalPostcodeInvalid]
        case .mandateNotAccepted: return self[.problemMandate]
        default: return nil
        }
    }

    /// The sentences of the refusal codes our kinds add (docs/api.md), nil for other codes.
    func kindRefusal(_ refusal: Refusal) -> String? {
        let value = { (name: String) in refusal.values[name] ?? "" }
        switch refusal.code {
        case "choice-invalid": return self[.refusalChoice]
        case "contract-not-found": return self[.refusalContractNotFound]
        case "request-already-open": return self(.refusalRequestOpen, value("request_id"))
        case "invoice-unknown": return self[.refusalInvoiceUnknown]
        case "instalments-not-offered": return self[.refusalInstalmentsNotOffered]
        case "iban-invalid": return self[.problemIBANFormat]
        case "iban-length": return self(.problemIBANLength, value("expected"))
        case "iban-checksum": return self[.problemIBANChecksum]
        case "bic-invalid": return self[.problemBIC]
        case "mandate-not-accepted": return self[.problemMandate]
        case "contract-ended": return self[.refusalContractEnded]
        default: return nil
        }
    }

    static func french(_ key: KindText) -> String {
        switch key {
        case .menuInstallments: return "Payer en plusieurs fois"
        case .menuDirectDebit: return "Mensualisation / prélèvement automatique"
        case .menuEInvoice: return "Facture électronique"
        case .menuMoveOut: return "Déménagement : départ"
        case .menuMoveIn: return "Déménagement : arrivée"
        case .menuInvoiceCopy: return "Duplicata de facture par e-mail"
        case .menuOthersUnavailable:
            return
                "Paiement en plusieurs fois, prélèvement, facture électronique, déménagement et duplicata : "
                + "à demander directement au service des eaux."
        case .fieldInvoice: return "N° de facture"
        case .fieldInstalments: return "Échéances"
        case .fieldIBAN: return "IBAN"
        case .fieldBIC: return "BIC"
        case .fieldHolder: return "Titulaire"
        case .fieldRhythm: return "Prélèvement"
        case .fieldMandate: return "Mandat SEPA"
        case .fieldElectronic: return "Envoi"
        case .fieldMail: return "E-mail"
        case .fieldLeavingDate: return "Date de départ"
        case .fieldArrivalDate: return "Date d'arrivée"
        case .fieldFinalIndex: return "Index final (m³)"
        case .fieldStartIndex: return "Index d'arrivée"
        case .fieldForwardingAddress: return "Nouvelle adresse"
        case .fieldAddress: return "Adresse"
        case .fieldPostcode: return "Code postal"
        case .fieldTown: return "Ville"
        case .choiceTimes: return "en {0} fois"
        case .choiceMonthly: return "mensuel"
        case .choiceAtDueDate: return "à chaque échéance"
        case .choiceMandateNo: return "[ ] non accepté"
        case .choiceMandateYes: return "[x] accepté"
        case .choiceByEmail: return "par e-mail"
        case .choicePaper: return "par courrier (papier)"
        case .introInstallments: return "Facture {0} : {1}, à payer avant le {2}."
        case .introNoPayable: return "Aucune facture à payer pour ce contrat."
        case .introDirectDebit: return "Contrat {0} : vos factures seront prélevées dès la prochaine."
        case .introMandate:
            return
                "Mandat SEPA : vous autorisez le service des eaux à envoyer des instructions à votre banque "
                + "pour débiter votre compte, et votre banque à le débiter conformément à ces instructions. "
                + "Vous pouvez être remboursé par votre banque dans les 8 semaines suivant le débit."
        case .introEInvoice: return "Contrat {0} : factures par e-mail, ou retour au papier."
        case .introMoveOut:
            return "Contrat {0} : date de départ, index ce jour-là, adresse pour la facture de clôture."
        case .introMoveIn:
            return "Ouvrir un contrat à votre nouvelle adresse, avec l'index du compteur à l'arrivée."
        case .introInvoiceCopy: return "Contrat {0} : le duplicata est envoyé à l'adresse e-mail indiquée."
        case .planLine: return "{0} le {1}"
        case .maskedIBAN: return "Compte : {0}"
        case .hintChange: return "Changer"
        case .dryRunAccepted:
            return "Le service accepterait cette demande. Entrée pour l'envoyer, Échap pour modifier."
        case .problemIBANFormat:
            return "Ce n'est pas un IBAN : 2 lettres du pays, 2 chiffres, puis lettres et chiffres."
        case .problemIBANLength: return "Un IBAN de ce pays compte {0} caractères."
        case .problemIBANChecksum: return "IBAN invalide (clé de contrôle) : vérifiez chaque caractère."
        case .problemBIC: return "Un BIC compte 8 ou 11 lettres et chiffres (ex. BNPAFRPPXXX)."
        case .problemMandate: return "Acceptez le mandat SEPA (Espace) pour continuer."
        case .refusalChoice: return "Choix non reconnu par le service."
        case .refusalContractNotFound: return "Ce contrat n'est pas (ou plus) le vôtre."
        case .refusalRequestOpen:
            return "La demande n° {0} du même type est encore en cours : attendez sa réponse."
        case .refusalInvoiceUnknown: return "Aucune facture à payer de ce contrat ne porte ce numéro."
        case .refusalInstalmentsNotOffered: return "Cette facture ne peut pas être payée en plusieurs fois."
        case .refusalContractEnded: return "Ce contrat est déjà résilié."
        case .contractTerminationRequested: return "résiliation demandée"
        case .contractDirectDebit: return "prélèvement automatique"
        case .contractEInvoice: return "facture électronique"
        case .payTitle: return "Payer"
        case .payInvoiceLine: return "Facture n° {0} : {1} à payer avant le {2}"
        case .payLate: return "EN RETARD"
        case .payReference: return "Référence de paiement : {0}"
        case .payInstalmentsOffered: return "Paiement en {0} fois possible :"
        case .payInstalmentReference: return "réf. {0}"
        case .payAskInstalments: return "Entrée : demander le paiement en plusieurs fois."
        case .payWays: return "Pour payer"
        case .payOnline: return "En ligne : {0}"
        case .payPhone: return "Par téléphone : {0}"
        case .payNoChannel:
            return "Le service n'a pas publié de paiement en ligne : suivez les indications de votre facture."
        case .payNoCard: return "Aucune donnée de carte bancaire ne se saisit dans ce terminal."
        case .payNothing: return "Aucune facture à payer pour ce contrat."
        case .hintPay: return "Payer"
        case .hintInstalments: return "Plusieurs fois"
        case .invoicesDebitedFromNext: return "prélevées à partir de la prochaine facture"
        }
    }

    static func english(_ key: KindText) -> String {
        switch key {
        case .menuInstallments: return "Pay in instalments"
        case .menuDirectDebit: return "Monthly payment / direct debit"
        case .menuEInvoice: return "Electronic invoices"
        case .menuMoveOut: return "Moving: leaving"
        case .menuMoveIn: return "Moving: arriving"
        case .menuInvoiceCopy: return "Invoice copy by e-mail"
        case .menuOthersUnavailable:
            return
                "Instalments, direct debit, electronic invoices, moving and invoice copies: "
                + "ask the water service directly."
        case .fieldInvoice: return "Invoice no."
        case .fieldInstalments: return "Instalments"
        case .fieldIBAN: return "IBAN"
        case .fieldBIC: return "BIC"
        case .fieldHolder: return "Account holder"
        case .fieldRhythm: return "Debit"
        case .fieldMandate: return "SEPA mandate"
        case .fieldElectronic: return "Invoices"
        case .fieldMail: return "E-mail"
        case .fieldLeavingDate: return "Leaving on"
        case .fieldArrivalDate: return "Arriving on"
        case .fieldFinalIndex: return "Final index (m³)"
        case .fieldStartIndex: return "Starting index"
        case .fieldForwardingAddress: return "New address"
        case .fieldAddress: return "Address"
        case .fieldPostcode: return "Postal code"
        case .fieldTown: return "Town"
        case .choiceTimes: return "in {0} instalments"
        case .choiceMonthly: return "monthly"
        case .choiceAtDueDate: return "at each due date"
        case .choiceMandateNo: return "[ ] not accepted"
        case .choiceMandateYes: return "[x] accepted"
        case .choiceByEmail: return "by e-mail"
        case .choicePaper: return "by post (paper)"
        case .introInstallments: return "Invoice {0}: {1}, due by {2}."
        case .introNoPayable: return "No invoice to pay for this contract."
        case .introDirectDebit: return "Contract {0}: your invoices will be debited from the next one."
        case .introMandate:
            return
                "SEPA mandate: you authorise the water service to send instructions to your bank to debit "
                + "your account, and your bank to debit it accordingly. You may be refunded by your bank "
                + "within 8 weeks of the debit."
        case .introEInvoice: return "Contract {0}: invoices by e-mail, or back to paper."
        case .introMoveOut:
            return "Contract {0}: leaving date, index on that day, address for the final invoice."
        case .introMoveIn: return "Open a contract at your new address, with the meter index on arrival."
        case .introInvoiceCopy: return "Contract {0}: the copy is sent to the e-mail address given."
        case .planLine: return "{0} on {1}"
        case .maskedIBAN: return "Account: {0}"
        case .hintChange: return "Change"
        case .dryRunAccepted: return "The service would accept this request. Enter to send it, Esc to edit."
        case .problemIBANFormat: return "Not an IBAN: 2 country letters, 2 digits, then letters and digits."
        case .problemIBANLength: return "An IBAN of this country has {0} characters."
        case .problemIBANChecksum: return "Invalid IBAN (check digits): check each character."
        case .problemBIC: return "A BIC has 8 or 11 letters and digits (e.g. BNPAFRPPXXX)."
        case .problemMandate: return "Accept the SEPA mandate (Space) to go on."
        case .refusalChoice: return "The service does not know this choice."
        case .refusalContractNotFound: return "This contract is not (or no longer) yours."
        case .refusalRequestOpen:
            return "Request no. {0} of the same kind is still open: wait for its answer."
        case .refusalInvoiceUnknown: return "No invoice to pay of this contract has this number."
        case .refusalInstalmentsNotOffered: return "This invoice cannot be paid in instalments."
        case .refusalContractEnded: return "This contract has already ended."
        case .contractTerminationRequested: return "termination requested"
        case .contractDirectDebit: return "direct debit"
        case .contractEInvoice: return "electronic invoices"
        case .payTitle: return "Pay"
        case .payInvoiceLine: return "Invoice no. {0}: {1} to pay by {2}"
        case .payLate: return "OVERDUE"
        case .payReference: return "Payment reference: {0}"
        case .payInstalmentsOffered: return "Payment in {0} instalments possible:"
        case .payInstalmentReference: return "ref. {0}"
        case .payAskInstalments: return "Enter: ask to pay in instalments."
        case .payWays: return "How to pay"
        case .payOnline: return "Online: {0}"
        case .payPhone: return "By phone: {0}"
        case .payNoChannel:
            return "The service publishes no online payment: follow the instructions on your invoice."
        case .payNoCard: return "No card details are ever typed into this terminal."
        case .payNothing: return "No invoice to pay for this contract."
        case .hintPay: return "Pay"
        case .hintInstalments: return "Instalments"
        case .invoicesDebitedFromNext: return "debited from the next invoice on"
        }
    }
}
