import Foundation
import OmegaClient
import Testing

@testable import SelfService

/// A deterministic reducer context: a fixed "now" and numbered ids.
final class IdentifierSequence: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 1

    func make() -> String {
        lock.lock()
        defer { lock.unlock() }
        defer { next += 1 }
        return "key-\(next)"
    }
}

enum Fixtures {
    /// 15 March 2026, noon in Paris.
    static let now = day("2026-03-15", hour: 12)

    static func context() -> ReducerContext {
        let ids = IdentifierSequence()
        return ReducerContext(now: { now }, makeIdentifier: { ids.make() })
    }

    /// A date at `hour` o'clock (Paris) on an ISO day.
    static func day(_ iso: String, hour: Int = 0) -> Date {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        components.hour = hour
        return Formatting.calendar.date(from: components) ?? .distantPast
    }

    static let contract = ContractSummary(
        id: "c1", numeroContrat: "0001234", pconsoId: "p1", adresse: "12 rue des Lilas, 01000 Bourg",
        numeroSerieCompteur: "M-998877")
    static let otherContract = ContractSummary(
        id: "c2", numeroContrat: "0005678", pconsoId: "p2", adresse: "3 place du Marché, 01000 Bourg",
        numeroSerieCompteur: "M-112233")

    static let person = ContactDetails(
        personneId: "per1", civilite: "MME", nom: "Martin", prenom: "Claire",
        fields: [.telephone: "0474000000", .mail: "claire@example.org", .ville: "Bourg"])

    static func reading(_ id: String, _ iso: String, index: Int, consumption: Decimal?) -> ReadingRecord {
        ReadingRecord(id: id, date: day(iso), index: index, consumption: consumption)
    }

    static func invoice(
        _ id: String, _ iso: String, ttc: Decimal, nap: Decimal? = nil, volume: Decimal = 30,
        solde: Bool = false,
        preleve: Bool = false, annulee: Bool = false, avoir: Bool = false
    ) -> InvoiceRecord {
        InvoiceRecord(
            id: id, numero: "F\(id)", date: day(iso), dueDate: day(iso).addingTimeInterval(30 * 86_400),
            volume: volume, montantHT: ttc - ttc / 10, montantTVA: ttc / 10, montantTTC: ttc,
            netAPayer: nap ?? ttc,
            preleve: preleve, annulee: annulee, avoir: avoir, solde: solde)
    }

    static func request(_ id: String, _ status: RequestStatus, code: RequestCode = .releve) -> RequestRecord {
        RequestRecord(id: id, code: code, status: status, title: "Relevé \(id)", date: day("2026-03-01"))
    }

    static let readings = [
        reading("r3", "2026-03-01", index: 1_250, consumption: 50),
        reading("r2", "2025-09-01", index: 1_200, consumption: 45),
        reading("r1", "2025-03-01", index: 1_155, consumption: 40),
    ]

    /// A state as after login with one or two contracts and Accueil loaded.
    static func loggedIn(contracts: [ContractSummary] = [contract], context: ReducerContext) -> AppState {
        var state = AppState()
        _ = reduce(
            &state, .response(.loggedIn(email: "claire@example.org", .success(true))), context: context)
        _ = reduce(
            &state,
            .response(.profile(.success(SubscriberProfile(email: "claire@example.org", personne: person)))),
            context: context)
        _ = reduce(&state, .response(.contracts(.success(contracts))), context: context)
        let page = RecordPage(items: readings, number: 1, total: 3, hasNext: false)
        _ = reduce(&state, .response(.readings(contratId: contracts[0].id, .success(page))), context: context)
        let invoices = RecordPage(
            items: [
                invoice("i2", "2026-02-10", ttc: 120, solde: false),
                invoice("i1", "2025-08-10", ttc: 100, solde: true),
            ],
            number: 1, total: 2, hasNext: false)
        _ = reduce(
            &state, .response(.invoices(contratId: contracts[0].id, .success(invoices))), context: context)
        _ = reduce(&state, .response(.payable(contratId: contracts[0].id, .success(nil))), context: context)
        _ = reduce(&state, .response(.requests(.success([request("q1", .omega)]))), context: context)
        _ = reduce(&state, .response(.messages(.success([]))), context: context)
        return state
    }

    static let validationFailure = ServiceFailure(
        kind: .validation, french: "Données refusées.", english: "Rejected.",
        fieldErrors: ["ni": "L'index est inférieur au dernier index."])
    static let networkFailure = ServiceFailure(
        kind: .other, french: "Serveur injoignable.", english: "Server unreachable.")
    static let expired = ServiceFailure(
        kind: .authenticationExpired, french: "Session expirée.", english: "Session expired.")
}
