/// What a toast says, as a code the front end words in the user's language.
public enum ToastMessage: Equatable, Sendable {
    /// A tracked request changed status.
    case statusChanged(requestId: String, title: String, from: RequestStatus, to: RequestStatus)
    /// A request was filed.
    case requestFiled(requestId: String)
    /// The session expired; the form in progress is kept.
    case sessionExpired
    /// A draft was restored into a form.
    case draftRestored
    /// The e-mail was confirmed; the user can log in.
    case accountVerified
    /// The password was changed.
    case passwordReset
    /// The answer to the service was sent: the request is back "En traitement".
    case answerSent(requestId: String)
    /// A failure not tied to a form.
    case failure(ServiceFailure)
}

/// A short message shown for a few seconds.
public struct Toast: Equatable, Sendable, Identifiable {
    /// Unique within a run; the timer that hides it uses it.
    public var id: Int
    /// What it says.
    public var message: ToastMessage

    /// Creates a toast.
    public init(id: Int, message: ToastMessage) {
        self.id = id
        self.message = message
    }
}

/// The toasts on screen, oldest first.
public struct Toasts: Equatable, Sendable {
    /// How long a toast stays.
    public static let duration: Duration = .seconds(4)

    /// The toasts shown.
    public var items: [Toast] = []
    /// The id of the next toast.
    public var nextId = 1

    /// No toast.
    public init() {}

    /// The newest toast.
    public var last: Toast? { items.last }

    /// Shows `message` and schedules its end.
    mutating func show(_ message: ToastMessage) -> Effect<AppAction> {
        let toast = Toast(id: nextId, message: message)
        nextId += 1
        items.append(toast)
        return .timer(.toast(toast.id), after: Self.duration, send: .dismissToast(toast.id))
    }

    /// Hides a toast.
    mutating func dismiss(_ id: Int) {
        items.removeAll { $0.id == id }
    }

    /// Hides every toast and stops their timers.
    mutating func clear() -> Effect<AppAction> {
        let effect = Effect<AppAction>.merge(items.map { .cancel(.toast($0.id)) })
        items = []
        return effect
    }
}
