import OmegaClient

/// What a toast says; rendered in the current language.
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
    /// A failure not tied to a form.
    case failure(ServiceFailure)

    /// The text in a language.
    public func text(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .statusChanged(let id, let title, let from, let to):
            let label = title.isEmpty ? "n° \(id)" : "\(title) (n° \(id))"
            let change = "\(from.label(in: language)) → \(to.label(in: language))"
            return fr ? "Demande \(label) : \(change)" : "Request \(label): \(change)"
        case .requestFiled(let id):
            return fr ? "Demande n° \(id) envoyée." : "Request no. \(id) sent."
        case .sessionExpired:
            return fr
                ? "Session expirée : reconnectez-vous, votre saisie est conservée."
                : "Session expired: log in again, your input is kept."
        case .draftRestored:
            return fr ? "Brouillon restauré." : "Draft restored."
        case .accountVerified:
            return fr
                ? "Adresse confirmée : vous pouvez vous connecter." : "E-mail confirmed: you can log in."
        case .passwordReset:
            return fr ? "Mot de passe modifié." : "Password changed."
        case .failure(let failure):
            return failure.message(in: language)
        }
    }
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
