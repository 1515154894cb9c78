import Foundation
import GRDB
import OmegaAdapter
import SelfService
import Testing

@testable import OmegaSandbox

/// What an agent types at the counter finds the subscriber (issue 12, "At the counter").
@Suite("Counter search matching (sandbox)")
struct CounterSearchMatchingTests {
    private func search(_ sandbox: CounterSandbox, _ kind: SubscriberSearchKind, _ text: String)
        async throws -> [String]
    {
        try await sandbox.services.directory.search(SubscriberSearchRequest(kind: kind, text: text)).results
            .map(\.pconsoId)
    }

    @Test("a meter serial is found by its start or its end, in any case")
    func meterPrefixAndSuffix() async throws {
        try await CounterSandbox.with { sandbox in
            let row = try await sandbox.demoRow()
            let serial = try #require(row.numeroSerieCompteur)
            #expect(serial.count > 6)
            for typed in [
                serial.lowercased(), serial.uppercased(), String(serial.prefix(5)).lowercased(),
                String(serial.prefix(5)).uppercased(), String(serial.suffix(5)),
            ] {
                #expect(try await search(sandbox, .meterSerial, typed).contains(row.pconsoId), "\(typed)")
            }
            // The middle alone is neither a start nor an end.
            let middle = String(serial.dropFirst(2).dropLast(2))
            #expect(try await search(sandbox, .meterSerial, "Z\(middle)Z").isEmpty)
        }
    }

    @Test("a name is found as 'prénom nom' or 'nom prénom', without accents or in capitals")
    func namesInEitherOrder() async throws {
        try await CounterSandbox.with { sandbox in
            let row = try await sandbox.demoRow()
            let personId = try #require(row.personneId)
            try await sandbox.server.services.store.pool.write { db in
                try db.execute(
                    sql:
                        "UPDATE personne SET nompers = 'Müller-Lefèvre', prenpers = 'Zoé' WHERE personne_id = ?",
                    arguments: [personId])
            }
            for typed in ["muller-lefevre zoe", "Zoé Müller", "ZOE MULLER-LEFEVRE", "zo mül", "MULLER"] {
                #expect(
                    try await search(sandbox, .nameBegins, typed).contains(row.pconsoId), "begins \(typed)")
            }
            for typed in ["lefevre", "LEFÈVRE zoé", "ller zo"] {
                #expect(
                    try await search(sandbox, .nameContains, typed).contains(row.pconsoId),
                    "contains \(typed)")
            }
            // The surname begins with the only word typed; a first name alone is a "contains".
            #expect(!(try await search(sandbox, .nameBegins, "zoe")).contains(row.pconsoId))
            #expect(try await search(sandbox, .nameContains, "zoe").contains(row.pconsoId))
            #expect(!(try await search(sandbox, .nameBegins, "zoe dupont")).contains(row.pconsoId))
        }
    }
}
