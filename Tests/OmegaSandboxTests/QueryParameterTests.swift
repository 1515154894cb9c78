import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

@Suite("include, fields, sort and filter operators over HTTP")
struct QueryParameterTests {
    @Test("include= drops the default includes; fields[type] keeps only the named attributes")
    func includeAndFields() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let none = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat?include=", headers: sandbox.bearer(token))
            #expect(none.json["included"] == nil)
            let sparse = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat?include=occupant&fields%5BPartner_Contrat%5D=numcontrat",
                headers: sandbox.bearer(token))
            let attributes = try #require(sparse.data.first?["attributes"]?.objectValue)
            #expect(Set(attributes.keys) == ["numcontrat"])
            let included = (sparse.json["included"]?.arrayValue ?? []).compactMap { $0["type"]?.stringValue }
            #expect(Set(included) == ["Partner_Personne"])
        }
    }

    @Test("sort ascending, between, in and OR groups on invoices")
    func operators() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let between = try await sandbox.send(
                .get,
                "/api/v1/subscriber/facture?sort=datefact"
                    + "&filter%5Bdatefact%5D%5Bbetween%5D=2010-01-01%2000:00:00,2012-12-31%2000:00:00",
                headers: sandbox.bearer(token))
            #expect(between.ids == ["F1-9", "F1-10", "F1-11"])
            let chosen = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?filter%5Bnofacture%5D%5Bin%5D=100003,200001",
                headers: sandbox.bearer(token))
            #expect(Set(chosen.ids) == ["F1-3", "F2-0"])
            let either = try await sandbox.send(
                .get,
                "/api/v1/subscriber/facture?filter%5Bor%5D%5Bnofacture%5D%5Beq%5D=100001"
                    + "&filter%5Bor%5D%5Bcontrat_id%5D%5Beq%5D=K2",
                headers: sandbox.bearer(token))
            #expect(Set(either.ids) == ["F1-1", "F2-0"])
            let unpaid = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?filter%5Bsolde%5D%5Beqn%5D=0",
                headers: sandbox.bearer(token))
            #expect(Set(unpaid.ids) == ["F1-24", "F2-0"])
            let bad = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?filter%5Bsolde%5D%5Bnearly%5D=0",
                headers: sandbox.bearer(token))
            #expect(bad.status == 400)
        }
    }
}
