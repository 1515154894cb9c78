import Foundation
import JSONAPI

/// The resources one request works on, keyed by `(type, id)`, with their relationships
/// resolved by lookup (never as an object graph, so cycles cost nothing).
///
/// Filters, sorting and `include` paths walk it: a path such as
/// `adresseDesserte.voie.commune.nom` follows relationships and ends on an attribute.
struct ResourceGraph: Sendable {
    private(set) var resources: [ResourceKey: Resource] = [:]

    /// Adds or replaces a resource (one per `(type, id)`).
    mutating func insert(_ resource: Resource) {
        guard let key = resource.key else { return }
        resources[key] = resource
    }

    subscript(key: ResourceKey) -> Resource? { resources[key] }

    /// All resources of `type`.
    func all(ofType type: String) -> [Resource] {
        resources.values.filter { $0.type == type }
    }

    /// The resources `resource` points at through the relationship called `name` (matched
    /// case-insensitively, readable aliases such as `adresseDesserte` accepted).
    func related(_ resource: Resource, _ name: String) -> [Resource] {
        guard let relationship = Self.relationship(named: name, in: resource) else { return [] }
        return relationship.identifiers.compactMap { resources[ResourceKey(type: $0.type, id: $0.id)] }
    }

    /// The values at `path` from `resource`: every relationship segment fans out, the last
    /// segment names an attribute (or `id`). A to-many step yields several values.
    func values(at path: [String], from resource: Resource) -> [JSONValue] {
        guard let first = path.first else { return [] }
        if path.count == 1 {
            if first == "id" { return resource.id.map { [.string($0)] } ?? [] }
            if let value = Self.attribute(named: first, in: resource) { return [value] }
            if let relationship = Self.relationship(named: first, in: resource) {
                return relationship.identifiers.map { .string($0.id) }
            }
            return [.null]
        }
        if Self.relationship(named: first, in: resource) == nil, let alias = FieldAliases.path(for: first) {
            return values(at: alias + path.dropFirst(), from: resource)
        }
        return related(resource, first).flatMap { values(at: Array(path.dropFirst()), from: $0) }
    }

    static func relationship(named name: String, in resource: Resource) -> Relationship? {
        if let exact = resource.relationships[name] { return exact }
        let wanted = FieldAliases.wireName(for: name).lowercased()
        return resource.relationships.first { $0.key.lowercased() == wanted }?.value
    }

    static func attribute(named name: String, in resource: Resource) -> JSONValue? {
        if let exact = resource.attributes[name] { return exact }
        let wanted = FieldAliases.wireName(for: name, type: resource.type).lowercased()
        return resource.attributes.first { $0.key.lowercased() == wanted }?.value
    }
}

/// Readable names (the models' Swift property names, as used in Omega's documented filter
/// paths like `contratActif.occupant.nom`) mapped to wire names.
enum FieldAliases {
    private static let relationships: [String: String] = [
        "adressedesserte": "pdessadr", "contratactif": "contratactif", "pointconso": "pconso",
        "dernierreleve": "dernierreleve", "natureabonne": "natabo", "consommations": "consommes",
    ]

    /// Aliases whose meaning depends on the resource type (`nom` is `nompers` on a person).
    private static let attributesByType: [String: [String: String]] = [
        "Partner_Personne": [
            "nom": "nompers", "prenom": "prenpers", "email": "mail", "telephone": "tel", "ville": "villepers",
            "codepostal": "cppers",
        ],
        "Partner_Compteur": ["numeroserie": "numserie", "marque": "enum_marq", "diametre": "enum_diam"],
        "Partner_Contrat": ["numerocontrat": "numcontrat", "estactif": "actif", "estsuspendu": "suspendu"],
        "Partner_Pconso": ["numeropointconso": "numpconso", "estactif": "actif"],
        "Partner_Voie": ["nomvoie": "nomvoie", "nom": "nomvoie", "codevoie": "codevoie"],
        "Partner_Pdessadr": ["numerovoirie": "numvoirie"],
        "Partner_Releve": ["nouvelindex": "ni", "datenouvelindex": "dateni", "ancienindex": "ai"],
        "Partner_Facture": [
            "numerofacture": "nofacture", "datefacture": "datefact", "montantttc": "ttc", "netapayer": "nap",
        ],
    ]

    /// Paths that stand for an attribute a resource does not carry itself.
    private static let paths: [String: [String]] = [:]

    static func wireName(for name: String, type: String? = nil) -> String {
        let lowered = name.lowercased()
        if let type, let alias = attributesByType[type]?[lowered] { return alias }
        return relationships[lowered] ?? name
    }

    static func path(for name: String) -> [String]? {
        paths[name.lowercased()]
    }
}
