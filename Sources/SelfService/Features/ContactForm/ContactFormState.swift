/// "Mettre à jour mes coordonnées": prefilled from the person, sends only what changed.
public struct ContactFormState: FilingForm {
    public typealias Field = ContactField

    public static let order = ContactField.allCases

    /// The person as the service has it.
    public var original: ContactDetails
    public var fields: FormFields<ContactField>
    public var step: FilingStep = .editing
    public var error: ServiceFailure?
    public var idempotencyKey: String

    /// A form prefilled from `person`.
    public init(person: ContactDetails, idempotencyKey: String) {
        original = person
        fields = FormFields(focus: ContactField.allCases[0], values: person.fields)
        self.idempotencyKey = idempotencyKey
    }

    public static func field(wireName: String) -> ContactField? { ContactField(rawValue: wireName) }

    public static func file(
        _ submission: ContactSubmission, dryRun: Bool, idempotencyKey: String,
        on source: any SubscriberDataSource
    ) async throws(ServiceFailure) -> FilingOutcome {
        try await source.updateContact(submission, dryRun: dryRun, idempotencyKey: idempotencyKey)
    }

    public var draftKey: DraftKey { .contact(personneId: original.personneId) }

    /// The edited values only.
    public var draftValues: [ContactField: String] { changes }

    /// The fields whose trimmed value differs from the original, with their new values.
    public var changes: [ContactField: String] {
        var result: [ContactField: String] = [:]
        for field in ContactField.allCases {
            let edited = fields[field].trimmingCharacters(in: .whitespaces)
            if edited != original.value(field).trimmingCharacters(in: .whitespaces) { result[field] = edited }
        }
        return result
    }

    public func validated() -> Result<ContactSubmission, FormRejection<ContactField>> {
        let changes = self.changes
        if let mail = changes[.mail], !mail.isEmpty, !mail.contains("@") {
            return .failure(FormRejection(problems: [.mail: .invalidEmail]))
        }
        guard !changes.isEmpty else {
            return .failure(FormRejection(failure: ServiceFailure(.nothingChanged)))
        }
        return .success(ContactSubmission(personneId: original.personneId, changes: changes))
    }
}
