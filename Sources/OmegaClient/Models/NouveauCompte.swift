/// The attributes of a `Subscriber_Account` creation (`POST /api/v1/subscriber/account`):
/// the e-mail and password of the new account and the proof of ownership, a contract number
/// with the number of any invoice of that contract.
///
/// Its `description` hides the password, so logging the value leaks nothing.
public struct NouveauCompte: Codable, Sendable, Hashable, CustomStringConvertible {
    /// JSON:API type of the creation document (the account's type).
    public static let resourceType = SubscriberAccount.resourceType

    /// Adresse électronique, future identifiant de connexion.
    public var email: String
    /// Mot de passe choisi (never logged).
    public var motDePasse: String
    /// Numéro d'un contrat de l'abonné.
    public var numeroContrat: String
    /// Numéro d'une facture de ce contrat (preuve de propriété).
    public var numeroFacture: String

    /// A creation request.
    public init(email: String, motDePasse: String, numeroContrat: String, numeroFacture: String) {
        self.email = email
        self.motDePasse = motDePasse
        self.numeroContrat = numeroContrat
        self.numeroFacture = numeroFacture
    }

    /// Everything but the password.
    public var description: String {
        "NouveauCompte(email: \(email), numeroContrat: \(numeroContrat), numeroFacture: \(numeroFacture))"
    }

    enum CodingKeys: String, CodingKey {
        case email
        case motDePasse = "password"
        case numeroContrat = "numcontrat"
        case numeroFacture = "nofacture"
    }
}
