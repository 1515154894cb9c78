extension Strings {
    /// The French text of a plain-mode key.
    static func plainFrench(_ key: PlainKey) -> String {
        switch key {
        case .welcome:
            return
                "Omega, mode texte. Tapez le numéro ou la lettre d'un choix puis Entrée ; Entrée seule relit l'écran ; ? pour l'aide."
        case .choicesHeading: return "Choix :"
        case .choicesHeadingInField: return "Choix (pendant la saisie, tapez ! puis le numéro ou la lettre) :"
        case .choiceLine: return "{0}. {1}"
        case .shortcut: return "{0} {1}"
        case .shortcutsLine: return "Touches : {0}."
        case .choicePrompt: return "Votre choix : "
        case .fieldPrompt: return "{0} : "
        case .fieldPromptWithValue: return "{0} [{1}] : "
        case .yesNoPrompt: return "{0} (o/n) [{1}] : "
        case .answerYesNo: return "Répondez o (oui) ou n (non)."
        case .unknownChoice:
            return "« {0} » n'est pas un choix de cet écran. Entrée seule relit l'écran et ses choix."
        case .labelled: return "{0} : {1}"
        case .heading: return "{0} :"
        case .errorLine: return "Erreur : {0}"
        case .helpChoices:
            return "Chaque écran se termine par ses choix : tapez le numéro ou la lettre puis Entrée."
        case .helpEmptyLine: return "Entrée seule relit l'écran en entier."
        case .helpFields:
            return
                "Un formulaire demande ses champs l'un après l'autre : Entrée seule garde la valeur entre crochets ; les mots de passe ne s'affichent pas."
        case .helpBang:
            return
                "Pendant la saisie d'un champ, ! affiche les choix, !q quitte, !0 revient en arrière ; !! tape un point d'exclamation."
        case .helpShortcuts:
            return
                "Les lettres de la ligne « Touches » marchent partout : a Accueil, r Relevés, f Factures, d Demandes, n Nouvelle demande, q Quitter."
        case .demoHint: return "Tapez !3 pour vous connecter avec ce compte."
        case .useDemoAccount: return "Se connecter avec le compte de démonstration"
        case .changeEmail: return "Changer d'adresse e-mail"
        case .contractsCount: return "{0} contrats : tapez c pour en changer."
        case .requestLine: return "Demande n° {0} du {1} : {2}, {3}, {4}"
        case .readingLine: return "{0} : index {1}, {2}, {3}"
        case .previousYear: return " (même période l'an passé : {0})"
        case .flags: return ", alertes : {0}"
        case .invoiceLine: return "Facture {0} du {1} : {2} TTC, net à payer {3}, échéance {4}, {5}"
        case .invoiceDetail: return "Détail d'une facture"
        case .askInvoiceNumber: return "Numéro de la facture"
        case .noSuchInvoice: return "Aucune facture de la liste ne porte ce numéro."
        case .requestHistory: return "Historique d'une demande"
        case .timelineHeading: return "Historique de la demande n° {0} ({1}, {2}) :"
        case .askRequestNumber: return "Numéro de la demande"
        case .noSuchRequest: return "Aucune demande de la liste ne porte ce numéro."
        case .contractChoice: return "Contrat {0} — {1} — compteur {2} — {3}"
        case .shownNow: return " (affiché)"
        case .loadMore: return "Afficher la suite"
        case .dryRunAccepted: return "Le service accepte cet index."
        case .unusualConsumption:
            return
                "Consommation inhabituelle : {0} depuis le dernier index, pour {1} d'habitude sur une telle période. Vérifiez l'index."
        case .implausibleConsumption:
            return "Consommation inhabituelle : {0} depuis le dernier index. Vérifiez l'index."
        case .send: return "Envoyer"
        case .sendAnyway: return "Envoyer quand même"
        case .showRequests: return "Voir les demandes"
        case .changed: return " (modifié)"
        case .sendChanges: return "Envoyer les modifications"
        case .contactAccepted: return "Le service accepte ces modifications."
        case .newValue: return "{0}, nouvelle valeur (- pour vider)"
        case .leaveSubscriber: return "Fermer l'abonné (retour à la recherche)"
        case .idleWarning:
            return
                "Inactivité : sans action, retour à la recherche dans {0} s et les données de l'abonné sont effacées. Tapez Entrée pour continuer."
        case .kioskWarning:
            return "Inactivité : sans action, déconnexion dans {0} s. Tapez Entrée pour continuer."
        case .newSearch: return "Nouvelle recherche"
        case .nextPage: return "Page suivante"
        case .previousPage: return "Page précédente"
        case .nextKind: return "Changer de critère (suivant : {0})"
        }
    }
}
