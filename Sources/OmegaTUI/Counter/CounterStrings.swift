import OmegaClient

/// The counter screens' own words, in French and English (kept beside the counter screens so
/// the main string tables stay the screens helper's).
public struct CounterStrings: Sendable {
    /// The language of the texts.
    public let language: Language

    /// The texts of `language`.
    public init(language: Language) {
        self.language = language
    }

    private func pick(_ french: String, _ english: String) -> String { language == .fr ? french : english }

    var searchTitle: String { pick("Rechercher un abonné", "Find a subscriber") }
    var kindLabel: String { pick("Rechercher par", "Search by") }
    var textLabel: String { pick("Recherche", "Search") }
    var streetLabel: String { pick("Rue", "Street") }
    var townLabel: String { pick("Commune", "Town") }
    var searching: String { pick("Recherche en cours…", "Searching…") }
    var noResult: String { pick("Aucun abonné ne correspond.", "No subscriber matches.") }
    var beforeSearch: String {
        pick(
            "Saisissez la recherche puis Entrée. F2 change le critère.",
            "Type the search, then Enter. F2 changes the criterion.")
    }
    var noContract: String { pick("(sans contrat actif)", "(no active contract)") }
    var columnContract: String { pick("Contrat", "Contract") }
    var columnName: String { pick("Nom", "Name") }
    var columnAddress: String { pick("Adresse", "Address") }
    var columnMeter: String { pick("Compteur", "Meter") }
    var keySearch: String { pick("Rechercher", "Search") }
    var keyOpen: String { pick("Ouvrir", "Open") }
    var keyNextField: String { pick("Champ suivant", "Next field") }
    var keyKind: String { pick("Critère", "Criterion") }
    var keyPages: String { pick("Pages", "Pages") }
    var keyQuit: String { pick("Quitter", "Quit") }
    var idleTitle: String { pick("Inactivité", "Inactivity") }
    var idleButton: String { pick("Continuer", "Continue") }

    /// "45 abonnés — page 1/3".
    func status(total: Int?, page: Int, pages: Int?) -> String {
        let count: String
        switch total {
        case nil: count = pick("Résultats", "Results")
        case 1?: count = pick("1 abonné", "1 subscriber")
        case let total?: count = pick("\(total) abonnés", "\(total) subscribers")
        }
        let pageText = pages.map { "\(page)/\($0)" } ?? "\(page)"
        return "\(count) — page \(pageText)"
    }

    /// The warning before the idle timeout.
    func idleMessage(seconds: Int, toSearch: Bool) -> String {
        if toSearch {
            return pick(
                "Sans action, retour à la recherche dans \(seconds) s (les données de l'abonné seront effacées de l'écran). Appuyez sur une touche pour continuer.",
                "Without a key press, back to the search in \(seconds) s (the subscriber's data will be cleared). Press a key to continue."
            )
        }
        return pick(
            "Sans action, déconnexion dans \(seconds) s. Appuyez sur une touche pour continuer.",
            "Without a key press, logging out in \(seconds) s. Press a key to continue.")
    }
}
