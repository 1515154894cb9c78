/// The subscriber an agent opened at the counter: what scopes the counter's data source.
public struct CounterSubject: Equatable, Sendable, Hashable {
    /// The active contract (`contrat_id`).
    public var contratId: String
    /// Its number (`numcontrat`), shown in the header and written in the audit log.
    public var numeroContrat: String
    /// The consumption point (`pconso_id`) readings are filed against.
    public var pconsoId: String
    /// The occupant (`personne_id`), when known.
    public var personneId: String?
    /// The occupant's name, shown in the header.
    public var nom: String

    /// Creates a subject.
    public init(contratId: String, numeroContrat: String, pconsoId: String, personneId: String?, nom: String)
    {
        self.contratId = contratId
        self.numeroContrat = numeroContrat
        self.pconsoId = pconsoId
        self.personneId = personneId
        self.nom = nom
    }

    /// The subject of a search row; nil when the point has no active contract.
    public init?(_ result: SubscriberSearchResult) {
        guard let contratId = result.contratId else { return nil }
        self.init(
            contratId: contratId,
            numeroContrat: result.numeroContrat.isEmpty ? contratId : result.numeroContrat,
            pconsoId: result.pconsoId, personneId: result.personneId, nom: result.nom)
    }
}
