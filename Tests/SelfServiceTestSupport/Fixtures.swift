import Foundation
import SelfService
import Synchronization

/// Numbered ids (`key-1`, `key-2`…) for a deterministic reducer context.
public final class IdentifierSequence: Sendable {
    private let next = Mutex(1)

    /// A sequence starting at `key-1`.
    public init() {}

    /// The next id.
    public func make() -> String {
        next.withLock { value in
            defer { value += 1 }
            return "key-\(value)"
        }
    }
}

/// Records shared by the view-model and screen tests.
public enum Fixtures {
    /// 15 March 2026, noon in Paris.
    public static let now = day("2026-03-15", hour: 12)

    /// A context with a fixed "now" and numbered ids.
    public static func context(now: Date = now) -> ReducerContext {
        let ids = IdentifierSequence()
        return ReducerContext(now: { now }, makeIdentifier: { ids.make() })
    }

    /// A date at `hour` o'clock (Paris) on an ISO day.
    public static func day(_ iso: String, hour: Int = 0) -> Date {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        components.hour = hour
        return Formatting.calendar.date(from: components) ?? .distantPast
    }

    public static let contract = ContractSummary(
        id: "c1", numeroContrat: "0001234", pconsoId: "p1", adresse: "12 rue des Lilas, 01000 Bourg",
        numeroSerieCompteur: "M-998877")
    public static let otherContract = ContractSummary(
        id: "c2", numeroContrat: "0005678", pconsoId: "p2", adresse: "3 place du Marché, 01000 Bourg",
        numeroSerieCompteur: "M-112233")

    public static let person = ContactDetails(
        personneId: "per1", civilite: "MME", nom: "Martin", prenom: "Claire",
        fields: [.telephone: "0474000000", .mail: "claire@example.org", .ville: "Bourg"])

    public static let profile = SubscriberProfile(email: "claire@example.org", personne: person)

    public static func reading(_ id: String, _ iso: String, index: Int, consumption: Decimal?)
        -> ReadingRecord
    {
        ReadingRecord(id: id, date: day(iso), index: index, consumption: consumption)
    }

    public static func invoice(
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

    public static func request(_ id: String, _ status: RequestStatus, code: RequestCode = .releve)
        -> RequestRecord
    {
        RequestRecord(id: id, code: code, status: status, title: "Relevé \(id)", date: day("2026-03-01"))
    }

    public static let readings = [
        reading("r3", "2026-03-01", index: 1_250, consumption: 50),
        reading("r2", "2025-09-01", index: 1_200, consumption: 45),
        reading("r1", "2025-03-01", index: 1_155, consumption: 40),
    ]

    public static let invoices = [
        invoice("i2", "2026-02-10", ttc: 120, solde: false),
        invoice("i1", "2025-08-10", ttc: 100, solde: true),
    ]

    public static let requests = [request("q1", .omega)]

    public static let refusal = ServiceFailure(
        .refused, refusals: [Refusal(field: "ni", text: "L'index est inférieur au dernier index.")])
    public static let unreachable = ServiceFailure(.unreachable)
    public static let expired = ServiceFailure(.sessionExpired)
}
