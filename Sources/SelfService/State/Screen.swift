import OmegaClient

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
    case aide
    case choixContrat

    /// Whether the screen needs a logged-in subscriber (or a chosen one, in counter mode).
    public var needsSubscriber: Bool {
        switch self {
        case .connexion, .creerCompte, .motDePasseOublie: return false
        case .aide: return false
        default: return true
        }
    }
}

/// The parts of "Nouvelle demande".
public enum NewRequestStep: Equatable, Hashable, Sendable {
    /// The menu: "Transmettre un index", "Mettre à jour mes coordonnées".
    case menu
    /// The meter-index form.
    case index
    /// The contact-details form.
    case coordonnees
}

/// The entries of the "Nouvelle demande" menu, in order.
public enum NewRequestKind: CaseIterable, Equatable, Sendable {
    case transmettreIndex
    case mettreAJourCoordonnees

    /// "Transmettre un index", "Mettre à jour mes coordonnées" (or English).
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.transmettreIndex, .fr): return "Transmettre un index"
        case (.transmettreIndex, _): return "Send a meter index"
        case (.mettreAJourCoordonnees, .fr): return "Mettre à jour mes coordonnées"
        case (.mettreAJourCoordonnees, _): return "Update my contact details"
        }
    }
}
