import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Issue 12: a dotted include path includes every resource along it (JSON:API 1.0, "Inclusion
/// of Related Resources"): `contfact.contrat` brings the `Partner_Contfact` links *and* the
/// contracts. One test per endpoint, each with its longest useful path.
@Suite("Dotted include paths, endpoint by endpoint")
struct IncludePathTests {
    /// The `(type, id)` pairs of `included`.
    private func included(_ reply: SandboxHarness.Reply) -> Set<String> {
        Set(
            (reply.json["included"]?.arrayValue ?? []).compactMap { resource in
                guard let type = resource["type"]?.stringValue, let id = resource["id"]?.stringValue else {
                    return nil
                }
                return "\(type) \(id)"
            })
    }

    private func types(_ reply: SandboxHarness.Reply) -> Set<String> {
        Set(included(reply).map { String($0.split(separator: " ")[0]) })
    }

    /// The `(type, id)` pairs the primary data's `relationship` links to.
    private func linked(_ reply: SandboxHarness.Reply, _ relationship: String) -> Set<String> {
        var keys = Set<String>()
        let primary = reply.json["data"]?.arrayValue ?? [reply.json["data"] ?? .null]
        for resource in primary {
            let data = resource["relationships"]?[relationship]?["data"]
            for identifier in data?.arrayValue ?? [data ?? .null] {
                if let type = identifier["type"]?.stringValue, let id = identifier["id"]?.stringValue {
                    keys.insert("\(type) \(id)")
                }
            }
        }
        return keys
    }

    private func partnerGet(_ sandbox: SandboxHarness, _ path: String) async throws -> SandboxHarness.Reply {
        let reply = try await sandbox.send(
            .get, path, headers: sandbox.hawk("GET", path, partner: SandboxHarness.allPartner))
        try #require(reply.status == 200, "\(path) answered \(reply.status): \(reply.json)")
        return reply
    }

    private func subscriberGet(_ sandbox: SandboxHarness, _ path: String) async throws -> SandboxHarness.Reply
    {
        let (token, _) = try await sandbox.login()
        let reply = try await sandbox.send(.get, path, headers: sandbox.bearer(token))
        try #require(reply.status == 200, "\(path) answered \(reply.status): \(reply.json)")
        return reply
    }

    @Test("partner/facture?include=contfact.contrat.occupant: links, contracts and their occupants")
    func partnerInvoices() async throws {
        try await SandboxHarness.with { sandbox in
            let reply = try await partnerGet(
                sandbox,
                "/api/v1/partner/facture?filter%5Bcontrat_id%5D%5Beq%5D=K3&include=contfact.contrat.occupant")
            #expect(reply.ids == ["F3-0"])
            #expect(
                included(reply) == ["Partner_Contfact CF3-0", "Partner_Contrat K3", "Partner_Personne PE2"])
        }
    }

    @Test("subscriber/facture?include=contfact.contrat: the links and the contract")
    func subscriberInvoices() async throws {
        try await SandboxHarness.with { sandbox in
            let reply = try await subscriberGet(
                sandbox,
                "/api/v1/subscriber/facture?filter%5Bcontrat_id%5D%5Beq%5D=K2&include=contfact.contrat")
            #expect(reply.ids == ["F2-0"])
            #expect(included(reply) == ["Partner_Contfact CF2-0", "Partner_Contrat K2"])
        }
    }

    @Test("subscriber/releve?include=pconso.pdessadr.voie,compteur: point, address, street, meter")
    func subscriberReadings() async throws {
        try await SandboxHarness.with { sandbox in
            let reply = try await subscriberGet(
                sandbox,
                "/api/v1/subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=K2&include=pconso.pdessadr.voie,compteur"
            )
            #expect(reply.ids == ["R2-0"])
            #expect(
                included(reply) == [
                    "Partner_Pconso P2", "Partner_Pdessadr A1", "Partner_Voie V1", "Partner_Compteur M2",
                ])
        }
    }

    @Test("partner/releve?include=pconso.contratactif.occupant: point, active contract, occupant")
    func partnerReadings() async throws {
        try await SandboxHarness.with { sandbox in
            let reply = try await partnerGet(
                sandbox,
                "/api/v1/partner/releve?filter%5Bpconso_id%5D%5Beq%5D=P4&include=pconso.contratactif.occupant"
            )
            #expect(reply.ids == ["R4-0"])
            #expect(included(reply) == ["Partner_Pconso P4", "Partner_Contrat K4", "Partner_Personne PE3"])
        }
    }

    @Test("partner/pconso and pconso/:id: dernierreleve.compteur, pdessadr.voie.commune, contrats.natabo")
    func partnerPoints() async throws {
        try await SandboxHarness.with { sandbox in
            let one = try await partnerGet(
                sandbox, "/api/v1/partner/pconso/P4?include=pdessadr.voie.commune,dernierreleve.compteur")
            #expect(
                included(one) == [
                    "Partner_Pdessadr A2", "Partner_Voie V2", "Partner_Commune CO2", "Partner_Releve R4-0",
                    "Partner_Compteur M4",
                ])
            let list = try await partnerGet(
                sandbox,
                "/api/v1/partner/pconso?filter%5BnumeroPointConso%5D%5Beq%5D=0003&include=contrats.natabo")
            #expect(list.ids == ["P3"])
            #expect(included(list) == ["Partner_Contrat K3", "Partner_Natabo N1"])
        }
    }

    @Test("partner/voie, pdessadr, enum: commune, voie.commune, lignes")
    func partnerPlaces() async throws {
        try await SandboxHarness.with { sandbox in
            let streets = try await partnerGet(sandbox, "/api/v1/partner/voie?include=commune")
            #expect(types(streets) == ["Partner_Commune"])
            #expect(linked(streets, "commune").isSubset(of: included(streets)))
            let addresses = try await partnerGet(sandbox, "/api/v1/partner/pdessadr?include=voie.commune")
            #expect(
                included(addresses) == [
                    "Partner_Voie V1", "Partner_Voie V2", "Partner_Commune CO1", "Partner_Commune CO2",
                ])
            let enums = try await partnerGet(sandbox, "/api/v1/partner/enum?include=lignes")
            #expect(
                included(enums) == [
                    "Partner_Ligenum L1", "Partner_Ligenum L2", "Partner_Ligenum L3", "Partner_Ligenum L4",
                ])
        }
    }

    @Test("subscriber/me and contrat: contrats.pconso.dernierreleve, factures.contfact.contrat")
    func subscriberAccountAndContracts() async throws {
        try await SandboxHarness.with { sandbox in
            let me = try await subscriberGet(
                sandbox, "/api/v1/subscriber/me?include=personne,contrats.pconso.dernierreleve")
            #expect(
                included(me) == [
                    "Partner_Personne PE1", "Partner_Contrat K1", "Partner_Contrat K2", "Partner_Pconso P1",
                    "Partner_Pconso P2", "Partner_Releve R1-29", "Partner_Releve R2-0",
                ])
            let contract = try await subscriberGet(
                sandbox, "/api/v1/subscriber/contrat/K2?include=factures.contfact.contrat,releves.compteur")
            #expect(
                included(contract) == [
                    "Partner_Facture F2-0", "Partner_Contfact CF2-0", "Partner_Releve R2-0",
                    "Partner_Compteur M2",
                ])
            let contracts = try await subscriberGet(
                sandbox, "/api/v1/subscriber/contrat?include=pconso.tournee")
            #expect(included(contracts) == ["Partner_Pconso P1", "Partner_Pconso P2", "Partner_Tournee T1"])
        }
    }

    @Test("request lists: history on both sides")
    func requestHistory() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading",
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(token))
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let own = try await sandbox.send(
                .get, "/api/v1/subscriber/request?include=history", headers: sandbox.bearer(token))
            #expect(types(own) == ["Partner_RequestEvent"])
            let partner = try await partnerGet(sandbox, "/api/v1/partner/request/\(id)?include=history")
            #expect(types(partner) == ["Partner_RequestEvent"])
            #expect(linked(partner, "history") == included(partner))
        }
    }

    @Test("an include path reaches nothing outside the caller's population, however long")
    func includesStayInScope() async throws {
        try await SandboxHarness.with { sandbox in
            // Marie (PE1, contracts K1 and K2): her building's owner is Jean Martin (PE2), who
            // holds K3 on P3 at the same address.
            let (token, _) = try await sandbox.login()
            let paths = [
                "/api/v1/subscriber/contrat?include=pconso.proprietaire,pconso.contrats.occupant,"
                    + "pconso.contratactif.redevable,pconso.pdessadr.voie.commune",
                "/api/v1/subscriber/contrat/K1?include=pconso.proprietaire,factures.contfact.contrat.occupant",
                "/api/v1/subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=K1"
                    + "&include=pconso.proprietaire,pconso.contrats.redevable",
                "/api/v1/subscriber/facture?filter%5Bcontrat_id%5D%5Beq%5D=K1"
                    + "&include=contfact.contrat.pconso.proprietaire,contfact.contrat.occupant",
                "/api/v1/subscriber/me?include=contrats.pconso.proprietaire,contrats.pconso.contrats.redevable",
            ]
            for path in paths {
                let reply = try await sandbox.send(.get, path, headers: sandbox.bearer(token))
                try #require(reply.status == 200, "\(path) answered \(reply.status): \(reply.json)")
                let keys = included(reply)
                let people = keys.filter { $0.hasPrefix("Partner_Personne") }
                #expect(people.isSubset(of: ["Partner_Personne PE1"]), "\(path): \(people)")
                let contracts = keys.filter { $0.hasPrefix("Partner_Contrat") }
                #expect(
                    contracts.isSubset(of: ["Partner_Contrat K1", "Partner_Contrat K2"]),
                    "\(path): \(contracts)")
                if path == paths[0] {
                    // The paths were followed: her own person and her commune are there.
                    #expect(keys.isSuperset(of: ["Partner_Personne PE1", "Partner_Commune CO1"]), "\(keys)")
                }
            }
            // The partner of Alès: through Alès's invoices and points, nothing of Anduze.
            let ales =
                "/api/v1/partner/facture?include=contfact.contrat.occupant,contfact.contrat.pconso.pdessadr.voie.commune"
            let reply = try await sandbox.send(.get, ales, headers: sandbox.hawk("GET", ales))
            try #require(reply.status == 200, "\(reply.json)")
            let keys = included(reply)
            #expect(keys.contains("Partner_Commune CO1"), "\(keys)")
            for outside in [
                "Partner_Commune CO2", "Partner_Contrat K4", "Partner_Personne PE3", "Partner_Pconso P4",
            ] {
                #expect(!keys.contains(outside), "\(outside) in \(keys)")
            }
        }
    }
}
