/// The screens of the journey, with the French names the interface uses.
public enum Screen: Equatable, Hashable, Sendable {
    case connexion
    case creerCompte
    case motDePasseOublie
    case accueil
    case releves
    case factures
    case demandes
    case nouvelleDemande(NewRequestStep)
    case messages
    /// "Payer": the invoice due, its instalments and the ways to pay.
    case payer
    case aide
    case choixContrat
    /// Répondre au service: the answer to the selected request in "Attente client".
    case repondreDemande
    /// Mon compte: the subscriber's password, login e-mail and sessions (subscriber only).
    case monCompte

    /// Whether the screen needs a logged-in subscriber (or a chosen one, in counter mode).
    public var needsSubscriber: Bool {
        switch self {
        case .connexion, .creerCompte, .motDePasseOublie, .aide: return false
        default: return true
        }
    }
}

/// The parts of "Nouvelle demande".
public enum NewRequestStep: Equatable, Hashable, Sendable {
    /// The menu of request kinds.
    case menu
    /// The meter-index form.
    case index
    /// The contact-details form.
    case coordonnees
    /// The form of one of our request kinds.
    case kind(ServiceRequestKind)
}

extension Screen {
    /// Whether the screen shows the invoice due (`facture/pour-paiement`): Factures and Payer.
    /// Accueil does without it (it stays within its round trips); the new-request menu offers
    /// instalments once that invoice, loaded by either, allows them.
    var showsPayable: Bool { self == .factures || self == .payer }
}

/// Who uses the application.
public enum AppMode: Equatable, Sendable {
    /// A subscriber with his own account (login screens, JWT session).
    case subscriber
    /// Counter staff acting for one subscriber (`agent` is the staff login); no login screens,
    /// Esc from Accueil leaves the subscriber.
    case counter(agent: String)
}

/// A dialog over the current screen.
public enum Dialog: Equatable, Sendable {
    /// "Quitter ?": a form holds unsaved input (kept as a draft).
    case confirmQuit
    /// "Abandonner la saisie ?": Esc on a request form holding typed input.
    case confirmDiscard
}
