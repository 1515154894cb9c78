import Foundation
import OmegaClient

/// "Transmettre un index": the new-index form.
public struct ReadingFormState: Equatable, Sendable {
    /// The fields, in Tab order.
    public enum Field: CaseIterable, Equatable, Hashable, Sendable {
        case index
        case date
        case comment

        /// Maps a server field-error name (`ni`, `dateni`, `comlib`).
        static func from(wireName: String) -> Field? {
            switch wireName {
            case "ni": return .index
            case "dateni": return .date
            case "comlib": return .comment
            default: return nil
            }
        }
    }

    /// The contract and consumption point the index is for.
    public var contratId: String
    /// The contract number.
    public var numeroContrat: String
    /// The consumption point the index is filed against.
    public var pconsoId: String
    /// The last known index and its date, shown above the field.
    public var lastIndex: Int?
    /// The date of the last known index.
    public var lastDate: Date?
    /// What the user typed.
    public var indexText = ""
    /// The reading date typed (prefilled with today).
    public var dateText: String
    /// An optional comment for the service.
    public var comment = ""
    /// Opens on the (empty) new-index field.
    public var focus: Field = .index
    /// The current step.
    public var step: FormStep = .editing
    /// Errors next to the fields (local checks and the server's).
    public var fieldErrors: [Field: String] = [:]
    /// A failure not tied to a field.
    public var error: ServiceFailure?
    /// Generated once per form and kept in its draft, so a retry (even after a restart)
    /// reuses it and the server answers the first request instead of making a second.
    public var idempotencyKey: String

    /// Creates an empty form for a contract; `today` fills the date field.
    public init(
        contract: ContractSummary, pconsoId: String, lastReading: ReadingRecord?, today: Date,
        language: Language, idempotencyKey: String
    ) {
        contratId = contract.id
        numeroContrat = contract.numeroContrat
        self.pconsoId = pconsoId
        lastIndex = lastReading?.index
        lastDate = lastReading?.date
        dateText = Formatting.date(today, in: language)
        self.idempotencyKey = idempotencyKey
    }

    /// Whether the form holds input that would be lost (quit asks first).
    public var hasUnsavedInput: Bool {
        if case .sent = step { return false }
        return !indexText.isEmpty || !comment.isEmpty
    }

    /// The consumption the index implies, once the dry run passed: the server's figure, or
    /// the difference with the last index.
    public var impliedConsumption: Decimal? {
        guard case .confirming(let outcome) = step else { return nil }
        if let fromServer = outcome.impliedConsumption { return fromServer }
        guard let lastIndex, let index = Int(indexText) else { return nil }
        return Decimal(index - lastIndex)
    }

    /// Checks the input locally; the submission when it may go to the server.
    public func validated(in language: Language) -> Result<ReadingSubmission, FieldErrors> {
        let fr = language == .fr
        var errors: [Field: String] = [:]
        let trimmedIndex = indexText.trimmingCharacters(in: .whitespaces)
        let index = Int(trimmedIndex)
        if trimmedIndex.isEmpty {
            errors[.index] = fr ? "Saisissez l'index du compteur." : "Enter the meter index."
        } else if index == nil || (index ?? 0) < 0 || !trimmedIndex.allSatisfy(\.isNumber) {
            errors[.index] = fr ? "L'index est un nombre entier de m³." : "The index is a whole number of m³."
        }
        let date = Formatting.parseDate(dateText)
        if date == nil {
            errors[.date] = fr ? "Date invalide (jj/mm/aaaa)." : "Invalid date (dd/mm/yyyy)."
        }
        guard errors.isEmpty, let index, let date else { return .failure(FieldErrors(errors)) }
        let note = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(
            ReadingSubmission(
                pconsoId: pconsoId, index: index, date: date, comment: note.isEmpty ? nil : note)
        )
    }

    /// Local field errors, as an `Error` so they fit in a `Result`.
    public struct FieldErrors: Error, Equatable, Sendable {
        /// The message of each wrong field.
        public var byField: [Field: String]

        init(_ byField: [Field: String]) { self.byField = byField }
    }
}
