import GRDB
import OmegaClient

/// The relationships the database can follow, per resource type and Omega relationship name:
/// the target type, whether it is to-many, and the SQL that lists the target ids of one source.
public struct StoreRelationship: Sendable {
    /// The source type (`Partner_Facture`).
    public let sourceType: String
    /// The relationship name as Omega spells it (`contfact`).
    public let name: String
    /// The target type (`Partner_Contfact`).
    public let targetType: String
    /// Whether the relationship is to-many (to-one otherwise).
    public let isToMany: Bool
    /// SQL selecting the target ids; its one `?` is the source id.
    let sql: String

    /// Every relationship the sandbox serves.
    public static let all: [StoreRelationship] = [
        // Consumption point.
        .init(
            PointDeConsommation.self, "compteur", Compteur.self,
            "SELECT compteur_id FROM pconso WHERE pconso_id = ?"),
        .init(
            PointDeConsommation.self, "pdessadr", AdresseDesserte.self,
            "SELECT pdessadr_id FROM pconso WHERE pconso_id = ?"),
        .init(
            PointDeConsommation.self, "contratactif", Contrat.self,
            "SELECT contrat_id FROM contrat WHERE pconso_id = ? AND actif = 1 ORDER BY principal DESC, contrat_id LIMIT 1"
        ),
        .init(
            PointDeConsommation.self, "tournee", Tournee.self,
            "SELECT tournee_id FROM pconso WHERE pconso_id = ?"),
        .init(
            PointDeConsommation.self, "dernierreleve", Releve.self,
            "SELECT releve_id FROM releve WHERE pconso_id = ? ORDER BY dateni DESC LIMIT 1"),
        .init(
            PointDeConsommation.self, "proprietaire", Personne.self,
            "SELECT proprietaire_id FROM pconso WHERE pconso_id = ?"),
        .init(
            PointDeConsommation.self, "contrats", Contrat.self,
            "SELECT contrat_id FROM contrat WHERE pconso_id = ? ORDER BY contrat_id", toMany: true),
        // Contract.
        .init(
            Contrat.self, "pconso", PointDeConsommation.self,
            "SELECT pconso_id FROM contrat WHERE contrat_id = ?"),
        .init(
            Contrat.self, "occupant", Personne.self, "SELECT occupant_id FROM contrat WHERE contrat_id = ?"),
        .init(
            Contrat.self, "redevable", Personne.self, "SELECT redevable_id FROM contrat WHERE contrat_id = ?"),
        .init(
            Contrat.self, "natabo", NatureAbonne.self, "SELECT natabo_id FROM contrat WHERE contrat_id = ?"),
        .init(
            Contrat.self, "consommes", Consomme.self,
            "SELECT consomme_id FROM consomme WHERE contrat_id = ? ORDER BY dateni DESC", toMany: true),
        .init(
            Contrat.self, "releves", Releve.self,
            """
            SELECT r.releve_id FROM contrat c JOIN releve r ON r.pconso_id = c.pconso_id
            WHERE c.contrat_id = ? AND r.dateni >= c.datedeb AND (c.datefin IS NULL OR r.dateni <= c.datefin)
            ORDER BY r.dateni DESC LIMIT 20
            """, toMany: true),
        .init(
            Contrat.self, "factures", Facture.self,
            "SELECT facture_id FROM facture WHERE contrat_id = ? ORDER BY datefact DESC LIMIT 20",
            toMany: true),
        // Invoice and its links.
        .init(
            Facture.self, "contfact", ContratFacture.self,
            "SELECT contfact_id FROM facture WHERE facture_id = ?",
            toMany: true),
        .init(
            ContratFacture.self, "contrat", Contrat.self,
            "SELECT contrat_id FROM contfact WHERE contfact_id = ?"),
        .init(
            ContratFacture.self, "facture", Facture.self,
            "SELECT facture_id FROM contfact WHERE contfact_id = ?"),
        // Readings and billed consumptions.
        .init(
            Releve.self, "pconso", PointDeConsommation.self,
            "SELECT pconso_id FROM releve WHERE releve_id = ?"),
        .init(Releve.self, "compteur", Compteur.self, "SELECT compteur_id FROM releve WHERE releve_id = ?"),
        .init(
            Consomme.self, "contrat", Contrat.self, "SELECT contrat_id FROM consomme WHERE consomme_id = ?"),
        // Addresses.
        .init(AdresseDesserte.self, "voie", Voie.self, "SELECT voie_id FROM pdessadr WHERE pdessadr_id = ?"),
        .init(
            AdresseDesserte.self, "pconsos", PointDeConsommation.self,
            "SELECT pconso_id FROM pconso WHERE pdessadr_id = ? ORDER BY pconso_id", toMany: true),
        .init(Voie.self, "commune", Commune.self, "SELECT commune_id FROM voie WHERE voie_id = ?"),
        // Enumerations.
        .init(
            Enumeration.self, "lignes", LigneEnumeration.self,
            "SELECT ligenum_id FROM ligenum WHERE enum_id = ? ORDER BY codeenum", toMany: true),
        .init(
            LigneEnumeration.self, "enum", Enumeration.self,
            "SELECT enum_id FROM ligenum WHERE ligenum_id = ?"),
        // Requests.
        .init(
            Demande.self, "history", EvenementDemande.self,
            "SELECT event_id FROM request_event WHERE req_id = ? ORDER BY event_id", toMany: true),
    ]

    private static let byKey: [String: StoreRelationship] = Dictionary(
        uniqueKeysWithValues: all.map { ("\($0.sourceType)/\($0.name)", $0) })

    /// The relationship `name` of `type`, or `nil` when the sandbox does not serve it.
    public static func find(type: String, name: String) -> StoreRelationship? {
        byKey["\(type)/\(name)"]
    }

    /// The relationships of `type`, in declaration order.
    public static func all(of type: String) -> [StoreRelationship] {
        all.filter { $0.sourceType == type }
    }

    private init(
        _ source: any OmegaModel.Type, _ name: String, _ target: any OmegaModel.Type, _ sql: String,
        toMany: Bool = false
    ) {
        self.sourceType = source.resourceType
        self.name = name
        self.targetType = target.resourceType
        self.isToMany = toMany
        self.sql = sql
    }
}

extension SandboxStore {
    /// The ids the relationship `relationship` of the resource `(type, id)` points to, with the
    /// relationship's description; `nil` when the sandbox does not serve that relationship.
    /// A to-one relationship gives zero or one id.
    public func relatedIds(
        type: String, id: String, relationship: String
    ) async throws -> (relationship: StoreRelationship, ids: [String])? {
        guard let description = StoreRelationship.find(type: type, name: relationship) else { return nil }
        let ids = try await pool.read { db in
            try String.fetchAll(db, sql: description.sql, arguments: [id])
        }
        return (description, ids)
    }
}
