import Foundation
import JSONAPI

/// Une valeur d'une ``Enumeration`` (`Partner_Ligenum`).
public struct LigneEnumeration: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Ligenum"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "ligenum_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The enumeration (`Partner_Enum`).
        public static let enumeration = "enum"
    }

    /// Identifiant Omega (attribut `ligenum_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant de l'énumération.
    @Loose public var enumerationId: String?
    /// Code de la valeur, tel qu'il apparaît dans les attributs `enum_*`.
    @Loose public var code: String?
    /// Libellé long.
    @Loose public var libelleLong: String?
    /// Libellé court.
    @Loose public var libelleCourt: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "ligenum_id"
        case enumerationId = "enum_id"
        case code = "codeenum"
        case libelleLong = "liblenum"
        case libelleCourt = "libcenum"
    }
}
