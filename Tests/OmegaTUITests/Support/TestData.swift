import Foundation
import OmegaClient
import SelfService
import TerminalUI

@testable import OmegaTUI

/// Numbered ids for a deterministic reducer context.
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

/// Hand-made view-model states for screen and key tests.
enum TestData {
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
        id: "c1", numeroContrat: "343025705", pconsoId: "p1",
        adresse: "12 rue des Lilas, 01000 Bourg-en-Bresse",
        numeroSerieCompteur: "M-998877")
    static let otherContract = ContractSummary(
        id: "c2", numeroContrat: "343025706", pconsoId: "p2", adresse: "3 place du Marché, 01000 Bourg",
        numeroSerieCompteur: "M-112233")

    static let person = ContactDetails(
        personneId: "per1", civilite: "MME", nom: "Martin", prenom: "Claire",
        fields: [.telephone: "0474000000", .mail: "claire@example.org", .ville: "Bourg"])

    static let readings = [
        ReadingRecord(
            id: "r5", date: day("2026-03-01"), index: 1_350, consumption: 100, kind: .reel, leak: true),
        ReadingRecord(id: "r4", date: day("2025-09-01"), index: 1_250, consumption: 45, kind: .estime),
        ReadingRecord(
            id: "r3", date: day("2025-03-01"), index: 1_205, consumption: 40, kind: .reel, rollover: true),
        ReadingRecord(id: "r2", date: day("2024-09-01"), index: 1_165, consumption: 42, kind: .reel),
        ReadingRecord(id: "r1", date: day("2024-03-01"), index: 1_123, consumption: 38, kind: .reel),
    ]

    static func invoice(
        _ id: String, _ iso: String, ttc: Decimal, solde: Bool = false, preleve: Bool = false,
        annulee: Bool = false,
        avoir: Bool = false
    ) -> InvoiceRecord {
        InvoiceRecord(
            id: id, numero: "F\(id)", date: day(iso), dueDate: day(iso).addingTimeInterval(30 * 86_400),
            volume: 30, montantHT: ttc - ttc / 10, montantTVA: ttc / 10, montantTTC: ttc, netAPayer: ttc,
            preleve: preleve, annulee: annulee, avoir: avoir, solde: solde)
    }

    static let invoices = [
        invoice("2026-02", "2026-02-10", ttc: Decimal(string: "1234.56") ?? 0),
        invoice("2025-08", "2025-08-10", ttc: 100, solde: true),
        invoice("2025-02", "2025-02-10", ttc: 90, preleve: true),
        invoice("2024-08", "2024-08-10", ttc: 80, annulee: true),
        invoice("2024-02", "2024-02-10", ttc: 20, avoir: true),
    ]

    static let requests = [
        RequestRecord(
            id: "42", code: .releve, status: .omega, title: "Relevé du 01/03/2026",
            date: day("2026-03-02", hour: 9)),
        RequestRecord(
            id: "41", code: .miseAJourPersonne, status: .refused, title: "", date: day("2026-01-05", hour: 10)
        ),
    ]

    static let messages = [
        ServiceMessage(
            id: "m1", title: "Coupure d'eau le 20 mars", body: "Travaux rue des Lilas de 8 h à 12 h.",
            from: day("2026-03-10"), until: day("2026-03-21"))
    ]

    /// A state as after login, with Accueil loaded.
    static func loggedIn(language: Language = .fr, contracts: [ContractSummary] = [contract]) -> AppState {
        let context = context()
        var state = AppState(language: language)
        let responses: [Response] = [
            .loggedIn(email: "claire@example.org", .success(true)),
            .profile(.success(SubscriberProfile(email: "claire@example.org", personne: person))),
            .contracts(.success(contracts)),
            .readings(
                contratId: contracts[0].id,
                .success(RecordPage(items: readings, number: 1, total: 9, hasNext: true))),
            .invoices(
                contratId: contracts[0].id,
                .success(RecordPage(items: invoices, number: 1, total: 5, hasNext: false))),
            .payable(contratId: contracts[0].id, .success(nil)),
            .requests(.success(requests)),
            .messages(.success(messages)),
        ]
        for response in responses { _ = reduce(&state, .response(response), context: context) }
        return state
    }

    /// `state` after `actions`.
    static func applying(_ actions: [Action], to state: AppState) -> AppState {
        var state = state
        let context = context()
        for action in actions { _ = reduce(&state, action, context: context) }
        return state
    }

    /// Renders `state` on a fresh canvas of `columns` x `rows`.
    static func render(
        _ state: AppState, ui: UIState? = nil, columns: Int = 80, rows: Int = 24
    ) -> GridCanvas {
        let canvas = GridCanvas(columns: columns, rows: rows)
        var ui = ui ?? UIState()
        ui.size = canvas.size
        AppRenderer.render(state, ui: ui, on: canvas, strings: Strings(language: state.language))
        return canvas
    }
}
