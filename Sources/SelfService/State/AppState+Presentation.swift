import OmegaClient

extension AppState {
    /// The counter header: "Guichet — agent dupont — pour Claire Martin, contrat 0001234";
    /// nil in subscriber mode.
    public func counterHeader(in language: Language) -> String? {
        guard case .counter(let agent) = mode else { return nil }
        let name = profile?.personne.nomComplet ?? ""
        let contract = selectedContract.map {
            (language == .fr ? "contrat " : "contract ") + $0.numeroContrat
        }
        let subject = [name.isEmpty ? nil : name, contract].compactMap { $0 }.joined(separator: ", ")
        let desk = language == .fr ? "Guichet" : "Counter"
        let forWhom = language == .fr ? "pour" : "for"
        return subject.isEmpty
            ? "\(desk) — agent \(agent)" : "\(desk) — agent \(agent) — \(forWhom) \(subject)"
    }

    /// Whether the current screen waits for data (its spinner turns).
    public var isLoadingCurrentScreen: Bool {
        switch screen {
        case .connexion: return login.isSubmitting
        case .creerCompte: return signUp.isSubmitting
        case .motDePasseOublie: return passwordReset.isSubmitting
        case .accueil: return dashboard.isLoading
        case .releves: return readings.list.isLoading
        case .factures: return invoices.list.isLoading || inFlight.contains(.payable)
        case .demandes: return inFlight.contains(.requests) || inFlight.contains(.requestDetail)
        case .messages: return inFlight.contains(.messages)
        case .nouvelleDemande(.index): return readingForm?.step.isBusy ?? false
        case .nouvelleDemande(.coordonnees): return contactForm?.step.isBusy ?? false
        case .nouvelleDemande(.menu), .aide: return false
        case .choixContrat: return inFlight.contains(.contracts)
        }
    }
}
