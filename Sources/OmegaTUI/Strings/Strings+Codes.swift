import SelfService

/// The words for the codes the view-models emit: failures, field problems, statuses, kinds.
extension Strings {
    /// A clear sentence saying what failed and what to do; for 429 and 503 it names the wait
    /// when the server gave one. A refusal with no field of its own shows the service's text.
    public func failure(_ failure: ServiceFailure) -> String {
        var text = self[Self.key(of: failure.reason)]
        if case .auditLogUnwritable(let path) = failure.reason { text = self(.errAuditLog, path) }
        if failure.reason == .tooManyRequests || failure.reason == .unavailable,
            let seconds = failure.retryAfter, seconds > 0
        {
            let minutes = max(1, Int((seconds / 60).rounded(.up)))
            text += " " + (minutes == 1 ? self[.waitOneMinute] : self(.waitMinutes, String(minutes)))
        }
        // A refusal naming no field is said in full: in the user's words when its code is
        // known, else the service's text (only for plain refusals: a conflict's text is kept
        // to known codes).
        let unplaced = failure.refusals.filter { $0.field == nil && (!$0.text.isEmpty || $0.code != nil) }
        let known = unplaced.filter { refusal($0) != $0.text }
        if failure.reason == .refused, !unplaced.isEmpty {
            text = unplaced.map(refusal).joined(separator: " ")
        } else if failure.reason == .conflict, !known.isEmpty {
            text = known.map(refusal).joined(separator: " ")
        }
        return text
    }

    /// What the service refused, in the user's language when its code is known (docs/api.md
    /// lists them), else the service's own text in full.
    public func refusal(_ refusal: Refusal) -> String {
        let value = { (name: String) in refusal.values[name] ?? "" }
        switch refusal.code {
        case "index-below-last":
            return self(.refusalIndexBelowLast, Int(value("last_index")).map(number) ?? value("last_index"))
        case "date-in-future": return self[.refusalDateInFuture]
        case "date-not-after-last": return self(.refusalDateNotAfterLast, day(value("last_date")))
        case "index-invalid": return self[.problemNotAWholeNumber]
        case "date-invalid": return self[.problemInvalidDate]
        case "reading-already-open": return self(.refusalReadingAlreadyOpen, value("request_id"))
        case "point-unknown": return self[.refusalPointUnknown]
        case "phone-invalid": return self[.refusalPhoneInvalid]
        case "email-invalid": return self[.problemInvalidEmail]
        case "postcode-invalid": return self[.refusalPostcodeInvalid]
        case "field-too-long": return self(.refusalTooLong, value("max"))
        case "field-not-changeable": return self[.refusalNotChangeable]
        case "code-invalid": return self[.refusalCodeInvalid]
        case "password-weak": return self[.refusalPasswordWeak]
        case "email-taken": return self[.refusalEmailTaken]
        case "contract-unknown": return self[.refusalContractUnknown]
        case "invoice-mismatch": return self[.refusalInvoiceMismatch]
        case "old-password-wrong": return self[.refusalOldPasswordWrong]
        case "nothing-to-change": return self[.errNothingChanged]
        case "field-required": return self[.problemRequired]
        case "amount-invalid": return self[.refusalAmountInvalid]
        default: return refusal.text
        }
    }

    /// An ISO day (`2026-08-20`, time ignored) written the user's way; as sent when unreadable.
    private func day(_ iso: String) -> String {
        Formatting.parseDate(String(iso.prefix(10))).map { date($0) } ?? iso
    }

    /// The sentence shown next to a field.
    public func problem(_ problem: FieldProblem, field: FieldID? = nil) -> String {
        switch problem {
        case .required:
            switch field {
            case .reading(.index)?: return self[.problemIndexRequired]
            case .signUp(.password)?: return self[.problemPasswordRequired]
            case .signUp(.numeroContrat)?: return self[.problemContractRequired]
            case .signUp(.numeroFacture)?: return self[.problemInvoiceRequired]
            default: return self[.problemRequired]
            }
        case .invalidEmail: return self[.problemInvalidEmail]
        case .codeFormat: return self[.problemCodeFormat]
        case .confirmationDiffers: return self[.problemConfirmationDiffers]
        case .weakPassword(let strength): return label(strength)
        case .notAWholeNumber: return self[.problemNotAWholeNumber]
        case .invalidDate: return self[.problemInvalidDate]
        case .refused(let refusal): return self.refusal(refusal)
        }
    }

    /// "trop court (8 caractères minimum)", "faible", "moyen", "fort".
    public func label(_ strength: PasswordStrength) -> String {
        switch strength {
        case .vide: return ""
        case .tropCourt: return self(.strengthTooShort, String(PasswordStrength.minimumLength))
        case .faible: return self[.strengthWeak]
        case .moyen: return self[.strengthFair]
        case .fort: return self[.strengthStrong]
        }
    }

    /// "Enregistrée", "Envoyée", "En traitement", "Attente client", "Terminée", "En erreur",
    /// "Refusée"; an unknown code as sent.
    public func label(_ status: RequestStatus) -> String {
        switch status {
        case .saved: return self[.statusSaved]
        case .send: return self[.statusSent]
        case .omega: return self[.statusInProgress]
        case .client: return self[.statusAwaitingClient]
        case .closed: return self[.statusClosed]
        case .error: return self[.statusError]
        case .refused: return self[.statusRefused]
        case .unknown(let code): return code
        }
    }

    /// "Transmission de relevé", "Mise à jour des coordonnées"…; an unknown code as sent.
    public func label(_ code: RequestCode) -> String {
        switch code {
        case .releve: return self[.requestCodeReading]
        case .miseAJourPersonne: return self[.requestCodeContact]
        case .facture: return self[.requestCodeInvoice]
        case .autre(let code): return code
        }
    }

    /// "payée", "à payer", "prélevée", "annulée", "avoir".
    public func label(_ status: InvoiceStatus) -> String {
        switch status {
        case .payee: return self[.invoicePaid]
        case .aPayer: return self[.invoiceToPay]
        case .prelevee: return self[.invoiceDirectDebit]
        case .annulee: return self[.invoiceCancelled]
        case .avoir: return self[.invoiceCreditNote]
        }
    }

    /// "réel", "estimé", "auto-relevé", "radio"; an unknown code as sent.
    public func label(_ kind: ReadingKind) -> String {
        switch kind {
        case .reel: return self[.readingActual]
        case .estime: return self[.readingEstimated]
        case .autoReleve: return self[.readingSelf]
        case .radio: return self[.readingRadio]
        case .autre(let code): return code
        }
    }

    /// The label of a contact field.
    public func label(_ field: ContactField) -> String {
        switch field {
        case .adresse1: return self[.contactAddress1]
        case .adresse2: return self[.contactAddress2]
        case .adresse3: return self[.contactAddress3]
        case .codePostal: return self[.contactPostcode]
        case .ville: return self[.contactTown]
        case .telephone: return self[.contactPhone]
        case .mobile: return self[.contactMobile]
        case .telephoneTravail: return self[.contactWorkPhone]
        case .mail: return self[.contactEmail]
        }
    }

    /// The entries of the "Nouvelle demande" menu.
    public func label(_ kind: NewRequestKind, mode: AppMode = .subscriber) -> String {
        switch kind {
        case .transmettreIndex: return self[.kindReading]
        case .mettreAJourCoordonnees: return self[mode == .subscriber ? .kindContact : .kindContactCounter]
        }
    }

    /// Where a request was filed: "en ligne", "au guichet — agent dupont" (`short`: "guichet").
    public func label(_ origin: RequestOrigin, short: Bool = false) -> String {
        switch origin {
        case .online: return self[.originOnline]
        case .counter(let agent): return short ? self[.originCounterShort] : self(.originCounter, agent)
        }
    }

    /// The counter's search kinds.
    public func label(_ kind: SubscriberSearchKind) -> String {
        switch kind {
        case .contractNumber: return self[.searchKindContract]
        case .nameBegins: return self[.searchKindNameBegins]
        case .nameContains: return self[.searchKindNameContains]
        case .meterSerial: return self[.searchKindMeter]
        case .streetAndTown: return self[.searchKindStreet]
        }
    }

    /// What a toast says.
    public func toast(_ message: ToastMessage) -> String {
        switch message {
        case .statusChanged(let id, let title, let from, let to):
            let request = title.isEmpty ? self(.toastRequestNumber, id) : self(.toastRequestTitled, title, id)
            return self(.toastStatusChanged, request, label(from), label(to))
        case .requestFiled(let id): return self(.toastRequestFiled, id)
        case .sessionExpired: return self[.toastSessionExpired]
        case .draftRestored: return self[.toastDraftRestored]
        case .accountVerified: return self[.toastAccountVerified]
        case .passwordReset: return self[.toastPasswordReset]
        case .failure(let failure): return self.failure(failure)
        }
    }

    /// The table key of a failure reason.
    static func key(of reason: ServiceFailure.Reason) -> StringKey {
        switch reason {
        case .badRequest: return .errBadRequest
        case .notAuthorized: return .errNotAuthorized
        case .invalidCredentials: return .errInvalidCredentials
        case .sessionExpired: return .errSessionExpired
        case .accountNotVerified: return .errAccountNotVerified
        case .forbidden: return .errForbidden
        case .notFound: return .errNotFound
        case .conflict: return .errConflict
        case .unsupportedFormat: return .errUnsupportedFormat
        case .refused: return .errRefused
        case .tooManyRequests: return .errTooManyRequests
        case .serverError: return .errServerError
        case .unavailable: return .errUnavailable
        case .unexpectedAnswer: return .errUnexpectedAnswer
        case .unreachable: return .errUnreachable
        case .timeout: return .errTimeout
        case .unreadableAnswer: return .errUnreadableAnswer
        case .forgedAnswer: return .errForgedAnswer
        case .cancelled: return .errCancelled
        case .notLoggedIn: return .errNotLoggedIn
        case .noMeter: return .errNoMeter
        case .contactNotLoaded: return .errContactNotLoaded
        case .nothingChanged: return .errNothingChanged
        case .emptySearch: return .errEmptySearch
        case .auditLogUnwritable: return .errAuditLog
        case .outsideSubscriber: return .errOutsideSubscriber
        }
    }
}
