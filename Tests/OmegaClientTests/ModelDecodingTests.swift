import Foundation
import JSONAPI
import OmegaClient
import Testing

/// The documents copied from the public Omega documentation decode into the typed models,
/// and the models encode back to Omega's wire form.
@Suite struct ModelDecodingTests {
    private func fixture(_ name: String) throws -> Document {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try Document.decode(try Data(contentsOf: url))
    }

    private func decimal(_ text: String) throws -> Decimal {
        try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func invoiceDecodesToTypedValues() throws {
        let document = try fixture("Partner_Facture")
        let factures = try document.decodePrimary(Facture.self)
        let facture = try #require(factures.first)
        #expect(factures.count == 1)
        #expect(facture.id == "46243")
        #expect(facture.numeroFacture == "034105")
        #expect(facture.montantTTC == (try decimal("77.46")))
        #expect(facture.montantHT == (try decimal("73.42")))
        #expect(facture.montantTVA == (try decimal("4.04")))
        #expect(facture.netAPayer == (try decimal("77.46")))
        #expect(facture.consommationFacturee == 23)
        #expect(facture.exercice == 2009)
        // 2009-10-20 00:00 in Paris (summer time, UTC+2) is 2009-10-19T22:00:00Z.
        #expect(facture.dateFacture == Date(timeIntervalSince1970: 1_255_989_600))
        // 2009-11-03 00:00 in Paris (winter time, UTC+1) is 2009-11-02T23:00:00Z.
        #expect(facture.dateEcheance == Date(timeIntervalSince1970: 1_257_202_800))
        #expect(facture.estPreleve == false)
        #expect(facture.estAnnulee == false)
        #expect(facture.estAvoir == false)
        #expect(facture.estSoldee == false)
        #expect(facture.dateAnnulation == nil)
        #expect(facture.contratFactureId == "48403")
        #expect(facture.codeMonnaie == "EUR")
    }

    @Test func invoiceReachesItsContractThroughContfact() throws {
        let document = try fixture("Partner_Facture")
        let resource = try #require(document.resources.first)
        let links = try document.decodeRelated(
            ContratFacture.self, from: resource, path: [Facture.Relationships.contfact])
        let link = try #require(links.first)
        // Omega sends no contfact_id attribute here: the id comes from the resource.
        #expect(link.id == "48403")
        #expect(link.factureId == "46243")
        #expect(link.contratId == "21556")

        let contrats = try document.decodeRelated(
            Contrat.self, from: resource,
            path: [Facture.Relationships.contfact, ContratFacture.Relationships.contrat])
        let contrat = try #require(contrats.first)
        #expect(contrats.count == 1)
        #expect(contrat.numeroContrat == "343025705")
        #expect(contrat.id == "21556")
        #expect(contrat.estActif == true)
        #expect(contrat.estSuspendu == false)
        #expect(contrat.estPrincipal == true)
        #expect(contrat.natureAbonneId == "11496675")
        #expect(contrat.dateDebut == Date(timeIntervalSince1970: 757_378_800))
        #expect(contrat.dateFin == nil)
        #expect(contrat.typeContrat == nil)

        let redevables = try document.decodeRelated(
            Personne.self, from: resource,
            path: [
                Facture.Relationships.contfact, ContratFacture.Relationships.contrat,
                Contrat.Relationships.redevable,
            ])
        let redevable = try #require(redevables.first)
        #expect(redevable.id == "66888")
        #expect(redevable.codePostal == "30100")
        #expect(redevable.ville == "ALES")
        #expect(redevable.civilite == "36")
        #expect(redevable.adresse1 == nil)
        #expect(redevable.adresse2 == "XXX RUE XXX")
        #expect(redevable.email == nil)
        #expect(redevable.estActif == true)
    }

    @Test func payableInvoiceDecodes() throws {
        let document = try fixture("Partner_FactureCondensee")
        let facture = try #require(try document.decodePrimary(FactureCondensee.self).first)
        #expect(facture.id == "9837802")
        #expect(facture.netAPayerCentimes == 20386)
        #expect(facture.numeroContrat == "343025705")
        #expect(facture.netAPayer == (try decimal("203.86")))
        #expect(facture.montantHT == (try decimal("188.95")))
        #expect(facture.consommationFacturee == 53)
        #expect(facture.dateFacture == Date(timeIntervalSince1970: 1_569_189_600))
        #expect(facture.referencePaiement == "123456svi")
        #expect(facture.telephoneMobile == nil)
        #expect(facture.paiementFractionnePossible == nil)
    }

    @Test func invoiceEncodesBackToWireForm() throws {
        let document = try fixture("Partner_Facture")
        let facture = try #require(try document.decodePrimary(Facture.self).first)
        let resource = try facture.resource()
        #expect(resource.type == "Partner_Facture")
        #expect(resource.id == "46243")
        #expect(resource.attributes["facture_id"] == .string("46243"))
        #expect(resource.attributes["ttc"] == .string("77.46"))
        #expect(resource.attributes["consofac"] == .string("23"))
        #expect(resource.attributes["preleve"] == .string("0"))
        #expect(resource.attributes["datefact"] == .string("2009-10-20 00:00:00"))
        #expect(resource.attributes["nofacture"] == .string("034105"))
        #expect(resource.attributes["dateann"] == .null)
        #expect(try Facture(resource: resource) == facture)
    }

    @Test func builtModelEncodesMoneyExactly() throws {
        var facture = Facture(id: "7")
        facture.montantHT = try decimal("100.10")
        facture.montantTVA = try decimal("5.51")
        facture.montantTTC = try decimal("105.61")
        facture.estAvoir = true
        let resource = try facture.resource()
        #expect(resource.attributes["ht"] == .string("100.1"))
        #expect(resource.attributes["ttc"] == .string("105.61"))
        #expect(resource.attributes["avoir"] == .string("1"))
        let back = try Facture(resource: resource)
        #expect(back.montantTTC == (try decimal("105.61")))
        #expect(back.estAvoir == true)
    }

    @Test func readingAcceptsNumbersAndBooleansInEveryForm() throws {
        let resource = Resource(
            type: Releve.resourceType, id: "9",
            attributes: [
                "ai": 1200, "ni": "1290", "cpttour": true, "cptfuite": "1", "radiorlv": 0,
                "consorlv": "90", "dateni": "2024-03-01", "enum_crlv": "REEL", "comlib": "",
            ])
        let releve = try Releve(resource: resource)
        #expect(releve.id == "9")
        #expect(releve.ancienIndex == 1200)
        #expect(releve.nouvelIndex == 1290)
        #expect(releve.compteurTourne == true)
        #expect(releve.fuite == true)
        #expect(releve.releveRadio == false)
        #expect(releve.consommation == 90)
        #expect(releve.typeReleve == TypeReleve.reel)
        #expect(releve.commentaire == nil)
        #expect(releve.dateNouvelIndex == OmegaDate.date(year: 2024, month: 3, day: 1))
    }

    @Test func malformedAttributeIsATypedError() throws {
        let resource = Resource(type: Facture.resourceType, id: "1", attributes: ["ttc": "douze"])
        #expect(throws: DocumentDecodingError.self) { try Facture(resource: resource) }
    }

    @Test func requestStatusesDecodeAndNewOnesDoNotBreak() throws {
        for statut in StatutDemande.connus {
            #expect(StatutDemande(rawValue: statut.rawValue) == statut)
        }
        #expect(StatutDemande(rawValue: "CLIENT").libelle == "Attente client")
        #expect(StatutDemande(rawValue: "SEND").libelle == "Envoyée")
        let resource = Resource(
            type: Demande.resourceType, id: "100042",
            attributes: [
                "req_status": "ARCHIVED", "req_code": "J_RELEVE", "req_title": "Relevé",
                "req_ts": "2026-03-12 10:15:00", "ni": "1290",
            ])
        let demande = try Demande(resource: resource)
        #expect(demande.id == "100042")
        #expect(demande.statut == .unknown("ARCHIVED"))
        #expect(demande.code == .releve)
        #expect(demande.nouvelIndex == 1290)
        #expect(demande.horodatage == OmegaDate.date(year: 2026, month: 3, day: 12, hour: 10, minute: 15))
        let encoded = try demande.resource()
        #expect(encoded.attributes["req_status"] == .string("ARCHIVED"))
        #expect(encoded.attributes["req_code"] == .string("J_RELEVE"))
        #expect(encoded.attributes["req_id"] == .string("100042"))
    }

    @Test func tokenPairDecodesAndHidesTokens() throws {
        let json = Data(
            #"{"access_token":"eyJ.a.b","expires_in":1200,"refresh_token":"r-secret","refresh_expires_in":7200,"token_type":"bearer"}"#
                .utf8)
        let pair = try JSONDecoder().decode(TokenPair.self, from: json)
        #expect(pair.accessToken == "eyJ.a.b")
        #expect(pair.expiresIn == 1200)
        #expect(pair.refreshToken == "r-secret")
        #expect(pair.refreshExpiresIn == 7200)
        #expect(pair.tokenType == "bearer")
        #expect(!pair.description.contains("r-secret"))
        #expect(!pair.description.contains("eyJ"))
    }

    @Test func newAccountEncodesWireNamesAndHidesPassword() throws {
        let compte = NouveauCompte(
            email: "a@b.fr", motDePasse: "Secret-2026", numeroContrat: "343025705", numeroFacture: "034105")
        let resource = try Resource(type: NouveauCompte.resourceType, encoding: compte)
        #expect(resource.attributes["password"] == .string("Secret-2026"))
        #expect(resource.attributes["numcontrat"] == .string("343025705"))
        #expect(resource.attributes["nofacture"] == .string("034105"))
        #expect(!compte.description.contains("Secret-2026"))
    }
}
