import Foundation
import JSONAPI

/// Une nature d'abonné (`Partner_Natabo`): particulier, professionnel, collectivité…
public struct NatureAbonne: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Natabo"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "natabo_id"

    /// Identifiant Omega (attribut `natabo_id`, égal à l'id de la ressource).
    public var id: String
    /// Code de la nature.
    @Loose public var code: String?
    /// Libellé de la nature.
    @Loose public var libelle: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "natabo_id"
        case code = "codenat"
        case libelle = "libnat"
    }
}
