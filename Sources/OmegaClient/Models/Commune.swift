import Foundation
import JSONAPI

/// Une commune (`Partner_Commune`).
///
/// Omega documente la commune sans nommer ses attributs; nos noms de fil sont `nom` (nom de la
/// commune), `codepostal` (code postal), `ville` (bureau distributeur, la ville de l'adresse
/// postale) et `codeinsee` (code officiel géographique).
public struct Commune: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Commune"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "commune_id"

    /// Identifiant Omega (attribut `commune_id`, égal à l'id de la ressource).
    public var id: String
    /// Nom de la commune (attribut `nom`).
    @Loose public var nom: String?
    /// Code postal (attribut `codepostal`).
    @Loose public var codePostal: String?
    /// Bureau distributeur: la ville écrite sur l'adresse postale (attribut `ville`).
    @Loose public var ville: String?
    /// Code INSEE de la commune (attribut `codeinsee`).
    @Loose public var codeInsee: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "commune_id"
        case nom
        case codePostal = "codepostal"
        case ville
        case codeInsee = "codeinsee"
    }
}
