import Foundation

/// The form of one of our request kinds (``ServiceRequestKind``) for one contract: the
/// kind decides the fields; ``FilingFormFeature`` does the rest, as for every request form.
public struct KindFormState: FilingForm {
    public typealias Field = KindField
    public typealias Submission = KindSubmission

    public static let order = KindField.allCases

    /// The kind.
    public var kind: ServiceRequestKind
    /// The contract the request is about (`contrat_id`).
    public var contratId: String
    /// The contract number, shown.
    public var numeroContrat: String
    /// The person filing (`personne_id`, sent by the counter for an arrival).
    public var personneId: String?
    /// Whether the form is filed at the counter (the person is then named in the request).
    public var atCounter: Bool
    /// The invoice due, when there is one (instalments and copies are about it).
    public var payable: PayableInvoice?
    /// The last known index and its date, shown above a final index.
    public var lastReading: ReadingRecord?
    public var fields: FormFields<KindField>
    public var step: FilingStep = .editing
    public var error: ServiceFailure?
    public var idempotencyKey: String

    /// A form of `kind` for `contract`, prefilled with what is known: the invoice due (else
    /// `newestInvoice`, the number of the newest invoice: the invoice due loads only with
    /// Factures and Payer), the subscriber's e-mail, today's date (written in `language`).
    public init(
        kind: ServiceRequestKind, contract: ContractSummary, personneId: String?, atCounter: Bool,
        email: String?, payable: PayableInvoice?, newestInvoice: String? = nil, lastReading: ReadingRecord?,
        today: Date,
        language: Language, idempotencyKey: String
    ) {
        self.kind = kind
        contratId = contract.id
        numeroContrat = contract.numeroContrat
        self.personneId = personneId
        self.atCounter = atCounter
        self.payable = payable
        self.lastReading = lastReading
        self.idempotencyKey = idempotencyKey
        var values: [KindField: String] = [:]
        for field in kind.fields {
            if let first = field.choices?.first { values[field] = first }
        }
        if kind.fields.contains(.invoice), let number = payable?.numeroFacture ?? newestInvoice {
            values[.invoice] = number
        }
        if let email, !email.isEmpty { values[.email] = email }
        if kind.fields.contains(.date) { values[.date] = Formatting.date(today, in: language) }
        fields = FormFields(focus: kind.fields[0], values: values)
        prefilled = values
    }

    /// The values the form opened with: not input worth keeping in a draft.
    public var prefilled: [KindField: String]

    public var fieldOrder: [KindField] { kind.fields }

    public static func field(wireName: String) -> KindField? { KindField.field(wireName: wireName) }

    public static func file(
        _ submission: KindSubmission, dryRun: Bool, idempotencyKey: String,
        on source: any SubscriberDataSource
    ) async throws(ServiceFailure) -> FilingOutcome {
        try await source.fileKind(submission, dryRun: dryRun, idempotencyKey: idempotencyKey)
    }

    public var draftKey: DraftKey { .kind(kind.rawValue, contratId: contratId) }

    /// What was typed beyond the prefilled values; bank details are never written to disk.
    public var draftValues: [KindField: String] {
        let typed = fields.values.filter {
            prefilled[$0.key] != $0.value && $0.key != .iban && $0.key != .bic
        }
        return typed.isEmpty ? [:] : fields.values.filter { $0.key != .iban && $0.key != .bic }
    }

    /// Whether the field shows a choice (Space changes it) rather than typed text.
    public static func isChoice(_ field: KindField) -> Bool { field.choices != nil }

    public func validated() -> Result<KindSubmission, FormRejection<KindField>> {
        var problems: [KindField: FieldProblem] = [:]
        var attributes: [String: String] = [:]
        if kind.needsContract { attributes["contrat_id"] = contratId }
        if kind == .moveIn, atCounter, let personneId { attributes["personne_id"] = personneId }
        for field in kind.fields {
            let text = fields[field].trimmingCharacters(in: .whitespaces)
            if let problem = Self.problem(field, text, in: self) {
                problems[field] = problem
                continue
            }
            guard !text.isEmpty else { continue }
            attributes[field.wireName] = Self.wireValue(field, text)
        }
        guard problems.isEmpty else { return .failure(FormRejection(problems: problems)) }
        return .success(KindSubmission(kind: kind, attributes: attributes))
    }

    /// The problem of `text` in `field`, checked as the service would.
    private static func problem(_ field: KindField, _ text: String, in form: KindFormState) -> FieldProblem? {
        let optional = field == .email && form.kind == .eInvoice && form.fields[.electronic] == "0"
        if text.isEmpty { return optional ? nil : .required }
        switch field {
        case .iban: return BankDetails.ibanProblem(text)
        case .bic: return BankDetails.isBIC(text) ? nil : .bicFormat
        case .email:
            return text.contains("@") && text.split(separator: "@").last?.contains(".") == true
                ? nil : .invalidEmail
        case .index:
            return text.allSatisfy { $0.isASCII && $0.isNumber } && Int(text) != nil ? nil : .notAWholeNumber
        case .date: return Formatting.parseDate(text) == nil ? .invalidDate : nil
        case .postcode:
            return text.count == 5 && text.allSatisfy { $0.isASCII && $0.isNumber } ? nil : .postcodeFormat
        case .mandate: return text == "1" ? nil : .mandateNotAccepted
        default: return nil
        }
    }

    /// The wire form of a value: dates as `YYYY-MM-DD`, bank details without spaces.
    private static func wireValue(_ field: KindField, _ text: String) -> String {
        switch field {
        case .date: return Formatting.parseDate(text).map { Formatting.date($0, in: .en) } ?? text
        case .iban, .bic: return BankDetails.compact(text)
        default: return text
        }
    }
}
