/// One row of the search: a consumption point with its active contract and occupant.
public struct SubscriberSearchResult: Equatable, Sendable, Hashable {
    /// The consumption point (`pconso_id`).
    public var pconsoId: String
    /// The active contract (`contrat_id`), nil when the point has none.
    public var contratId: String?
    /// The contract number (`numcontrat`), empty when there is no active contract.
    public var numeroContrat: String
    /// The occupant (`personne_id`).
    public var personneId: String?
    /// The occupant's name ("DUPONT Marie").
    public var nom: String
    /// The service address on one line.
    public var adresse: String
    /// The meter serial (`numserie`).
    public var numeroSerieCompteur: String?

    /// Creates a row.
    public init(
        pconsoId: String, contratId: String?, numeroContrat: String, personneId: String?, nom: String,
        adresse: String, numeroSerieCompteur: String?
    ) {
        self.pconsoId = pconsoId
        self.contratId = contratId
        self.numeroContrat = numeroContrat
        self.personneId = personneId
        self.nom = nom
        self.adresse = adresse
        self.numeroSerieCompteur = numeroSerieCompteur
    }
}

/// One page of results with the server's total.
public struct SubscriberSearchPage: Equatable, Sendable {
    /// The rows of this page.
    public var results: [SubscriberSearchResult]
    /// The page number, from 1.
    public var number: Int
    /// All matches on the server, when it said.
    public var total: Int?
    /// Whether a next page exists.
    public var hasNext: Bool

    /// Creates a page.
    public init(results: [SubscriberSearchResult], number: Int, total: Int?, hasNext: Bool) {
        self.results = results
        self.number = number
        self.total = total
        self.hasNext = hasNext
    }

    /// The number of pages, when the total is known.
    public var pageCount: Int? {
        total.map { max(1, ($0 + SubscriberSearchRequest.pageSize - 1) / SubscriberSearchRequest.pageSize) }
    }
}
