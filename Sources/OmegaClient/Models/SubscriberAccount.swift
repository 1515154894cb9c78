import Foundation
import JSONAPI

/// Le compte d'un abonné (`Subscriber_Account`): une adresse électronique vérifiée, rattachée à
/// une personne et donc à ses contrats. Le mot de passe n'apparaît jamais ici: voir
/// ``NouveauCompte`` pour la création.
public struct SubscriberAccount: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Subscriber_Account"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "account_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The person (`Partner_Personne`).
        public static let personne = "personne"
        /// The contracts (`Partner_Contrat`).
        public static let contrats = "contrats"
    }

    /// Identifiant Omega (attribut `account_id`, égal à l'id de la ressource).
    public var id: String
    /// Adresse électronique (identifiant de connexion).
    @Loose public var email: String?
    /// L'adresse a été vérifiée par le code reçu.
    @Loose public var estVerifie: Bool?
    /// Personne (`Partner_Personne`) titulaire du compte.
    @Loose public var personneId: String?
    /// Date de création du compte.
    @Loose public var dateCreation: Date?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "account_id"
        case email
        case estVerifie = "verified"
        case personneId = "personne_id"
        case dateCreation = "created_at"
    }
}
