import Foundation
import JSONAPI
import OmegaClient
import SelfService

/// Turns the client's models (and the documents they came in) into the screens' records.
/// Shared by the subscriber and the counter data sources.
public enum OmegaRecordMapping {
    /// A contract with its point, meter and address resolved through `included`.
    public static func contract(_ contrat: Contrat, resource: Resource, in document: Document)
        -> ContractSummary
    {
        let pointResource = document.related(resource, Contrat.Relationships.pconso).first
        let meter = document.related(resource, path: ["pconso", "compteur"]).first
            .flatMap { try? ModelDecoding.decode(Compteur.self, from: $0) }
        return ContractSummary(
            id: contrat.id,
            numeroContrat: contrat.numeroContrat ?? contrat.id,
            pconsoId: contrat.pointConsoId ?? pointResource?.id,
            adresse: address(ofPoint: pointResource, in: document),
            numeroSerieCompteur: meter?.numeroSerie,
            actif: contrat.estActif ?? true
        )
        .with(options: contractOptions(resource))
    }

    /// Our contract attributes (`prelevement`, `efacture`, `resiliation_demandee`), nil when
    /// the server sends none of them (a real OmegaWEB).
    static func contractOptions(_ resource: Resource) -> ContractOptions? {
        let flag = { (name: String) -> Bool? in
            resource.attributes[name].map { value in
                switch value {
                case .string(let text): return text == "1" || text.lowercased() == "true"
                case .bool(let bool): return bool
                case .number(let number): return number == 1
                default: return false
                }
            }
        }
        let values = (flag("prelevement"), flag("efacture"), flag("resiliation_demandee"))
        guard values.0 != nil || values.1 != nil || values.2 != nil else { return nil }
        return ContractOptions(
            directDebit: values.0 ?? false, electronicInvoice: values.1 ?? false,
            terminationRequested: values.2 ?? false)
    }

    /// "12 B rue de la Paix, 01000 Bourg" from a consumption point's address, street and town.
    public static func address(ofPoint point: Resource?, in document: Document) -> String {
        guard let point, let addressResource = document.related(point, "pdessadr").first else { return "" }
        let address = try? ModelDecoding.decode(AdresseDesserte.self, from: addressResource)
        let streetResource = document.related(addressResource, "voie").first
        let street = streetResource.flatMap { try? ModelDecoding.decode(Voie.self, from: $0) }
        let town = streetResource.flatMap { document.related($0, "commune").first }
            .flatMap { try? ModelDecoding.decode(Commune.self, from: $0) }
        let line = [
            address?.numeroVoirie, address?.complementNumero, street?.typeVoie, street?.article,
            street?.nomVoie,
        ]
        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        let place = [town?.codePostal, town?.ville ?? town?.nom].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: " ")
        return [line, place].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A reading; nil when it has no date (it could not be placed in time).
    public static func reading(_ releve: Releve) -> ReadingRecord? {
        guard let date = releve.dateNouvelIndex else { return nil }
        return ReadingRecord(
            id: releve.id, date: date, index: releve.nouvelIndex ?? 0, previousDate: releve.dateAncienIndex,
            consumption: releve.consommation.map { Decimal($0) }, kind: readingKind(releve.typeReleve),
            rollover: releve.compteurTourne ?? false, leak: releve.fuite ?? false)
    }

    /// The reading type of an `enum_crlv` code.
    public static func readingKind(_ code: String?) -> ReadingKind {
        switch code?.uppercased() {
        case nil, "", TypeReleve.reel: return .reel
        case TypeReleve.estime: return .estime
        case TypeReleve.autoReleve: return .autoReleve
        case TypeReleve.radio: return .radio
        case let other?: return .autre(TypeReleve.libelle(other))
        }
    }

    /// An invoice; nil when it has no date.
    public static func invoice(_ facture: Facture) -> InvoiceRecord? {
        guard let date = facture.dateFacture else { return nil }
        return InvoiceRecord(
            id: facture.id, numero: facture.numeroFacture ?? facture.id, date: date,
            dueDate: facture.dateEcheance,
            volume: facture.consommationFacturee.map { Decimal($0) }, montantHT: facture.montantHT ?? 0,
            montantTVA: facture.montantTVA ?? 0, montantTTC: facture.montantTTC ?? 0,
            netAPayer: facture.netAPayer ?? 0, preleve: facture.estPreleve ?? false,
            annulee: facture.estAnnulee ?? false, avoir: facture.estAvoir ?? false,
            solde: facture.estSoldee ?? false)
    }

    /// The payable invoice: the net from `nap_cents` (exact) when sent; instalments when
    /// payment in several times is possible (first, second, and the rest as the third).
    public static func payable(_ condensee: FactureCondensee) -> PayableInvoice {
        let net = condensee.netAPayerCentimes.map { Decimal($0) / 100 } ?? condensee.netAPayer ?? 0
        var instalments: [Instalment] = []
        if condensee.paiementFractionnePossible == true {
            let amounts = [condensee.echeance1, condensee.echeance2].compactMap { $0 }
            let references = [
                condensee.referencePaiement1, condensee.referencePaiement2, condensee.referencePaiement3,
            ]
            instalments = amounts.enumerated().map {
                Instalment(dueDate: nil, amount: $1, reference: references[$0])
            }
            let rest = net - amounts.reduce(0, +)
            if !amounts.isEmpty, rest > 0 {
                instalments.append(
                    Instalment(dueDate: nil, amount: rest, reference: references[min(amounts.count, 2)]))
            }
        }
        return PayableInvoice(
            numeroFacture: condensee.numeroFacture, netAPayer: net, dueDate: condensee.dateEcheance,
            instalments: PayableInvoice.dated(instalments, from: condensee.dateEcheance),
            reference: condensee.referencePaiement)
    }

    /// A message.
    public static func message(_ message: Message) -> ServiceMessage {
        ServiceMessage(
            id: message.id, title: message.titre ?? "", body: message.corps ?? "",
            from: message.dateDebutDiffusion,
            until: message.dateFinDiffusion)
    }

    /// A request with the history events found in `document`, oldest first.
    public static func request(_ demande: Demande, resource: Resource?, in document: Document?)
        -> RequestRecord
    {
        var history: [RequestEvent] = []
        if let resource, let document {
            history = document.related(resource, Demande.Relationships.history)
                .compactMap { try? ModelDecoding.decode(EvenementDemande.self, from: $0) }
                .compactMap { event in
                    guard let date = event.horodatage, let status = event.statut else { return nil }
                    return RequestEvent(
                        status: RequestStatus(code: status.rawValue), date: date, comment: event.commentaire)
                }
                .sorted { $0.date < $1.date }
        }
        return RequestRecord(
            id: demande.id, code: RequestCode(code: demande.code?.rawValue ?? ""),
            status: demande.statut.map { RequestStatus(code: $0.rawValue) } ?? .unknown(""),
            title: demande.titre ?? demande.resume ?? "", date: demande.horodatage, history: history,
            origin: demande.agent.map { $0.isEmpty ? .online : .counter(agent: $0) } ?? .online)
    }

    /// The person's contact details.
    public static func contact(_ personne: Personne) -> ContactDetails {
        var fields: [ContactField: String] = [:]
        let values: [(ContactField, String?)] = [
            (.adresse1, personne.adresse1), (.adresse2, personne.adresse2), (.adresse3, personne.adresse3),
            (.codePostal, personne.codePostal), (.ville, personne.ville), (.telephone, personne.telephone),
            (.mobile, personne.telephoneMobile), (.telephoneTravail, personne.telephoneTravail),
            (.mail, personne.email),
        ]
        for (field, value) in values {
            if let value, !value.isEmpty { fields[field] = value }
        }
        return ContactDetails(
            personneId: personne.id, civilite: personne.civilite, nom: personne.nom ?? "",
            prenom: personne.prenom,
            fields: fields)
    }

    /// A `Personne` carrying only the changed fields (the others stay absent, so not sent).
    public static func personne(_ submission: ContactSubmission) -> Personne {
        var personne = Personne(id: submission.personneId)
        for (field, value) in submission.changes {
            switch field {
            case .adresse1: personne.adresse1 = value
            case .adresse2: personne.adresse2 = value
            case .adresse3: personne.adresse3 = value
            case .codePostal: personne.codePostal = value
            case .ville: personne.ville = value
            case .telephone: personne.telephone = value
            case .mobile: personne.telephoneMobile = value
            case .telephoneTravail: personne.telephoneTravail = value
            case .mail: personne.email = value
            }
        }
        return personne
    }

    /// A `Releve` to file.
    public static func releve(_ submission: ReadingSubmission) -> Releve {
        var releve = Releve(id: "")
        releve.pointConsoId = submission.pconsoId
        releve.nouvelIndex = submission.index
        releve.dateNouvelIndex = submission.date
        releve.commentaire = submission.comment
        return releve
    }

    /// A page of records: the rows that could be read, and how many could not (an
    /// impossible date, say), so the screens can say the server sent unreadable data.
    static func page<Model: OmegaModel, Record: Equatable & Sendable>(
        _ page: Page<Model>, number: Int, _ transform: (Model) -> Record?
    ) -> RecordPage<Record> {
        let records = page.items.compactMap(transform)
        return RecordPage(
            items: records, number: number, total: page.total, hasNext: page.hasNext,
            unreadable: page.unreadable.count + page.items.count - records.count)
    }

    /// What a filing answered: the request made (or that would be made).
    static func outcome(_ single: Single<Demande>) -> FilingOutcome {
        FilingOutcome(request: request(single.item, resource: single.resource, in: single.document))
    }
}
