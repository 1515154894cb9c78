import OmegaClient

/// Where each Omega resource type lives in the database.
public struct StoreTable: Sendable {
    /// The JSON:API type (`Partner_Facture`).
    public let resourceType: String
    /// The table or view (`facture`).
    public let name: String
    /// The primary-key column, which is also the model's id attribute (`facture_id`).
    public let idColumn: String
    /// The model decoding a row of the table.
    public let model: any OmegaModel.Type
    /// Whether rows carry `commune_id`, i.e. whether a partner's communes restrict them.
    /// Unscoped tables (enumerations, messages, natures) are visible to every partner.
    public let isScopedByCommune: Bool

    /// Every business table, one per resource type served from the database.
    public static let all: [StoreTable] = [
        StoreTable(Commune.self, "commune", scoped: true),
        StoreTable(Voie.self, "voie", scoped: true),
        StoreTable(AdresseDesserte.self, "pdessadr", scoped: true),
        StoreTable(Tournee.self, "tournee", scoped: true),
        StoreTable(NatureAbonne.self, "natabo", scoped: false),
        StoreTable(Compteur.self, "compteur", scoped: true),
        StoreTable(Personne.self, "personne", scoped: true),
        StoreTable(PointDeConsommation.self, "pconso", scoped: true),
        StoreTable(Contrat.self, "contrat", scoped: true),
        StoreTable(Releve.self, "releve", scoped: true),
        StoreTable(Consomme.self, "consomme", scoped: true),
        StoreTable(Facture.self, "facture", scoped: true),
        StoreTable(ContratFacture.self, "contfact", scoped: true),
        StoreTable(Message.self, "message", scoped: false),
        StoreTable(Enumeration.self, "enum", scoped: false),
        StoreTable(LigneEnumeration.self, "ligenum", scoped: false),
        StoreTable(Demande.self, "request", scoped: true),
        StoreTable(EvenementDemande.self, "request_event", scoped: false),
    ]

    private static let byType: [String: StoreTable] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.resourceType, $0) })

    /// The table of a resource type, or `nil` for a type the database does not hold.
    public static func table(for resourceType: String) -> StoreTable? {
        byType[resourceType]
    }

    /// The table of a model type.
    public static func table<T: OmegaModel>(for model: T.Type) -> StoreTable? {
        byType[T.resourceType]
    }

    private init(_ model: any OmegaModel.Type, _ name: String, scoped: Bool) {
        self.resourceType = model.resourceType
        self.name = name
        self.idColumn = model.idAttribute
        self.model = model
        self.isScopedByCommune = scoped
    }
}
