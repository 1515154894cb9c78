import Foundation
import JSONAPI

/// Une personne (`Partner_Personne`): occupant, redevable ou propriétaire.
public struct Personne: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Personne"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "personne_id"

    /// Identifiant Omega (attribut `personne_id`, égal à l'id de la ressource).
    public var id: String
    /// Civilité, code de l'énumération CIV.
    @Loose public var civilite: String?
    /// Nom.
    @Loose public var nom: String?
    /// Prénom.
    @Loose public var prenom: String?
    /// Complément de nom.
    @Loose public var complementNom: String?
    /// Première ligne d'adresse postale.
    @Loose public var adresse1: String?
    /// Deuxième ligne d'adresse postale.
    @Loose public var adresse2: String?
    /// Troisième ligne d'adresse postale.
    @Loose public var adresse3: String?
    /// Code postal.
    @Loose public var codePostal: String?
    /// Ville.
    @Loose public var ville: String?
    /// Pays (code).
    @Loose public var pays: String?
    /// Téléphone fixe.
    @Loose public var telephone: String?
    /// Téléphone mobile.
    @Loose public var telephoneMobile: String?
    /// Téléphone professionnel.
    @Loose public var telephoneTravail: String?
    /// Adresse électronique.
    @Loose public var email: String?
    /// La personne est active.
    @Loose public var estActif: Bool?
    /// Catégorie de tiers (code).
    @Loose public var categorieTiers: String?
    /// Nature juridique (code).
    @Loose public var natureJuridique: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "personne_id"
        case civilite = "enum_civ"
        case nom = "nompers"
        case prenom = "prenpers"
        case complementNom = "cpltnom"
        case adresse1 = "adrpers1"
        case adresse2 = "adrpers2"
        case adresse3 = "adrpers3"
        case codePostal = "cppers"
        case ville = "villepers"
        case pays = "enum_paysr"
        case telephone = "tel"
        case telephoneMobile = "telmobile"
        case telephoneTravail = "teltravail"
        case email = "mail"
        case estActif = "actif"
        case categorieTiers = "enum_ctier"
        case natureJuridique = "enum_natju"
    }
}
