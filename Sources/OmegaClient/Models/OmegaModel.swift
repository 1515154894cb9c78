import Foundation

/// What every Omega business object shares: a JSON:API type, a string id repeated in its
/// attributes under ``idAttribute``, and one `Codable` definition whose `CodingKeys` are
/// Omega's wire names.
///
/// Scalars go through `@Loose`, so a model decodes Omega's loose values (`"0"`, `"73.42"`,
/// `"2009-10-20 00:00:00"`) and encodes back to the same wire form (strings): the client
/// decodes with it and the sandbox serves with it.
public protocol OmegaModel: Codable, Sendable, Hashable, Identifiable where ID == String {
    /// The JSON:API `type` of the resource (`Partner_Facture`…).
    static var resourceType: String { get }
    /// The attribute that carries the id in Omega's attributes (`facture_id`…).
    static var idAttribute: String { get }
    /// The Omega id (a string, even when it looks numeric).
    var id: String { get }
}
