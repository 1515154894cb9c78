import Foundation
import OmegaClient

/// "Mettre à jour mes coordonnées": prefilled from the person, sends only what changed.
public struct ContactFormState: Equatable, Sendable {
    /// The person as the server has it.
    public var original: ContactDetails
    /// The values being edited, prefilled with the original ones.
    public var values: [ContactField: String]
    /// The field with focus.
    public var focus: ContactField = ContactField.allCases[0]
    /// The current step.
    public var step: FormStep = .editing
    /// Errors next to the fields (the server's, by wire name).
    public var fieldErrors: [ContactField: String] = [:]
    /// A failure not tied to a field.
    public var error: ServiceFailure?
    /// Generated once per form; kept in its draft (see `ReadingFormState.idempotencyKey`).
    public var idempotencyKey: String

    /// Creates a form prefilled from `person`.
    public init(person: ContactDetails, idempotencyKey: String) {
        original = person
        values = person.fields
        self.idempotencyKey = idempotencyKey
    }

    /// The value shown in a field.
    public func value(_ field: ContactField) -> String { values[field] ?? "" }

    /// The fields whose trimmed value differs from the original, with their new values.
    public var changes: [ContactField: String] {
        var result: [ContactField: String] = [:]
        for field in ContactField.allCases {
            let edited = value(field).trimmingCharacters(in: .whitespaces)
            if edited != original.value(field).trimmingCharacters(in: .whitespaces) {
                result[field] = edited
            }
        }
        return result
    }

    /// Whether the form holds input that would be lost.
    public var hasUnsavedInput: Bool {
        if case .sent = step { return false }
        return !changes.isEmpty
    }

    /// Local checks: something must have changed, and an e-mail must look like one.
    public func localErrors(in language: Language) -> [ContactField: String] {
        let fr = language == .fr
        if let mail = changes[.mail], !mail.isEmpty, !mail.contains("@") {
            return [.mail: fr ? "Adresse e-mail invalide." : "Invalid e-mail address."]
        }
        return [:]
    }
}
