import Foundation
import JSONAPI
import OmegaClient
import SelfService

/// The counter's side of the service over the partner API: the subscriber search
/// (`GET partner/pconso` with Omega filters; the server filters, counts and pages, and sees
/// only the partner's communes) and opening one subscriber. The audit log records both.
public struct PartnerCounterDirectory: CounterDirectory {
    /// The partner API, signed with the agent in `ext`.
    public let api: PartnerAPI
    /// Where searches and openings are recorded, with the agent, when set.
    public let audit: AuditLog?

    /// Creates the directory.
    public init(api: PartnerAPI, audit: AuditLog? = nil) {
        self.api = api
        self.audit = audit
    }

    public func search(_ request: SubscriberSearchRequest) async throws(ServiceFailure)
        -> SubscriberSearchPage
    {
        let page = try await adapt { () async throws(OmegaError) in
            try await api.pointsConso(Self.query(request))
        }
        try CounterDataSource.write(
            AuditEntry(time: Date(), agent: api.agent ?? "", contract: "", action: "search"), to: audit)
        let results = page.resources.compactMap { Self.result(point: $0, in: page.document) }
        return SubscriberSearchPage(
            results: results, number: request.page, total: page.total, hasNext: page.hasNext)
    }

    public func open(_ subject: CounterSubject) async throws(ServiceFailure) -> any SubscriberDataSource {
        let source = CounterDataSource(api: api, subject: subject, audit: audit)
        try source.record("open")
        return source
    }

    /// The `partner/pconso` query: Omega filters on dotted paths, evaluated by the server.
    ///
    /// Paths are the wire names the sandbox translates to SQL (`PointSearchSQL`):
    /// `contratactif.numcontrat`, `contratactif.occupant.nom`, `compteur.numserie`,
    /// `pdessadr.voie.nomvoie`, `pdessadr.voie.commune.nom`. A name is one field: "nom
    /// prénom" or "prénom nom", which the sandbox compares word by word without case nor
    /// accents (docs/api.md, counter search).
    public static func query(_ request: SubscriberSearchRequest) -> Query {
        let value = SubscriberSearchRequest.trim(request.text)
        var filters: [Filter] = []
        var options = FilterOptions()
        switch request.kind {
        case .contractNumber:
            filters = [Filter("contratactif.numcontrat", .eq, [value])]
        case .nameBegins:
            filters = [Filter("contratactif.occupant.nom", .begin, [value])]
            options.caseSensitive = false
        case .nameContains:
            filters = [Filter("contratactif.occupant.nom", .like, [value])]
            options.caseSensitive = false
        case .meterSerial:
            // Agents read a serial off the meter or a letter, often only its start or its
            // end, in either case: "S1929…", "…49867".
            filters = [
                Filter("compteur.numserie", .begin, [value], or: true),
                Filter("compteur.numserie", .end, [value], or: true),
            ]
            options.caseSensitive = false
        case .streetAndTown:
            if !value.isEmpty { filters.append(Filter("pdessadr.voie.nomvoie", .like, [value])) }
            let place = SubscriberSearchRequest.trim(request.town)
            if !place.isEmpty { filters.append(Filter("pdessadr.voie.commune.nom", .begin, [place])) }
            options.caseSensitive = false
        }
        return Query(
            include: ["compteur", "pdessadr.voie.commune", "contratactif.occupant"],
            page: .number(request.page), filters: filters, filterOptions: options)
    }

    /// The row of `point` found in `document` (contract, occupant, meter, address resolved
    /// through `included`).
    static func result(point: Resource, in document: Document) -> SubscriberSearchResult? {
        guard let pointId = point.id else { return nil }
        let contractResource = document.related(point, PointDeConsommation.Relationships.contratactif).first
        let contract = contractResource.flatMap { try? ModelDecoding.decode(Contrat.self, from: $0) }
        let person = contractResource.flatMap { document.related($0, "occupant").first }
            .flatMap { try? ModelDecoding.decode(Personne.self, from: $0) }
        let meter = document.related(point, PointDeConsommation.Relationships.compteur).first
            .flatMap { try? ModelDecoding.decode(Compteur.self, from: $0) }
        let name = [person?.nom, person?.prenom].compactMap { $0 }.filter { !$0.isEmpty }.joined(
            separator: " ")
        return SubscriberSearchResult(
            pconsoId: pointId, contratId: contract?.id, numeroContrat: contract?.numeroContrat ?? "",
            personneId: person?.id, nom: name,
            adresse: OmegaRecordMapping.address(ofPoint: point, in: document),
            numeroSerieCompteur: meter?.numeroSerie)
    }
}
