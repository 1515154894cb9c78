import Foundation
import JSONAPI

/// Une tournée de relève (`Partner_Tournee`).
public struct Tournee: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Tournee"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "tournee_id"

    /// Identifiant Omega (attribut `tournee_id`, égal à l'id de la ressource).
    public var id: String
    /// Code de la tournée.
    @Loose public var code: String?
    /// Libellé de la tournée.
    @Loose public var libelle: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "tournee_id"
        case code = "codetournee"
        case libelle = "libtournee"
    }
}
