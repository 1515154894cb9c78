/// Répondre au service: the question of a request in "Attente client", in full, and the
/// answer the subscriber (or the counter agent for him) types.
public struct AnswerState: Equatable, Sendable {
    /// The one field; the raw value is the server's member name.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case answer
    }

    /// The longest answer the service keeps (characters, once trimmed).
    public static let maximumLength = 2000

    /// The request answered, with its history.
    public var request: RequestRecord
    /// What is typed.
    public var fields = FormFields<Field>(focus: .answer)
    /// The answer is on its way.
    public var isSubmitting = false
    /// The last failure not tied to the field.
    public var error: ServiceFailure?

    /// The form for `request` (in "Attente client", history loaded).
    public init(request: RequestRecord) {
        self.request = request
    }

    /// The service's question: the comment of the latest move to "Attente client".
    public var question: String? {
        request.history.last { $0.status == .client && !($0.comment ?? "").isEmpty }?.comment
    }

    /// The answer as it will be sent (trimmed).
    public var text: String { fields[.answer].trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Whether something typed would be lost.
    public var hasUnsavedInput: Bool { !text.isEmpty }

    /// The local checks (the service has the last word): not empty, not too long.
    public var problems: [Field: FieldProblem] {
        if text.isEmpty { return [.answer: .required] }
        if text.count > Self.maximumLength {
            return [
                .answer: .refused(
                    Refusal(
                        field: Field.answer.rawValue, code: "field-too-long", text: "",
                        values: ["max": String(Self.maximumLength)]))
            ]
        }
        return [:]
    }
}

/// What happens on Répondre au service.
public enum AnswerAction: Equatable, Sendable {
    /// Typing, Enter (sends).
    case form(FormAction<AnswerState.Field>)
    /// The service answered: the request with its new history, or why not.
    case answered(Result<RequestRecord, ServiceFailure>)
}
