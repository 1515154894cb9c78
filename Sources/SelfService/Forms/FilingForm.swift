/// A request form: fields, a dry run then the send (with one idempotency key for the form's
/// whole life, kept in its draft), and a draft written as the user types.
///
/// The index and contact forms conform; ``FilingFormFeature`` is their one reducer.
public protocol FilingForm: Equatable, Sendable {
    /// The form's fields; the raw value names them in drafts.
    associatedtype Field: Hashable & Sendable & RawRepresentable where Field.RawValue == String
    /// What the form files once checked.
    associatedtype Submission: Equatable & Sendable

    /// The fields in Tab order.
    static var order: [Field] { get }
    /// The fields this form shows, in Tab order (``order`` unless the form decides per
    /// instance, as the forms of our request kinds do).
    var fieldOrder: [Field] { get }
    /// The form's field for a refusal naming `wireName` (`ni`, `tel`…).
    static func field(wireName: String) -> Field?
    /// Files `submission` on `source` (or only validates it, when `dryRun`).
    static func file(
        _ submission: Submission, dryRun: Bool, idempotencyKey: String, on source: any SubscriberDataSource
    ) async throws(ServiceFailure) -> FilingOutcome

    /// The text, focus and problems.
    var fields: FormFields<Field> { get set }
    /// Where the form stands.
    var step: FilingStep { get set }
    /// A failure not tied to a field.
    var error: ServiceFailure? { get set }
    /// Generated once per form and kept in its draft, so a retry (even after a restart)
    /// reuses it and the service answers the first request instead of making a second.
    var idempotencyKey: String { get set }
    /// Where the draft is kept.
    var draftKey: DraftKey { get }
    /// The values worth keeping in a draft (empty: nothing typed).
    var draftValues: [Field: String] { get }
    /// Checks the input locally: the submission, or the problem of each field at fault (or
    /// a failure of the whole form).
    func validated() -> Result<Submission, FormRejection<Field>>
    /// A reason to ask again before sending what the dry run accepted (nil: none).
    func warning(for outcome: FilingOutcome) -> FilingWarning?
}

/// Why a form was not sent: problems next to fields, or one for the whole form.
public struct FormRejection<Field: Hashable & Sendable>: Error, Equatable, Sendable {
    /// The problem of each field at fault.
    public var problems: [Field: FieldProblem]
    /// A problem of the whole form ("nothing changed").
    public var failure: ServiceFailure?

    /// Creates a rejection.
    public init(problems: [Field: FieldProblem] = [:], failure: ServiceFailure? = nil) {
        self.problems = problems
        self.failure = failure
    }
}

extension FilingForm {
    /// Every field of the type.
    public var fieldOrder: [Field] { Self.order }

    /// No second look by default.
    public func warning(for outcome: FilingOutcome) -> FilingWarning? { nil }

    /// Whether the form holds input that quitting or Esc would lose.
    public var hasUnsavedInput: Bool {
        if case .sent = step { return false }
        return !draftValues.isEmpty
    }

    /// Whether Esc asks before closing: typed input would be lost (while editing; later steps
    /// step back instead of closing).
    public var asksBeforeDiscarding: Bool { step == .editing && hasUnsavedInput }

    /// The draft of the form as it stands.
    public var draft: FormDraft {
        FormDraft(
            key: draftKey, values: Dictionary(uniqueKeysWithValues: draftValues.map { ($0.rawValue, $1) }),
            idempotencyKey: idempotencyKey)
    }
}
