import Foundation
import JSONAPI

/// Le lien entre une facture et un contrat (`Partner_Contfact`).
///
/// Omega n'envoie pas toujours `contfact_id` dans les attributs: l'identifiant vient alors de
/// celui de la ressource.
public struct ContratFacture: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Contfact"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "contfact_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The contract (`Partner_Contrat`).
        public static let contrat = "contrat"
        /// The invoice (`Partner_Facture`).
        public static let facture = "facture"
    }

    /// Identifiant Omega (attribut `contfact_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant de la facture.
    @Loose public var factureId: String?
    /// Identifiant du contrat.
    @Loose public var contratId: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "contfact_id"
        case factureId = "facture_id"
        case contratId = "contrat_id"
    }
}
