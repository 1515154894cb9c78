import Foundation
import JSONAPI

/// Une énumération d'Omega (`Partner_Enum`): THAB (type d'habitat), MQCPT (marque de
/// compteur), DCPT (diamètre), CALIB, CIV (civilité), BUDG (budget)… Ses valeurs sont des
/// ``LigneEnumeration`` (relation ``Relationships/lignes``). Elles changent rarement.
///
/// Omega ne nomme pas les attributs de l'énumération elle-même: nous utilisons `nomenum` (le
/// code, `THAB`) et `libenum` (son libellé).
public struct Enumeration: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Enum"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "enum_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The values (`Partner_Ligenum`).
        public static let lignes = "lignes"
    }

    /// Identifiant Omega (attribut `enum_id`, égal à l'id de la ressource).
    public var id: String
    /// Code de l'énumération (`THAB`, `MQCPT`…).
    @Loose public var code: String?
    /// Libellé de l'énumération.
    @Loose public var libelle: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "enum_id"
        case code = "nomenum"
        case libelle = "libenum"
    }
}
